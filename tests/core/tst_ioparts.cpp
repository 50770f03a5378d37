// SPDX-License-Identifier: GPL-3.0-or-later
// The io layer's small parts, one class at a time: FileStamp (what identifies one version of a file) and
// FileChange (a settled change, read back only if it is still that version).
#include "io/filechange.h"
#include "io/filestamp.h"
#include "io/safewrite.h"
#include "testdir.h"

#include <QFile>
#include <QTest>

#include <sys/stat.h>
#include <sys/time.h>

using namespace statelens;
using namespace statelens::test;

namespace {
bool setMtime(const QString& path, qint64 seconds)
{
    struct timeval times[2] = { { seconds, 0 }, { seconds, 0 } };
    return ::utimes(QFile::encodeName(path).constData(), times) == 0;
}

/// Rewrites `path` in place (same inode) with `content`.
bool rewriteInPlace(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

FileChange changeOf(const QString& path, FileChange::Kind kind)
{
    FileChange c;
    c.path = path;
    c.kind = kind;
    c.stamp = FileStamp::stat(path);
    return c;
}
} // namespace

class TestIoParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stampOfAMissingFile();
    void stampTellsVersionsApart_data();
    void stampTellsVersionsApart();
    void stampOfContentHashesTheBytesRead();
    void hashIsAFingerprint();
    void changeReadsTheReportedVersion();
    void changeOfAFileThatChangedAgainIsAConflict();
    void removedChangeIsNotFound();
    void kindNames();
};

void TestIoParts::stampOfAMissingFile()
{
    TestDir dir;
    const FileStamp a = FileStamp::stat(dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(!a.exists);
    QCOMPARE(a.size, 0);
    // Two missing files are the same "version": nothing.
    QVERIFY(a.sameFile(FileStamp::stat(dir.filePath(QStringLiteral("other.json")))));
    const QString file = dir.createFile(QStringLiteral("x.json"), "{}");
    QVERIFY(!a.sameFile(FileStamp::stat(file)));
}

void TestIoParts::stampTellsVersionsApart_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("same");
    QTest::newRow("untouched") << QStringLiteral("none") << true;
    QTest::newRow("rewritten in place, other size") << QStringLiteral("grow") << false;
    QTest::newRow("rewritten in place, same size, other mtime") << QStringLiteral("touch") << false;
    QTest::newRow("replaced by rename") << QStringLiteral("rename") << false;
    QTest::newRow("removed") << QStringLiteral("remove") << false;
}

void TestIoParts::stampTellsVersionsApart()
{
    QFETCH(QString, how);
    QFETCH(bool, same);
    TestDir dir;
    const QString file = dir.createFile(QStringLiteral("state.json"), "{\"a\":1}");
    QVERIFY(setMtime(file, 1'700'000'000));
    const FileStamp before = FileStamp::stat(file);
    QVERIFY(before.exists);
    QCOMPARE(before.size, 7);
    QCOMPARE(before.mtimeNs, 1'700'000'000LL * 1'000'000'000LL);
    QVERIFY(before.inode != 0);
    QVERIFY(before.hash.isEmpty()); // stat() does not read the content
    if (how == u"grow") {
        QVERIFY(rewriteInPlace(file, "{\"a\":10}"));
        QVERIFY(setMtime(file, 1'700'000'000)); // even with the old mtime put back
    } else if (how == u"touch") {
        QVERIFY(rewriteInPlace(file, "{\"a\":2}"));
        QVERIFY(setMtime(file, 1'700'000'001));
    } else if (how == u"rename") {
        QVERIFY(writeFileAtomically(file, "{\"a\":1}"));
        QVERIFY(setMtime(file, 1'700'000'000)); // same bytes, same size and mtime: another inode
    } else if (how == u"remove") {
        QVERIFY(QFile::remove(file));
    }
    const FileStamp after = FileStamp::stat(file);
    QCOMPARE(before.sameFile(after), same);
    QCOMPARE(after.sameFile(before), same);
}

void TestIoParts::stampOfContentHashesTheBytesRead()
{
    TestDir dir;
    const QString file = dir.createFile(QStringLiteral("state.json"), "{\"a\":1}");
    const FileStamp s = FileStamp::ofContent(file, "{\"a\":1}");
    QVERIFY(s.exists);
    QCOMPARE(s.size, 7);
    QCOMPARE(s.hash, FileStamp::hashOf("{\"a\":1}"));
    QVERIFY(s.sameFile(FileStamp::stat(file))); // the hash does not take part in sameFile()
}

void TestIoParts::hashIsAFingerprint()
{
    const QByteArray a = FileStamp::hashOf("{\"a\":1}");
    QCOMPARE(a.size(), qsizetype(2 * sizeof(size_t)));
    QCOMPARE(FileStamp::hashOf("{\"a\":1}"), a); // stable within the process
    QVERIFY(FileStamp::hashOf("{\"a\":2}") != a);
    QVERIFY(FileStamp::hashOf("{\"a\":1} ") != a);
    QVERIFY(FileStamp::hashOf(QByteArrayView()) != a);
    QByteArray big(1 << 20, 'x');
    const QByteArray h1 = FileStamp::hashOf(big);
    big[1 << 19] = 'y'; // one byte in the middle of a megabyte
    QVERIFY(FileStamp::hashOf(big) != h1);
}

void TestIoParts::changeReadsTheReportedVersion()
{
    TestDir dir;
    const QString file = dir.createFile(QStringLiteral("tasks/t1.json"), "{\"status\":\"done\"}");
    const FileChange c = changeOf(file, FileChange::Kind::Added);
    auto content = c.readContent();
    QVERIFY2(content, qPrintable(content ? QString() : content.error().toString()));
    QCOMPARE(content.value(), QByteArray("{\"status\":\"done\"}"));
}

void TestIoParts::changeOfAFileThatChangedAgainIsAConflict()
{
    TestDir dir;
    const QString file = dir.createFile(QStringLiteral("state.json"), "{\"v\":1}");
    const FileChange c = changeOf(file, FileChange::Kind::Modified);
    QVERIFY(writeFileAtomically(file, "{\"v\":2}")); // a writer at work: the reported version is gone
    auto content = c.readContent();
    QVERIFY(!content);
    QCOMPARE(content.error().kind, Error::Kind::Conflict);
    QVERIFY(content.error().toString().contains(file));
}

void TestIoParts::removedChangeIsNotFound()
{
    TestDir dir;
    const QString file = dir.createFile(QStringLiteral("state.json"), "{}");
    QVERIFY(QFile::remove(file));
    const FileChange c = changeOf(file, FileChange::Kind::Removed);
    auto content = c.readContent();
    QVERIFY(!content);
    QCOMPARE(content.error().kind, Error::Kind::NotFound);
    QVERIFY(content.error().toString().contains(file));
}

void TestIoParts::kindNames()
{
    QCOMPARE(QByteArray(FileChange::kindName(FileChange::Kind::Added)), QByteArray("added"));
    QCOMPARE(QByteArray(FileChange::kindName(FileChange::Kind::Modified)), QByteArray("modified"));
    QCOMPARE(QByteArray(FileChange::kindName(FileChange::Kind::Removed)), QByteArray("removed"));
    QCOMPARE(QByteArray(FileChange::kindName(FileChange::Kind::Replaced)), QByteArray("replaced"));
}

QTEST_GUILESS_MAIN(TestIoParts)
#include "tst_ioparts.moc"
