// SPDX-License-Identifier: GPL-3.0-or-later
// A new text as splices of an old one, and the check that they make valid JSON without a full reparse.
#include "jsoneditor.h"

#include <QCoreApplication>

#include <algorithm>

namespace statelens::json {

qsizetype SplicedText::size() const
{
    qsizetype n = base.size();
    for (const Splice& s : splices)
        n += s.text.size() - (s.end - s.begin);
    return n;
}

QByteArray SplicedText::build() const
{
    QByteArray text;
    text.reserve(std::max<qsizetype>(size(), 0));
    qsizetype at = 0;
    for (const Splice& s : splices) {
        text.append(base.constData() + at, s.begin - at);
        text.append(s.text);
        at = s.end;
    }
    text.append(base.constData() + at, base.size() - at);
    return text;
}

bool SplicedText::unchanged() const
{
    for (const Splice& s : splices)
        if (QByteArrayView(base).sliced(s.begin, s.end - s.begin) != QByteArrayView(s.text))
            return false;
    return true;
}

namespace {
/// A stretch of the old text that checkSplices() parses again: whole members or elements of `container`,
/// or the whole container from bracket to bracket.
struct Window
{
    qsizetype begin;
    qsizetype end;
    quint32 container;
};

/// The innermost container read into nodes whose brackets enclose [b, e) with at least one byte to spare
/// on each side; npos if there is none (the splice reaches the root's own brackets or outside them).
quint32 enclosingContainer(const Document& doc, qsizetype b, qsizetype e)
{
    quint32 found = Document::npos;
    quint32 n = doc.root();
    while (n != Document::npos && doc.isContainer(n) && !doc.isCollapsed(n) && doc.begin(n) < b && e < doc.end(n)) {
        found = n;
        quint32 inner = Document::npos;
        const bool object = doc.isObject(n);
        for (quint32 k = n + 1; k < doc.next(n);) {
            const quint32 v = object ? k + 1 : k;
            if (doc.begin(k) > e)
                break;
            if (doc.isContainer(v) && doc.begin(v) < b && e < doc.end(v)) {
                inner = v;
                break;
            }
            k = doc.next(v);
        }
        n = inner;
    }
    return found;
}

/// The window of splice [b, e) in container c: from the member or element it starts in (or the one before
/// it, when it starts between two) to the one it ends in (or the one after it). A window that would begin
/// at the first member begins at the bracket instead, and one that would end at the last ends at the
/// bracket: then the text outside a window is always a comma next to an untouched member, or the bracket.
Window windowOf(const Document& doc, quint32 c, qsizetype b, qsizetype e)
{
    std::vector<std::pair<qsizetype, qsizetype>> items; // [begin, end) of each member (key included)
    const bool object = doc.isObject(c);
    for (quint32 k = c + 1; k < doc.next(c);) {
        const quint32 v = object ? k + 1 : k;
        items.emplace_back(doc.begin(k), doc.end(v));
        k = doc.next(v);
    }
    Window w { doc.begin(c), doc.end(c), c };
    const qsizetype count = qsizetype(items.size());
    if (count == 0)
        return w;
    qsizetype i = 0; // the first member that ends at or after b (else the last)
    while (i + 1 < count && items[size_t(i)].second < b)
        ++i;
    if (items[size_t(i)].first > b)
        --i; // b lies in the gap before member i: take the one before it too
    if (i > 0)
        w.begin = items[size_t(i)].first;
    qsizetype j = count - 1; // the last member that begins at or before e (else the first)
    while (j > 0 && items[size_t(j)].first > e)
        --j;
    if (items[size_t(j)].second < e)
        ++j; // e lies in the gap after member j: take the one after it too
    if (j < count - 1)
        w.end = items[size_t(j)].second;
    return w;
}
} // namespace

Result<void> checkSplices(const Document& doc, const std::vector<Splice>& splices, const QString& fileName)
{
    if (splices.empty())
        return {};
    auto wholeText = [&]() -> Result<void> {
        SplicedText all { doc.text(), splices, true };
        auto parsed = Document::parse(all.build(), fileName);
        if (!parsed)
            return parsed.error();
        return {};
    };
    std::vector<Window> windows;
    for (const Splice& s : splices) {
        const quint32 c = enclosingContainer(doc, s.begin, s.end);
        if (c == Document::npos)
            return wholeText();
        windows.push_back(windowOf(doc, c, s.begin, s.end));
    }
    std::sort(windows.begin(), windows.end(), [](const Window& a, const Window& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    // Windows are runs of siblings, so two that overlap are in one container or one holds the other.
    std::vector<Window> merged;
    for (const Window& w : windows) {
        if (merged.empty() || w.begin >= merged.back().end) {
            merged.push_back(w);
            continue;
        }
        Window& m = merged.back();
        if (w.container == m.container)
            m.end = std::max(m.end, w.end);
        else if (w.end > m.end)
            return wholeText(); // cannot happen for a tree; the safe answer if it does
    }
    const QByteArray& text = doc.text();
    size_t next = 0;
    for (const Window& w : merged) {
        const bool object = doc.isObject(w.container);
        const bool cutBefore = w.begin > doc.begin(w.container);
        const bool cutAfter = w.end < doc.end(w.container);
        QByteArray part;
        if (cutBefore)
            part += object ? '{' : '[';
        qsizetype at = w.begin;
        while (next < splices.size() && splices[next].end <= w.end) {
            const Splice& s = splices[next++];
            if (s.begin < w.begin)
                return wholeText();
            part.append(text.constData() + at, s.begin - at);
            part.append(s.text);
            at = s.end;
        }
        part.append(text.constData() + at, w.end - at);
        if (cutAfter)
            part += object ? '}' : ']';
        auto parsed = Document::parse(part, fileName);
        if (!parsed)
            return parsed.error();
        // A comma stands outside the window next to a cut: the window must still hold a member there.
        if ((cutBefore || cutAfter) && !parsed->hasChildren(0))
            return Error { Error::Kind::Parse, QCoreApplication::translate("statelens::json::Editor", "a separator is left without a member"), fileName };
    }
    return {};
}

} // namespace statelens::json
