// SPDX-License-Identifier: GPL-3.0-or-later
// migrate::Subject on its own: which file a migration rewrites and its schema version, for the real samples
// and for the shapes around them (a version that is a string, an integer, a float; several versioned files;
// backups beside them; states StateLens does not migrate), and where its backups and logs go.
#include "migrate/migrationsubject.h"
#include "testdir.h"

#include <QTest>

using namespace statelens;
using namespace statelens::migrate;
using statelens::test::TestDir;

Q_DECLARE_METATYPE(statelens::migrate::Family)
Q_DECLARE_METATYPE(statelens::Error::Kind)

namespace {

/// Builds the state named `layout` in `dir`; returns the path to open.
QString build(TestDir& dir, const QString& layout)
{
    if (layout == u"statefulobject sample")
        return dir.copySample(QStringLiteral("statefulobject/app"));
    if (layout == u"statefulobject sample file")
        return dir.copySample(QStringLiteral("statefulobject/app")) + QStringLiteral("/state.json");
    if (layout == u"coding-agent sample")
        return dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
    if (layout == u"autonomous-dev sample")
        return dir.copySample(QStringLiteral("autonomous-dev/project"));
    if (layout == u"rs-llmspell sample")
        return dir.copySample(QStringLiteral("rs-llmspell"));
    if (layout == u"langgraph sample")
        return dir.copySample(QStringLiteral("langgraph/agent-checkpoints.sqlite"));
    if (layout == u"documented") {
        dir.createFile(QStringLiteral("st/state.json"), R"({"version": "1.0.0", "namespaces": {}})");
        return dir.filePath(QStringLiteral("st"));
    }
    if (layout == u"v1 layout file")
        return dir.createFile(QStringLiteral("prefs.json"), R"({"settings": {"ui_theme": "light"}})");
    if (layout == u"string version file")
        return dir.createFile(QStringLiteral("conf.json"), R"({"version": "3.1", "x": 1})");
    if (layout == u"integer version with config")
        return dir.createFile(QStringLiteral("conf.json"), R"({"config": {}, "version": 2})");
    if (layout == u"integer version without config")
        return dir.createFile(QStringLiteral("conf.json"), R"({"version": 7})");
    if (layout == u"float version")
        return dir.createFile(QStringLiteral("conf.json"), "{\n  \"a\": 1,\n  \"version\": 1.5\n}");
    if (layout == u"object version")
        return dir.createFile(QStringLiteral("conf.json"), R"({"version": {"major": 1}})");
    if (layout == u"array state")
        return dir.createFile(QStringLiteral("conf.json"), "[1]");
    if (layout == u"invalid JSON")
        return dir.createFile(QStringLiteral("conf.json"), "{\n  \"version\": ");
    if (layout == u"no version")
        return dir.createFile(QStringLiteral("conf.json"), R"({"a": 1})");
    if (layout == u"two versioned files") {
        dir.createFile(QStringLiteral("f/a.json"), R"({"version": "1"})");
        dir.createFile(QStringLiteral("f/b.json"), R"({"version": "2"})");
        return dir.filePath(QStringLiteral("f"));
    }
    if (layout == u"one versioned file among others") {
        dir.createFile(QStringLiteral("f/a.json"), R"({"x": 1})");
        dir.createFile(QStringLiteral("f/b.json"), R"({"version": "4"})");
        dir.createFile(QStringLiteral("f/c.json"), "[1]");
        return dir.filePath(QStringLiteral("f"));
    }
    if (layout == u"backups are not candidates") {
        dir.createFile(QStringLiteral("f/cfg.pre-migration.backup.json"), R"({"version": "0"})");
        dir.createFile(QStringLiteral("f/cfg.json"), R"({"version": "2"})");
        return dir.filePath(QStringLiteral("f"));
    }
    if (layout == u"no versioned file") {
        dir.createFile(QStringLiteral("f/a.json"), R"({"x": 1})");
        return dir.filePath(QStringLiteral("f"));
    }
    if (layout == u"tasks without state.json") {
        dir.createFile(QStringLiteral("st/tasks/a.json"), R"({"id": "a"})");
        return dir.filePath(QStringLiteral("st"));
    }
    if (layout == u"missing")
        return dir.filePath(QStringLiteral("nothing-here"));
    qFatal("unknown layout %s", qPrintable(layout));
}

} // namespace

class TestMigrationSubject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void refused_data();
    void refused();
    void aVersionOfTheWrongTypeIsPlaced();
    void pathsBesideAStateFolder();
    void pathsBesideASingleFile();
    void versionValueIsSpelledAsTheStateSpellsIt();
    void normalizeVersion_data();
    void normalizeVersion();
    void familyIds();
};

