// SPDX-License-Identifier: GPL-3.0-or-later
// The documented format's API: values, batches, tasks, backups, versions, health, events.
#include "store/statestore.h"
#include "testdir.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace statelens;
using json::JsonValue;

namespace {
JsonValue parse(const char* text)
{
    return JsonValue::parse(text).value();
}
QJsonObject readJson(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

class TestStateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultRootFollowsTheDocument()
    {
        qunsetenv("STATE_PATH");
        QCOMPARE(StateStore::defaultRoot({ QStringLiteral("app"), QStringLiteral("/var/lib/x") }), QStringLiteral("/var/lib/x"));
        QVERIFY(StateStore::defaultRoot({ QStringLiteral("app") }).endsWith(QLatin1String("/coding-agent-state")));
        qputenv("STATE_PATH", "/srv/state");
        QCOMPARE(StateStore::defaultRoot({ QStringLiteral("app"), QStringLiteral("--verbose") }), QStringLiteral("/srv/state"));
        qunsetenv("STATE_PATH");
    }

    void valuesRoundTripThroughTheFile()
    {
        test::TestDir dir;
        StateStore store(dir.filePath(QStringLiteral("state")));
        auto report = store.load();
        QVERIFY(report);
        QCOMPARE(report->fallback, StateStore::Fallback::Missing);
        QSignalSpy saved(&store, &StateStore::saved);
        QVERIFY(store.save(QStringLiteral("user"), QStringLiteral("preferences"), parse("{\"theme\": \"dark\", \"lang\": \"en\"}")));
        QVERIFY(store.save(QStringLiteral("global"), QStringLiteral("app_version"), JsonValue::fromString(QStringLiteral("1.0.0"))));
        QCOMPARE(saved.count(), 2);
        QCOMPARE(store.namespaces(), (QStringList { "user", "global" }));
        QCOMPARE(store.keys(QStringLiteral("user")), QStringList { "preferences" });
        QCOMPARE(store.value(QStringLiteral("user"), QStringLiteral("preferences"))->member(QStringLiteral("theme"))->toString(), QStringLiteral("dark"));
        const QJsonObject file = readJson(dir.filePath(QStringLiteral("state/state.json")));
        QCOMPARE(file.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(file.value(QStringLiteral("namespaces")).toObject().value(QStringLiteral("user")).toObject()
                     .value(QStringLiteral("preferences")).toObject().value(QStringLiteral("lang")).toString(), QStringLiteral("en"));
        QVERIFY(!file.value(QStringLiteral("last_saved")).toString().isEmpty());
        // A second store on the same folder reads the same.
        StateStore other(dir.filePath(QStringLiteral("state")));
        QVERIFY(other.load());
        QCOMPARE(other.value(QStringLiteral("global"), QStringLiteral("app_version"))->toString(), QStringLiteral("1.0.0"));
        QVERIFY(store.remove(QStringLiteral("global"), QStringLiteral("app_version")));
        QVERIFY(!store.value(QStringLiteral("global"), QStringLiteral("app_version")));
        QCOMPARE(store.remove(QStringLiteral("global"), QStringLiteral("nope")).error().kind, Error::Kind::NotFound);
    }

    void rulesAreEnforced()
    {
        test::TestDir dir;
        StateStore::Options opt;
        opt.maxValueBytes = 100;
        StateStore store(dir.filePath(QStringLiteral("s")), opt);
        QVERIFY(store.load());
        QSignalSpy errors(&store, &StateStore::saveError);
        auto badNs = store.save(QStringLiteral("bad-ns"), QStringLiteral("k"), JsonValue());
        QVERIFY(!badNs);
        QVERIFY(badNs.error().message.contains(QLatin1String("bad-ns")));
        QVERIFY(!store.save(QStringLiteral("ns"), QString(256, u'k'), JsonValue()));
        QVERIFY(store.save(QStringLiteral("ns"), QString(255, u'k'), JsonValue()));
        auto big = store.save(QStringLiteral("ns"), QStringLiteral("big"), JsonValue::fromString(QString(200, u'x')));
        QVERIFY(!big);
        QVERIFY(big.error().message.contains(QLatin1String("limit")));
        QVERIFY(errors.count() >= 2);
        for (const QString& id : { QStringLiteral("../escape"), QStringLiteral(".."), QString(), QStringLiteral("a\0b") }) {
            JsonValue task = JsonValue::object();
            task.insert(QStringLiteral("id"), JsonValue::fromString(id));
            QVERIFY2(!store.saveTask(task) || !id.contains(QLatin1String("..")), qPrintable(id));
        }
        QCOMPARE(QDir(dir.filePath(QStringLiteral("s/tasks"))).entryList(QDir::Files).size(), 0);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("escape.json"))));
    }

    void stagedChangesCommitAsOneWrite()
    {
        test::TestDir dir;
        StateStore store(dir.filePath(QStringLiteral("s")));
        QVERIFY(store.load());
        QVERIFY(store.save(QStringLiteral("a"), QStringLiteral("x"), JsonValue::fromInt(1)));
        const int backupsBefore = int(QDir(dir.filePath(QStringLiteral("s"))).entryList({ QStringLiteral("state.backup.*.json") }).size());
        QVERIFY(store.stage(QStringLiteral("a"), QStringLiteral("y"), JsonValue::fromInt(2)));
        QVERIFY(store.stage(QStringLiteral("b"), QStringLiteral("z"), JsonValue::fromInt(3)));
        QVERIFY(store.stageRemove(QStringLiteral("a"), QStringLiteral("x")));
        QCOMPARE(store.value(QStringLiteral("b"), QStringLiteral("z"))->toInt(), 3); // visible before commit
        QVERIFY(!readJson(dir.filePath(QStringLiteral("s/state.json"))).value(QStringLiteral("namespaces")).toObject().contains(QStringLiteral("b")));
        QVERIFY(store.commit());
        const int backupsAfter = int(QDir(dir.filePath(QStringLiteral("s"))).entryList({ QStringLiteral("state.backup.*.json") }).size());
        QCOMPARE(backupsAfter, backupsBefore + 1); // one write, one backup
        const QJsonObject nss = readJson(dir.filePath(QStringLiteral("s/state.json"))).value(QStringLiteral("namespaces")).toObject();
        QCOMPARE(nss.value(QStringLiteral("a")).toObject().keys(), QStringList { "y" });
        QCOMPARE(nss.value(QStringLiteral("b")).toObject().value(QStringLiteral("z")).toInt(), 3);
    }

    void autosaveCommitsStagedChanges()
    {
        test::TestDir dir;
        StateStore store(dir.filePath(QStringLiteral("s")));
        QVERIFY(store.load());
        QSignalSpy triggered(&store, &StateStore::autosaveTriggered);
        QSignalSpy saved(&store, &StateStore::saved);
        QVERIFY(store.stage(QStringLiteral("a"), QStringLiteral("x"), JsonValue::fromInt(1)));
        store.setAutosaveInterval(20);
        QVERIFY(saved.wait(5000));
        QVERIFY(triggered.count() >= 1);
        QVERIFY(!store.hasStagedChanges());
        store.setAutosaveInterval(0);
    }

    void tasksMetricsLogsReports()
    {
        test::TestDir dir;
        StateStore store(dir.filePath(QStringLiteral("s")));
        QVERIFY(store.load());
        auto task = [](const char* id, const char* status, const char* created, const char* completed) {
            JsonValue t = JsonValue::object();
            t.insert(QStringLiteral("id"), JsonValue::fromString(QString::fromLatin1(id)));
            t.insert(QStringLiteral("status"), JsonValue::fromString(QString::fromLatin1(status)));
            t.insert(QStringLiteral("created_at"), JsonValue::fromString(QString::fromLatin1(created)));
            if (completed)
                t.insert(QStringLiteral("completed_at"), JsonValue::fromString(QString::fromLatin1(completed)));
            return t;
        };
        QVERIFY(store.saveTask(task("task_1", "completed", "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.100Z")));
        QVERIFY(store.saveTask(task("task_2", "completed", "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.201Z")));
        QVERIFY(store.saveTask(task("task_3", "failed", "2026-01-01T00:00:00.000Z", nullptr)));
        QCOMPARE(store.loadTasks()->size(), 3);
        QCOMPARE(store.loadTask(QStringLiteral("task_3"))->member(QStringLiteral("status"))->toString(), QStringLiteral("failed"));
        QJsonObject metrics = readJson(dir.filePath(QStringLiteral("s/state.json"))).value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.value(QStringLiteral("total_tasks")).toInt(), 3);
        QCOMPARE(metrics.value(QStringLiteral("completed_tasks")).toInt(), 2);
        QCOMPARE(metrics.value(QStringLiteral("failed_tasks")).toInt(), 1);
        QCOMPARE(metrics.value(QStringLiteral("average_completion_time")).toInt(), 151); // round(150.5)
        QVERIFY(store.deleteTask(QStringLiteral("task_1")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("s/tasks/task_1.json"))));
        metrics = readJson(dir.filePath(QStringLiteral("s/state.json"))).value(QStringLiteral("metrics")).toObject();
        QCOMPARE(metrics.value(QStringLiteral("total_tasks")).toInt(), 2);
        auto log = store.saveSessionLog(QStringLiteral("sess-1"), QStringLiteral("[10:00] session started\n"));
        QVERIFY(log);
        QVERIFY(QFileInfo(log.value()).fileName().startsWith(QLatin1String("session_sess-1_")));
        JsonValue report = JsonValue::object();
        report.insert(QStringLiteral("id"), JsonValue::fromString(QStringLiteral("r1")));
        auto path = store.saveReport(QStringLiteral("r1"), report);
        QVERIFY(path);
        QCOMPARE(readJson(path.value()).value(QStringLiteral("id")).toString(), QStringLiteral("r1"));
    }

    void backupsCreateListPruneRestore()
    {
        test::TestDir dir;
        StateStore::Options opt;
        opt.keepBackups = 3;
        StateStore store(dir.filePath(QStringLiteral("s")), opt);
        QVERIFY(store.load());
        QVERIFY(store.save(QStringLiteral("a"), QStringLiteral("x"), JsonValue::fromInt(1)));
        QVERIFY(store.save(QStringLiteral("a"), QStringLiteral("y"), JsonValue::fromInt(1)));
        auto created = store.createBackup();
        QVERIFY(created);
        QVERIFY(created->sizeBytes > 0);
        const QString goodId = created->id;
        QVERIFY(store.save(QStringLiteral("a"), QStringLiteral("x"), JsonValue::fromInt(2)));
        QVERIFY(store.save(QStringLiteral("b"), QStringLiteral("new"), JsonValue::fromInt(9)));
        QVERIFY(store.save(QStringLiteral("a"), QStringLiteral("y"), JsonValue::fromInt(2)));
        // Rotation keeps three.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("s"))).entryList({ QStringLiteral("state.backup.*.json") }).size(), 3);
        // Restores use a store that keeps more backups, so the one we restore from is not rotated away.
        StateStore roomy(dir.filePath(QStringLiteral("s")));
        QVERIFY(roomy.load());
        StateStore& restoring = roomy;
        QVERIFY(restoring.save(QStringLiteral("a"), QStringLiteral("x"), JsonValue::fromInt(10)));
        auto snap = restoring.createBackup();
        QVERIFY(snap);
        QVERIFY(restoring.save(QStringLiteral("a"), QStringLiteral("x"), JsonValue::fromInt(20)));
        QVERIFY(restoring.save(QStringLiteral("a"), QStringLiteral("y"), JsonValue::fromInt(20)));
        auto n = restoring.restoreBackup(snap->id, { QStringLiteral("a/x") });
        QVERIFY2(n, qPrintable(n ? QString() : n.error().toString()));
        QCOMPARE(n.value(), 1);
        QCOMPARE(restoring.value(QStringLiteral("a"), QStringLiteral("x"))->toInt(), 10);
        QCOMPARE(restoring.value(QStringLiteral("a"), QStringLiteral("y"))->toInt(), 20);
        // Restoring everything also removes what the backup did not have.
        QVERIFY(restoring.save(QStringLiteral("c"), QStringLiteral("only_now"), JsonValue::fromInt(1)));
        auto all = restoring.restoreBackup(snap->id);
        QVERIFY2(all, qPrintable(all ? QString() : all.error().toString()));
        QVERIFY(!restoring.namespaces().contains(QStringLiteral("c")));
        QCOMPARE(restoring.value(QStringLiteral("a"), QStringLiteral("y"))->toInt(), 2);
        // An empty backup is refused with the reason.
        dir.createFile(QStringLiteral("s/state.backup.1000.json"), "");
        QVERIFY(restoring.load());
        auto refused = restoring.restoreBackup(QStringLiteral("state.backup.1000.json"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("empty")));
        auto pruned = restoring.pruneBackups(1);
        QVERIFY(pruned);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("s"))).entryList({ QStringLiteral("state.backup.*.json") }).size(), 1);
        Q_UNUSED(goodId);
    }

    void corruptStateIsKeptCopiedAsideAndRecovered()
    {
        test::TestDir dir;
        const QString root = dir.filePath(QStringLiteral("s"));
        {
            StateStore store(root);
            QVERIFY(store.load());
            QVERIFY(store.save(QStringLiteral("a"), QStringLiteral("x"), JsonValue::fromInt(1)));
            QVERIFY(store.save(QStringLiteral("a"), QStringLiteral("x"), JsonValue::fromInt(2)));
        }
        dir.createFile(QStringLiteral("s/state.json"), "{\"version\": \"1.0.0\", \"namespa");
        StateStore store(root);
        auto report = store.load();
        QVERIFY(report);
        QCOMPARE(report->fallback, StateStore::Fallback::Backup);
        QVERIFY(QFileInfo::exists(report->evidence));
        QCOMPARE(dir.read(report->evidence), QByteArray("{\"version\": \"1.0.0\", \"namespa"));
        QCOMPARE(dir.read(QStringLiteral("s/state.json")), QByteArray("{\"version\": \"1.0.0\", \"namespa")); // untouched
        QCOMPARE(store.value(QStringLiteral("a"), QStringLiteral("x"))->toInt(), 1); // from the newest backup
        QVERIFY(store.save(QStringLiteral("a"), QStringLiteral("y"), JsonValue::fromInt(5)));
        const QJsonObject a = readJson(dir.filePath(QStringLiteral("s/state.json"))).value(QStringLiteral("namespaces")).toObject().value(QStringLiteral("a")).toObject();
        QCOMPARE(a.value(QStringLiteral("x")).toInt(), 1);
        QCOMPARE(a.value(QStringLiteral("y")).toInt(), 5);
    }

    void migrationsFollowTheShortestChain()
    {
        test::TestDir dir;
        StateStore store(dir.filePath(QStringLiteral("s")));
        QVERIFY(store.load());
        QVERIFY(store.save(QStringLiteral("user"), QStringLiteral("old_name"), JsonValue::fromString(QStringLiteral("v"))));
        const QByteArray before = dir.read(QStringLiteral("s/state.json"));
        store.migrations().add({ QStringLiteral("1.0.0"), QStringLiteral("1.1.0"), QStringLiteral("rename user/old_name to new_name"),
                                 [](JsonValue& s) -> Result<void> {
                                     JsonValue* user = s.member(QStringLiteral("namespaces"))->member(QStringLiteral("user"));
                                     const JsonValue v = *user->member(QStringLiteral("old_name"));
                                     user->remove(QStringLiteral("old_name"));
                                     user->insert(QStringLiteral("new_name"), v);
                                     return {};
                                 } });
        store.migrations().add({ QStringLiteral("1.1.0"), QStringLiteral("2.0.0"), QStringLiteral("nothing"), [](JsonValue&) -> Result<void> { return {}; } });
        store.migrations().add({ QStringLiteral("1.0.0"), QStringLiteral("1.0.1"), QStringLiteral("detour"), [](JsonValue&) -> Result<void> { return {}; } });
        QCOMPARE(store.knownVersions(), (QStringList { "1.0.0", "1.0.1", "1.1.0", "2.0.0" }));
        QCOMPARE(store.migrations().plan(QStringLiteral("1.0.0"), QStringLiteral("2.0.0"))->size(), 2);
        QVERIFY(!store.migrate(QStringLiteral("3.0.0")));
        QVERIFY(store.migrate(QStringLiteral("2.0.0")));
        QCOMPARE(store.schemaVersion(), QStringLiteral("2.0.0"));
        QCOMPARE(store.value(QStringLiteral("user"), QStringLiteral("new_name"))->toString(), QStringLiteral("v"));
        QCOMPARE(dir.read(QStringLiteral("s/state.pre-migration.backup.json")), before);
        QVERIFY(dir.read(QStringLiteral("s/state.migration-v1.0.0-to-v2.0.0.log")).contains("rename user/old_name"));
        QVERIFY(store.migrate(QStringLiteral("2.0.0"))); // already there: a no-op
    }

    void healthReportsTheFolder()
    {
        test::TestDir dir;
        StateStore store(dir.filePath(QStringLiteral("s")));
        QVERIFY(store.load());
        QVERIFY(store.save(QStringLiteral("a"), QStringLiteral("x"), JsonValue::fromInt(1)));
        QVERIFY(store.save(QStringLiteral("a"), QStringLiteral("x"), JsonValue::fromInt(2)));
        const StateStore::Health h = store.health();
        QVERIFY(h.directoryExists);
        QVERIFY(h.writable);
        QVERIFY(h.freeBytes > 0);
        QVERIFY(h.lastSaveTime.isValid());
        QCOMPARE(h.backupCount, 1);
    }
};

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
