// SPDX-License-Identifier: GPL-3.0-or-later
// StateLens's own backup generations: one before every write of every source, linked or copied as the
// source's writers allow, listed and restorable, pruned per file without losing a file's original bytes.
#include "backup/backupcatalogue.h"
#include "backup/backupmanager.h"
#include "backup/restoreengine.h"
#include "io/backupgenerations.h"
#include "io/safewrite.h"
#include "io/statelayout.h"
#include "sources/source.h"
#include "testdir.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>

using namespace statelens;

namespace {
Change set(const QString& address, const json::JsonValue& v)
{
    Change c;
    c.op = Change::Op::Set;
    c.address = Address::parse(address).value();
    c.value = v;
    return c;
}

ino_t inodeOf(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

/// The generations of `file` below `root`, newest first.
QList<backups::Generation> generationsOf(const QString& root, const QString& file)
{
    QList<backups::Generation> out;
    const QString key = backups::generationKey(root, file);
    for (const backups::Generation& g : backups::listGenerations(root))
        if (g.fileKey == key)
            out.append(g);
    return out;
}

/// Applies one change to the state at `root` as loaded now.
Result<ApplyResult> applyOne(Source& source, const Change& c)
{
    auto s = source.load();
    if (!s)
        return s.error();
    return source.apply(s.value(), { c });
}

QString generationName(const QString& key, qint64 ms)
{
    return QStringLiteral("%1.%2.bak").arg(key).arg(ms);
}

const QByteArray documentedState = "{\n  \"version\": \"1.0.0\",\n  \"last_saved\": \"2025-01-01T00:00:00.000Z\",\n"
                                   "  \"namespaces\": {\n    \"user\": {\n      \"name\": \"Ada\"\n    }\n  },\n"
                                   "  \"sessions\": [],\n  \"metrics\": {\n    \"total_tasks\": 0,\n    \"completed_tasks\": 0,\n"
                                   "    \"failed_tasks\": 0,\n    \"average_completion_time\": 0\n  }\n}\n";
} // namespace

class TestBackupGenerations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 11: after two edits the tool's one .bak holds the first edit, but our generations still have
    // the bytes the tool wrote, and the restore engine puts them back.
    void statefulObjectOriginalsSurviveTwoEdits()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        const QString counter = root + QStringLiteral("/counter.json");
        const QString state = root + QStringLiteral("/state.json");
        const QByteArray counterOriginal = dir.read(test::TestDir::samplePath(QStringLiteral("statefulobject/app/counter.json")));
        const QByteArray stateOriginal = dir.read(test::TestDir::samplePath(QStringLiteral("statefulobject/app/state.json")));
        auto source = openSource(root).value();
        QCOMPARE(source->kind(), SourceKind::StatefulObject);
        for (int edit = 1; edit <= 2; ++edit) {
            auto s = source->load().value();
            auto r = source->apply(s, { set(QStringLiteral("counter/count"), json::JsonValue::fromInt(10 + edit)),
                                        set(QStringLiteral("state/config/timeout"), json::JsonValue::fromInt(100 + edit)) });
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        }
        QVERIFY(dir.read(counter) != counterOriginal);
        QVERIFY(dir.read(state + QStringLiteral(".bak")) != stateOriginal); // the tool's one generation ran out

        const auto counterGens = generationsOf(root, counter);
        const auto stateGens = generationsOf(root, state);
        QCOMPARE(counterGens.size(), 2);
        QCOMPARE(stateGens.size(), 2);
        QCOMPARE(dir.read(counterGens.last().path), counterOriginal);
        QCOMPARE(dir.read(stateGens.last().path), stateOriginal);