void TestMigrationSubject::detect_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<Family>("family");
    QTest::addColumn<QString>("file"); // relative to the opened folder, or to the file's folder
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("inferred");
    QTest::addColumn<bool>("integer");

    QTest::newRow("StatefulObject folder: the versioned file")
        << "statefulobject sample" << Family::StatefulObject << "state.json" << "2" << false << true;
    QTest::newRow("StatefulObject file") << "statefulobject sample file" << Family::StatefulObject << "state.json" << "2"
                                         << false << true;
    QTest::newRow("coding-agent: versionless is 0.0.0")
        << "coding-agent sample" << Family::StateFolder << "state.json" << "0.0.0" << true << false;
    QTest::newRow("batch state without a version is 1.0.0")
        << "autonomous-dev sample" << Family::BatchState << ".claude/batch_state.json" << "1.0.0" << true << false;
    QTest::newRow("documented") << "documented" << Family::StateFolder << "state.json" << "1.0.0" << false << false;
    QTest::newRow("the v1 settings layout is StatefulObject 1")
        << "v1 layout file" << Family::StatefulObject << "prefs.json" << "1" << true << true;
    QTest::newRow("string version") << "string version file" << Family::Generic << "conf.json" << "3.1" << false << false;
    QTest::newRow("integer version and config: StatefulObject v2")
        << "integer version with config" << Family::StatefulObject << "conf.json" << "2" << false << true;
    QTest::newRow("integer version alone") << "integer version without config" << Family::Generic << "conf.json" << "7"
                                           << false << true;
    QTest::newRow("one versioned file among others")
        << "one versioned file among others" << Family::Generic << "b.json" << "4" << false << false;
    QTest::newRow("backups are not candidates") << "backups are not candidates" << Family::Generic << "cfg.json" << "2"
                                                << false << false;
}

void TestMigrationSubject::detect()
{
    QFETCH(QString, layout);
    QFETCH(Family, family);
    QFETCH(QString, file);
    QFETCH(QString, version);
    QFETCH(bool, inferred);
    QFETCH(bool, integer);

    TestDir dir;
    const QString path = build(dir, layout);
    auto s = Subject::detect(path);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
    QCOMPARE(s->family, family);
    const QFileInfo opened(path);
    QCOMPARE(s->file, (opened.isDir() ? opened.absoluteFilePath() : opened.absolutePath()) + u'/' + file);
    QCOMPARE(s->version, version);
    QCOMPARE(s->inferred, inferred);
    QCOMPARE(s->integerVersions, integer);
    // The origin says where the version came from; an inferred one says so.
    QVERIFY(!s->versionOrigin.isEmpty());
    QCOMPARE(s->versionOrigin.startsWith(QLatin1String("inferred")), inferred);
}

void TestMigrationSubject::refused_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("file"); // the file the error names, relative to the test folder

    QTest::newRow("rs-llmspell migrates itself") << "rs-llmspell sample" << Error::Kind::Unsupported << "rs-llmspell";
    QTest::newRow("LangGraph is never migrated") << "langgraph sample" << Error::Kind::Unsupported
                                                 << "agent-checkpoints.sqlite";
    QTest::newRow("missing path") << "missing" << Error::Kind::Unsupported << "nothing-here";
    QTest::newRow("float version") << "float version" << Error::Kind::Validation << "conf.json";
    QTest::newRow("object version") << "object version" << Error::Kind::Validation << "conf.json";
    QTest::newRow("not an object") << "array state" << Error::Kind::Validation << "conf.json";
    QTest::newRow("does not parse") << "invalid JSON" << Error::Kind::Parse << "conf.json";
    QTest::newRow("no version, no known layout") << "no version" << Error::Kind::NotFound << "conf.json";
    QTest::newRow("two versioned files: which one?") << "two versioned files" << Error::Kind::Validation << "f";
    QTest::newRow("nothing versioned in the folder") << "no versioned file" << Error::Kind::NotFound << "f";
    QTest::newRow("state folder without state.json") << "tasks without state.json" << Error::Kind::NotFound
                                                     << "st/state.json";
}

void TestMigrationSubject::refused()
{
    QFETCH(QString, layout);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, file);
    TestDir dir;
    auto s = Subject::detect(build(dir, layout));
    QVERIFY(!s);
    QCOMPARE(s.error().kind, kind);
    QCOMPARE(s.error().file, dir.filePath(file));
    QVERIFY(!s.error().message.isEmpty());
}

