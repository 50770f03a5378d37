// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoneditor.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace statelens::json {

namespace {
QString tr(const char* s) { return QCoreApplication::translate("statelens::json::Editor", s); }

// An RFC 6901 array index: "0" or digits without a leading zero; -1 for anything else.
int arrayIndex(const QString& token)
{
    if (token.isEmpty() || token.size() > 9 || (token.size() > 1 && token.front() == u'0'))
        return -1;
    int i = 0;
    for (QChar c : token) {
        if (c < u'0' || c > u'9')
            return -1;
        i = i * 10 + (c.unicode() - u'0');
    }
    return i;
}

// The pointer texts of p's ancestors and of p itself, root first: "", "/a", "/a/b".
QStringList prefixTexts(const Pointer& p)
{
    QStringList out { QString() };
    QString text;
    for (const QString& t : p.tokens()) {
        text += u'/' + Pointer::escape(t);
        out.append(text);
    }
    return out;
}
} // namespace

Editor::Editor(Document doc, const Style& fallback, const QString& fileName)
    : m_doc(std::move(doc)), m_style(Style::detect(m_doc, fallback)), m_file(fileName)
{
}

Error Editor::notFound(const Pointer& p) const
{
    return Error { Error::Kind::NotFound, tr("no value at JSON pointer '%1'").arg(p.toString()), m_file };
}

Result<void> Editor::set(const Pointer& p, const JsonValue& value)
{
    return edit(p, &value, false);
}

Result<void> Editor::insert(const Pointer& p, const JsonValue& value)
{
    return edit(p, &value, true);
}

Result<void> Editor::remove(const Pointer& p)
{
    return edit(p, nullptr, false);
}

Result<JsonValue> Editor::value(const Pointer& p)
{
    if (auto r = flush(); !r)
        return r.error();
    const quint32 n = m_doc.resolve(p);
    if (n == Document::npos)
        return notFound(p);
    return m_doc.toValue(n);
}

Result<void> Editor::edit(const Pointer& p, const JsonValue* value, bool insert)
{
    // An edit inside, or around, what a pending edit changed must see that change: apply the pending ones.
    if (dependsOnPending(p))
        if (auto f = flush(); !f)
            return f;
    std::vector<Splice> splices;
    Pointer changed;
    if (auto r = editOnce(p, value, insert, splices, changed); !r)
        return r;
    if (clashesWithPending(splices)) {
        if (auto f = flush(); !f)
            return f;
        splices.clear();
        if (auto r = editOnce(p, value, insert, splices, changed); !r)
            return r;
    }
    addPending(splices, changed);
    return {};
}

bool Editor::dependsOnPending(const Pointer& p) const
{
    if (m_pending.empty() && m_changedPointers.isEmpty())
        return false;
    const QStringList prefixes = prefixTexts(p);
    if (m_changedPrefixes.contains(prefixes.last()))
        return true; // p contains (or is) a changed place
    for (const QString& t : prefixes)
        if (m_changedPointers.contains(t))
            return true; // p lies inside a changed place
    return false;
}

bool Editor::clashesWithPending(const std::vector<Splice>& splices) const
{
    // Pending splices never overlap, so only the nearest one before a new splice can reach into it.
    for (const Splice& s : splices) {
        auto it = m_pending.lower_bound(s.begin);
        if (it != m_pending.begin() && std::prev(it)->second.end > s.begin)
            return true;
        for (; it != m_pending.end() && (it->first < s.end || it->first == s.begin); ++it) {
            const Splice& t = it->second;
            // Two insertions at one place apply in the order they came, which is right unless keys are
            // sorted (the second may belong in front of the first).
            const bool bothInsertions = t.begin == s.begin && t.end == t.begin && s.end == s.begin;
            if (!bothInsertions || m_style.sortKeys)
                return true;
        }
    }
    return false;
}

