// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "msgpackdocument.h"

namespace statelens::msgpack {

/// Edits a MessagePack value by replacing only the bytes of what changed, as json::Editor does for JSON.
///
/// A replaced element keeps its encoding where the new value allows it: a float64 stays float64 (also for a
/// whole number), a float32 stays float32 when the new number is exactly a float32, an integer keeps its width
/// when the new value fits, str/bin/array/map headers keep their width when the new length fits, a bin or ext
/// shown as base64 stays bin or ext (with its ext type) when the new text is base64. Inside a replaced array or
/// map, members whose value is unchanged keep their bytes. New values are written as rmp_serde writes them
/// (encodeDefault). A container whose count changes gets a new header (the same width when it fits).
class Editor
{
public:
    explicit Editor(Document doc, const QString& file = {});

    /// Sets the value at `p`: replaces an existing element, adds a missing member to a map, or appends to an
    /// array when the last token is "-" or the array's size.
    Result<void> set(const json::Pointer& p, const json::JsonValue& value);
    /// Removes the member or element at `p` (not the root).
    Result<void> remove(const json::Pointer& p);

    const Document& document() const { return m_doc; }
    const QByteArray& bytes() const { return m_doc.bytes(); }
    bool changed() const { return m_changed; }

    /// The encoding of `value` in place of element `n` of `doc` (see the class comment).
    static QByteArray encodeLike(const Document& doc, quint32 n, const json::JsonValue& value);

private:
    Result<void> replace(qsizetype begin, qsizetype end, const QByteArray& with,
        quint32 container, qint64 countDelta);
    Error notFound(const json::Pointer& p) const;

    Document m_doc;
    QString m_file;
    bool m_changed = false;
};

} // namespace statelens::msgpack
