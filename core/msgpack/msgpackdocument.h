// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonpointer.h"
#include "json/jsonvalue.h"
#include "util/result.h"

#include <QByteArray>

#include <vector>

namespace statelens::msgpack {

/// What one MessagePack element is, as its first byte says.
enum class Kind : quint8 { Nil, Bool, UInt, Int, Float32, Float64, Str, Bin, Ext, Array, Map };

/// One element of a document: where its bytes are and how it is encoded.
struct Node
{
    Kind kind = Kind::Nil;
    quint8 marker = 0; ///< the first byte (fixint, fixstr, str8, map16, float32, … tell the width)
    qint8 extType = 0; ///< Ext only
    quint32 count = 0; ///< Array: items; Map: pairs; Str, Bin, Ext: payload bytes
    qsizetype begin = 0; ///< offset of the marker
    qsizetype payload = 0; ///< offset after the header (length and ext type bytes)
    qsizetype end = 0; ///< one past the element's last byte, children included
    quint32 after = 0; ///< index of the next node after this element's subtree
};

/// A MessagePack value indexed for reading and byte-exact editing: every element's byte range and encoding
/// (nodes in document order; a map's children alternate key, value). Converts to the JSON value StateLens
/// shows: maps → objects (keys that are not strings as their compact JSON), bin and ext → base64 strings,
/// floats with their shortest spelling (a whole float32 or float64 keeps ".0", as serde_json writes it),
/// NaN and infinities → null.
class Document
{
public:
    static constexpr quint32 npos = 0xffffffffu;
    static constexpr int MaxDepth = 512;

    /// Parses exactly one value filling all of `bytes`. Truncated data, trailing bytes, reserved bytes (0xc1)
    /// or nesting deeper than MaxDepth are errors that name `file`.
    static Result<Document> parse(QByteArray bytes, const QString& file = {});

    const QByteArray& bytes() const { return m_bytes; }
    quint32 root() const { return 0; }
    const Node& node(quint32 n) const { return m_nodes[n]; }
    /// The nodes of a container's direct children: items of an array, keys and values of a map in turn.
    std::vector<quint32> children(quint32 n) const;
    /// The value of the map member whose key shows as `key` (the last one if there are several), or npos.
    quint32 member(quint32 map, const QString& key) const;
    /// The map key node in front of value node `value` of `map`, or npos.
    quint32 keyOf(quint32 map, quint32 value) const;
    /// The node `p` names (array tokens are indices), or npos.
    quint32 find(const json::Pointer& p) const;
    /// The parent container of node `n`, or npos for the root.
    quint32 parent(quint32 n) const;

    json::JsonValue toJson(quint32 n) const;
    json::JsonValue toJson() const { return toJson(root()); }
    /// The text a map key shows as (a str key's text, any other key's compact JSON).
    QString keyText(quint32 key) const;
    /// Unsigned or signed integer nodes as a value (false when `n` is not an integer that fits).
    bool toUInt(quint32 n, quint64* out) const;
    bool toInt(quint32 n, qint64* out) const;
    QByteArray payloadBytes(quint32 n) const { return m_bytes.mid(m_nodes[n].payload, m_nodes[n].count); }
    QByteArray elementBytes(quint32 n) const { return m_bytes.mid(m_nodes[n].begin, m_nodes[n].end - m_nodes[n].begin); }

private:
    QByteArray m_bytes;
    std::vector<Node> m_nodes;
};

} // namespace statelens::msgpack