void TestMigrationSubject::aVersionOfTheWrongTypeIsPlaced()
{
    TestDir dir;
    auto s = Subject::detect(build(dir, QStringLiteral("float version")));
    QVERIFY(!s);
    QCOMPARE(s.error().line, 3);
    QCOMPARE(s.error().column, 14);
    // Two candidates are both named, so that the user can pass one.
    TestDir two;
    auto both = Subject::detect(build(two, QStringLiteral("two versioned files")));
    QVERIFY(!both);
    QVERIFY2(both.error().message.contains(QLatin1String("a.json")) && both.error().message.contains(QLatin1String("b.json")),
             qPrintable(both.error().message));
}

void TestMigrationSubject::pathsBesideAStateFolder()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
    auto s = Subject::detect(root);
    QVERIFY(s);
    QCOMPARE(s->root, root);
    QCOMPARE(s->stateFolder(), root);
    QCOMPARE(s->fileNamespace(), QStringLiteral("state"));
    QCOMPARE(s->preMigrationBackup(), root + QStringLiteral("/state.pre-migration.backup.json"));
    QCOMPARE(s->keptPreMigrationBackup(1700000000123), root + QStringLiteral("/state.pre-migration.backup.1700000000123.json"));
    QCOMPARE(s->logFile(QStringLiteral("0.0.0"), QStringLiteral("1.0.0")),
             root + QStringLiteral("/state.migration-v0.0.0-to-v1.0.0.log"));
    QCOMPARE(s->migrationFolders(), QStringList { root + QStringLiteral("/migrations") });
}

void TestMigrationSubject::pathsBesideASingleFile()
{
    TestDir dir;
    const QString file = dir.createFile(QStringLiteral("cfg/app.settings.json"), R"({"version": "1.0.0"})");
    auto s = Subject::detect(file);
    QVERIFY(s);
    QCOMPARE(s->file, file);
    QCOMPARE(s->stateFolder(), QString());
    QCOMPARE(s->fileNamespace(), QStringLiteral("app.settings"));
    QCOMPARE(s->preMigrationBackup(), file + QStringLiteral(".pre-migration.backup"));
    QCOMPARE(s->keptPreMigrationBackup(42), file + QStringLiteral(".pre-migration.backup.42"));
    QCOMPARE(s->logFile(QStringLiteral("1.0.0"), QStringLiteral("2.0.0")), file + QStringLiteral(".migration-v1.0.0-to-v2.0.0.log"));
    QCOMPARE(s->migrationFolders(), QStringList { dir.filePath(QStringLiteral("cfg/migrations")) });

    // Opened as a folder: migrations/ of the folder, and of the file's folder when that is another one.
    TestDir project;
    const QString root = project.copySample(QStringLiteral("autonomous-dev/project"));
    auto batch = Subject::detect(root);
    QVERIFY(batch);
    QCOMPARE(batch->migrationFolders(),
             (QStringList { root + QStringLiteral("/migrations"), root + QStringLiteral("/.claude/migrations") }));
    QCOMPARE(batch->fileNamespace(), QStringLiteral("batch_state"));
}

void TestMigrationSubject::versionValueIsSpelledAsTheStateSpellsIt()
{
    Subject integers;
    integers.integerVersions = true;
    QCOMPARE(integers.versionValue(QStringLiteral("3")).toCompactJson(), QByteArray("3"));
    QCOMPARE(integers.versionValue(QStringLiteral("3.1")).toCompactJson(), QByteArray("\"3.1\""));
    Subject strings;
    QCOMPARE(strings.versionValue(QStringLiteral("3")).toCompactJson(), QByteArray("\"3\""));
    QCOMPARE(strings.versionValue(QStringLiteral("2.0.0")).toCompactJson(), QByteArray("\"2.0.0\""));
}

void TestMigrationSubject::normalizeVersion_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("version");
    QTest::newRow("plain") << "2" << "2";
    QTest::newRow("v prefix") << "v2" << "2";
    QTest::newRow("V prefix") << "V2.0.0" << "2.0.0";
    QTest::newRow("spaces") << "  v1.1.0 " << "1.1.0";
    QTest::newRow("a lone v stays") << "v" << "v";
    QTest::newRow("a word stays") << "vnext" << "vnext";
    QTest::newRow("empty") << "" << "";
}

void TestMigrationSubject::normalizeVersion()
{
    QFETCH(QString, typed);
    QFETCH(QString, version);
    QCOMPARE(migrate::normalizeVersion(typed), version);
}

void TestMigrationSubject::familyIds()
{
    QCOMPARE(familyId(Family::StatefulObject), QStringLiteral("statefulobject"));
    QCOMPARE(familyId(Family::BatchState), QStringLiteral("autonomous-dev"));
    QCOMPARE(familyId(Family::StateFolder), QStringLiteral("state-folder"));
    QCOMPARE(familyId(Family::Generic), QStringLiteral("json"));
}

QTEST_GUILESS_MAIN(TestMigrationSubject)
#include "tst_migrationsubject.moc"