void Editor::addPending(std::vector<Splice>& splices, const Pointer& changed)
{
    for (Splice& s : splices) {
        const qsizetype begin = s.begin;
        m_pending.emplace(begin, std::move(s));
    }
    const QStringList prefixes = prefixTexts(changed);
    m_changedPointers.insert(prefixes.last());
    for (const QString& t : prefixes)
        m_changedPrefixes.insert(t);
}

Result<void> Editor::editOnce(const Pointer& p, const JsonValue* value, bool insert, std::vector<Splice>& out,
                              Pointer& changed) const
{
    if (m_doc.isEmpty())
        return Error { Error::Kind::Validation, tr("the document is empty"), m_file };
    const int depth = int(p.tokens().size());
    const quint32 target = m_doc.resolve(p);
    const quint32 parent = p.isRoot() ? Document::npos : m_doc.resolve(p.parent());
    const bool arrayInsert = insert && parent != Document::npos && m_doc.isArray(parent);
    // A focused parse (ParseOptions::focus) left this part unread: editing it here could lose what it holds.
    if ((parent != Document::npos && m_doc.isCollapsed(parent)) || (target != Document::npos && m_doc.isCollapsed(target)))
        return Error { Error::Kind::Validation, tr("'%1' lies in a part of the file that was not read").arg(p.toString()), m_file };

    if (target != Document::npos && value && !arrayInsert) {
        changed = p;
        diff(target, *value, depth, out);
        return {};
    }
    if (p.isRoot())
        return value ? Result<void>() : Result<void>(Error { Error::Kind::Validation,
                                                             tr("the whole document cannot be removed"), m_file });
    if (parent == Document::npos || !m_doc.isContainer(parent))
        return notFound(p.parent());
    const int count = m_doc.childCount(parent);
    const QByteArray gap = memberGap(parent);
    // Removing or adding an array element moves the ones after it; a member only changes itself.
    changed = m_doc.isArray(parent) ? p.parent() : p;

    if (!value) { // remove
        if (target == Document::npos)
            return notFound(p);
        // The child's own span (key included for objects) and its neighbours decide what to cut.
        std::vector<quint32> firsts, values; // first node of each child (key or value) and its value node
        if (m_doc.isObject(parent))
            m_doc.forEachMember(parent, [&](quint32 k, quint32 v) { return firsts.push_back(k), values.push_back(v), true; });
        else
            m_doc.forEachElement(parent, [&](int, quint32 v) { return firsts.push_back(v), values.push_back(v), true; });
        const auto idx = std::find(values.begin(), values.end(), target) - values.begin();
        if (count == 1)
            out.push_back({ m_doc.begin(parent), m_doc.end(parent), m_doc.isObject(parent) ? "{}" : "[]" });
        else if (idx > 0)
            out.push_back({ m_doc.end(values[size_t(idx - 1)]), m_doc.end(target), {} });
        else
            out.push_back({ m_doc.begin(firsts[0]), m_doc.begin(firsts[1]), {} });
        return {};
    }

    if (m_doc.isObject(parent)) {
        const QByteArray member = renderMember(p.last(), *value, depth - 1);
        if (count == 0) {
            JsonValue obj = JsonValue::object();
            obj.insert(p.last(), *value);
            out.push_back({ m_doc.begin(parent), m_doc.end(parent), render(obj, depth - 1) });
        } else {
            quint32 last = Document::npos, before = Document::npos;
            m_doc.forEachMember(parent, [&](quint32 k, quint32 v) {
                if (m_style.sortKeys && before == Document::npos && m_doc.string(k) > p.last())
                    before = k;
                return last = v, true;
            });
            if (before != Document::npos)
                out.push_back({ m_doc.begin(before), m_doc.begin(before), member + "," + gap });
            else
                out.push_back({ m_doc.end(last), m_doc.end(last), "," + gap + member });
        }
        return {};
    }

    // Arrays: "-" or the size appends; an index inserts before that element (insert) or fails (set).
    const QString token = p.last();
    const int index = token == QLatin1String("-") ? count : arrayIndex(token);
    if (index < 0 || index > count)
        return notFound(p);
    const QByteArray text = render(*value, depth);
    if (count == 0) {
        JsonValue arr = JsonValue::array();
        arr.append(*value);
        out.push_back({ m_doc.begin(parent), m_doc.end(parent), render(arr, depth - 1) });
    } else if (index == count) {
        const quint32 last = m_doc.element(parent, count - 1);
        out.push_back({ m_doc.end(last), m_doc.end(last), "," + gap + text });
    } else {
        const quint32 at = m_doc.element(parent, index);
        out.push_back({ m_doc.begin(at), m_doc.begin(at), text + "," + gap });
    }
    return {};
}

