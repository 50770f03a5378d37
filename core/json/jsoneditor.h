// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsondocument.h"
#include "jsonpointer.h"
#include "jsonstyle.h"

#include <QSet>

#include <map>
#include <vector>

namespace statelens::json {

/// Bytes [begin, end) of a text replaced by `text`.
struct Splice
{
    qsizetype begin;
    qsizetype end;
    QByteArray text;
};

/// A new text given as an old one and the splices that make it from it (sorted, not overlapping): a writer
/// can copy the unchanged ranges without building the new text.
struct SplicedText
{
    QByteArray base;
    std::vector<Splice> splices;
    /// False when edits were applied to an intermediate text: `base` is then not the text the editor started
    /// from.
    bool onOriginal = true;

    qsizetype size() const;
    /// The new text in one buffer.
    QByteArray build() const;
    /// True when the splices change nothing.
    bool unchanged() const;
};

/// Checks that `splices` (sorted, not overlapping) turn the valid text of `doc` into valid JSON by parsing
/// only what lies around them: for each, the members or elements of its innermost container that it
/// touches, and the one before and after it. The rest of the text is unchanged, so it stays valid. A splice
/// not inside any container (the whole root replaced) checks the whole new text.
Result<void> checkSplices(const Document& doc, const std::vector<Splice>& splices, const QString& fileName = {});

/// Applies edits to a JSON text by replacing only the bytes of what changed. Everything else (key order,
/// indentation, escaping, number spelling, a trailing newline, a BOM) stays byte-identical. New text is
/// written in the document's detected style.
///
/// Each edit sees the result of the edits before it. Edits are kept as pending byte splices against the
/// last parsed text, so that many independent edits cost one reparse; an edit whose pointer lies inside,
/// or contains, what a pending edit changed (or that would touch the same bytes) applies the pending ones
/// first. An edit through a pointer that does not resolve is an error and changes nothing.
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
    /// The edited text as the text it started from (or the last one it had to reparse) and the splices from
    /// it, checked by checkSplices(): a save writes the unchanged ranges as they are, without a reparse.
    Result<SplicedText> splices() const;
    /// The edited, reparsed document.
    Result<Document> document();
    const Style& style() const { return m_style; }
    bool changed() const { return m_changed || !m_pending.empty(); }

private:
    Result<void> flush();
    Result<void> edit(const Pointer& p, const JsonValue* value, bool insert);
    /// Computes the splices of one edit against m_doc, and the pointer below which the edit changes what
    /// pointers resolve to (the edited value, the added or removed member, or the whole array).
    Result<void> editOnce(const Pointer& p, const JsonValue* value, bool insert, std::vector<Splice>& out,
                          Pointer& changed) const;
    bool dependsOnPending(const Pointer& p) const;
    bool clashesWithPending(const std::vector<Splice>& splices) const;
    void addPending(std::vector<Splice>& splices, const Pointer& changed);
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
    std::multimap<qsizetype, Splice> m_pending; // by begin; equal begins keep their order of arrival
    QSet<QString> m_changedPointers;             // `changed` of each pending edit, as pointer text
    QSet<QString> m_changedPrefixes;             // those and all their ancestors
    bool m_changed = false;
};

} // namespace statelens::json
