// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations: version detection, the built-in steps on copies of the samples, user migration files
// (good and malformed), shortest plans, dry runs that touch nothing, failing steps that change nothing,
// the no-op, rollback to the exact bytes, and statelens-cli's exit codes.
#include "testdir.h"

#include "json/jsondocument.h"
#include "backup/backupcatalogue.h"
#include "backup/backuploader.h"
#include "migrate/jsonpatch.h"
#include "migrate/migrationeffects.h"
#include "migrate/migrationfile.h"
#include "migrate/migrator.h"
#include "sources/autonomousdevsource.h"
#include "sources/source.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace statelens;
using namespace statelens::migrate;

namespace {
/// Every file below `dir` (hidden ones too) with its bytes: equal maps mean nothing on disk changed.
QMap<QString, QByteArray> contents(const QString& dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        out.insert(QDir(dir).relativeFilePath(path), f.readAll());
    }
    return out;
}

json::JsonValue parse(const QByteArray& text)
{
    auto v = json::JsonValue::parse(text);
    return v ? v.value() : json::JsonValue();
}

QByteArray compact(const QByteArray& text)
{
    return parse(text).toCompactJson();
}

MigratorOptions isolated(const QStringList& extra = {})
{
    MigratorOptions o;
    o.userConfigFolder = false;
    o.extraFolders = extra;
    return o;
}

Migrator open(const QString& path, const MigratorOptions& options = isolated())
{
    auto m = Migrator::open(path, options);
    if (!m)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(m.error().toString()));
    return std::move(m.value());
}

struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run cli(const QStringList& args, const QString& configHome)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome); // no user migrations from the real home
    p.setProcessEnvironment(env);
    p.start(test::TestDir::programPath(QStringLiteral("statelens-cli")), args);
    p.waitForFinished(60000);
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

const QByteArray documentedState = R"({
  "version": "1.0.0",
  "last_saved": "2026-11-21T12:00:00.000Z",
  "namespaces": {
    "user": {
      "prefs": { "ui_theme": "dark", "font": 12 },
      "name": "Zoë"
    },
    "cache": {}
  },
  "sessions": [],
  "metrics": { "total_tasks": 2, "completed_tasks": 1, "failed_tasks": 0, "average_completion_time": 10 }
}
)";

QString documentedFolder(test::TestDir& dir)
{
    dir.createFile(QStringLiteral("st/state.json"), documentedState);
    dir.createFile(QStringLiteral("st/tasks/a.json"),
        R"({"id": "a", "status": "completed", "tool": "CLAUDECODE", "logs": []})");
    dir.createFile(QStringLiteral("st/tasks/b.json"),
        R"({"id": "b", "status": "pending", "tool": "CLAUDECODE", "logs": []})");
    return dir.filePath(QStringLiteral("st"));
}
} // namespace