QByteArray Editor::renderMember(const QString& key, const JsonValue& v, int depth) const
{
    QByteArray out;
    appendQuoted(out, key, m_style);
    out += m_style.keySeparator;
    out += render(v, depth + 1);
    return out;
}

QByteArray Editor::memberGap(quint32 c) const
{
    const QByteArrayView text(m_doc.text());
    if (m_doc.hasChildren(c)) {
        const quint32 first = c + 1;
        const quint32 firstValue = m_doc.isObject(c) ? first + 1 : first;
        const quint32 second = m_doc.next(firstValue);
        if (second < m_doc.next(c)) {
            const QByteArrayView between = text.sliced(m_doc.end(firstValue), m_doc.begin(second) - m_doc.end(firstValue));
            const qsizetype comma = between.indexOf(',');
            return between.sliced(comma + 1).toByteArray();
        }
        const QByteArrayView lead = text.sliced(m_doc.begin(c) + 1, m_doc.begin(first) - m_doc.begin(c) - 1);
        if (lead.contains('\n'))
            return lead.toByteArray();
    }
    if (!m_style.pretty())
        return m_style.itemSeparator.mid(1);
    // An empty container in a pretty document: indent one level deeper than the line it is on.
    qsizetype lineStart = m_doc.begin(c);
    while (lineStart > 0 && text[lineStart - 1] != '\n')
        --lineStart;
    qsizetype ws = lineStart;
    while (ws < m_doc.begin(c) && (text[ws] == ' ' || text[ws] == '\t'))
        ++ws;
    return m_style.newline + text.sliced(lineStart, ws - lineStart).toByteArray() + m_style.indent;
}

bool Editor::same(quint32 n, const JsonValue& v) const
{
    if (m_doc.valueType(n) != v.type())
        return false;
    switch (v.type()) {
    case JsonValue::Type::Null:
        return true;
    case JsonValue::Type::Bool:
        return (m_doc.type(n) == NodeType::True) == v.toBool();
    case JsonValue::Type::Number:
        return m_doc.raw(n) == QByteArrayView(v.numberText());
    case JsonValue::Type::String:
        return m_doc.string(n) == v.toString();
    case JsonValue::Type::Object: {
        if (m_doc.childCount(n) != v.size())
            return false;
        size_t i = 0;
        bool eq = true;
        m_doc.forEachMember(n, [&](quint32 k, quint32 val) {
            const JsonMember& m = v.members()[i++];
            eq = m_doc.string(k) == m.key && same(val, m.value);
            return eq;
        });
        return eq;
    }
    case JsonValue::Type::Array: {
        if (m_doc.childCount(n) != v.size())
            return false;
        bool eq = true;
        m_doc.forEachElement(n, [&](int i, quint32 val) { return eq = same(val, v.items()[size_t(i)]); });
        return eq;
    }
    }
    return false;
}

void Editor::diff(quint32 n, const JsonValue& v, int depth, std::vector<Splice>& out) const
{
    if (same(n, v))
        return;
    if (v.isObject() && m_doc.isObject(n) && v.size() > 0 && m_doc.hasChildren(n))
        return diffObject(n, v, depth, out);
    if (v.isArray() && m_doc.isArray(n) && v.size() > 0 && m_doc.hasChildren(n))
        return diffArray(n, v, depth, out);
    out.push_back({ m_doc.begin(n), m_doc.end(n), render(v, depth) });
}

