// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonvalue.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <atomic>
#include <bit>
#include <functional>
#include <memory>
#include <vector>

namespace statelens::json {

class Pointer;

enum class NodeType : quint8 { Null, False, True, Number, String, Object, Array, Key };

struct ParseOptions
{
    int maxDepth = 2048;                      ///< deeper nesting is reported, not recursed into
    const std::atomic<bool>* cancel = nullptr; ///< checked every few MB; a set flag stops the parse
    std::function<void(qint64 done, qint64 total)> progress; ///< called every few MB
    /// Places to read (each a JSON Pointer's tokens; at most 64). When empty, everything is read. Otherwise only
    /// these places are read in full, with every member of the objects on the way to them (an array on the
    /// way is read whole); every other object or array becomes one collapsed node: its type and byte span,
    /// no children (Document::isCollapsed). The whole text is checked all the same, with the same errors.
    /// For a write to a few places of a big file: the tape stays small.
    QList<QStringList> focus;
    /// Without a focus: the objects and arrays at these places (JSON Pointers' tokens, "*" standing for any
    /// member or element; at most 64) become collapsed nodes, as everything off a focus does. For values a
    /// reader hands out whole (ValueRef parses a collapsed one on first use), so that a big file's tape
    /// holds the structure around them and not their insides.
    QList<QStringList> collapse;
};

/// A parsed JSON text that keeps the text itself: every value is a node that knows its byte span, so an
/// edit can replace exactly the bytes of the value it changes and leave everything else byte-identical.
///
/// Nodes form a tape in document order: a container is followed by its children (for objects: key node,
/// then value subtree, repeated); skip() jumps over a whole subtree. A node is 16 bytes.
class Document
{
public:
    static constexpr quint32 npos = 0xffffffffu;

    Document() = default;

    /// Parses `text`. On failure the error names `fileName` and the line:column of the first problem.
    static Result<Document> parse(QByteArray text, const QString& fileName = {},
                                  const ParseOptions& options = {});

    bool isEmpty() const { return m_count == 0; }
    const QByteArray& text() const { return m_text; }
    quint32 nodeCount() const { return m_count; }
    quint32 root() const { return m_count ? 0 : npos; }
    /// True when the text starts with a UTF-8 byte order mark (kept on save).
    bool hasBom() const { return m_bom; }

    NodeType type(quint32 n) const { return NodeType(node(n).word >> 56); }
    qsizetype begin(quint32 n) const { return qsizetype(node(n).word & 0xffffffffffffull); }
    qsizetype end(quint32 n) const { return begin(n) + node(n).length; }
    QByteArrayView raw(quint32 n) const { return QByteArrayView(m_text).sliced(begin(n), node(n).length); }
    /// Index just past n's subtree (its next sibling, if it has one).
    quint32 next(quint32 n) const { return n + node(n).skip; }
    bool hasChildren(quint32 n) const { return node(n).skip > 1; }

    bool isObject(quint32 n) const { return type(n) == NodeType::Object; }
    bool isArray(quint32 n) const { return type(n) == NodeType::Array; }
    bool isContainer(quint32 n) const { return isObject(n) || isArray(n); }
    /// True for an object or array that a focused parse (ParseOptions::focus) did not read into nodes: it has
    /// no children here although its text may have some (ParseOptions::collapse likewise). toValue() parses
    /// its text; nothing else looks inside.
    bool isCollapsed(quint32 n) const { return (node(n).word & CollapsedBit) != 0; }
    /// The ParseOptions::focus this document was parsed with (empty: everything was read).
    const QList<QStringList>& focus() const { return m_focus; }
    /// True when some object or array of this document is collapsed.
    bool isPartial() const { return m_partial; }
    JsonValue::Type valueType(quint32 n) const;

    /// Number of members (objects) or elements (arrays); walks the children.
    int childCount(quint32 n) const;
    /// Calls f(keyNode, valueNode) for each member of an object, in file order; stops when f returns false.
    template<typename F>
    void forEachMember(quint32 obj, F&& f) const
    {
        const quint32 stop = next(obj);
        for (quint32 k = obj + 1; k < stop;) {
            const quint32 v = k + 1;
            if (!f(k, v))
                return;
            k = next(v);
        }
    }
    /// Calls f(index, valueNode) for each element of an array; stops when f returns false.
    template<typename F>
    void forEachElement(quint32 arr, F&& f) const
    {
        const quint32 stop = next(arr);
        int i = 0;
        for (quint32 v = arr + 1; v < stop; v = next(v))
            if (!f(i++, v))
                return;
    }

    /// The value node of the last member named `key` (JSON's last-one-wins), or npos (also when `obj` is
    /// npos or not an object).
    quint32 member(quint32 obj, QStringView key) const;
    /// The value node of element `index` of an array, or npos.
    quint32 element(quint32 arr, int index) const;
    /// Resolves a pointer from node `from`; npos if any step is missing or `from` is not a node.
    quint32 resolve(const Pointer& p, quint32 from = 0) const;

    /// Decoded text of a String or Key node.
    QString string(quint32 n) const;
    double number(quint32 n) const;
    /// The value as an ordered JsonValue (deep copy). Numbers keep their spelling.
    JsonValue toValue(quint32 n) const;

    /// 1-based line and column (in characters) of a byte offset.
    void lineColumn(qsizetype offset, int* line, int* column) const;

private:
    static constexpr quint64 CollapsedBit = quint64(1) << 55;
    struct Node
    {
        quint64 word; // begin offset (48 bits) | CollapsedBit | type << 56
        quint32 length;
        quint32 skip; // nodes in the subtree, itself included
    };
    // Nodes live in chunks that double in size (64, 128, 256, … nodes): a small document costs 1 KiB, a big
    // one never copies its tape while growing.
    static constexpr int FirstChunkBits = 6;
    static int chunkOf(quint32 n) { return int(std::bit_width(quint64(n) + (1u << FirstChunkBits))) - 1 - FirstChunkBits; }
    static quint64 chunkStart(int k) { return (quint64(1) << (k + FirstChunkBits)) - (1u << FirstChunkBits); }
    const Node& node(quint32 n) const
    {
        const int k = chunkOf(n);
        return m_chunks[size_t(k)][n - chunkStart(k)];
    }
    Node& node(quint32 n)
    {
        const int k = chunkOf(n);
        return m_chunks[size_t(k)][n - chunkStart(k)];
    }
    quint32 push(NodeType t, qsizetype begin, quint32 length);

    friend class Parser;

    QByteArray m_text;
    std::vector<std::shared_ptr<Node[]>> m_chunks;
    quint32 m_count = 0;
    bool m_bom = false;
    QList<QStringList> m_focus;
    bool m_partial = false;
};

/// Decodes a JSON string literal body (between the quotes); assumes it was validated by the parser. A
/// leading U+FEFF is a character of the string and is kept.
QString decodeJsonString(QByteArrayView body);

/// QString::fromUtf8() without its one exception: leading byte order marks are kept as U+FEFF characters
/// (for the text of a value or key, where a BOM is data, not a marker).
QString fromUtf8KeepingBom(QByteArrayView bytes);

} // namespace statelens::json
