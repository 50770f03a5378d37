// SPDX-License-Identifier: GPL-3.0-or-later
// Disk faults at every step of a save, a restore and a migration (issue 14), injected through the system
// call table of core/io/syscalls.h: ENOSPC, EIO, EROFS, EACCES and a short write, at the 1st, 2nd, … call
// of each step until the operation gets past the step without reaching the fault. After each fault: the old
// files are intact, no temp file and no lock are left, the error names a file and the cause, and the same
// operation succeeds once the fault is gone.
#include "backup/backupmanager.h"
#include "backup/restoreengine.h"
#include "doctor/lockinspection.h"
#include "io/statelayout.h"
#include "io/syscalls.h"
#include "json/jsondocument.h"
#include "migrate/migrator.h"
#include "sources/source.h"
#include "testdir.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <functional>
#include <unistd.h>

using namespace statelens;

namespace {

enum class Step { Write, ShortWrite, FsyncFile, Link, Rename, FsyncDir, CopyRange };

/// The fault in force: fail call number `at` (1-based) of `step` with `err`.
struct Fault
{
    Step step = Step::Write;
    int err = 0;
    int at = 1;
    int calls = 0;
    bool hit = false;
};
Fault g_fault;

bool due(Step step)
{
    if (g_fault.step != step || g_fault.hit)
        return false;
    if (++g_fault.calls != g_fault.at)
        return false;
    g_fault.hit = true;
    return true;
}

ssize_t faultyWrite(int fd, const void* data, size_t size)
{
    if (due(Step::ShortWrite)) {
        // Half of it goes out; the next write finds the disk full.
        g_fault = Fault { Step::Write, ENOSPC, 1, 0, false };
        const ssize_t n = io::realSyscalls().write(fd, data, size / 2);
        return n > 0 ? n : (errno = ENOSPC, -1);
    }
    if (due(Step::Write))
        return errno = g_fault.err, -1;
    return io::realSyscalls().write(fd, data, size);
}
int faultyFsyncFile(int fd)
{
    return due(Step::FsyncFile) ? (errno = g_fault.err, -1) : io::realSyscalls().fsyncFile(fd);
}
int faultyFsyncDir(int fd)
{
    return due(Step::FsyncDir) ? (errno = g_fault.err, -1) : io::realSyscalls().fsyncDir(fd);
}
int faultyRename(const char* from, const char* to)
{
    return due(Step::Rename) ? (errno = g_fault.err, -1) : io::realSyscalls().rename(from, to);
}
int faultyLinkat(int a, const char* from, int b, const char* to, int flags)
{
    return due(Step::Link) ? (errno = g_fault.err, -1) : io::realSyscalls().linkat(a, from, b, to, flags);
}

ssize_t faultyCopyFileRange(int from, off_t* fromOffset, int to, off_t* toOffset, size_t size, unsigned flags)
{
    return due(Step::CopyRange) ? (errno = g_fault.err, -1)
                                : io::realSyscalls().copyFileRange(from, fromOffset, to, toOffset, size, flags);
}

/// Installs the faulty table for its lifetime.
struct FaultyDisk
{
    FaultyDisk(Step step, int err, int at)
    {
        g_fault = Fault { step, err, at, 0, false };
        io::syscalls() = io::Syscalls { faultyWrite, faultyFsyncFile, faultyFsyncDir, faultyRename, faultyLinkat, faultyCopyFileRange };
    }
    ~FaultyDisk() { io::syscalls() = io::realSyscalls(); }
    FaultyDisk(const FaultyDisk&) = delete;
    FaultyDisk& operator=(const FaultyDisk&) = delete;
};

QHash<QString, QByteArray> contentOf(const QString& root)
{
    // The state as a tool sees it: every file outside StateLens's own folder, except the lock, the tool's
    // timestamped backups (named by the time) and migration logs (which hold the time).
    QHash<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        const QString name = QFileInfo(f).fileName();
        if (f.contains(QLatin1String("/.statelens/")) || name == QLatin1String("state.lock")
            || name.startsWith(QLatin1String("state.backup.")) || name.endsWith(QLatin1String(".log")))
            continue;
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // The documented format's own "last_saved" is the time of the save: not part of the comparison.
        static const QRegularExpression savedAt(QStringLiteral("\"last_saved\": \"[^\"]*\""));
        QString text = QString::fromUtf8(file.readAll());
        text.replace(savedAt, QStringLiteral("\"last_saved\": \"-\""));
        out.insert(QDir(root).relativeFilePath(f), text.toUtf8());
    }
    return out;
}