void Editor::diffObject(quint32 n, const JsonValue& v, int depth, std::vector<Splice>& out) const
{
    struct Old
    {
        QString key;
        quint32 keyNode, valueNode;
    };
    std::vector<Old> old;
    QHash<QString, int> oldIndex;
    bool duplicates = false;
    m_doc.forEachMember(n, [&](quint32 k, quint32 val) {
        QString key = m_doc.string(k);
        duplicates = duplicates || oldIndex.contains(key);
        oldIndex.insert(key, int(old.size()));
        old.push_back({ std::move(key), k, val });
        return true;
    });
    QHash<QString, int> newIndex;
    for (size_t i = 0; i < v.members().size(); ++i) {
        duplicates = duplicates || newIndex.contains(v.members()[i].key);
        newIndex.insert(v.members()[i].key, int(i));
    }
    // Kept members must appear in the same relative order; otherwise the object is written anew.
    std::vector<int> keptOld, keptNew;
    for (size_t i = 0; i < old.size(); ++i)
        if (newIndex.contains(old[i].key))
            keptOld.push_back(int(i));
    for (size_t i = 0; i < v.members().size(); ++i)
        if (oldIndex.contains(v.members()[i].key))
            keptNew.push_back(int(i));
    bool ordered = !duplicates && !keptOld.empty() && keptOld.size() == keptNew.size();
    for (size_t i = 0; ordered && i < keptOld.size(); ++i)
        ordered = old[size_t(keptOld[i])].key == v.members()[size_t(keptNew[i])].key;
    if (!ordered) {
        out.push_back({ m_doc.begin(n), m_doc.end(n), render(v, depth) });
        return;
    }
    const QByteArray gap = memberGap(n);
    auto newMembers = [&](int from, int to) { // new members with index in [from, to)
        QList<QByteArray> texts;
        for (int i = from; i < to; ++i)
            texts.append(renderMember(v.members()[size_t(i)].key, v.members()[size_t(i)].value, depth));
        return texts;
    };
    // Gap before the first kept member.
    {
        const int firstKeptOld = keptOld.front();
        const QList<QByteArray> add = newMembers(0, keptNew.front());
        if (firstKeptOld > 0 || !add.isEmpty()) {
            QByteArray text;
            for (const QByteArray& m : add)
                text += m + "," + gap;
            const qsizetype b = m_doc.begin(old.front().keyNode);
            out.push_back({ b, m_doc.begin(old[size_t(firstKeptOld)].keyNode), text });
        }
    }
    // Kept members and the gaps after each of them.
    for (size_t i = 0; i < keptOld.size(); ++i) {
        const Old& o = old[size_t(keptOld[i])];
        diff(o.valueNode, v.members()[size_t(keptNew[i])].value, depth + 1, out);
        const bool lastKept = i + 1 == keptOld.size();
        const int oldTo = lastKept ? int(old.size()) : keptOld[i + 1];
        const int newTo = lastKept ? int(v.members().size()) : keptNew[i + 1];
        const QList<QByteArray> add = newMembers(keptNew[i] + 1, newTo);
        if (oldTo == keptOld[i] + 1 && add.isEmpty())
            continue;
        QByteArray text;
        for (const QByteArray& m : add)
            text += "," + gap + m;
        const qsizetype b = m_doc.end(o.valueNode);
        if (lastKept) {
            out.push_back({ b, m_doc.end(old.back().valueNode), text });
        } else {
            // Keep the separator in front of the next kept member.
            const quint32 prevValue = old[size_t(oldTo - 1)].valueNode;
            out.push_back({ b, m_doc.end(prevValue), text });
        }
    }
}

