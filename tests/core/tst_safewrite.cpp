// SPDX-License-Identifier: GPL-3.0-or-later
// The one write path: atomic replace, modes kept, symlinks confined, conflicts caught, locks that say who.
#include "io/filelock.h"
#include "io/safewrite.h"
#include "testdir.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace statelens;

namespace {
int modeOf(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}
} // namespace

class TestSafeWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesAndKeepsMode()
    {
        test::TestDir dir;
        const QString f = dir.createFile(QStringLiteral("a.json"), "old", 0600);
        auto r = writeFileAtomically(f, "new content");
        QVERIFY(r);
        QCOMPARE(dir.read(QStringLiteral("a.json")), QByteArray("new content"));
        QCOMPARE(modeOf(f), 0600);
        QCOMPARE(r->size, 11);
        QVERIFY(!r->hash.isEmpty());
        // No temp files left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("a.json") });
    }

    void newFilesGetTheRequestedMode()
    {
        test::TestDir dir;
        WriteOptions opt;
        opt.newFileMode = 0640;
        QVERIFY(writeFileAtomically(dir.filePath(QStringLiteral("n.json")), "{}", opt));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("n.json"))), 0640);
    }

    void conflictLeavesTheFileAlone()
    {
        test::TestDir dir;
        const QString f = dir.createFile(QStringLiteral("s.json"), "{\"v\": 1}");
        const FileStamp read = FileStamp::ofContent(f, dir.read(f));
        // Someone else rewrites the file (different size).
        dir.createFile(QStringLiteral("s.json"), "{\"v\": 22}");
        WriteOptions opt;
        opt.expected = read;
        auto r = writeFileAtomically(f, "{\"v\": 3}", opt);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
        QCOMPARE(r.error().file, f);
        QCOMPARE(dir.read(f), QByteArray("{\"v\": 22}"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void sameBytesRewrittenIsNoConflict()
    {
        test::TestDir dir;
        const QString f = dir.createFile(QStringLiteral("s.json"), "{\"v\": 1}");
        const FileStamp read = FileStamp::ofContent(f, dir.read(f));
        QTest::qWait(5);
        QFile file(f);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate)); // in place, same bytes: mtime moves
        file.write("{\"v\": 1}");
        file.close();
        QVERIFY(checkUnchanged(f, read));
        dir.createFile(QStringLiteral("s.json"), "{\"v\": 2}"); // same size, other bytes
        QVERIFY(!checkUnchanged(f, read));
    }

    void deletedOrCreatedIsAConflict()
    {
        test::TestDir dir;
        const QString f = dir.createFile(QStringLiteral("s.json"), "1");
        const FileStamp read = FileStamp::stat(f);
        QFile::remove(f);
        QCOMPARE(checkUnchanged(f, read).error().kind, Error::Kind::Conflict);
        FileStamp absent;
        dir.createFile(QStringLiteral("s.json"), "2");
        QCOMPARE(checkUnchanged(f, absent).error().kind, Error::Kind::Conflict);
    }

    void symlinksStayInsideTheFolder()
    {
        test::TestDir outside;
        test::TestDir dir;
        const QString secret = outside.createFile(QStringLiteral("secret.json"), "keep");
        const QString link = dir.filePath(QStringLiteral("state.json"));
        QVERIFY(QFile::link(secret, link));
        WriteOptions opt;
        opt.confineTo = dir.path();
        auto r = writeFileAtomically(link, "overwritten", opt);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("symlink")));
        QCOMPARE(outside.read(QStringLiteral("secret.json")), QByteArray("keep"));
        // A link to a file inside the folder is written through, and stays a link.
        const QString real = dir.createFile(QStringLiteral("real.json"), "a");
        const QString inner = dir.filePath(QStringLiteral("inner.json"));
        QVERIFY(QFile::link(real, inner));
        QVERIFY(writeFileAtomically(inner, "b", opt));
        QVERIFY(QFileInfo(inner).isSymLink());
        QCOMPARE(dir.read(QStringLiteral("real.json")), QByteArray("b"));
    }

    // Issue 12/14: the stamp comes from the open file itself, and a FIFO is refused instead of waited on.
    void readFileStampedDescribesTheBytesRead()
    {
        test::TestDir dir;
        const QString f = dir.createFile(QStringLiteral("a.json"), "{\"a\": 1}\n");
        auto read = readFileStamped(f);
        QVERIFY(read);
        QCOMPARE(read->content, QByteArray("{\"a\": 1}\n"));
        QVERIFY(read->stamp.sameFile(FileStamp::stat(f)));
        QCOMPARE(read->stamp.hash, FileStamp::hashOf(read->content));
        // Replaced after the read: the stamp still describes what was read, so a check sees the change.
        dir.createFile(QStringLiteral("b.json"), "{\"a\": 22}\n");
        QVERIFY(::rename(QFile::encodeName(dir.filePath(QStringLiteral("b.json"))).constData(), QFile::encodeName(f).constData()) == 0);
        QVERIFY(!checkUnchanged(f, read->stamp));
        // Empty and missing files.
        const QString empty = dir.createFile(QStringLiteral("empty"), {});
        QCOMPARE(readFileStamped(empty)->content, QByteArray());
        QCOMPARE(readFileStamped(dir.filePath(QStringLiteral("missing"))).error().kind, Error::Kind::NotFound);
        // A FIFO: refused at once, naming the file.
        const QString fifo = dir.filePath(QStringLiteral("state.json"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        auto refused = readFileStamped(fifo);
        QVERIFY(!refused);
        QCOMPARE(refused.error().file, fifo);
        // A folder is not a regular file either.
        QVERIFY(!readFileStamped(dir.createDir(QStringLiteral("sub"))));
    }

    void failureNamesTheFileAndLeavesNoTemp()
    {
        test::TestDir dir;
        auto r = writeFileAtomically(dir.filePath(QStringLiteral("missing-folder/x.json")), "x");
        QVERIFY(!r);
        QVERIFY(r.error().toString().contains(QLatin1String("x.json")));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 0);
    }

    void lockHeldElsewhereSaysWho()
    {
        test::TestDir dir;
        const QString lockPath = dir.filePath(QStringLiteral("state.lock"));
        auto first = FileLock::acquire(lockPath);
        QVERIFY(first);
        // flock conflicts between open file descriptions, also within one process.
        auto second = FileLock::acquire(lockPath, 100);
        QVERIFY(!second);
        QCOMPARE(second.error().kind, Error::Kind::Busy);
        QVERIFY(second.error().message.startsWith(QLatin1String("busy, held by")));
        QVERIFY(second.error().message.contains(QStringLiteral("pid %1").arg(::getpid())));
        first->release();
        QVERIFY(FileLock::acquire(lockPath, 100));
        QVERIFY(QFileInfo::exists(lockPath)); // the sidecar stays; it is never replaced
    }
};

QTEST_GUILESS_MAIN(TestSafeWrite)
#include "tst_safewrite.moc"
