// SPDX-License-Identifier: GPL-3.0-or-later
#include "statesearch.h"

#include "backup/backupcatalogue.h"
#include "backup/backuploader.h"
#include "io/safewrite.h"
#include "logs/logrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <functional>

namespace statelens::search {

namespace {

/// Log files are searched up to this size each (their start): a search must not read gigabytes.
constexpr qint64 MaxLogBytes = 64 << 20;

class Matcher
{
public:
    explicit Matcher(const Query& q) : m_query(q)
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
    Query m_query;
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

QString textOf(const json::JsonValue& v)
{
    return v.isString() ? v.toString() : QString::fromUtf8(v.toCompactJson());
}

QString member(const json::JsonValue& object, const QString& name)
{
    const json::JsonValue* m = object.member(name);
    return m ? textOf(*m) : QString();
}

/// Collects hits; says when to stop.
class Collector
{
public:
    Collector(const Matcher& m, Result& r, const std::atomic<bool>* cancel, int maxHits)
        : m_matcher(m), m_result(r), m_cancel(cancel), m_maxHits(maxHits)
    {
    }

    /// Adds a hit if `text` matches; returns whether it did.
    bool match(Hit hit, const QString& text)
    {
        if (stopped())
            return false;
        const auto [at, len] = m_matcher.find(text);
        if (at < 0)
            return false;
        hit.snippet = snippet(text, at, len);
        m_result.hits << std::move(hit);
        if (m_result.hits.size() >= m_maxHits)
            m_result.truncated = true;
        return true;
    }
    /// Checked between items: cancelled, or the limit reached.
    bool stopped()
    {
        if ((m_checks++ & 255) == 0 && m_cancel && m_cancel->load(std::memory_order_relaxed))
            m_result.cancelled = true;
        return m_result.cancelled || m_result.truncated;
    }

private:
    const Matcher& m_matcher;
    Result& m_result;
    const std::atomic<bool>* m_cancel;
    int m_maxHits;
    quint32 m_checks = 0;
};

Hit hitOf(HitKind kind, const QString& ns, const QString& key, const QString& field)
{
    Hit h;
    h.kind = kind;
    h.ns = ns;
    h.key = key;
    h.field = field;
    return h;
}

/// A key: its name, else its value. `kind` Backup files the hit under the backup `location`.
void searchKey(Collector& c, HitKind kind, const QString& location, const QString& ns, const QString& key,
               const std::function<QString()>& valueText)
{
    Hit h = hitOf(kind, ns, key, QStringLiteral("key"));
    h.location = location;
    if (c.match(h, key))
        return;
    h.field = QStringLiteral("value");
    c.match(h, valueText());
}

void searchKeys(Collector& c, const Snapshot& s, const QList<EditedValue>& edits)
{
    QHash<QString, const EditedValue*> byKey;
    for (const EditedValue& e : edits)
        byKey.insert(e.ns + QChar(0) + e.key, &e);
    for (const Namespace& ns : s.namespaces) {
        if (const EditedValue* e = byKey.value(ns.name + QChar(0)); e && e->removed)
            continue;
        for (const Entry& entry : ns.entries) {
            if (c.stopped())
                return;
            const EditedValue* e = byKey.value(ns.name + QChar(0) + entry.key);
            if (e && e->removed)
                continue;
            searchKey(c, HitKind::Key, {}, ns.name, entry.key, [&] { return e ? textOf(e->value) : entry.value.text(); });
        }
    }
    // Keys that exist only as edits.
    for (const EditedValue& e : edits) {
        if (e.removed || e.key.isEmpty() || e.ns.startsWith(u'@') || s.findEntry(e.ns, e.key))
            continue;
        if (c.stopped())
            return;
        searchKey(c, HitKind::Key, {}, e.ns, e.key, [&] { return textOf(e.value); });
    }
}

/// The task's whole object: as edited, else read from its file here (not through the snapshot's deferred
/// value, which would keep every task's document in memory).
json::JsonValue taskObject(const Task& t, const EditedValue* edit)
{
    if (edit)
        return edit->value;
    if (!t.value.isDeferred())
        return t.value.toValue();
    auto bytes = readFile(t.file);
    if (!bytes)
        return {};
    auto parsed = json::JsonValue::parse(bytes.value(), t.file);
    return parsed ? parsed.value() : json::JsonValue();
}

void searchTask(Collector& c, HitKind kind, const QString& location, const Task& t, const EditedValue* edit)
{
    const json::JsonValue object = taskObject(t, edit);
    const bool whole = object.isObject();
    auto field = [&](const QString& name, const QString& summary) {
        Hit h = hitOf(kind, QStringLiteral("@tasks"), t.id, name);
        h.location = location;
        h.title = t.description;
        c.match(h, whole ? member(object, name) : summary);
    };
    field(QStringLiteral("description"), t.description);
    field(QStringLiteral("status"), t.status);
    field(QStringLiteral("error"), t.error);
    if (!whole)
        return;
    if (object.member(QStringLiteral("result")))
        field(QStringLiteral("result"), QString());
    const json::JsonValue* logs = object.member(QStringLiteral("logs"));
    if (!logs || !logs->isArray())
        return;
    for (const json::JsonValue& entry : logs->items()) {
        Hit h = hitOf(kind, QStringLiteral("@tasks"), t.id, QStringLiteral("log"));
        h.location = location;
        h.title = t.description;
        if (c.match(h, member(entry, QStringLiteral("message"))))
            return; // one hit for a task's log
    }
}

void searchTasks(Collector& c, const Snapshot& s, const QList<EditedValue>& edits)
{
    QHash<QString, const EditedValue*> byId;
    for (const EditedValue& e : edits)
        if (e.ns == QLatin1String("@tasks") && !e.removed)
            byId.insert(e.key, &e);
    for (const Task& t : s.tasks) {
        if (c.stopped())
            return;
        searchTask(c, HitKind::Task, {}, t, byId.value(t.id));
    }
}

void searchLogs(Collector& c, const Snapshot& s)
{
    for (const LogFile& log : s.logs) {
        if (c.stopped())
            return;
        auto bytes = readFileHead(log.path, MaxLogBytes);
        if (!bytes)
            continue;
        for (const LogRecord& r : parseLog(bytes.value(), log.format, log.name)) {
            if (c.stopped())
                return;
            Hit h = hitOf(HitKind::Log, {}, log.name, QStringLiteral("message"));
            h.location = log.path;
            h.line = r.line;
            const QString text = r.details.isEmpty() ? r.message : r.message + u' ' + r.details;
            c.match(h, text);
        }
    }
}

void searchReports(Collector& c, const Snapshot& s)
{
    for (const Report& r : s.reports) {
        if (c.stopped())
            return;
        Hit h = hitOf(HitKind::Report, QStringLiteral("@reports"), r.id, QStringLiteral("report"));
        h.location = r.path;
        c.match(h, r.value.text());
    }
}

void searchBackups(Collector& c, const Snapshot& s)
{
    const backup::BackupCatalogue catalogue(s);
    for (const Backup& b : catalogue.backups()) {
        if (c.stopped())
            return;
        if (b.health != Health::Ok)
            continue;
        auto loaded = backup::loadBackup(s, b);
        if (!loaded)
            continue;
        for (const Namespace& ns : loaded->snapshot.namespaces)
            for (const Entry& entry : ns.entries) {
                if (c.stopped())
                    return;
                searchKey(c, HitKind::Backup, b.id, ns.name, entry.key, [&] { return entry.value.text(); });
            }
        for (const Task& t : loaded->snapshot.tasks) {
            if (c.stopped())
                return;
            searchTask(c, HitKind::Backup, b.id, t, nullptr);
        }
    }
}

} // namespace

Result searchState(const Snapshot& snapshot, const QList<EditedValue>& edits, const Query& query,
                   const std::atomic<bool>* cancel, int maxHits)
{
    Result result;
    if (query.text.isEmpty())
        return result;
    const Matcher matcher(query);
    if (!matcher.valid()) {
        result.error = QCoreApplication::translate("StateSearch", "Invalid regular expression: %1").arg(matcher.error());
        return result;
    }
    Collector c(matcher, result, cancel, maxHits);
    if (query.inKeys)
        searchKeys(c, snapshot, edits);
    if (query.inTasks)
        searchTasks(c, snapshot, edits);
    if (query.inLogs)
        searchLogs(c, snapshot);
    if (query.inReports)
        searchReports(c, snapshot);
    if (query.inBackups)
        searchBackups(c, snapshot);
    return result;
}

} // namespace statelens::search