        // Listed in the catalogue as generations, and restorable through the restore engine.
        const backup::BackupCatalogue catalogue(source->load().value());
        const Backup* b = catalogue.find(QFileInfo(counterGens.last().path).fileName());
        QVERIFY(b);
        QCOMPARE(b->kind, QStringLiteral("generation"));
        QCOMPARE(b->health, Health::Ok);
        auto restored = backup::restoreBackup(root, b->id);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
        QCOMPARE(dir.read(counter), counterOriginal);
        auto restoredState = backup::restoreBackup(root, QFileInfo(stateGens.last().path).fileName());
        QVERIFY2(restoredState, qPrintable(restoredState ? QString() : restoredState.error().toString()));
        QCOMPARE(dir.read(state), stateOriginal);
    }

    void everySourceKeepsAGenerationBeforeItsFirstWrite_data()
    {
        QTest::addColumn<QString>("sample");  // a sample to copy, or empty for a folder made here
        QTest::addColumn<QString>("made");    // "documented", "plain" for made folders
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("file");    // relative to the root
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("linked");     // the generation shares the old inode (rename writers)
        QTest::newRow("documented state.json") << QString() << "documented" << int(SourceKind::Documented)
                                               << "state.json" << "user/name" << true;
        QTest::newRow("coding-agent state.json") << "coding-agent/coding-agent-state" << QString() << int(SourceKind::CodingAgent)
                                                 << "state.json" << "state/metrics" << false;
        QTest::newRow("coding-agent task file") << "coding-agent/coding-agent-state" << QString() << int(SourceKind::CodingAgent)
                                                << "tasks/05d17637-812f-4f11-9f20-09cf8d590ec0.json"
                                                << "@tasks/05d17637-812f-4f11-9f20-09cf8d590ec0/status" << false;
        QTest::newRow("autonomous-dev batch state") << "autonomous-dev/project" << QString() << int(SourceKind::AutonomousDev)
                                                    << ".claude/batch_state.json" << "batch_state/current_index" << true;
        QTest::newRow("statefulobject") << "statefulobject/app" << QString() << int(SourceKind::StatefulObject)
                                        << "counter.json" << "counter/count" << true;
        QTest::newRow("plain JSON") << QString() << "plain" << int(SourceKind::PlainJson) << "settings.json"
                                    << "settings/b" << false;
    }

    void everySourceKeepsAGenerationBeforeItsFirstWrite()
    {
        QFETCH(QString, sample);
        QFETCH(QString, made);
        QFETCH(int, kind);
        QFETCH(QString, file);
        QFETCH(QString, address);
        QFETCH(bool, linked);
        test::TestDir dir;
        QString root;
        if (!sample.isEmpty()) {
            root = dir.copySample(sample);
        } else if (made == QLatin1String("documented")) {
            root = dir.createDir(QStringLiteral("state"));
            dir.createFile(QStringLiteral("state/state.json"), documentedState);
        } else {
            root = dir.createDir(QStringLiteral("plain"));
            dir.createFile(QStringLiteral("plain/settings.json"), "{\"b\":1,\"a\":[1,2]}");
        }
        const QString path = root + u'/' + file;
        const QByteArray before = dir.read(path);
        const ino_t oldInode = inodeOf(path);
        QVERIFY(generationsOf(root, path).isEmpty());
        auto source = openSource(root).value();
        QCOMPARE(int(source->kind()), kind);

        auto r = applyOne(*source, set(address, json::JsonValue::fromInt(7)));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(dir.read(path) != before);
        const auto gens = generationsOf(root, path);
        QCOMPARE(gens.size(), 1);
        QVERIFY(gens.first().path.startsWith(layout::backupsDir(root) + u'/'));
        QVERIFY(r->backupsMade.contains(gens.first().path)); // read back into the catalogue after the save
        QCOMPARE(dir.read(gens.first().path), before);
        // Linked: the old inode itself is the backup (no bytes copied), and it still holds the old bytes
        // now that the file was replaced. Copied: a file of its own.
        QCOMPARE(inodeOf(gens.first().path) == oldInode, linked);
        QVERIFY(inodeOf(gens.first().path) != inodeOf(path));
    }

    void linkOrCopy()
    {
        test::TestDir dir;
        const QString from = dir.createFile(QStringLiteral("a.json"), "{\"a\": 1}", 0600);
        auto linked = statelens::linkOrCopyForBackup(from, dir.filePath(QStringLiteral("linked")), true);
        QVERIFY(linked);
        QCOMPARE(linked.value(), BackupCopy::Linked);
        QCOMPARE(inodeOf(dir.filePath(QStringLiteral("linked"))), inodeOf(from));
        auto copied = statelens::linkOrCopyForBackup(from, dir.filePath(QStringLiteral("copied")), false);
        QVERIFY(copied);
        QCOMPARE(copied.value(), BackupCopy::Copied);
        QVERIFY(inodeOf(dir.filePath(QStringLiteral("copied"))) != inodeOf(from));
        QCOMPARE(dir.read(QStringLiteral("copied")), QByteArray("{\"a\": 1}"));
        // A symlink is followed: the link is to the file, not to the symlink.
        QVERIFY(QFile::link(from, dir.filePath(QStringLiteral("symlink"))));
        auto viaSymlink = statelens::linkOrCopyForBackup(dir.filePath(QStringLiteral("symlink")), dir.filePath(QStringLiteral("viaSymlink")), true);
        QVERIFY(viaSymlink);
        QVERIFY(!QFileInfo(dir.filePath(QStringLiteral("viaSymlink"))).isSymLink());
        QCOMPARE(inodeOf(dir.filePath(QStringLiteral("viaSymlink"))), inodeOf(from));
        // An existing name is never overwritten.
        auto taken = statelens::linkOrCopyForBackup(from, dir.filePath(QStringLiteral("linked")), true);
        QVERIFY(!taken);
        QCOMPARE(taken.error().file, dir.filePath(QStringLiteral("linked")));
    }

    // Issue 12: a save of the documented format copies no bytes for its backups. state.json is only ever
    // replaced by rename, so the old inode itself becomes state.backup.<ms>.json and the generation; the
    // coding-agent tool rewrites in place, so there the backups stay copies.
    void documentedBackupsAreTheOldInode()
    {
        test::TestDir dir;
        const QString root = dir.createDir(QStringLiteral("state"));
        const QString state = dir.createFile(QStringLiteral("state/state.json"), documentedState, 0600);
        const ino_t before = inodeOf(state);
        auto opened = openSource(root);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        auto& source = opened.value();
        auto applied = applyOne(*source, set(QStringLiteral("user/name"), json::JsonValue::fromString(QStringLiteral("Grace"))));
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
        QCOMPARE(applied->backupsMade.size(), 2);
        for (const QString& b : applied->backupsMade) {
            QCOMPARE(inodeOf(b), before);
            QFile f(b);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), documentedState);
        }
        QVERIFY(inodeOf(state) != before);
        QVERIFY(dir.read(QStringLiteral("state/state.json")).contains("\"Grace\""));
        QVERIFY(QFileInfo(applied->backupsMade.last()).fileName().startsWith(QStringLiteral("state.backup.")));

        const QString agent = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"), QStringLiteral("agent"));
        const ino_t agentBefore = inodeOf(agent + QStringLiteral("/state.json"));
        auto agentOpened = openSource(agent);
        QVERIFY2(agentOpened, qPrintable(agentOpened ? QString() : agentOpened.error().toString()));
        auto& agentSource = agentOpened.value();
        auto agentLoaded = agentSource->load();
        QVERIFY2(agentLoaded, qPrintable(agentLoaded ? QString() : agentLoaded.error().toString()));
        const Snapshot& s = agentLoaded.value();
        const Entry& first = s.namespaces.first().entries.first();
        auto agentApplied = agentSource->apply(s, { set(QStringLiteral("state/") + first.key, json::JsonValue::fromString(QStringLiteral("x"))) });
        QVERIFY2(agentApplied, qPrintable(agentApplied ? QString() : agentApplied.error().toString()));
        QVERIFY(!agentApplied->backupsMade.isEmpty());
        for (const QString& b : agentApplied->backupsMade)
            QVERIFY(inodeOf(b) != agentBefore);
    }

    void retentionKeepsEachFilesOriginal_data()
    {
        QTest::addColumn<int>("keep");
        QTest::addColumn<int>("maxAgeDays");
        QTest::addColumn<bool>("includeOriginals");
        QTest::addColumn<QList<int>>("removedAgesA"); // ages in days of a.json's generations that go
        QTest::addColumn<bool>("loneOriginalGoes");   // b.json's only generation, 200 days old
        // a.json has generations 100 (its original), 50, 10, 5, 1 and 0 days old.
        QTest::newRow("count") << 3 << 0 << false << QList<int> { 50, 10 } << false;
        QTest::newRow("age") << 100 << 30 << false << QList<int> { 50 } << false;
        QTest::newRow("count and age") << 2 << 3 << false << QList<int> { 50, 10, 5 } << false;
        QTest::newRow("keep 0 still keeps the original") << 0 << 0 << false << QList<int> { 50, 10, 5, 1, 0 } << false;
        QTest::newRow("--all, count") << 3 << 0 << true << QList<int> { 100, 50, 10 } << false;
        QTest::newRow("--all, age") << 100 << 30 << true << QList<int> { 100, 50 } << true;
    }

    void retentionKeepsEachFilesOriginal()
    {
        QFETCH(int, keep);
        QFETCH(int, maxAgeDays);
        QFETCH(bool, includeOriginals);
        QFETCH(QList<int>, removedAgesA);
        QFETCH(bool, loneOriginalGoes);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto msAgo = [&](int days) { return now - qint64(days) * 86400000 - 1000; };
        test::TestDir dir;
        const QString root = dir.createDir(QStringLiteral("s"));
        const QList<int> agesA { 100, 50, 10, 5, 1, 0 };
        for (int days : agesA)
            dir.createFile(QStringLiteral("s/.statelens/backups/") + generationName(QStringLiteral("a.json"), msAgo(days)), "{}");
        dir.createFile(QStringLiteral("s/.statelens/backups/") + generationName(QStringLiteral("b.json"), msAgo(200)), "{}");
        dir.createFile(QStringLiteral("s/.statelens/backups/unrelated.txt"), "x"); // not a generation: never touched

        QStringList expected;
        for (int days : removedAgesA)
            expected << generationName(QStringLiteral("a.json"), msAgo(days));
        if (loneOriginalGoes)
            expected << generationName(QStringLiteral("b.json"), msAgo(200));
        const auto plan = backups::planGenerationPrune(backups::listGenerations(root), { keep, maxAgeDays }, now, includeOriginals);
        QStringList planned;
        for (const backups::Generation& g : plan)
            planned << QFileInfo(g.path).fileName();
        planned.sort();
        expected.sort();
        QCOMPARE(planned, expected);

        // The catalogue's prune (the CLI's and the Backups page's) plans the same for generations.
        Snapshot s;
        s.backups = backup::scanSafetyBackups(root);
        s.info.path = root;
        const backup::BackupCatalogue catalogue(s);
        QStringList viaCatalogue;
        for (const Backup& b : backup::planPrune(catalogue, keep, maxAgeDays, QDateTime::fromMSecsSinceEpoch(now, Qt::UTC), includeOriginals))
            viaCatalogue << b.id;
        viaCatalogue.sort();
        QCOMPARE(viaCatalogue, expected);

        if (!includeOriginals) {
            auto removed = backups::pruneGenerations(root, { keep, maxAgeDays });
            QVERIFY(removed);
            QCOMPARE(removed->size(), expected.size());
            for (const QString& name : std::as_const(expected))
                QVERIFY(!QFileInfo::exists(layout::backupsDir(root) + u'/' + name));
            QVERIFY(QFileInfo::exists(layout::backupsDir(root) + u'/' + generationName(QStringLiteral("a.json"), msAgo(100))));
            QVERIFY(QFileInfo::exists(layout::backupsDir(root) + QStringLiteral("/unrelated.txt")));
        }
    }

    // After each write the source applies its retention to the files it wrote; the original stays.
    void retentionIsAppliedAfterEachWrite()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        const QString counter = root + QStringLiteral("/counter.json");
        const QByteArray original = dir.read(counter);
        auto source = openSource(root).value();
        source->setGenerationRetention({ 2, 0 });
        QByteArray beforeLast;
        for (int i = 0; i < 5; ++i) {
            beforeLast = dir.read(counter);
            auto r = applyOne(*source, set(QStringLiteral("counter/count"), json::JsonValue::fromInt(20 + i)));
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        }
        const auto gens = generationsOf(root, counter);
        QCOMPARE(gens.size(), 3); // the newest two and the original
        QCOMPARE(dir.read(gens.first().path), beforeLast);
        QCOMPARE(dir.read(gens.last().path), original);
    }

    void cliPrunesGenerations()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int days : { 40, 20, 10, 0 })
            dir.createFile(root + QStringLiteral("/.statelens/backups/") + generationName(QStringLiteral("counter.json"), now - qint64(days) * 86400000 - 1000),
                           dir.read(root + QStringLiteral("/counter.json")));
        auto run = [&](const QStringList& args) {
            QProcess p;
            p.start(test::TestDir::programPath(QStringLiteral("statelens-cli")), QStringList { QStringLiteral("backup"), QStringLiteral("prune"), root } + args);
            p.waitForFinished(60000);
            return p.exitCode();
        };
        auto count = [&] { return generationsOf(root, root + QStringLiteral("/counter.json")).size(); };
        QCOMPARE(run({ QStringLiteral("--keep"), QStringLiteral("1"), QStringLiteral("--max-age"), QStringLiteral("15"), QStringLiteral("--dry-run") }), 0);
        QCOMPARE(count(), 4);
        QCOMPARE(run({ QStringLiteral("--keep"), QStringLiteral("1"), QStringLiteral("--max-age"), QStringLiteral("15") }), 0);
        QCOMPARE(count(), 2); // the newest and the original (40 days old, past the age limit, still kept)
        QCOMPARE(run({ QStringLiteral("--keep"), QStringLiteral("1"), QStringLiteral("--max-age"), QStringLiteral("15"), QStringLiteral("--all") }), 0);
        QCOMPARE(count(), 1);
        QCOMPARE(run({ QStringLiteral("--keep"), QStringLiteral("x") }), 2);
    }

    // Disk failure: the backup folder cannot be created (a file sits where .statelens should be). The save
    // fails naming the folder, and neither the file nor the tool's backup has changed.
    void saveFailsWhenTheBackupFolderCannotBeMade_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("address");
        QTest::newRow("statefulobject") << "statefulobject/app" << "state.json" << "state/config/timeout";
        QTest::newRow("autonomous-dev") << "autonomous-dev/project" << ".claude/batch_state.json" << "batch_state/current_index";
        QTest::newRow("documented") << QString() << "state.json" << "user/name";
    }

    void saveFailsWhenTheBackupFolderCannotBeMade()
    {
        QFETCH(QString, sample);
        QFETCH(QString, file);
        QFETCH(QString, address);
        test::TestDir dir;
        QString root;
        if (sample.isEmpty()) {
            root = dir.createDir(QStringLiteral("state"));
            dir.createFile(QStringLiteral("state/state.json"), documentedState);
        } else {
            root = dir.copySample(sample);
        }
        dir.createFile(layout::statelensDir(root), "not a folder");
        const QString path = root + u'/' + file;
        const QByteArray before = dir.read(path);
        const QStringList backupNames { QStringLiteral("state.backup.*.json"), QStringLiteral("*.bak") };
        const QStringList toolBackupsBefore = QDir(QFileInfo(path).absolutePath()).entryList(backupNames, QDir::Files | QDir::Hidden, QDir::Name);
        const QByteArray bakBefore = QFileInfo::exists(path + QStringLiteral(".bak")) ? dir.read(path + QStringLiteral(".bak")) : QByteArray();
        auto source = openSource(root).value();
        auto r = applyOne(*source, set(address, json::JsonValue::fromInt(9)));
        QVERIFY(!r);
        QVERIFY2(r.error().toString().contains(layout::backupsDir(root)), qPrintable(r.error().toString()));
        QCOMPARE(dir.read(path), before);
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(backupNames, QDir::Files | QDir::Hidden, QDir::Name),
                 toolBackupsBefore); // no tool backup either
        if (!bakBefore.isEmpty())
            QCOMPARE(dir.read(path + QStringLiteral(".bak")), bakBefore);
    }
};

QTEST_GUILESS_MAIN(TestBackupGenerations)
#include "tst_backupgenerations.moc"
