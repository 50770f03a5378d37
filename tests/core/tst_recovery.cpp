// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged state file is a first-class state: how it is classified and detected, that nothing edits it,
// and that a restore replaces it whole (keeping its bytes aside) and reads the result back before it
// reports success. Run on copies of the real samples made damaged the ways crashes damage them.
#include "backup/backupcatalogue.h"
#include "backup/backuploader.h"
#include "backup/restoreengine.h"
#include "json/jsondocument.h"
#include "sources/source.h"
#include "sources/sourceutil.h"
#include "store/statestore.h"
#include "testdir.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

using namespace statelens;
using namespace statelens::backup;

namespace {

const char* const kCodingAgent = "coding-agent/coding-agent-state";
/// The newest healthy backup of the coding-agent sample, and the one before it.
const char* const kNewestBackup = "state.backup.1795260929605.json";
const char* const kOlderBackup = "state.backup.1795260929601.json";

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

/// The ways a crash during a non-atomic save leaves a file: empty, cut off, or with garbage in it.
QByteArray damage(const QByteArray& good, DamagedFile::Damage how)
{
    switch (how) {
    case DamagedFile::Damage::Empty: return {};
    case DamagedFile::Damage::Truncated: return good.left(good.size() * 2 / 3);
    case DamagedFile::Damage::Invalid: {
        QByteArray bad = good;
        bad.replace(good.size() / 3, 8, "\x01\x02garbage");
        return bad;
    }
    case DamagedFile::Damage::NotAnObject: return "[1, 2, 3]";
    case DamagedFile::Damage::Unreadable: break;
    }
    return good;
}

QStringList corruptCopies(const QString& dir, const QString& name)
{
    return QDir(dir).entryList({ name + QStringLiteral(".corrupt.*") }, QDir::Files | QDir::Hidden);
}

/// The documented format: a state.json with version and namespaces, tasks/ and one timestamped backup.
QString makeDocumentedFolder(test::TestDir& dir)
{
    const QByteArray before = "{\n  \"version\": \"1.0.0\",\n  \"namespaces\": {\n    \"user\": {\n      \"theme\": \"dark\",\n"
                              "      \"count\": 3\n    }\n  },\n  \"last_saved\": \"2026-11-01T10:00:00.000Z\"\n}\n";
    const QByteArray now = "{\n  \"version\": \"1.0.0\",\n  \"namespaces\": {\n    \"user\": {\n      \"theme\": \"light\",\n"
                           "      \"count\": 4\n    }\n  },\n  \"last_saved\": \"2026-11-02T10:00:00.000Z\"\n}\n";
    dir.createFile(QStringLiteral("doc/state.backup.1793000000000.json"), before);
    dir.createFile(QStringLiteral("doc/state.json"), now);
    dir.createDir(QStringLiteral("doc/tasks"));
    return dir.filePath(QStringLiteral("doc"));
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifyDamage_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("expected");
        const int empty = int(DamagedFile::Damage::Empty), cut = int(DamagedFile::Damage::Truncated),
                  invalid = int(DamagedFile::Damage::Invalid);
        QTest::newRow("empty") << QByteArray() << empty;
        QTest::newRow("cut after a comma") << QByteArray("{\n  \"a\": 1,\n") << cut;
        QTest::newRow("cut inside a string") << QByteArray("{\n  \"a\": \"hello wor") << cut;
        QTest::newRow("cut inside a key") << QByteArray("{\"tas") << cut;
        QTest::newRow("cut inside a number") << QByteArray("{\"a\": [1, 2, 3") << cut;
        QTest::newRow("cut after a colon, trailing space") << QByteArray("{\"a\":   \n") << cut;
        QTest::newRow("cut in UTF-8 text") << QByteArray("{\"name\": \"Jos\xc3\xa9 M") << cut;
        QTest::newRow("only whitespace") << QByteArray("  \n") << cut;
        QTest::newRow("garbage in the middle") << QByteArray("{\"a\": 1, \x01\x02 \"b\": 2}") << invalid;
        QTest::newRow("missing comma") << QByteArray("{\"a\": 1 \"b\": 2}") << invalid;
        QTest::newRow("text after the value") << QByteArray("{\"a\": 1} {\"b\": 2}") << invalid;
        QTest::newRow("NUL bytes from a crash") << QByteArray("{\"a\": 1,\0\0\0\0", 13) << invalid;
    }
    void classifyDamage()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, expected);
        auto doc = json::Document::parse(text, QStringLiteral("state.json"));
        QVERIFY(!doc);
        QCOMPARE(int(statelens::classifyDamage(text, doc.error())), expected);
    }

    void damagedCodingAgentState_data()
    {
        QTest::addColumn<int>("how");
        QTest::newRow("empty") << int(DamagedFile::Damage::Empty);
        QTest::newRow("truncated") << int(DamagedFile::Damage::Truncated);
        QTest::newRow("invalid") << int(DamagedFile::Damage::Invalid);
        QTest::newRow("not an object") << int(DamagedFile::Damage::NotAnObject);
    }
    /// Read: the damage is recorded with what is shown instead and the backup that can replace it; the
    /// kind does not change; edits of values are refused.
    void damagedCodingAgentState()
    {
        QFETCH(int, how);
        test::TestDir dir;
        const QString root = dir.copySample(QString::fromLatin1(kCodingAgent));
        const QString state = root + QStringLiteral("/state.json");
        writeAll(state, damage(readAll(state), DamagedFile::Damage(how)));

        QCOMPARE(detectSource(root).kind, SourceKind::CodingAgent);
        auto loaded = openAndLoad(root);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        const SourceInfo& info = loaded->snapshot.info;
        QCOMPARE(info.kind, SourceKind::CodingAgent);
        QCOMPARE(info.damaged.size(), 1);
        const DamagedFile& d = info.damaged.first();
        QCOMPARE(d.path, state);
        QCOMPARE(int(d.damage), how);
        QCOMPARE(d.healthyBackupId, QString::fromLatin1(kNewestBackup));
        if (DamagedFile::Damage(how) == DamagedFile::Damage::NotAnObject) {
            QCOMPARE(d.fallback, DamagedFile::Fallback::None);
        } else {
            QCOMPARE(d.fallback, DamagedFile::Fallback::Backup);
            QCOMPARE(d.shownFrom, root + u'/' + QString::fromLatin1(kNewestBackup));
            QVERIFY(d.error.line > 0 || DamagedFile::Damage(how) == DamagedFile::Damage::Empty);
        }

        Change c;
        c.address = Address { QStringLiteral("state"), QStringLiteral("last_saved") };
        c.value = json::JsonValue::fromString(QStringLiteral("2030-01-01T00:00:00.000Z"));
        const QByteArray damagedBytes = readAll(state);
        auto applied = loaded->source->apply(loaded->snapshot, { c });
        QVERIFY(!applied);
        QVERIFY2(applied.error().message.contains(damageName(d.damage)), qPrintable(applied.error().message));
        QCOMPARE(readAll(state), damagedBytes);
    }

    void restoreReplacesTheDamagedFileWhole_data()
    {
        QTest::addColumn<int>("how");
        QTest::addColumn<QString>("backupId");
        QTest::newRow("empty, newest backup") << int(DamagedFile::Damage::Empty) << QString::fromLatin1(kNewestBackup);
        QTest::newRow("empty, older backup") << int(DamagedFile::Damage::Empty) << QString::fromLatin1(kOlderBackup);
        QTest::newRow("truncated, newest backup") << int(DamagedFile::Damage::Truncated) << QString::fromLatin1(kNewestBackup);
        QTest::newRow("truncated, older backup") << int(DamagedFile::Damage::Truncated) << QString::fromLatin1(kOlderBackup);
        QTest::newRow("invalid, newest backup") << int(DamagedFile::Damage::Invalid) << QString::fromLatin1(kNewestBackup);
    }
    /// The restore compares with what is on disk (nothing usable), writes the backup's whole file, keeps
    /// the damaged bytes aside first, reads back, and the state opens healthy afterwards.
    void restoreReplacesTheDamagedFileWhole()
    {
        QFETCH(int, how);
        QFETCH(QString, backupId);
        test::TestDir dir;
        const QString root = dir.copySample(QString::fromLatin1(kCodingAgent));
        const QString state = root + QStringLiteral("/state.json");
        const QByteArray damagedBytes = damage(readAll(state), DamagedFile::Damage(how));
        writeAll(state, damagedBytes);
        const QByteArray backupBytes = readAll(root + u'/' + backupId);

        auto out = restoreBackup(root, backupId);
        QVERIFY2(out, qPrintable(out ? QString() : out.error().toString()));
        QVERIFY(out->entries > 0);
        QVERIFY(!out->safetyId.isEmpty());
        QCOMPARE(readAll(state), backupBytes);
        QCOMPARE(out->keptAside.size(), 1);
        QCOMPARE(readAll(out->keptAside.first()), damagedBytes);
        QCOMPARE(corruptCopies(root, QStringLiteral("state.json")).size(), 1);

        auto after = openAndLoad(root);
        QVERIFY(after);
        QVERIFY(!after->snapshot.info.isDamaged());
        QCOMPARE(after->snapshot.info.kind, SourceKind::CodingAgent);
    }

    /// Restoring a scope (one key) into a damaged file still writes the whole file: nothing of the
    /// damaged one can be kept.
    void scopedRestoreIntoADamagedFileWritesTheWholeFile()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QString::fromLatin1(kCodingAgent));
        const QString state = root + QStringLiteral("/state.json");
        writeAll(state, damage(readAll(state), DamagedFile::Damage::Truncated));
        RestoreScope scope;
        scope.addresses = { QStringLiteral("state/metrics") };
        auto out = restoreBackup(root, QString::fromLatin1(kOlderBackup), scope);
        QVERIFY2(out, qPrintable(out ? QString() : out.error().toString()));
        QCOMPARE(readAll(state), readAll(root + u'/' + QString::fromLatin1(kOlderBackup)));
    }

    /// A backup that is not a whole copy of the damaged file (a StateLens safety backup, restored in
    /// part) cannot replace it: nothing is written and the error names the backup that can.
    void aPartialBackupIsRefusedWithAdvice()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QString::fromLatin1(kCodingAgent));
        const QString state = root + QStringLiteral("/state.json");
        // A restore takes a safety backup of state.json (safety-<ms>/ with a manifest).
        auto first = restoreBackup(root, QString::fromLatin1(kOlderBackup));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QVERIFY(!first->safetyId.isEmpty());
        writeAll(state, QByteArray());
        RestoreScope scope;
        scope.addresses = { QStringLiteral("state/metrics") };
        auto out = restoreBackup(root, first->safetyId, scope);
        QVERIFY(!out);
        QVERIFY2(out.error().message.contains(QLatin1String(kNewestBackup)), qPrintable(out.error().message));
        QCOMPARE(readAll(state), QByteArray());
        // In full, the safety backup puts state.json back byte for byte, damaged or not.
        auto whole = restoreBackup(root, first->safetyId);
        QVERIFY2(whole, qPrintable(whole ? QString() : whole.error().toString()));
        QCOMPARE(readAll(state), readAll(test::TestDir::samplePath(QString::fromLatin1(kCodingAgent) + QStringLiteral("/state.json"))));
        QCOMPARE(whole->keptAside.size(), 1);
    }

    /// Detection does not change kind because state.json is damaged: a documented folder stays one.
    void documentedFolderKeepsItsKindWhenDamaged_data()
    {
        QTest::addColumn<int>("how");
        QTest::newRow("empty") << int(DamagedFile::Damage::Empty);
        QTest::newRow("truncated") << int(DamagedFile::Damage::Truncated);
        QTest::newRow("invalid") << int(DamagedFile::Damage::Invalid);
    }
    void documentedFolderKeepsItsKindWhenDamaged()
    {
        QFETCH(int, how);
        test::TestDir dir;
        const QString root = makeDocumentedFolder(dir);
        const QString state = root + QStringLiteral("/state.json");
        const QByteArray good = readAll(state);
        QCOMPARE(detectSource(root).kind, SourceKind::Documented);
        writeAll(state, damage(good, DamagedFile::Damage(how)));
        QCOMPARE(detectSource(root).kind, SourceKind::Documented);
        auto loaded = openAndLoad(root);
        QVERIFY(loaded);
        QCOMPARE(loaded->snapshot.info.kind, SourceKind::Documented);
        QVERIFY(loaded->snapshot.info.isDamaged());
        // Restoring the only backup writes its bytes, whatever the damage.
        auto out = restoreBackup(root, QStringLiteral("state.backup.1793000000000.json"));
        QVERIFY2(out, qPrintable(out ? QString() : out.error().toString()));
        QCOMPARE(readAll(state), readAll(root + QStringLiteral("/state.backup.1793000000000.json")));
    }

    /// StatefulObject: a damaged counter.json is restored whole from its .bak.
    // Issue 12: big backups are not parsed on every open; a cut-off one is still told apart, and the whole
    // ones name their schema version. Small ones are parsed and counted as before.
    void bigBackupsAreCheckedWithoutAParse()
    {
        test::TestDir dir;
        const QString root = makeDocumentedFolder(dir);
        QByteArray big = "{\n  \"version\": \"0.9.0\",\n  \"namespaces\": {\n    \"user\": {\n";
        for (int i = 0; big.size() <= ParseBackupsUpTo; ++i)
            big += "      \"k" + QByteArray::number(i) + "\": \"" + QByteArray(200, 'x') + "\",\n";
        big += "      \"last\": 1\n    }\n  }\n}\n";
        dir.createFile(QStringLiteral("doc/state.backup.1793000000001.json"), big);
        dir.createFile(QStringLiteral("doc/state.backup.1793000000002.json"), big.left(big.size() / 2));
        auto source = openSource(root);
        QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
        auto loadedState = source.value()->load();
        QVERIFY2(loadedState, qPrintable(loadedState ? QString() : loadedState.error().toString()));
        const Snapshot& s = loadedState.value();
        QHash<QString, const Backup*> byId;
        for (const Backup& b : s.backups)
            byId.insert(b.id, &b);
        const Backup* whole = byId.value(QStringLiteral("state.backup.1793000000001.json"));
        const Backup* cut = byId.value(QStringLiteral("state.backup.1793000000002.json"));
        const Backup* small = byId.value(QStringLiteral("state.backup.1793000000000.json"));
        QVERIFY(whole && cut && small);
        QCOMPARE(whole->health, Health::Ok);
        QCOMPARE(whole->schemaVersion, QStringLiteral("0.9.0"));
        QCOMPARE(whole->entries, -1); // counted when it is opened
        QCOMPARE(cut->health, Health::Unparsable);
        QVERIFY(cut->reason.contains(cut->path));
        QCOMPARE(small->health, Health::Ok);
        QCOMPARE(small->entries, 2);
        // Opened, the big one is read in full.
        auto loaded = backup::loadBackup(s, *whole);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QVERIFY(loaded->snapshot.findEntry(QStringLiteral("user"), QStringLiteral("last")));
    }

    void statefulObjectDamagedFileFromItsBak()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        const QString file = root + QStringLiteral("/state.json");
        const QByteArray damagedBytes = damage(readAll(file), DamagedFile::Damage::Truncated);
        writeAll(file, damagedBytes);
        auto loaded = openAndLoad(root);
        QVERIFY(loaded);
        QCOMPARE(loaded->snapshot.info.kind, SourceKind::StatefulObject);
        const DamagedFile* d = loaded->snapshot.info.damageOf(file);
        QVERIFY(d);
        QCOMPARE(d->damage, DamagedFile::Damage::Truncated);
        QCOMPARE(d->healthyBackupId, QStringLiteral("state.json.bak"));
        auto out = restoreBackup(root, QStringLiteral("state.json.bak"));
        QVERIFY2(out, qPrintable(out ? QString() : out.error().toString()));
        QCOMPARE(readAll(file), readAll(file + QStringLiteral(".bak")));
        QCOMPARE(readAll(out->keptAside.value(0)), damagedBytes);
        QCOMPARE(readAll(root + QStringLiteral("/counter.json")), readAll(test::TestDir::samplePath(QStringLiteral("statefulobject/app/counter.json"))));
    }

    /// Nothing is reported as restored unless it is on disk: another writer that replaces the file between
    /// the write and the read-back makes the restore fail, naming the file.
    void readBackMismatchIsAFailure()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QString::fromLatin1(kCodingAgent));
        const QString state = root + QStringLiteral("/state.json");
        writeAll(state, QByteArray());
        RestoreOptions options;
        options.beforeVerify = [&] { writeAll(state, QByteArray()); };
        auto out = restoreBackup(root, QString::fromLatin1(kNewestBackup), {}, options);
        QVERIFY(!out);
        QCOMPARE(out.error().file, state);
        QVERIFY(!out.error().message.isEmpty());
    }

    /// The disk refuses: the safety backup cannot be made (a file where the .statelens folder goes), so
    /// nothing is restored, no copy is kept aside, and state.json keeps its damaged bytes.
    void safetyBackupFailureWritesNothing()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QString::fromLatin1(kCodingAgent));
        const QString state = root + QStringLiteral("/state.json");
        writeAll(state, "{\"tasks\": [");
        dir.createFile(QDir(dir.path()).relativeFilePath(root + QStringLiteral("/.statelens")), "not a folder");
        auto out = restoreBackup(root, QString::fromLatin1(kNewestBackup));
        QVERIFY(!out);
        QVERIFY2(out.error().message.contains(QLatin1String("nothing was restored")), qPrintable(out.error().message));
        QCOMPARE(readAll(state), QByteArray("{\"tasks\": ["));
        QVERIFY(corruptCopies(root, QStringLiteral("state.json")).isEmpty());
    }

    /// Decisions never read display text: with the German catalogue loaded, every message is German and
    /// recovery still takes the same decisions (which fallback, which file, what to restore).
    void recoveryWithTheGermanCatalogue()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/translations/statelens_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&german));
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
        QCOMPARE(damageName(DamagedFile::Damage::Truncated), QStringLiteral("abgeschnitten"));

        test::TestDir dir;
        const QString root = makeDocumentedFolder(dir);
        const QString state = root + QStringLiteral("/state.json");
        const QString backup = root + QStringLiteral("/state.backup.1793000000000.json");
        writeAll(state, damage(readAll(state), DamagedFile::Damage::Truncated));

        auto loaded = openAndLoad(root);
        QVERIFY(loaded);
        QVERIFY2(loaded->snapshot.info.note.contains(QStringLiteral("Sicherung")), qPrintable(loaded->snapshot.info.note));
        const DamagedFile* d = loaded->snapshot.info.damageOf(state);
        QVERIFY(d);
        QCOMPARE(d->fallback, DamagedFile::Fallback::Backup);
        QCOMPARE(d->shownFrom, backup);

        // The library API of seed 002: the same decision, and the values come from the backup.
        StateStore store(root);
        auto report = store.load();
        QVERIFY(report);
        QCOMPARE(report->fallback, StateStore::Fallback::Backup);
        QCOMPARE(report->usedFile, backup);
        QVERIFY(!report->evidence.isEmpty());

        auto out = restoreBackup(root, QStringLiteral("state.backup.1793000000000.json"));
        QVERIFY2(out, qPrintable(out ? QString() : out.error().toString()));
        QCOMPARE(readAll(state), readAll(backup));
    }

    /// The command line: info exits 1 on a damaged state and names the backup to restore; restore writes
    /// and says so only after reading back.
    void cliInfoAndRestoreOnAnEmptyState()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QString::fromLatin1(kCodingAgent));
        const QString state = root + QStringLiteral("/state.json");
        writeAll(state, QByteArray());
        const QString cli = test::TestDir::programPath(QStringLiteral("statelens-cli"));
        QProcess p;
        p.start(cli, { QStringLiteral("info"), root });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        const QString info = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(info.contains(QLatin1String(kNewestBackup)), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("coding-agent")), qPrintable(info));

        p.start(cli, { QStringLiteral("restore"), root, QString::fromLatin1(kOlderBackup), QStringLiteral("--yes") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(readAll(state), readAll(root + u'/' + QString::fromLatin1(kOlderBackup)));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QLatin1String(".corrupt.")));

        p.start(cli, { QStringLiteral("info"), root });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
