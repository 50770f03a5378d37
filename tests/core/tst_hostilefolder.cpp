// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile state folders: FIFOs and devices where files belong, symlinks out of the folder, private modes,
// one lock per folder (issue 14). Real files and the real statelens-cli, no mocks.
#include "doctor/lockinspection.h"
#include "io/filelock.h"
#include "io/safewrite.h"
#include "io/statelayout.h"
#include "sources/source.h"
#include "testdir.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace statelens;

namespace {
const QString sample = QStringLiteral("coding-agent/coding-agent-state");
const QString taskId = QStringLiteral("05d17637-812f-4f11-9f20-09cf8d590ec0");


int modeOf(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

void makeFifo(const QString& path)
{
    QFile::remove(path);
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0644) == 0);
}

bool hasProblem(const Snapshot& s, Problem::Code code, const QString& file)
{
    for (const Problem& p : s.problems)
        if (p.code == code && p.file == file)
            return true;
    return false;
}

QStringList filesUnder(const QString& dir, const QString& pattern)
{
    QStringList out;
    QDirIterator it(dir, { pattern }, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}
} // namespace

class TestHostileFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 1. FIFOs, sockets and devices are never opened.
    void fifoStateJsonIsUnreadableNotABlock()
    {
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        makeFifo(layout::stateFile(root));
        const test::CliRun info = test::runCli({ QStringLiteral("--json"), QStringLiteral("info"), root });
        QVERIFY2(info.finished, "info blocked on a FIFO named state.json");
        QVERIFY2(info.out.contains("not a regular file"), info.out.constData());

        auto loaded = openAndLoad(root);
        QVERIFY(loaded);
        const DamagedFile* d = loaded->snapshot.info.damageOf(layout::stateFile(root));
        QVERIFY(d);
        QCOMPARE(d->damage, DamagedFile::Damage::Unreadable);
        QVERIFY(hasProblem(loaded->snapshot, Problem::Code::NotRegularFile, layout::stateFile(root)));

        const test::CliRun set = test::runCli({ QStringLiteral("set"), root, QStringLiteral("state/last_saved"), QStringLiteral("\"x\"") });
        QVERIFY2(set.finished, "set blocked on a FIFO named state.json");
        QCOMPARE(set.code, 1);
        QVERIFY(set.err.contains("state.json"));
    }

    void fifoTaskFileIsSkippedWithAProblem()
    {
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        const QString fifo = layout::tasksDir(root) + QStringLiteral("/00000000-0000-4000-8000-000000000000.json");
        makeFifo(fifo);
        const QString dev = layout::tasksDir(root) + QStringLiteral("/null.json");
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), dev)); // a device reached through a link
        auto loaded = openAndLoad(root);
        QVERIFY(loaded);
        QVERIFY(hasProblem(loaded->snapshot, Problem::Code::NotRegularFile, fifo));
        QVERIFY(hasProblem(loaded->snapshot, Problem::Code::NotRegularFile, dev));
        QCOMPARE(loaded->snapshot.tasks.size(), 6); // the real ones, nothing from the FIFO or the device

        // Writing another task still works, and the FIFO is left alone.
        const test::CliRun set = test::runCli({ QStringLiteral("set"), root, QStringLiteral("@tasks/%1/status").arg(taskId), QStringLiteral("\"failed\"") });
        QVERIFY(set.finished);
        QCOMPARE(set.code, 0);
        struct stat st;
        QVERIFY(::lstat(QFile::encodeName(fifo).constData(), &st) == 0 && S_ISFIFO(st.st_mode));
    }

    void readFileRefusesSpecialFilesAtOnce()
    {
        test::TestDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        makeFifo(fifo);
        auto r = readFile(fifo);
        QVERIFY(!r);
        QCOMPARE(r.error().file, fifo);
        QVERIFY(r.error().message.contains(QLatin1String("FIFO")));
        QVERIFY(!readFileHead(QStringLiteral("/dev/zero"), 16));
        QVERIFY(!writeFileAtomically(fifo, "{}")); // never replaced by a regular file either
        QVERIFY(isSpecialFile(fifo));
    }

    void fifoLockIsRefusedWithoutBlocking()
    {
        test::TestDir dir;
        const QString lock = dir.filePath(QStringLiteral("state.lock"));
        makeFifo(lock);
        auto l = FileLock::acquire(lock, 100);
        QVERIFY(!l);
        QCOMPARE(l.error().file, lock);
        QVERIFY(!doctor::inspectLock(lock).exists);
    }

    // 2. Escapes.
    void symlinkedTasksFolderIsShownMarkedAndNeverWritten()
    {
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        const QString outside = dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QDir().rename(layout::tasksDir(root), outside));
        QVERIFY(QFile::link(outside, layout::tasksDir(root)));
        const QString target = outside + u'/' + taskId + QStringLiteral(".json");
        const QByteArray before = dir.read(QStringLiteral("elsewhere/") + taskId + QStringLiteral(".json"));

        auto loaded = openAndLoad(root);
        QVERIFY(loaded);
        QCOMPARE(loaded->snapshot.tasks.size(), 6); // shown
        QVERIFY(hasProblem(loaded->snapshot, Problem::Code::LinkOutside, layout::tasksDir(root))); // marked

        const test::CliRun set = test::runCli({ QStringLiteral("set"), root, QStringLiteral("@tasks/%1/status").arg(taskId), QStringLiteral("\"failed\"") });
        QCOMPARE(set.code, 1);
        QVERIFY2(set.err.contains("symlink"), set.err.constData());
        QCOMPARE(dir.read(QStringLiteral("elsewhere/") + taskId + QStringLiteral(".json")), before); // never written
        const test::CliRun rm = test::runCli({ QStringLiteral("rm"), root, QStringLiteral("@tasks/%1").arg(taskId) });
        QCOMPARE(rm.code, 1);
        QVERIFY(QFileInfo::exists(target));
        // Nothing was created outside either (no temp files, no new task).
        QCOMPARE(QDir(outside).entryList(QDir::Files | QDir::Hidden).size(), 6);
        const test::CliRun add = test::runCli({ QStringLiteral("set"), root, QStringLiteral("@tasks/11111111-1111-4111-8111-111111111111"),
                              QStringLiteral("{\"id\":\"11111111-1111-4111-8111-111111111111\",\"status\":\"pending\"}") });
        QCOMPARE(add.code, 1);
        QCOMPARE(QDir(outside).entryList(QDir::Files | QDir::Hidden).size(), 6);
    }

    void symlinkedTaskFileOutsideIsMarkedAndRefused()
    {
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        const QString task = layout::tasksDir(root) + u'/' + taskId + QStringLiteral(".json");
        const QString outside = dir.filePath(QStringLiteral("outside.json"));
        QVERIFY(QFile::rename(task, outside));
        QVERIFY(QFile::link(outside, task));
        const QByteArray before = dir.read(QStringLiteral("outside.json"));
        auto loaded = openAndLoad(root);
        QVERIFY(loaded);
        QVERIFY(hasProblem(loaded->snapshot, Problem::Code::LinkOutside, task));
        const test::CliRun set = test::runCli({ QStringLiteral("set"), root, QStringLiteral("@tasks/%1/status").arg(taskId), QStringLiteral("\"failed\"") });
        QCOMPARE(set.code, 1);
        QCOMPARE(dir.read(QStringLiteral("outside.json")), before);
        QVERIFY(QFileInfo(task).isSymLink());
    }

    void symlinkedStateJsonSavesTheTargetAndKeepsTheLink()
    {
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        const QString real = dir.filePath(QStringLiteral("dotfiles/state.json"));
        QDir().mkpath(QFileInfo(real).absolutePath());
        QVERIFY(QFile::rename(layout::stateFile(root), real));
        QVERIFY(::chmod(QFile::encodeName(real).constData(), 0600) == 0);
        QVERIFY(QFile::link(real, layout::stateFile(root)));
        const QByteArray before = dir.read(QStringLiteral("dotfiles/state.json"));

        const test::CliRun set = test::runCli({ QStringLiteral("set"), root, QStringLiteral("state/last_saved"), QStringLiteral("\"2030-01-01T00:00:00.000Z\"") });
        QVERIFY2(set.code == 0, set.err.constData());
        QVERIFY(QFileInfo(layout::stateFile(root)).isSymLink()); // the link is kept
        QCOMPARE(QFileInfo(layout::stateFile(root)).symLinkTarget(), real);
        QVERIFY(dir.read(QStringLiteral("dotfiles/state.json")).contains("2030-01-01T00:00:00.000Z")); // the target is saved
        QCOMPARE(modeOf(real), 0600);
        // No temp file left beside the link or the target.
        QVERIFY(filesUnder(dir.path(), QStringLiteral("*.tmp")).isEmpty());
        // The backups hold the target's old content, not a copy of the link.
        bool found = false;
        for (const QString& b : QDir(root).entryList({ QStringLiteral("state.backup.*.json") })) {
            const QString path = root + u'/' + b;
            if (QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTime()) < 60 && !QFileInfo(path).isSymLink()) {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                if (f.readAll() == before)
                    found = true;
            }
        }
        QVERIFY(found);
    }

    void idsThatCouldLeaveTheFolderAreRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("dotdot") << QStringLiteral("..");
        QTest::newRow("climb") << QStringLiteral("../../x");
        QTest::newRow("backslash") << QStringLiteral("a\\b");
        QTest::newRow("nul") << QStringLiteral("a%1b").arg(QChar(0));
    }
    void idsThatCouldLeaveTheFolderAreRefused()
    {
        QFETCH(QString, id);
        QVERIFY(!layout::sanitizeTaskId(id));
    }

    // 3. Modes: everything that holds a 0600 state's values is 0600.
    void privateStateStaysPrivate()
    {
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            QVERIFY(::chmod(QFile::encodeName(it.next()).constData(), 0600) == 0);
        // An older .bak-style copy that is more open must not stay so: covered by copyFileAtomically.
        const QString open = dir.createFile(QStringLiteral("copy.json"), "{}", 0644);
        QVERIFY(copyFileAtomically(layout::stateFile(root), open));
        QCOMPARE(modeOf(open), 0600);

        test::CliRun r = test::runCli({ QStringLiteral("set"), root, QStringLiteral("state/last_saved"), QStringLiteral("\"2030-01-01T00:00:00.000Z\"") });
        QVERIFY2(r.code == 0, r.err.constData());
        r = test::runCli({ QStringLiteral("set"), root, QStringLiteral("@tasks/%1/status").arg(taskId), QStringLiteral("\"failed\"") });
        QVERIFY2(r.code == 0, r.err.constData());
        r = test::runCli({ QStringLiteral("backup"), QStringLiteral("create"), root });
        QVERIFY2(r.code == 0, r.err.constData());
        r = test::runCli({ QStringLiteral("migrate"), root, QStringLiteral("--to"), QStringLiteral("1.0.0") });
        QVERIFY2(r.code == 0, r.err.constData() + r.out);
        auto loaded = openAndLoad(root);
        QVERIFY(loaded);
        QString backupId;
        for (const Backup& b : loaded->snapshot.backups)
            if (b.kind == QLatin1String("manual"))
                backupId = b.id;
        QVERIFY(!backupId.isEmpty());
        r = test::runCli({ QStringLiteral("restore"), root, backupId, QStringLiteral("--yes") });
        QVERIFY2(r.code == 0, r.err.constData());

        QStringList checked;
        QDirIterator all(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (all.hasNext()) {
            const QString f = all.next();
            if (f.endsWith(QLatin1String("state.lock")))
                continue; // holds only who locks, never values
            QVERIFY2(modeOf(f) == 0600, qPrintable(QStringLiteral("%1 has mode %2").arg(f).arg(modeOf(f), 0, 8)));
            checked << QFileInfo(f).fileName();
        }
        // What the issue names was there to be checked.
        auto has = [&](const QString& pattern) {
            return !checked.filter(QRegularExpression(pattern)).isEmpty();
        };
        QVERIFY(has(QStringLiteral("^state\\.migration-v.*\\.log$")));
        QVERIFY(has(QStringLiteral("^manifest\\.json$")));
        QVERIFY(has(QStringLiteral("^restore-journal\\.jsonl$")));
        QVERIFY(has(QStringLiteral("^state\\.backup\\.\\d+\\.json$")));
        QVERIFY(has(QStringLiteral("\\.bak$")));
    }

    // 4. One lock per folder.
    void setAndMigrateTakeTheSameLock_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("set") << QStringList { QStringLiteral("set"), QString(), QStringLiteral("state/last_saved"), QStringLiteral("\"x\"") };
        QTest::newRow("rm") << QStringList { QStringLiteral("rm"), QString(), QStringLiteral("@tasks/") + taskId };
        QTest::newRow("migrate") << QStringList { QStringLiteral("migrate"), QString(), QStringLiteral("--to"), QStringLiteral("1.0.0") };
    }
    void setAndMigrateTakeTheSameLock()
    {
        QFETCH(QStringList, command);
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        command[1] = root;
        const QByteArray before = dir.read(QStringLiteral("coding-agent-state/state.json"));
        {
            auto held = FileLock::acquire(layout::lockFile(root), 0); // what every writer of this folder takes
            QVERIFY(held);
            const test::CliRun r = test::runCli(command);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("busy"), r.err.constData());
            QCOMPARE(dir.read(QStringLiteral("coding-agent-state/state.json")), before);
        }
        const test::CliRun r = test::runCli(command);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!QFileInfo::exists(layout::statelensDir(root) + QStringLiteral("/lock")));
    }

    void staleLockOfAKilledHolderIsClearedByTheNextWriter()
    {
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        const qint64 dead = test::TestDir::deadPid();
        dir.createFile(QStringLiteral("coding-agent-state/state.lock"),
                       QStringLiteral("statelens-cli pid %1 since 2026-01-01T00:00:00Z\n").arg(dead).toUtf8());
        const doctor::LockInspection stale = doctor::inspectLock(layout::lockFile(root));
        QVERIFY(stale.stale());
        QCOMPARE(stale.pid, dead);
        QVERIFY(!stale.pidAlive);
        const test::CliRun r = test::runCli({ QStringLiteral("set"), root, QStringLiteral("state/last_saved"), QStringLiteral("\"x\"") });
        QVERIFY2(r.code == 0, r.err.constData());
        const doctor::LockInspection after = doctor::inspectLock(layout::lockFile(root));
        QVERIFY(!after.stale());
        QVERIFY(after.record.isEmpty());
    }

    void immutableFolderNamesTheRealCause()
    {
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        QFile::remove(layout::lockFile(root));
        if (QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), root }) != 0)
            QSKIP("chattr +i is not available here");
        const test::CliRun r = test::runCli({ QStringLiteral("set"), root, QStringLiteral("state/last_saved"), QStringLiteral("\"x\"") });
        QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), root });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QString::fromLocal8Bit(std::strerror(EPERM)).toUtf8()), r.err.constData());
        QVERIFY2(!r.err.contains("No such file"), r.err.constData());
    }

    void fileInPlaceOfAFolderNamesTheCause()
    {
        test::TestDir dir;
        const QString notADir = dir.createFile(QStringLiteral("plain"), "x");
        auto l = FileLock::acquire(notADir + QStringLiteral("/state.lock"), 0);
        QVERIFY(!l);
        QVERIFY2(l.error().message.contains(QString::fromLocal8Bit(std::strerror(ENOTDIR))), qPrintable(l.error().message));
        auto made = makeFolders(notADir + QStringLiteral("/backups"));
        QVERIFY(!made);
        QVERIFY(made.error().message.contains(QString::fromLocal8Bit(std::strerror(ENOTDIR))));
    }

    // 7. Temp files of killed saves: the next save into the folder removes them, the doctor offers to.
    void staleTempsOfKilledSavesAreRemoved()
    {
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        const qint64 dead = test::TestDir::deadPid();
        const QString stale = dir.createFile(QStringLiteral("coding-agent-state/.state.json.statelens-%1-0badf00d.tmp").arg(dead), "{\"tas");
        const QString staleTask = dir.createFile(
            QStringLiteral("coding-agent-state/tasks/.%1.json.statelens-%2-0badf00d.tmp").arg(taskId).arg(dead), "{");
        const QString alive = dir.createFile(QStringLiteral("coding-agent-state/.state.json.statelens-%1-0badf00d.tmp").arg(::getpid()), "{");
        const QString foreign = dir.createFile(QStringLiteral("coding-agent-state/.state.json.ab12cd34.tmp"), "{");

        test::CliRun r = test::runCli({ QStringLiteral("--json"), QStringLiteral("doctor"), root });
        QVERIFY2(r.out.contains("remove-temp-file"), r.out.constData());

        r = test::runCli({ QStringLiteral("set"), root, QStringLiteral("state/last_saved"), QStringLiteral("\"x\"") });
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!QFileInfo::exists(stale)); // ours, writer gone, in the folder the save wrote into
        QVERIFY(QFileInfo::exists(alive)); // ours, writer running (this test)
        QVERIFY(QFileInfo::exists(foreign)); // another tool's: the doctor's business
        QVERIFY(QFileInfo::exists(staleTask)); // a folder this save did not write into

        r = test::runCli({ QStringLiteral("doctor"), root, QStringLiteral("--fix"), QStringLiteral("--yes") });
        QVERIFY(!QFileInfo::exists(staleTask));
        QVERIFY(QFileInfo::exists(alive));
        QVERIFY(QFileInfo::exists(foreign)); // younger than a minute: may be a write in progress
    }

    // 7. A read-only look at an rs-llmspell database leaves nothing beside it.
    void readingAClosedWalDatabaseCreatesNoWalOrShm()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
        const QString db = root + QStringLiteral("/data/llmspell.db");
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")) && !QFileInfo::exists(db + QStringLiteral("-shm")));
        for (const QString& command : { QStringLiteral("info"), QStringLiteral("ls") }) {
            const test::CliRun r = test::runCli({ command, root });
            QVERIFY2(r.code == 0, r.err.constData());
        }
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-shm")));
        auto loaded = openAndLoad(root);
        QVERIFY(loaded);
        QVERIFY(loaded->snapshot.findEntry(QStringLiteral("user"), QStringLiteral("preferences")));
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-shm")));
    }

    void readingALiveWalDatabaseSeesTheWriter()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
        const QString db = root + QStringLiteral("/data/llmspell.db");
        {
            QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("live-writer"));
            writer.setDatabaseName(db);
            QVERIFY(writer.open());
            QSqlQuery q(writer);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE kv_store SET value = CAST('{\"key\":\"global:user:preferences\",\"value\":{\"theme\":\"live\"},"
                "\"timestamp\":{\"secs_since_epoch\":1,\"nanos_since_epoch\":0},\"schema_version\":1}' AS BLOB) "
                "WHERE key = 'state:global:user:preferences'")));
            QVERIFY(QFileInfo(db + QStringLiteral("-wal")).size() > 0); // the change lives in the WAL only
            const test::CliRun r = test::runCli({ QStringLiteral("get"), root, QStringLiteral("user/preferences/theme") });
            QVERIFY2(r.code == 0, r.err.constData());
            QCOMPARE(r.out.trimmed(), QByteArray("\"live\""));
            q.finish();
            writer.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("live-writer"));
    }
};

QTEST_GUILESS_MAIN(TestHostileFolder)
#include "tst_hostilefolder.moc"
