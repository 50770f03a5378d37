// SPDX-License-Identifier: GPL-3.0-or-later
#include "statesearch.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace statelens::ui {

namespace {

class Matcher
{
public:
    explicit Matcher(const SearchQuery& q) : m_query(q)
    {
        if (q.regex)
            m_re = QRegularExpression(q.text, q.caseSensitive ? QRegularExpression::NoPatternOption
                                                              : QRegularExpression::CaseInsensitiveOption);
    }
    bool valid() const { return !m_query.regex || m_re.isValid(); }
    QString error() const { return m_re.errorString(); }

    /// Position and length of the first match, or -1.
    std::pair<qsizetype, qsizetype> find(const QString& text) const
    {
        if (m_query.regex) {
            const QRegularExpressionMatch m = m_re.match(text);
            return m.hasMatch() ? std::pair(m.capturedStart(), m.capturedLength()) : std::pair(qsizetype(-1), qsizetype(0));
        }
        const qsizetype at = text.indexOf(m_query.text, 0, m_query.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
        return { at, m_query.text.size() };
    }

private:
    SearchQuery m_query;
    QRegularExpression m_re;
};

QString snippet(const QString& text, qsizetype at, qsizetype length)
{
    constexpr qsizetype context = 40;
    const qsizetype from = qMax<qsizetype>(0, at - context);
    const qsizetype to = qMin(text.size(), at + length + context);
    QString s = text.mid(from, to - from);
    s.replace(u'\n', u' ');
    if (from > 0)
        s.prepend(QChar(0x2026));
    if (to < text.size())
        s.append(QChar(0x2026));
    return s;
}

} // namespace

SearchResult searchState(const Snapshot& snapshot, const QList<PendingEdit>& pending, const SearchQuery& query,
                         const std::atomic<bool>* cancel, int maxHits)
{
    SearchResult result;
    if (query.text.isEmpty())
        return result;
    const Matcher matcher(query);
    if (!matcher.valid()) {
        result.error = QCoreApplication::translate("StateSearch", "Invalid regular expression: %1").arg(matcher.error());
        return result;
    }
    QHash<QString, const PendingEdit*> edits;
    for (const PendingEdit& e : pending)
        edits.insert(e.ns + QChar(0) + e.key, &e);

    auto consider = [&](const QString& ns, const QString& key, auto valueText) -> bool {
        if (query.inKeys) {
            const auto [at, len] = matcher.find(key);
            if (at >= 0) {
                result.hits << SearchHit { ns, key, true, snippet(key, at, len) };
                return result.hits.size() < maxHits;
            }
        }
        if (query.inValues) {
            const QString text = valueText();
            const auto [at, len] = matcher.find(text);
            if (at >= 0)
                result.hits << SearchHit { ns, key, false, snippet(text, at, len) };
        }
        return result.hits.size() < maxHits;
    };

    int checked = 0;
    for (const Namespace& ns : snapshot.namespaces) {
        if (const PendingEdit* e = edits.value(ns.name + QChar(0)); e && e->remove)
            continue;
        for (const Entry& entry : ns.entries) {
            if ((++checked & 1023) == 0 && cancel && cancel->load(std::memory_order_relaxed))
                return result;
            const PendingEdit* e = edits.value(ns.name + QChar(0) + entry.key);
            if (e && e->remove)
                continue;
            const bool more = consider(ns.name, entry.key, [&] {
                if (e)
                    return e->value.isString() ? e->value.toString() : QString::fromUtf8(e->value.toCompactJson());
                return entry.value.text();
            });
            if (!more) {
                result.truncated = true;
                return result;
            }
        }
    }
    for (const PendingEdit& e : pending) {
        if (e.remove || e.isNamespace() || e.before)
            continue;
        const bool more = consider(e.ns, e.key, [&] {
            return e.value.isString() ? e.value.toString() : QString::fromUtf8(e.value.toCompactJson());
        });
        if (!more) {
            result.truncated = true;
            break;
        }
    }
    return result;
}

} // namespace statelens::ui
