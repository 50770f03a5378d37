// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsondocument.h"
#include "jsonpointer.h"
#include "jsonstyle.h"

#include <vector>

namespace statelens::json {

/// Applies edits to a JSON text by replacing only the bytes of what changed. Everything else (key order,
/// indentation, escaping, number spelling, a trailing newline, a BOM) stays byte-identical. New text is
/// written in the document's detected style.
class Editor
{
public:
    /// `fallback` supplies what the text does not reveal of its style (see Style::detect).
    Editor(Document doc, const Style& fallback, const QString& fileName = {});

    /// Sets the value at `p`: replaces an existing value (changing as few bytes as it can), adds a missing
    /// member to an existing object, or appends to an array when the last token is "-" or the array's size.
    Result<void> set(const Pointer& p, const JsonValue& value);
    /// Inserts into an array before index p.last() (JSON Patch "add" on arrays); objects behave as set().
    Result<void> insert(const Pointer& p, const JsonValue& value);
    /// Removes the member or element at `p`.
    Result<void> remove(const Pointer& p);

    /// The current value at `p` (after the edits so far), or an error if there is none.
    Result<JsonValue> value(const Pointer& p);

    /// The edited text. Calling it again without further edits returns the same text.
    Result<QByteArray> text();
    /// The edited, reparsed document.
    Result<Document> document();
    const Style& style() const { return m_style; }
    bool changed() const { return m_changed || !m_pending.empty(); }

private:
    struct Splice
    {
        qsizetype begin;
        qsizetype end;
        QByteArray text;
    };

    Result<void> flush();
    Result<void> commit(std::vector<Splice> splices);
    Result<void> edit(const Pointer& p, const JsonValue* value, bool insert);
    Result<void> editOnce(const Pointer& p, const JsonValue* value, bool insert, std::vector<Splice>& out);
    bool same(quint32 n, const JsonValue& v) const;
    void diff(quint32 n, const JsonValue& v, int depth, std::vector<Splice>& out) const;
    void diffObject(quint32 n, const JsonValue& v, int depth, std::vector<Splice>& out) const;
    void diffArray(quint32 n, const JsonValue& v, int depth, std::vector<Splice>& out) const;
    QByteArray render(const JsonValue& v, int depth) const { return v.toJson(m_style, depth); }
    QByteArray renderMember(const QString& key, const JsonValue& v, int depth) const;
    QByteArray memberGap(quint32 container) const;
    Error notFound(const Pointer& p) const;

    Document m_doc;
    Style m_style;
    QString m_file;
    std::vector<Splice> m_pending;
    bool m_changed = false;
};

} // namespace statelens::json