void Editor::diffArray(quint32 n, const JsonValue& v, int depth, std::vector<Splice>& out) const
{
    std::vector<quint32> els;
    m_doc.forEachElement(n, [&](int, quint32 e) { return els.push_back(e), true; });
    const int N = int(els.size()), M = v.size();
    int p = 0;
    while (p < N && p < M && same(els[size_t(p)], v.items()[size_t(p)]))
        ++p;
    int s = 0;
    while (s < N - p && s < M - p && same(els[size_t(N - 1 - s)], v.items()[size_t(M - 1 - s)]))
        ++s;
    const int oldLen = N - p - s, newLen = M - p - s;
    const QByteArray gap = memberGap(n);
    if (oldLen == newLen) {
        for (int i = p; i < p + oldLen; ++i)
            diff(els[size_t(i)], v.items()[size_t(i)], depth + 1, out);
        return;
    }
    QList<QByteArray> texts;
    for (int i = p; i < p + newLen; ++i)
        texts.append(render(v.items()[size_t(i)], depth + 1));
    if (oldLen == 0) {
        if (p > 0) {
            QByteArray text;
            for (const QByteArray& t : texts)
                text += "," + gap + t;
            out.push_back({ m_doc.end(els[size_t(p - 1)]), m_doc.end(els[size_t(p - 1)]), text });
        } else {
            QByteArray text;
            for (const QByteArray& t : texts)
                text += t + "," + gap;
            out.push_back({ m_doc.begin(els[0]), m_doc.begin(els[0]), text });
        }
    } else if (newLen == 0) {
        if (p > 0)
            out.push_back({ m_doc.end(els[size_t(p - 1)]), m_doc.end(els[size_t(N - s - 1)]), {} });
        else
            out.push_back({ m_doc.begin(els[0]), m_doc.begin(els[size_t(N - s)]), {} });
    } else {
        out.push_back({ m_doc.begin(els[size_t(p)]), m_doc.end(els[size_t(N - s - 1)]), texts.join("," + gap) });
    }
}

Result<void> Editor::flush()
{
    m_changedPointers.clear();
    m_changedPrefixes.clear();
    if (m_pending.empty())
        return {};
    const QByteArray& old = m_doc.text();
    QByteArray text;
    qsizetype grow = 0;
    for (const auto& [begin, s] : m_pending)
        grow += s.text.size() - (s.end - s.begin);
    text.reserve(old.size() + std::max<qsizetype>(grow, 0));
    qsizetype at = 0;
    for (const auto& [begin, s] : m_pending) {
        text.append(old.constData() + at, s.begin - at);
        text.append(s.text);
        at = s.end;
    }
    text.append(old.constData() + at, old.size() - at);
    m_pending.clear();
    ParseOptions opt;
    opt.focus = m_doc.focus(); // a focused document stays focused: the places it was read for
    auto doc = Document::parse(std::move(text), m_file, opt);
    if (!doc) // an internal error: the splices must always produce valid JSON
        return Error { Error::Kind::Validation, tr("edit produced invalid JSON: %1").arg(doc.error().message), m_file };
    m_doc = std::move(doc.value());
    m_changed = true;
    return {};
}

Result<QByteArray> Editor::text()
{
    auto spliced = splices();
    if (!spliced)
        return spliced.error();
    return spliced->splices.empty() ? spliced->base : spliced->build();
}

Result<SplicedText> Editor::splices() const
{
    SplicedText out;
    out.base = m_doc.text();
    out.onOriginal = !m_changed;
    out.splices.reserve(m_pending.size());
    for (const auto& [begin, s] : m_pending)
        out.splices.push_back(s);
    if (auto r = checkSplices(m_doc, out.splices, m_file); !r) // an internal error: splices must make valid JSON
        return Error { Error::Kind::Validation, tr("edit produced invalid JSON: %1").arg(r.error().message), m_file };
    return out;
}

Result<Document> Editor::document()
{
    if (auto r = flush(); !r)
        return r.error();
    return m_doc;
}

} // namespace statelens::json
