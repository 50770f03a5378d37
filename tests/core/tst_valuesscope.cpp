// SPDX-License-Identifier: GPL-3.0-or-later
// SnapshotScope::Values: a load for reading or writing keys reads state.json alone, a save of values leaves
// metrics as they are, and a task change refuses such a snapshot (nothing is written).
#include "sources/source.h"
#include "testdir.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace statelens;
using namespace statelens::test;

namespace {
// Stale metrics on purpose (the tasks give 2 in all, 1 completed).
const QByteArray StateJson = R"({
  "version": "1.0.0",
  "last_saved": "2026-11-21T12:00:00.000Z",
  "namespaces": {
    "user": {"name": "Ada", "theme": "dark", "theme": "light"},
    "config": {"limits": {"a": 1}}
  },
  "sessions": [],
  "metrics": {"total_tasks": 999, "completed_tasks": 0, "failed_tasks": 0, "average_completion_time": 0}
}
)";

QString makeState(TestDir& dir)
{
    dir.createFile(QStringLiteral("s/state.json"), StateJson);
    dir.createFile(QStringLiteral("s/tasks/t1.json"),
                   R"({"id": "t1", "status": "completed", "created_at": "2026-01-01T00:00:00.000Z", "completed_at": "2026-01-01T00:00:02.000Z"})");
    dir.createFile(QStringLiteral("s/tasks/t2.json"), R"({"id": "t2", "status": "pending", "created_at": "2026-01-01T00:00:00.000Z"})");
    dir.createFile(QStringLiteral("s/state.backup.1700000000000.json"), StateJson);
    return dir.filePath(QStringLiteral("s"));
}

QJsonObject metricsOf(const QByteArray& stateJson)
{
    return QJsonDocument::fromJson(stateJson).object().value(QStringLiteral("metrics")).toObject();
}

Change set(const QString& address, const json::JsonValue& value)
{
    Change c;
    c.op = Change::Op::Set;
    c.address = Address::parse(address).value();
    c.value = value;
    return c;
}

Result<LoadedState> load(const QString& path, SnapshotScope scope)
{
    LoadContext context;
    context.scope = scope;
    return openAndLoad(path, context);
}
} // namespace

class TestValuesScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheValuesAlone()
    {
        TestDir dir;
        const QString root = makeState(dir);
        auto values = load(root, SnapshotScope::Values);
        QVERIFY2(values, qPrintable(values ? QString() : values.error().toString()));
        auto whole = load(root, SnapshotScope::Everything);
        QVERIFY(whole);
        const Snapshot& v = values->snapshot;
        QCOMPARE(v.scope, SnapshotScope::Values);
        QCOMPARE(whole->snapshot.scope, SnapshotScope::Everything);
        QVERIFY(v.tasks.isEmpty());
        QVERIFY(v.backups.isEmpty());
        QCOMPARE(whole->snapshot.tasks.size(), 2);
        QVERIFY(!whole->snapshot.backups.isEmpty());
        // The same keys and values (the duplicate "theme": the last one) as a whole load.
        QCOMPARE(v.namespaces.size(), whole->snapshot.namespaces.size());
        for (const Namespace& ns : whole->snapshot.namespaces) {
            const Namespace* other = v.findNamespace(ns.name);
            QVERIFY(other);
            QCOMPARE(other->entries.size(), ns.entries.size());
            for (const Entry& e : ns.entries)
                QCOMPARE(v.findEntry(ns.name, e.key)->value.raw(), e.value.raw());
        }
        QCOMPARE(v.findEntry(QStringLiteral("user"), QStringLiteral("theme"))->value.raw(), QByteArrayView("\"light\""));
        QVERIFY(v.stamps.contains(root + QStringLiteral("/state.json")));
    }

    void savingAValueLeavesTheMetrics_data()
    {
        QTest::addColumn<bool>("whole");
        QTest::newRow("values only") << false;
        QTest::newRow("whole state") << true;
    }
    void savingAValueLeavesTheMetrics()
    {
        QFETCH(bool, whole);
        TestDir dir;
        const QString root = makeState(dir);
        auto state = load(root, whole ? SnapshotScope::Everything : SnapshotScope::Values);
        QVERIFY(state);
        auto r = state->source->apply(state->snapshot, { set(QStringLiteral("user/name"), json::JsonValue::fromString(QStringLiteral("Grace"))) });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        const QByteArray after = dir.read(QStringLiteral("s/state.json"));
        QCOMPARE(metricsOf(after).value(QStringLiteral("total_tasks")).toInt(), 999); // stale, and left so
        QVERIFY(after.contains(R"("user": {"name": "Grace", "theme": "dark", "theme": "light"})"));
        QVERIFY(!after.contains("2026-11-21T12:00:00.000Z")); // last_saved marks the save
        // Everything but the value and last_saved is byte for byte as it was.
        QByteArray expected = StateJson;
        expected.replace(R"("name": "Ada")", R"("name": "Grace")");
        const qsizetype at = after.indexOf("\"last_saved\": \"") + 15;
        expected.replace(at, 24, after.mid(at, 24));
        QCOMPARE(after, expected);
    }

    void aTaskChangeNeedsTheWholeState()
    {
        TestDir dir;
        const QString root = makeState(dir);
        auto values = load(root, SnapshotScope::Values);
        QVERIFY(values);
        json::JsonValue status = json::JsonValue::fromString(QStringLiteral("failed"));
        Change c = set(QStringLiteral("@tasks/t2/status"), status);
        auto refused = values->source->apply(values->snapshot, { c });
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Validation);
        QCOMPARE(dir.read(QStringLiteral("s/state.json")), StateJson);
        QVERIFY(dir.read(QStringLiteral("s/tasks/t2.json")).contains("\"pending\""));

        // Read whole, the same change is made, and the metrics follow the tasks.
        auto whole = load(root, SnapshotScope::Everything);
        QVERIFY(whole);
        auto r = whole->source->apply(whole->snapshot, { c });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(dir.read(QStringLiteral("s/tasks/t2.json")).contains("\"failed\""));
        const QJsonObject m = metricsOf(dir.read(QStringLiteral("s/state.json")));
        QCOMPARE(m.value(QStringLiteral("total_tasks")).toInt(), 2);
        QCOMPARE(m.value(QStringLiteral("completed_tasks")).toInt(), 1);
        QCOMPARE(m.value(QStringLiteral("failed_tasks")).toInt(), 1);
        QCOMPARE(m.value(QStringLiteral("average_completion_time")).toInt(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestValuesScope)
#include "tst_valuesscope.moc"