class TestMigrate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void versionsOfTheSamples_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("inferred");
        QTest::addColumn<QString>("originHas");
        QTest::addColumn<QStringList>("targets");
        QTest::newRow("statefulobject v2") << "statefulobject/app"
                                           << "2" << false << "field" << QStringList();
        QTest::newRow("batch state") << "autonomous-dev/project"
                                     << "1.0.0" << true << "assumed" << QStringList { "1.1.0", "2.0.0" };
        QTest::newRow("coding-agent") << "coding-agent/coding-agent-state"
                                      << "0.0.0" << true << "coding-agent" << QStringList { "1.0.0" };
    }
    void versionsOfTheSamples()
    {
        QFETCH(QString, sample);
        QFETCH(QString, version);
        QFETCH(bool, inferred);
        QFETCH(QString, originHas);
        QFETCH(QStringList, targets);
        test::TestDir dir;
        const Migrator m = open(dir.copySample(sample));
        QCOMPARE(m.subject().version, version);
        QCOMPARE(m.subject().inferred, inferred);
        QVERIFY2(m.subject().versionOrigin.contains(originHas), qPrintable(m.subject().versionOrigin));
        QCOMPARE(m.targets(), targets);
        QCOMPARE(m.newerTargets(), targets);
    }

    void rsLlmSpellIsNotMigrated()
    {
        test::TestDir dir;
        auto m = Migrator::open(dir.copySample(QStringLiteral("rs-llmspell")), isolated());
        QVERIFY(!m);
        QCOMPARE(m.error().kind, Error::Kind::Unsupported);
    }

    void statefulObjectV1toV2InTheFilesOwnStyle()
    {
        test::TestDir dir;
        // The seed's v1 shape, as json.dump writes it without indent (", " and ": ").
        const QByteArray v1 = R"({"settings": {"ui_theme": "light", "request_timeout": 60}})";
        const QString file = dir.createFile(QStringLiteral("app/state.json"), v1, 0600);
        Migrator m = open(dir.filePath(QStringLiteral("app")));
        QCOMPARE(m.subject().file, file);
        QCOMPARE(m.subject().version, QStringLiteral("1"));
        QVERIFY(m.subject().inferred);
        QVERIFY(m.subject().versionOrigin.contains(QLatin1String("settings")));
        QCOMPARE(m.newerTargets(), QStringList { QStringLiteral("2") });

        auto outcome = m.apply(QStringLiteral("2"));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        const QByteArray after = dir.read(QStringLiteral("app/state.json"));
        QCOMPARE(compact(after), QByteArray(R"({"config":{"theme":"light","timeout":60},"version":2})"));
        QVERIFY(!after.contains('\n')); // still one line
        QVERIFY(after.contains("\": ")); // Python's key separator kept
        QCOMPARE(after, QByteArray(R"({"config": {"theme": "light", "timeout": 60}, "version": 2})"));
        const QFile::Permissions private0600
            = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
        QCOMPARE(QFileInfo(file).permissions(), private0600); // the tool's mkstemp mode is kept
        QCOMPARE(QFileInfo(outcome->backup).permissions(), private0600); // and the backup is as private
        QCOMPARE(dir.read(QStringLiteral("app/state.json.pre-migration.backup")), v1);
        QCOMPARE(outcome->backup, file + QStringLiteral(".pre-migration.backup"));
        QCOMPARE(outcome->log, file + QStringLiteral(".migration-v1-to-v2.log"));
        const QByteArray log = dir.read(QStringLiteral("app/state.json.migration-v1-to-v2.log"));
        QVERIFY(log.contains("step 1: 1 → 2 (built-in)"));
        QVERIFY(log.contains("- /settings"));
        QVERIFY(log.contains("+ /config = {\"theme\":\"light\",\"timeout\":60}"));
        QVERIFY(log.contains("+ /version = 2"));

        const Migrator again = open(file);
        QCOMPARE(again.subject().version, QStringLiteral("2"));
        QCOMPARE(again.subject().versionOrigin, QStringLiteral("field \"version\""));
    }

    void statefulObjectDefaultsAndIndentedStyle()
    {
        test::TestDir dir;
        const QByteArray v1 = "{\n  \"count\": 3,\n  \"settings\": {\n    \"extra\": true\n  }\n}";
        dir.createFile(QStringLiteral("app/state.json"), v1);
        dir.createFile(QStringLiteral("app/state.json.bak"), v1);
        Migrator m = open(dir.filePath(QStringLiteral("app/state.json")));
        QCOMPARE(m.subject().family, Family::StatefulObject);
        auto preview = m.dryRun(QStringLiteral("v2"));
        QVERIFY(preview);
        QCOMPARE(preview->steps.size(), 1);
        QVERIFY(preview->steps[0].notes.join(u'\n').contains(QLatin1String("\"dark\"")));
        QVERIFY(preview->steps[0].notes.join(u'\n').contains(QLatin1String("settings.extra")));
        // The seed's defaults, other members kept, the file's indentation and newline (none at the end).
        QCOMPARE(preview->newText,
            QByteArray("{\n  \"count\": 3,\n  \"config\": {\n    \"theme\": \"dark\",\n"
                       "    \"timeout\": 30\n  },\n  \"version\": 2\n}"));
    }

    void statefulObjectAtTargetIsANoOp()
    {
        test::TestDir dir;
        const QString app = dir.copySample(QStringLiteral("statefulobject/app"));
        const auto before = contents(dir.path());
        Migrator m = open(app);
        auto outcome = m.apply(QStringLiteral("2"));
        QVERIFY(outcome);
        QVERIFY(outcome->noop);
        QVERIFY(outcome->filesWritten.isEmpty());
        QCOMPARE(contents(dir.path()), before);
        auto preview = m.dryRun(QStringLiteral("2"));
        QVERIFY(preview && preview->noop);
    }

    void batchStateChain()
    {
        test::TestDir dir;
        const QString project = dir.copySample(QStringLiteral("autonomous-dev/project"));
        const QString file = project + QStringLiteral("/.claude/batch_state.json");
        const QByteArray original = dir.read(QStringLiteral("project/.claude/batch_state.json"));
        Migrator m = open(project);
        QCOMPARE(m.subject().family, Family::BatchState);
        auto plan = m.plan(QStringLiteral("2.0.0"));
        QVERIFY(plan);
        QCOMPARE(plan->size(), 2);

        auto outcome = m.apply(QStringLiteral("2.0.0"));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        const QByteArray text = dir.read(QStringLiteral("project/.claude/batch_state.json"));
        const json::JsonValue v = parse(text);
        QCOMPARE(v.members().front().key, QStringLiteral("version"));
        QCOMPARE(v.member(QStringLiteral("version"))->toString(), QStringLiteral("2.0.0"));
        QCOMPARE(v.member(QStringLiteral("completed"))->toCompactJson(),
            QByteArray("[\"Add login (é unicode)\"]"));
        QCOMPARE(v.member(QStringLiteral("failed"))->toCompactJson(), QByteArray("[\"Fix bug #12\"]"));
        QCOMPARE(v.member(QStringLiteral("completed_features"))->toCompactJson(), QByteArray("[0]")); // kept
        QVERIFY(!v.member(QStringLiteral("updated_at")));
        QCOMPARE(v.member(QStringLiteral("last_updated"))->toString(),
            QStringLiteral("2026-11-21T11:34:48.423106Z"));
        QVERIFY(!v.member(QStringLiteral("auto_clear_count")));
        QCOMPARE(v.member(QStringLiteral("deprecated_context_clearing"))->size(), 4);
        // The file's own spelling: Python's ASCII escapes stay, and untouched lines are identical.
        QVERIFY(text.contains("\"Add login (\\u00e9 unicode)\""));
        QVERIFY(text.contains("  \"git_operations\": {\n    \"0\": {\n      \"commit\": {"));
        QCOMPARE(dir.read(QStringLiteral("project/.claude/batch_state.json.pre-migration.backup")), original);
        const QByteArray log
            = dir.read(QStringLiteral("project/.claude/batch_state.json.migration-v1.0.0-to-v2.0.0.log"));
        QVERIFY(log.contains("step 1: 1.0.0 → 1.1.0"));
        QVERIFY(log.contains("step 2: 1.1.0 → 2.0.0"));
        QVERIFY(log.contains("+ /last_updated"));

        const Migrator again = open(project);
        QCOMPARE(again.subject().version, QStringLiteral("2.0.0"));
        QVERIFY(!again.subject().inferred);
        QVERIFY(again.newerTargets().isEmpty());
        Q_UNUSED(file);
    }

    /// What the window's preview lists per step: values dropped, values moved (renamed), from the
    /// structural diff alone.
    void valueFates_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QStringList>("expected"); // "dropped /p" or "moved /p -> /q"
        QTest::newRow("v1 settings: two moved, font_size dropped")
            << QByteArray(R"({"settings": {"ui_theme": "light", "request_timeout": 60, "font_size": 14}})")
            << QByteArray(R"({"config": {"theme": "light", "timeout": 60}, "version": 2})")
            << QStringList { "moved /settings/ui_theme -> /config/theme", "moved /settings/request_timeout -> /config/timeout",
                             "dropped /settings/font_size" };
        QTest::newRow("rename keeps the value") << QByteArray(R"({"updated_at": "2026-11-21T11:34:48Z", "n": 1})")
                                                << QByteArray(R"({"last_updated": "2026-11-21T11:34:48Z", "n": 1})")
                                                << QStringList { "moved /updated_at -> /last_updated" };
        QTest::newRow("moved into an object, same names")
            << QByteArray(R"({"auto_clear_count": 0, "auto_clear_events": []})")
            << QByteArray(R"({"deprecated_context_clearing": {"auto_clear_count": 0, "auto_clear_events": []}})")
            << QStringList { "moved /auto_clear_count -> /deprecated_context_clearing/auto_clear_count",
                             "moved /auto_clear_events -> /deprecated_context_clearing/auto_clear_events" };
        QTest::newRow("a false that is dropped is not a false added elsewhere")
            << QByteArray(R"({"debug": false})") << QByteArray(R"({"verbose": false})") << QStringList { "dropped /debug" };
        QTest::newRow("only added or changed: nothing") << QByteArray(R"({"a": 1})") << QByteArray(R"({"a": 2, "b": 3})")
                                                        << QStringList {};
        QTest::newRow("array element dropped") << QByteArray(R"({"tags": ["x", "y"]})") << QByteArray(R"({"tags": ["x"]})")
                                               << QStringList { "dropped /tags/1" };
    }

    void valueFates()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const ValueFate& f : migrate::valueFates(diff::diffValues(parse(before), parse(after))))
            got << (f.kind == ValueFate::Kind::Dropped ? QStringLiteral("dropped %1").arg(f.from.toString())
                                                       : QStringLiteral("moved %1 -> %2").arg(f.from.toString(), f.to.toString()));
        QCOMPARE(got, expected);
    }

    /// The per-step diff the window shows: one group (the file), one entry per top-level member.
    void stepDiffIsGroupedLikeTheBackupsView()
    {
        test::TestDir dir;
        const QString app = dir.createDir(QStringLiteral("app"));
        dir.createFile(QStringLiteral("app/state.json"),
            "{\n  \"settings\": {\n    \"font_size\": 14,\n    \"request_timeout\": 60,\n    \"ui_theme\": \"light\"\n  }\n}");
        auto preview = open(app).dryRun(QStringLiteral("2"));
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().toString()));
        QCOMPARE(preview->steps.size(), 1);
        const StepReport& step = preview->steps.first();
        QVERIFY(step.notes.join(u'\n').contains(QLatin1String("font_size")));
        const diff::DiffResult d = asEntryDiff(QStringLiteral("state.json"), step.changes, step.touchedBefore, step.touchedAfter);
        QStringList entries;
        for (const diff::EntryDiff& e : d.entries)
            entries << QStringLiteral("%1/%2 %3").arg(e.ns, e.key, diff::changeKindId(e.kind));
        entries.sort();
        QCOMPARE(entries, (QStringList { "state.json/config added", "state.json/settings removed", "state.json/version added" }));
        QCOMPARE(d.added, 2);
        QCOMPARE(d.removed, 1);
        for (const diff::EntryDiff& e : d.entries)
            if (e.key == QLatin1String("settings"))
                QCOMPARE(e.before.member(QStringLiteral("font_size"))->toInt(), 14);
        QVERIFY(step.touchedBefore.member(QStringLiteral("settings")));
        QVERIFY(!step.touchedAfter.member(QStringLiteral("settings")));
        // A change below a member is a detail of that member's entry, with the whole member before and after.
        const diff::DiffResult b = asEntryDiff(QStringLiteral("batch_state.json"), { diff::ValueChange { json::Pointer({ "a", "b" }), diff::ChangeKind::Changed,
                                                                                         json::JsonValue::fromInt(1), json::JsonValue::fromInt(2) } },
                                               parse(R"({"a": {"b": 1}})"), parse(R"({"a": {"b": 2}})"));
        QCOMPARE(b.entries.size(), 1);
        QCOMPARE(b.entries.first().details.first().pointer.toString(), QStringLiteral("/b"));
        QCOMPARE(b.entries.first().after.toCompactJson(), QByteArray(R"({"b":2})"));
    }

    /// Pre-migration backups of single-file states are listed with the other backups and can be loaded
    /// (compared, restored) as a copy of the migrated file; after a rollback the snapshot's version and
    /// the batch's times follow the file.
    void preMigrationBackupsAreListed_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("migrated"); // relative to the sample copy
        QTest::newRow("autonomous-dev") << QStringLiteral("autonomous-dev/project") << QStringLiteral("2.0.0")
                                        << QStringLiteral(".claude/batch_state.json");
        QTest::newRow("statefulobject") << QStringLiteral("statefulobject/app") << QString() << QStringLiteral("state.json");
    }

    void preMigrationBackupsAreListed()
    {
        QFETCH(QString, sample);
        QFETCH(QString, target);
        QFETCH(QString, migrated);
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        const QString file = root + u'/' + migrated;
        if (target.isEmpty()) { // the StatefulObject sample is at v2 already: make it v1 first
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{\n  \"settings\": {\n    \"font_size\": 14,\n    \"ui_theme\": \"light\"\n  }\n}\n");
            f.close();
            target = QStringLiteral("2");
        }
        const QByteArray before = dir.read(file);
        auto outcome = open(root).apply(target);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        auto loaded = openAndLoad(root);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        const Snapshot& s = loaded->snapshot;
        QCOMPARE(s.info.version, target);
        const Backup* pre = nullptr;
        for (const Backup& b : s.backups)
            if (b.kind == QLatin1String("pre-migration"))
                pre = &b;
        QVERIFY(pre);
        QCOMPARE(pre->path, file + QStringLiteral(".pre-migration.backup"));
        QCOMPARE(pre->health, Health::Ok);
        QVERIFY(backup::BackupCatalogue(s).find(pre->id));
        QCOMPARE(backup::wholeCopyTarget(*pre, backup::stateRootOf(s.info)), file);
        auto lb = backup::loadBackup(s, *pre);
        QVERIFY2(lb, qPrintable(lb ? QString() : lb.error().toString()));
        const diff::DiffResult d = backup::compareWithCurrent(s, lb.value());
        QVERIFY(!d.isEmpty()); // the backup holds the state before the migration

        // Rolled back as statelens-cli does it, the state read again has the old version.
        QVERIFY(open(root).rollback());
        QCOMPARE(dir.read(file), before);
        auto again = openAndLoad(root);
        QVERIFY(again);
        QVERIFY(again->snapshot.info.version != target);
    }

    /// The batch view reads the batch from either schema: 2.0.0 renamed updated_at to last_updated.
    void batchFollowsTheSchema()
    {
        test::TestDir dir;
        const QString project = dir.copySample(QStringLiteral("autonomous-dev/project"));
        auto before = openAndLoad(project);
        QVERIFY(before && before->snapshot.batch);
        const QDateTime updated = before->snapshot.batch->updatedAt;
        QVERIFY(updated.isValid());
        QVERIFY(open(project).apply(QStringLiteral("2.0.0")));
        auto after = openAndLoad(project);
        QVERIFY(after && after->snapshot.batch);
        QCOMPARE(after->snapshot.batch->updatedAt, updated);
        QCOMPARE(after->snapshot.lastSaved, updated);
        QCOMPARE(after->snapshot.info.version, QStringLiteral("2.0.0"));
    }

    void earlierPreMigrationBackupsAreKept()
    {
        test::TestDir dir;
        const QString project = dir.copySample(QStringLiteral("autonomous-dev/project"));
        const QByteArray original = dir.read(QStringLiteral("project/.claude/batch_state.json"));
        QVERIFY(open(project).apply(QStringLiteral("1.1.0")));
        const QByteArray v110 = dir.read(QStringLiteral("project/.claude/batch_state.json"));
        QCOMPARE(open(project).subject().version, QStringLiteral("1.1.0"));
        auto second = open(project).apply(QStringLiteral("2.0.0"));
        QVERIFY(second);
        QVERIFY(!second->keptBackup.isEmpty());
        QVERIFY(QFileInfo(second->keptBackup)
                    .fileName()
                    .startsWith(QLatin1String("batch_state.json.pre-migration.backup.")));
        QFile kept(second->keptBackup);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), original);
        QCOMPARE(dir.read(QStringLiteral("project/.claude/batch_state.json.pre-migration.backup")), v110);
        QVERIFY(QFileInfo::exists(
            dir.filePath(QStringLiteral("project/.claude/batch_state.json.migration-v1.0.0-to-v1.1.0.log"))));
        QVERIFY(QFileInfo::exists(
            dir.filePath(QStringLiteral("project/.claude/batch_state.json.migration-v1.1.0-to-v2.0.0.log"))));
    }

    void codingAgentBecomesDocumented()
    {
        test::TestDir dir;
        const QString folder = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const QByteArray original = dir.read(QStringLiteral("coding-agent-state/state.json"));
        QCOMPARE(detectSource(folder).kind, SourceKind::CodingAgent);
        auto outcome = open(folder).apply(QStringLiteral("1.0.0"));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        const json::JsonValue v = parse(dir.read(QStringLiteral("coding-agent-state/state.json")));
        QCOMPARE(v.members().front().key, QStringLiteral("version"));
        QCOMPARE(v.member(QStringLiteral("version"))->toString(), QStringLiteral("1.0.0"));
        QVERIFY(v.member(QStringLiteral("namespaces"))->isObject());
        QCOMPARE(v.member(QStringLiteral("tasks"))->size(),
            parse(original).member(QStringLiteral("tasks"))->size());
        QCOMPARE(dir.read(QStringLiteral("coding-agent-state/state.pre-migration.backup.json")), original);
        QVERIFY(QFileInfo::exists(
            dir.filePath(QStringLiteral("coding-agent-state/state.migration-v0.0.0-to-v1.0.0.log"))));
        QCOMPARE(detectSource(folder).kind, SourceKind::Documented);
        auto source = openSource(folder);
        QVERIFY(source);
        auto snap = source.value()->load();
        QVERIFY(snap);
        QCOMPARE(snap->info.version, QStringLiteral("1.0.0"));
    }

    void userMigrationFileWithScopes()
    {
        test::TestDir dir;
        const QString folder = documentedFolder(dir);
        dir.createFile(QStringLiteral("st/migrations/110.json"), R"({
  "from": "1.0.0",
  "to": "1.1.0",
  "description": "prefs: theme key, defaults; tasks get a priority",
  "operations": [
    { "op": "test", "path": "/version", "value": "1.0.0" },
    { "op": "rename", "path": "/ui_theme", "to": "theme", "scope": { "namespace": "user", "key": "prefs" } },
    { "op": "default", "path": "/prefs/font", "value": 14, "scope": { "namespace": "user" } },
    { "op": "default", "path": "/prefs/lang", "value": "en", "scope": { "namespace": "user" } },
    { "op": "copy", "from": "/name", "path": "/display_name", "scope": { "namespace": "user" } },
    { "op": "move", "from": "/namespaces/cache", "path": "/namespaces/old_cache" },
    { "op": "add", "path": "/priority", "value": 0, "scope": "tasks" },
    { "op": "replace", "path": "/metrics/total_tasks", "value": 2.0 },
    { "op": "remove", "path": "/sessions" }
  ]
})");
        Migrator m = open(folder);
        QVERIFY(m.problems().isEmpty());
        QCOMPARE(m.targets(), QStringList { QStringLiteral("1.1.0") });
        const auto before = contents(dir.path());
        auto preview = m.dryRun(QStringLiteral("1.1.0"));
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().toString()));
        QCOMPARE(contents(dir.path()), before); // a dry run writes nothing
        QCOMPARE(preview->steps.size(), 1);
        QCOMPARE(preview->steps[0].taskChanges.size(), 2);
        QVERIFY(!preview->changes.isEmpty());

        auto outcome = m.apply(QStringLiteral("1.1.0"));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        const json::JsonValue v = parse(dir.read(QStringLiteral("st/state.json")));
        const json::JsonValue& user = *v.member(QStringLiteral("namespaces"))->member(QStringLiteral("user"));
        QCOMPARE(user.member(QStringLiteral("prefs"))->toCompactJson(),
            QByteArray(R"({"theme":"dark","font":12,"lang":"en"})"));
        QCOMPARE(user.member(QStringLiteral("display_name"))->toString(), QStringLiteral("Zoë"));
        QVERIFY(v.member(QStringLiteral("namespaces"))->member(QStringLiteral("old_cache")));
        QVERIFY(!v.member(QStringLiteral("sessions")));
        QCOMPARE(v.member(QStringLiteral("version"))->toString(), QStringLiteral("1.1.0"));
        QCOMPARE(
            parse(dir.read(QStringLiteral("st/tasks/a.json"))).member(QStringLiteral("priority"))->toInt(),
            0);
        QCOMPARE(
            parse(dir.read(QStringLiteral("st/tasks/b.json"))).member(QStringLiteral("priority"))->toInt(),
            0);
        QCOMPARE(outcome->taskBackups.size(), 2);
        // Minimal changes: the untouched value keeps its bytes.
        QVERIFY(dir.read(QStringLiteral("st/state.json"))
                    .contains("\"last_saved\": \"2026-11-21T12:00:00.000Z\",\n"));
        QCOMPARE(dir.read(QStringLiteral("st/state.pre-migration.backup.json")), documentedState);
        QVERIFY(
            dir.read(QStringLiteral("st/state.migration-v1.0.0-to-v1.1.0.log")).contains("task file a.json"));
    }

    void userMigrationFromTheConfigFolder()
    {
        test::TestDir dir;
        const QString folder = documentedFolder(dir);
        QDir config(Migrator::userConfigFolder());
        QVERIFY(config.mkpath(QStringLiteral(".")));
        const QString file = config.filePath(QStringLiteral("tst_migrate_user.json"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                R"({"from": "1.0.0", "to": "1.0.1", "format": "documented", "operations": [{"op": "add", "path": "/flag", "value": true}]})");
        }
        MigratorOptions options;
        const Migrator m = open(folder, options);
        QFile::remove(file);
        QCOMPARE(m.targets(), QStringList { QStringLiteral("1.0.1") });
        QCOMPARE(m.catalog().steps().last().origin, file);
        // A migration for another kind of state is not offered.
        test::TestDir other;
        other.createFile(QStringLiteral("x.json"),
            R"({"from": "1.0.0", "to": "1.0.2", "format": "statefulobject", "operations": []})");
        QVERIFY(open(folder, isolated({ other.path() })).targets().isEmpty());
    }

    void malformedUserFilesReportTheirLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("syntax") << QByteArray(
            "{\n  \"from\": \"1.0.0\",\n  \"to\": \"1.1.0\"\n  \"operations\": []\n}")
                                << 4 << "";
        QTest::newRow("no value") << QByteArray(
            "{\n  \"from\": \"1.0.0\", \"to\": \"1.1.0\",\n  \"operations\": [\n"
            "    {\"op\": \"test\", \"path\": \"/a\", \"value\": 1},\n"
            "    {\"op\": \"add\", \"path\": \"/b\"}\n  ]\n}")
                                  << 5 << "needs a \"value\"";
        QTest::newRow("unknown op") << QByteArray("{\"from\": \"1.0.0\", \"to\": \"1.1.0\", \"operations\": "
                                                  "[\n\n  {\"op\": \"frobnicate\", \"path\": \"/a\"}]}")
                                    << 3 << "unknown op";
        QTest::newRow("bad pointer") << QByteArray(
            "{\"from\": \"1.0.0\", \"to\": \"1.1.0\",\n\"operations\": [{\"op\": \"remove\", \"path\": "
            "\"a\"}]}") << 2 << "not a JSON Pointer";
        QTest::newRow("no to") << QByteArray("{\n\"from\": \"1.0.0\",\n\"operations\": []}") << 1
                               << "\"to\" is missing";
        QTest::newRow("bad scope") << QByteArray(
            "{\"from\": \"1.0.0\", \"to\": \"2\", \"operations\": [\n{\"op\": \"remove\", \"path\": "
            "\"/a\",\n \"scope\": 7}]}")
                                   << 3 << "\"scope\"";
    }
    void malformedUserFilesReportTheirLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, says);
        test::TestDir dir;
        const QString folder = documentedFolder(dir);
        const QString file = dir.createFile(QStringLiteral("st/migrations/bad.json"), text);
        Migrator m = open(folder);
        QCOMPARE(m.problems().size(), 1);
        const Error& e = m.problems().first();
        QCOMPARE(e.file, file);
        QCOMPARE(e.line, line);
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        // It blocks migrating until fixed, with the same line.
        const auto before = contents(dir.path());
        auto outcome = m.apply(QStringLiteral("1.1.0"));
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().line, line);
        QVERIFY(outcome.error().toString().contains(QStringLiteral("bad.json:%1:").arg(line)));
        QCOMPARE(contents(dir.path()), before);
    }

    void failingStepLeavesEveryByte()
    {
        test::TestDir dir;
        const QString folder = documentedFolder(dir);
        dir.createFile(
            QStringLiteral("st/migrations/a.json"), R"({"from": "1.0.0", "to": "1.1.0", "operations": [
  {"op": "add", "path": "/priority", "value": 1, "scope": "tasks"},
  {"op": "replace", "path": "/namespaces/user/name", "value": "X"}]})");
        dir.createFile(
            QStringLiteral("st/migrations/b.json"), R"({"from": "1.1.0", "to": "1.2.0", "operations": [
  {"op": "test", "path": "/namespaces/user/name", "value": "not the name"}]})");
        const auto before = contents(dir.path());
        const QFileInfo stateBefore(dir.filePath(QStringLiteral("st/state.json")));
        Migrator m = open(folder);
        auto outcome = m.apply(QStringLiteral("1.2.0"));
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().message.contains(QLatin1String("test failed")),
            qPrintable(outcome.error().message));
        QVERIFY(outcome.error().message.contains(QLatin1String("nothing was written")));
        QCOMPARE(outcome.error().line, 2); // the failing test operation in b.json
        QVERIFY(outcome.error().file.endsWith(QLatin1String("b.json")));
        QCOMPARE(contents(dir.path()), before);
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("st/state.json"))).lastModified(),
            stateBefore.lastModified());
        // The same for a built-in step that cannot read the state.
        test::TestDir bad;
        bad.createFile(QStringLiteral("app/state.json"), R"({"settings": "not an object"})");
        const auto badBefore = contents(bad.path());
        auto failed = open(bad.filePath(QStringLiteral("app"))).apply(QStringLiteral("2"));
        QVERIFY(!failed);
        QCOMPARE(contents(bad.path()), badBefore);
    }

    void dryRunTouchesNothing()
    {
        test::TestDir dir;
        const QString project = dir.copySample(QStringLiteral("autonomous-dev/project"));
        const auto before = contents(dir.path());
        auto preview = open(project).dryRun(QStringLiteral("2.0.0"));
        QVERIFY(preview);
        QCOMPARE(preview->steps.size(), 2);
        QVERIFY(preview->after.member(QStringLiteral("last_updated")));
        bool versionAdded = false;
        for (const diff::ValueChange& c : preview->changes)
            versionAdded = versionAdded
                || (c.pointer.toString() == QLatin1String("/version") && c.kind == diff::ChangeKind::Added);
        QVERIFY(versionAdded);
        QCOMPARE(contents(dir.path()), before);
    }

    void rollbackGivesBackTheExactBytes()
    {
        test::TestDir dir;
        const QString folder = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const QString file = folder + QStringLiteral("/state.json");
        const QByteArray original = dir.read(QStringLiteral("coding-agent-state/state.json"));
        const auto mode = QFileInfo(file).permissions();
        auto none = open(folder).rollback();
        QVERIFY(!none);
        QCOMPARE(none.error().kind, Error::Kind::NotFound);
        QVERIFY(open(folder).apply(QStringLiteral("1.0.0")));
        QVERIFY(dir.read(QStringLiteral("coding-agent-state/state.json")) != original);
        Migrator m = open(folder);
        auto preview = m.rollbackPreview();
        QVERIFY(preview && !preview->changes.isEmpty());
        auto r = m.rollback();
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(dir.read(QStringLiteral("coding-agent-state/state.json")), original);
        QCOMPARE(QFileInfo(file).permissions(), mode);
        QVERIFY(QFileInfo(r->safetyCopy).fileName().startsWith(QLatin1String("state.backup.")));
        QCOMPARE(open(folder).subject().version, QStringLiteral("0.0.0"));
        auto again = open(folder).rollback();
        QVERIFY(again && again->unchanged);
    }

    void shortestPathWins()
    {
        test::TestDir dir;
        const QString project = dir.copySample(QStringLiteral("autonomous-dev/project"));
        dir.createFile(QStringLiteral("project/migrations/direct.json"),
            R"({"from": "1.0.0", "to": "2.0.0", "description": "one jump", "operations": [{"op": "add", "path": "/jumped", "value": true}]})");
        dir.createFile(QStringLiteral("project/migrations/longer.json"),
            R"({"from": "2.0.0", "to": "3.0.0", "operations": []})");
        const Migrator m = open(project);
        auto plan = m.plan(QStringLiteral("2.0.0"));
        QVERIFY(plan);
        QCOMPARE(plan->size(), 1);
        QCOMPARE(plan->first().description, QStringLiteral("one jump"));
        auto three = m.plan(QStringLiteral("3.0.0"));
        QVERIFY(three);
        QCOMPARE(three->size(), 2);
        auto none = m.plan(QStringLiteral("9.9.9"));
        QVERIFY(!none);
        QVERIFY(
            none.error().message.contains(QLatin1String("no migration leads from version 1.0.0 to 9.9.9")));
        QVERIFY(none.error().message.contains(QLatin1String("3.0.0")));
        QCOMPARE(m.targets(), (QStringList { "1.1.0", "2.0.0", "3.0.0" }));

        MigrationCatalog c;
        for (const auto& [from, to] : { std::pair { "a", "b" }, { "b", "c" }, { "c", "d" }, { "b", "d" } })
            c.add(Step { QString::fromLatin1(from), QString::fromLatin1(to), {}, {}, false, {} });
        auto p = c.plan(QStringLiteral("a"), QStringLiteral("d"));
        QVERIFY(p);
        QCOMPARE(p->size(), 2);
        QCOMPARE(p->last().from, QStringLiteral("b"));
        QVERIFY(c.plan(QStringLiteral("d"), QStringLiteral("a")).ok() == false);
    }

    void jsonPatchFollowsRfc6902()
    {
        auto doc = parse(R"({"a": [1, 2, 3], "b": {"c": 1.0}, "d": "x"})");
        auto run = [&](const QByteArray& op) {
            auto parsed = MigrationFile::parse(
                "{\"from\": \"1\", \"to\": \"2\", \"operations\": [" + op + "]}", QStringLiteral("t.json"));
            if (!parsed)
                return Result<void>(parsed.error());
            return JsonPatch::apply(doc, parsed->operations.first());
        };
        QVERIFY(run(R"({"op": "add", "path": "/a/1", "value": 9})"));
        QVERIFY(run(R"({"op": "add", "path": "/a/-", "value": 4})"));
        QCOMPARE(doc.member(QStringLiteral("a"))->toCompactJson(), QByteArray("[1,9,2,3,4]"));
        QVERIFY(run(R"({"op": "remove", "path": "/a/0"})"));
        QVERIFY(!run(R"({"op": "add", "path": "/a/9", "value": 0})"));
        QVERIFY(!run(R"({"op": "remove", "path": "/nope"})"));
        QVERIFY(run(R"({"op": "test", "path": "/b/c", "value": 1})")); // numbers compare by value
        QVERIFY(!run(R"({"op": "test", "path": "/d", "value": "y"})"));
        QVERIFY(run(R"({"op": "move", "from": "/d", "path": "/b/d"})"));
        QVERIFY(!run(R"({"op": "move", "from": "/b", "path": "/b/e"})"));
        QVERIFY(run(R"({"op": "copy", "from": "/b", "path": "/e"})"));
        QVERIFY(run(R"({"op": "rename", "path": "/e", "to": "f"})"));
        QVERIFY(run(R"({"op": "rename", "path": "/missing", "to": "g"})")); // absent: left alone
        QVERIFY(!run(R"({"op": "rename", "path": "/b", "to": "f"})")); // target exists
        QVERIFY(run(R"({"op": "default", "path": "/x/y/z", "value": 1})"));
        QVERIFY(run(R"({"op": "default", "path": "/x/y/z", "value": 2})"));
        QCOMPARE(doc.toCompactJson(),
            QByteArray(R"({"a":[9,2,3,4],"b":{"c":1.0,"d":"x"},"f":{"c":1.0,"d":"x"},"x":{"y":{"z":1}}})"));
    }

    void cliExitCodes()
    {
        test::TestDir dir;
        const QString config = dir.createDir(QStringLiteral("config"));
        const QString project = dir.copySample(QStringLiteral("autonomous-dev/project"));
        const QByteArray original = dir.read(QStringLiteral("project/.claude/batch_state.json"));

        Run r = cli({ QStringLiteral("--json"), QStringLiteral("versions"), project }, config);
        QCOMPARE(r.code, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(o.value(QStringLiteral("inferred")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("newer")).toArray().size(), 2);

        QCOMPARE(cli({ QStringLiteral("migrate"), project }, config).code, 2); // no --to
        QCOMPARE(
            cli({ QStringLiteral("migrate"), project, QStringLiteral("--to"), QStringLiteral("7") }, config)
                .code,
            1); // no path
        const auto before = contents(dir.path());
        r = cli({ QStringLiteral("migrate"), project, QStringLiteral("--to"), QStringLiteral("2.0.0"),
                    QStringLiteral("--dry-run"), QStringLiteral("--json") },
            config);
        QCOMPARE(r.code, 0);
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("steps")).toArray().size(), 2);
        QCOMPARE(contents(dir.path()), before);

        r = cli(
            { QStringLiteral("migrate"), project, QStringLiteral("--to"), QStringLiteral("2.0.0") }, config);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("migrated"));
        r = cli(
            { QStringLiteral("migrate"), project, QStringLiteral("--to"), QStringLiteral("2.0.0") }, config);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("already"));

        const auto migrated = contents(dir.path());
        QCOMPARE(cli({ QStringLiteral("rollback"), project }, config).code, 2); // asks for --yes
        QCOMPARE(contents(dir.path()), migrated);
        r = cli({ QStringLiteral("rollback"), project, QStringLiteral("--yes") }, config);
        QCOMPARE(r.code, 0);
        QCOMPARE(dir.read(QStringLiteral("project/.claude/batch_state.json")), original);

        // The user's config folder is the window's, for the command line too.
        dir.createFile(QStringLiteral("config/StateLens/StateLens/migrations/mine.json"),
            R"({"from": "1.0.0", "to": "1.0.5", "description": "from the config folder", "operations": []})");
        r = cli({ QStringLiteral("--json"), QStringLiteral("versions"), project }, config);
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out)
                    .object()
                    .value(QStringLiteral("targets"))
                    .toArray()
                    .contains(QStringLiteral("1.0.5")));

        dir.createFile(QStringLiteral("project/migrations/bad.json"), "{\n  \"from\": 1,\n  \"to\": [2]\n}");
        r = cli({ QStringLiteral("versions"), project }, config);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("bad.json:3:"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestMigrate)
#include "tst_migrate.moc"