QStringList tempFiles(const QString& root)
{
    QStringList out;
    QDirIterator it(root, { QStringLiteral("*.tmp") }, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

using Operation = std::function<Result<void>(const QString& root)>;

Change setChange(const QString& address, const QByteArray& json)
{
    Change c;
    c.address = Address::parse(address).value();
    c.value = json::Document::parse(json, QStringLiteral("value")).value().toValue(0);
    return c;
}

Result<void> saveTwoFiles(const QString& root)
{
    auto loaded = openAndLoad(root);
    if (!loaded)
        return loaded.error();
    const QList<Change> changes { setChange(QStringLiteral("@tasks/05d17637-812f-4f11-9f20-09cf8d590ec0/status"), "\"failed\""),
                                  setChange(QStringLiteral("state/last_saved"), "\"2031-01-01T00:00:00.000Z\"") };
    auto applied = loaded->source->apply(loaded->snapshot, changes);
    if (!applied)
        return applied.error();
    return {};
}

Result<void> saveDocumented(const QString& root)
{
    auto loaded = openAndLoad(root);
    if (!loaded)
        return loaded.error();
    auto applied = loaded->source->apply(loaded->snapshot, { setChange(QStringLiteral("app/theme"), "\"light\"") });
    if (!applied)
        return applied.error();
    return {};
}

Result<void> restoreManual(const QString& root)
{
    auto loaded = openAndLoad(root);
    if (!loaded)
        return loaded.error();
    QString id;
    for (const Backup& b : loaded->snapshot.backups)
        if (b.kind == QLatin1String("manual"))
            id = b.id;
    auto restored = backup::restoreBackup(root, id);
    if (!restored)
        return restored.error();
    return {};
}

Result<void> migrateTo100(const QString& root)
{
    auto m = migrate::Migrator::open(root);
    if (!m)
        return m.error();
    auto out = m->apply(QStringLiteral("1.0.0"));
    if (!out)
        return out.error();
    return {};
}

} // namespace

class TestDiskFaults : public QObject
{
    Q_OBJECT

private:
    /// Prepares a fresh state for an operation and returns its root.
    using Prepare = std::function<QString(test::TestDir&)>;

    /// `allOrNothing`: after a fault the state is as before. Otherwise (a save of several files, a
    /// migration) each file is whole: either as before or as the operation writes it without faults.
    void injectEverywhere(const Prepare& prepare, const Operation& op, bool allOrNothing)
    {
        QHash<QString, QByteArray> reference;
        {
            test::TestDir dir;
            const QString root = prepare(dir);
            const auto r = op(root);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            reference = contentOf(root);
        }
        const struct { Step step; const char* name; } steps[] = {
            { Step::Write, "write" }, { Step::ShortWrite, "short write" }, { Step::FsyncFile, "fsync" },
            { Step::Link, "link" }, { Step::Rename, "rename" }, { Step::FsyncDir, "folder fsync" },
            { Step::CopyRange, "copy_file_range" },
        };
        const int errors[] = { ENOSPC, EIO, EROFS, EACCES };
        int faults = 0;
        for (const auto& s : steps) {
            for (int err : errors) {
                if (s.step == Step::ShortWrite && err != ENOSPC)
                    continue; // a short write is followed by ENOSPC
                for (int at = 1; at < 200; ++at) {
                    test::TestDir dir;
                    const QString root = prepare(dir);
                    const auto before = contentOf(root);
                    Result<void> r;
                    bool hit = false;
                    {
                        FaultyDisk disk(s.step, err, at);
                        r = op(root);
                        hit = g_fault.hit;
                    }
                    if (!hit) {
                        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
                        break; // the operation made fewer than `at` such calls: every one was tried
                    }
                    ++faults;
                    const QString where = QStringLiteral("%1 %2 at call %3").arg(QLatin1String(s.name), QString::fromLocal8Bit(std::strerror(err))).arg(at);
                    const auto after = contentOf(root);
                    if (!r) {
                        // The error names a file and the cause.
                        QVERIFY2(!r.error().file.isEmpty(), qPrintable(where));
                        QVERIFY2(r.error().toString().contains(QString::fromLocal8Bit(std::strerror(s.step == Step::ShortWrite ? ENOSPC : err))),
                                 qPrintable(where + QStringLiteral(": ") + r.error().toString()));
                        // The old files are intact; only a folder fsync after the rename can leave the new
                        // version in place (the rename happened; the error says it may not be durable).
                        if (allOrNothing && s.step != Step::FsyncDir)
                            QVERIFY2(after == before, qPrintable(where + QStringLiteral(": the state changed")));
                    }
                    // Each file whole: as before, or as the operation writes it (a new file only as written).
                    for (auto it = before.cbegin(); it != before.cend(); ++it)
                        QVERIFY2(after.contains(it.key()), qPrintable(where + QStringLiteral(": %1 is gone").arg(it.key())));
                    for (auto it = after.cbegin(); it != after.cend(); ++it)
                        QVERIFY2((before.contains(it.key()) && it.value() == before.value(it.key()))
                                     || (reference.contains(it.key()) && it.value() == reference.value(it.key())),
                                 qPrintable(where + QStringLiteral(": %1 is neither the old nor the new version").arg(it.key())));
                    QVERIFY2(tempFiles(root).isEmpty(), qPrintable(where + QStringLiteral(": ") + tempFiles(root).join(u' ')));
                    const doctor::LockInspection lock = doctor::inspectLock(layout::lockFile(root));
                    QVERIFY2(!lock.held && lock.record.isEmpty(), qPrintable(where + QStringLiteral(": lock left")));
                    // The fault is gone: the same operation succeeds (or finds nothing left to do).
                    if (!r) {
                        const auto retry = op(root);
                        QVERIFY2(retry, qPrintable(where + QStringLiteral(", retry: ") + (retry ? QString() : retry.error().toString())));
                        QVERIFY(tempFiles(root).isEmpty());
                    }
                }
            }
        }
        QVERIFY(faults > 20);
        qInfo("%d faults injected", faults);
    }

private Q_SLOTS:
    void saveOfTwoFilesCodingAgent()
    {
        injectEverywhere([](test::TestDir& dir) { return dir.copySample(QStringLiteral("coding-agent/coding-agent-state")); },
                         saveTwoFiles, false);
    }

    void saveDocumentedWithLinkedBackups()
    {
        injectEverywhere(
            [](test::TestDir& dir) {
                dir.createFile(QStringLiteral("s/state.json"),
                               R"({"version": "1.0.0", "namespaces": {"app": {"theme": "dark"}}, "last_saved": "x"})");
                return dir.filePath(QStringLiteral("s"));
            },
            saveDocumented, true);
    }

    void restore()
    {
        injectEverywhere(
            [](test::TestDir& dir) {
                const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
                auto loaded = openAndLoad(root);
                if (!loaded || !backup::createBackup(loaded->snapshot) || !changeTwoFiles(root))
                    qFatal("cannot prepare the restore");
                return root;
            },
            restoreManual, true);
    }

    void migrate()
    {
        injectEverywhere([](test::TestDir& dir) { return dir.copySample(QStringLiteral("coding-agent/coding-agent-state")); },
                         migrateTo100, false);
    }

private:
    static bool changeTwoFiles(const QString& root)
    {
        auto loaded = openAndLoad(root);
        if (!loaded)
            return false;
        return bool(loaded->source->apply(loaded->snapshot, { setChange(QStringLiteral("counter/count"), "41"),
                                                               setChange(QStringLiteral("state/config"), "{}") }));
    }
};

QTEST_GUILESS_MAIN(TestDiskFaults)
#include "tst_diskfaults.moc"
