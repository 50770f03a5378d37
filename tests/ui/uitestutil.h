// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Snapshots built in code for the UI tests, and a Source that serves one and records what it is asked
// to write.

#include "model/snapshot.h"
#include "sources/source.h"

#include <QMutex>

#include <memory>

namespace statelens::test {

/// One entry whose value is parsed from `json`.
inline Entry entry(const QString& key, const QByteArray& json, const QString& file = QStringLiteral("/state/x.json"))
{
    Entry e;
    e.key = key;
    auto doc = json::Document::parse(json);
    Q_ASSERT(doc.ok());
    e.value = ValueRef(std::make_shared<const json::Document>(std::move(doc.value())), 0);
    e.file = file;
    return e;
}

inline Task task(const QString& id, const QString& status, const QString& created, const QByteArray& json = "{}")
{
    Task t;
    t.id = id;
    t.description = QStringLiteral("task ") + id;
    t.status = status;
    t.tool = QStringLiteral("CLAUDECODE");
    t.createdAt = QDateTime::fromString(created, Qt::ISODate);
    t.updatedAt = t.createdAt.addSecs(90);
    t.value = entry(id, json).value;
    return t;
}

/// A small state: namespaces "user" (grouped keys) and "config", tasks, backups, problems.
inline Snapshot sampleSnapshot()
{
    Snapshot s;
    s.info.kind = SourceKind::Documented;
    s.info.path = QStringLiteral("/state");
    s.info.version = QStringLiteral("3");
    Namespace user { QStringLiteral("user"), {} };
    user.entries << entry(QStringLiteral("user:1:name"), "\"Ada\"") << entry(QStringLiteral("user:1:email"), "\"ada@example.org\"")
                 << entry(QStringLiteral("user:2:name"), "\"Grace\"") << entry(QStringLiteral("count"), "42")
                 << entry(QStringLiteral("api_key"), "\"sk-123\"")
                 << entry(QStringLiteral("cache"), R"({"value": 1, "expires_at": 4102444800})");
    Namespace config { QStringLiteral("config"), {} };
    config.entries << entry(QStringLiteral("theme"), "\"dark\"") << entry(QStringLiteral("limits"), R"({"a": 1, "b": [1, 2]})");
    s.namespaces << user << config;
    s.tasks << task(QStringLiteral("t1"), QStringLiteral("completed"), QStringLiteral("2025-01-01T10:00:00Z"),
                    R"({"logs": [{"timestamp": "2025-01-01T10:00:00Z", "level": "info", "type": "system", "message": "created", "metadata": {"tool": "X"}}, {"timestamp": "2025-01-01T10:01:00Z", "level": "error", "message": "boom"}], "result": {"ok": true}})")
            << task(QStringLiteral("t2"), QStringLiteral("failed"), QStringLiteral("2025-01-02T10:00:00Z"))
            << task(QStringLiteral("t3"), QStringLiteral("completed"), QStringLiteral("2024-12-31T10:00:00Z"));
    Backup ok;
    ok.id = QStringLiteral("b1");
    ok.path = QStringLiteral("/state/b1.json");
    ok.entries = 3;
    Backup empty;
    empty.id = QStringLiteral("b2");
    empty.path = QStringLiteral("/state/b2.json");
    empty.health = Health::Empty;
    empty.reason = QStringLiteral("0 bytes");
    s.backups << ok << empty;
    Problem p;
    p.message = QStringLiteral("bad value");
    p.file = QStringLiteral("/state/x.json");
    p.line = 3;
    p.column = 7;
    p.address = QStringLiteral("user/count");
    s.problems << p;
    LogFile log;
    log.name = QStringLiteral("session_a.log");
    log.path = QStringLiteral("/state/logs/session_a.log");
    log.sessionId = QStringLiteral("a");
    s.logs << log;
    return s;
}

/// Serves a fixed snapshot; apply() records the changes and succeeds.
class FakeSource final : public Source
{
public:
    explicit FakeSource(Snapshot snapshot) : Source(snapshot.info.path), m_snapshot(std::move(snapshot)) { }
    SourceKind kind() const override { return m_snapshot.info.kind; }
    Result<Snapshot> load(const LoadContext& context) const override
    {
        context.report(50, QStringLiteral("reading"));
        if (context.cancelled())
            return Error { Error::Kind::Cancelled, QStringLiteral("cancelled") };
        return m_snapshot;
    }
    Result<ApplyResult> apply(const Snapshot&, const QList<Change>& changes) override
    {
        QMutexLocker lock(&m_mutex);
        m_applied << changes;
        ApplyResult r;
        r.filesWritten << QStringLiteral("/state/x.json");
        return r;
    }
    QList<QList<Change>> applied() const
    {
        QMutexLocker lock(&m_mutex);
        return m_applied;
    }

private:
    Snapshot m_snapshot;
    mutable QMutex m_mutex;
    QList<QList<Change>> m_applied;
};

} // namespace statelens::test
