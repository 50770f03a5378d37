// SPDX-License-Identifier: GPL-3.0-or-later
// Find over everything (core/search): keys and values, tasks (description, status, error, result, log
// messages), logs, reports and, on request, backups, on the real coding-agent sample.
#include "testdir.h"

#include "search/statesearch.h"
#include "sources/source.h"

#include <QSet>
#include <QTest>

using namespace statelens;
using namespace statelens::search;

namespace {

Snapshot loadSample(test::TestDir& dir)
{
    const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
    auto source = openSource(root);
    if (!source)
        qFatal("%s", qPrintable(source.error().toString()));
    auto snapshot = (*source)->load();
    if (!snapshot)
        qFatal("%s", qPrintable(snapshot.error().toString()));
    return *snapshot;
}

/// "kind:count" of the distinct things hit per kind (a task is one thing however many of its fields match;
/// for backups, the backups).
QStringList distinctByKind(const search::Result& r)
{
    QMap<int, QSet<QString>> things;
    for (const Hit& h : r.hits)
        things[int(h.kind)].insert(h.kind == HitKind::Backup ? h.location
                                                             : h.location + u'|' + h.ns + u'|' + h.key + u'|' + QString::number(h.line));
    const QStringList names { QStringLiteral("key"), QStringLiteral("task"), QStringLiteral("log"), QStringLiteral("report"),
                              QStringLiteral("backup") };
    QStringList out;
    for (auto it = things.cbegin(); it != things.cend(); ++it)
        out << QStringLiteral("%1:%2").arg(names[it.key()]).arg(it->size());
    return out;
}

} // namespace

class TestStateSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsEverything_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("inBackups");
        QTest::addColumn<QStringList>("expected");
        // The three "Fix flaky test" tasks, and the state.json key that holds their copies.
        QTest::newRow("task descriptions") << QStringLiteral("flaky") << false << QStringList { QStringLiteral("key:1"), QStringLiteral("task:3") };
        // Each completed task's result and log; nothing in the summaries.
        QTest::newRow("task result and log") << QStringLiteral("created auth.ts") << false
                                             << QStringList { QStringLiteral("key:1"), QStringLiteral("task:3") };
        QTest::newRow("task status") << QStringLiteral("in_progress") << false << QStringList { QStringLiteral("key:1"), QStringLiteral("task:6") };
        QTest::newRow("log records") << QStringLiteral("session started") << false << QStringList { QStringLiteral("log:3") };
        QTest::newRow("reports") << QStringLiteral("task-summary") << false << QStringList { QStringLiteral("report:3") };
        // The tool's own backups of state.json hold the tasks too.
        QTest::newRow("backups on request") << QStringLiteral("flaky") << true
                                            << QStringList { QStringLiteral("key:1"), QStringLiteral("task:3"), QStringLiteral("backup:8") };
        QTest::newRow("nothing") << QStringLiteral("no such text anywhere") << true << QStringList();
    }

    void findsEverything()
    {
        QFETCH(QString, text);
        QFETCH(bool, inBackups);
        QFETCH(QStringList, expected);
        test::TestDir dir;
        const Snapshot s = loadSample(dir);
        Query q;
        q.text = text;
        q.inBackups = inBackups;
        const search::Result r = searchState(s, {}, q);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(distinctByKind(r), expected);
    }

    void hitsSayWhereTheyMatched()
    {
        test::TestDir dir;
        const Snapshot s = loadSample(dir);
        Query q;
        q.text = QStringLiteral("auth.ts");
        const search::Result r = searchState(s, {}, q);
        QSet<QString> fields;
        for (const Hit& h : r.hits)
            if (h.kind == HitKind::Task) {
                fields.insert(h.field);
                QCOMPARE(h.title, QStringLiteral("Implement authentication \u2713"));
                QVERIFY(h.snippet.contains(QStringLiteral("auth.ts")));
            }
        QVERIFY(fields == (QSet<QString> { QStringLiteral("result"), QStringLiteral("log") }));
        q.text = QStringLiteral("session started");
        for (const Hit& h : searchState(s, {}, q).hits) {
            QCOMPARE(h.line, 1);
            QVERIFY(h.location.endsWith(h.key));
        }
    }

    void searchesTheEditedState()
    {
        test::TestDir dir;
        const Snapshot s = loadSample(dir);
        const Task& task = s.tasks.first();
        json::JsonValue edited = json::JsonValue::object();
        edited.insert(QStringLiteral("description"), json::JsonValue::fromString(QStringLiteral("renamed by an edit")));
        EditedValue edit { QStringLiteral("@tasks"), task.id, false, edited };
        Query q;
        q.text = QStringLiteral("renamed by an edit");
        const search::Result r = searchState(s, { edit }, q);
        QCOMPARE(r.hits.size(), 1);
        QCOMPARE(r.hits.first().key, task.id);
        // A removed key is not found; a key that only exists as an edit is.
        EditedValue removed { QStringLiteral("state"), QStringLiteral("tasks"), true, {} };
        EditedValue added { QStringLiteral("state"), QStringLiteral("note"), false, json::JsonValue::fromString(QStringLiteral("flaky note")) };
        q.text = QStringLiteral("flaky");
        q.inTasks = false;
        const search::Result keys = searchState(s, { removed, added }, q);
        QCOMPARE(keys.hits.size(), 1);
        QCOMPARE(keys.hits.first().key, QStringLiteral("note"));
    }

    void cancelledLimitedOrInvalid()
    {
        test::TestDir dir;
        const Snapshot s = loadSample(dir);
        Query q;
        q.text = QStringLiteral("a");
        const std::atomic<bool> cancel { true };
        QVERIFY(searchState(s, {}, q, &cancel).cancelled);
        const search::Result limited = searchState(s, {}, q, nullptr, 4);
        QVERIFY(limited.truncated);
        QCOMPARE(limited.hits.size(), 4);
        q.text = QStringLiteral("(");
        q.regex = true;
        QVERIFY(!searchState(s, {}, q).error.isEmpty());
        q.text = QStringLiteral("^Fix \\w+ test$");
        QCOMPARE(distinctByKind(searchState(s, {}, q)), QStringList { QStringLiteral("task:3") });
    }
};

QTEST_GUILESS_MAIN(TestStateSearch)
#include "tst_statesearch.moc"
