// SPDX-License-Identifier: GPL-3.0-or-later
// The parts StateWatcher is built from, one class at a time: WatchScope (which folders and files belong to
// a watched state), TempFileTracker (temp files left behind by writers), listFolder (the one-fstatat scan)
// and remoteFileSystemName (where only polling sees changes).
#include "testdir.h"
#include "watch/folderlisting.h"
#include "watch/remotefilesystem.h"
#include "watch/tempfiletracker.h"
#include "watch/watchscope.h"

#include <QFile>
#include <QTest>

#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

using namespace statelens;
using namespace statelens::test;

namespace {
/// Sets the mtime of `path` to `secondsAgo` seconds in the past.
bool age(const QString& path, int secondsAgo)
{
    struct timeval now;
    ::gettimeofday(&now, nullptr);
    struct timeval times[2] = { { now.tv_sec - secondsAgo, 0 }, { now.tv_sec - secondsAgo, 0 } };
    return ::utimes(QFile::encodeName(path).constData(), times) == 0;
}
} // namespace

class TestWatchParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scopeFolders_data();
    void scopeFolders();
    void scopeIgnoresEscapingSubfolders();
    void scopeOfOneFile_data();
    void scopeOfOneFile();
    void trackerReportsOrphansOnce();
    void trackerForgetsWhatIsGone();
    void trackerReportsAReplacedTempAgain();
    void listFolderSeesFilesAndFolders();
    void listFolderOfAMissingFolder();
    void localFileSystemIsNotRemote();
};

void TestWatchParts::scopeFolders_data()
{
    QTest::addColumn<QStringList>("subfolders");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<bool>("included");

    const QStringList state { QStringLiteral("tasks"), QStringLiteral(".statelens/backups") };
    QTest::newRow("the root") << state << QString() << true;
    QTest::newRow("a listed subfolder") << state << QStringLiteral("tasks") << true;
    QTest::newRow("below a listed subfolder") << state << QStringLiteral("tasks/2026/11") << true;
    QTest::newRow("the folder leading to one") << state << QStringLiteral(".statelens") << true;
    QTest::newRow("a nested listed one") << state << QStringLiteral(".statelens/backups") << true;
    QTest::newRow("a sibling of the nested one") << state << QStringLiteral(".statelens/other") << false;
    QTest::newRow("a folder not listed") << state << QStringLiteral("node_modules") << false;
    QTest::newRow("a prefix that is not the folder") << state << QStringLiteral("tasks-old") << false;
    QTest::newRow("everything with *") << QStringList { QStringLiteral("*") } << QStringLiteral("any/thing") << true;
    QTest::newRow("nothing listed") << QStringList() << QStringLiteral("tasks") << false;
    QString deep = QStringLiteral("tasks");
    for (int i = 0; i < 33; ++i)
        deep += QStringLiteral("/d");
    QTest::newRow("deeper than 32 levels") << state << deep << false;
}

void TestWatchParts::scopeFolders()
{
    QFETCH(QStringList, subfolders);
    QFETCH(QString, folder);
    QFETCH(bool, included);
    TestDir dir;
    const WatchScope scope(dir.path(), true, subfolders);
    QCOMPARE(scope.root(), dir.path());
    const QString path = folder.isEmpty() ? dir.path() : dir.path() + u'/' + folder;
    QCOMPARE(scope.includesFolder(path), included);
    // Every file of an included folder belongs to a folder scope, temp files too.
    QVERIFY(scope.includesFile(path, QStringLiteral("x.json")));
    QVERIFY(scope.includesTemp(path, QStringLiteral(".x.json.tmp")));
}

void TestWatchParts::scopeIgnoresEscapingSubfolders()
{
    TestDir dir;
    const WatchScope scope(dir.path(), true,
                           { QStringLiteral("../elsewhere"), QStringLiteral("/etc"), QStringLiteral("."),
                             QStringLiteral("logs/../tasks") });
    QVERIFY(!scope.includesFolder(dir.path() + QStringLiteral("/../elsewhere")));
    QVERIFY(!scope.includesFolder(QStringLiteral("/etc")));
    QVERIFY(!scope.includesFolder(dir.path() + QStringLiteral("/logs")));
    QVERIFY(scope.includesFolder(dir.path() + QStringLiteral("/tasks"))); // cleaned
    QVERIFY(!scope.includesFolder(dir.path() + QStringLiteral("x"))); // a neighbour with the root as prefix
}

void TestWatchParts::scopeOfOneFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("file");
    QTest::addColumn<bool>("temp");

    QTest::newRow("the file") << QStringLiteral("state.json") << true << true;
    QTest::newRow("its temp") << QStringLiteral(".state.json.tmp.1234") << false << true;
    QTest::newRow("QSaveFile's temp") << QStringLiteral("state.json.XyZ123") << false << true;
    QTest::newRow("a neighbour") << QStringLiteral("other.json") << false << false;
    QTest::newRow("a neighbour's temp") << QStringLiteral(".other.json.tmp") << false << false;
}

void TestWatchParts::scopeOfOneFile()
{
    QFETCH(QString, name);
    QFETCH(bool, file);
    QFETCH(bool, temp);
    TestDir dir;
    const WatchScope scope(dir.filePath(QStringLiteral("state.json")), false, { QStringLiteral("*") });
    QCOMPARE(scope.root(), dir.path());
    QVERIFY(scope.includesFolder(dir.path()));
    QVERIFY(!scope.includesFolder(dir.filePath(QStringLiteral("tasks")))); // subfolders do not apply
    QCOMPARE(scope.includesFile(dir.path(), name), file);
    QCOMPARE(scope.includesTemp(dir.path(), name), temp);
    QVERIFY(!scope.includesFile(dir.filePath(QStringLiteral("sub")), QStringLiteral("state.json")));
}

void TestWatchParts::trackerReportsOrphansOnce()
{
    TestDir dir;
    const QString fresh = dir.createFile(QStringLiteral(".a.json.tmp"), "x");
    const QString old = dir.createFile(QStringLiteral(".b.json.tmp"), "y");
    QVERIFY(age(old, 120));
    TempFileTracker tracker;
    tracker.add(fresh);
    tracker.add(old);
    tracker.add(old); // seen again: still one
    QCOMPARE(tracker.count(), 2);
    QCOMPARE(tracker.takeOrphans(60'000), QStringList { old });
    QCOMPARE(tracker.takeOrphans(60'000), QStringList()); // reported once
    QCOMPARE(tracker.count(), 2); // still remembered, so it is not reported again
    tracker.remove(old);
    QCOMPARE(tracker.count(), 1);
    QCOMPARE(tracker.takeOrphans(0), QStringList { fresh });
}

void TestWatchParts::trackerForgetsWhatIsGone()
{
    TestDir dir;
    const QString temp = dir.createFile(QStringLiteral(".c.json.tmp"), "x");
    TempFileTracker tracker;
    tracker.add(temp);
    QVERIFY(QFile::remove(temp)); // the writer renamed it into place
    QCOMPARE(tracker.takeOrphans(0), QStringList());
    QCOMPARE(tracker.count(), 0);
}

void TestWatchParts::trackerReportsAReplacedTempAgain()
{
    TestDir dir;
    const QString temp = dir.createFile(QStringLiteral(".d.json.tmp"), "x");
    QVERIFY(age(temp, 120));
    TempFileTracker tracker;
    tracker.add(temp);
    QCOMPARE(tracker.takeOrphans(1000), QStringList { temp });
    // Another writer left a temp under the same name: another inode, another orphan. The old one is kept
    // open so that the new file cannot reuse its inode.
    QFile keep(temp);
    QVERIFY(keep.open(QIODevice::ReadOnly));
    QVERIFY(QFile::remove(temp));
    dir.createFile(QStringLiteral(".d.json.tmp"), "again");
    QVERIFY(age(temp, 120));
    QCOMPARE(tracker.takeOrphans(1000), QStringList { temp });
}

void TestWatchParts::listFolderSeesFilesAndFolders()
{
    TestDir dir;
    dir.createFile(QStringLiteral("state.json"), "{}");
    dir.createFile(QStringLiteral(".hidden"), "12345");
    dir.createDir(QStringLiteral("tasks"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("tasks")), dir.filePath(QStringLiteral("link-to-tasks"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("state.json")), dir.filePath(QStringLiteral("link.json"))));
    const auto listed = listFolder(dir.path());
    QVERIFY(listed.has_value());
    QHash<QString, FolderEntry> byName;
    for (const FolderEntry& e : *listed)
        byName.insert(e.name, e);
    QVERIFY(byName.contains(QStringLiteral("state.json")));
    QVERIFY(!byName.value(QStringLiteral("state.json")).isFolder);
    QCOMPARE(byName.value(QStringLiteral("state.json")).stamp.size, 2);
    QCOMPARE(byName.value(QStringLiteral(".hidden")).stamp.size, 5);
    QVERIFY(byName.value(QStringLiteral("tasks")).isFolder);
    QVERIFY(!byName.contains(QStringLiteral("link-to-tasks"))); // links to folders are not followed
    QVERIFY(byName.contains(QStringLiteral("link.json")));      // links to files are, with the file's stamp
    QCOMPARE(byName.value(QStringLiteral("link.json")).stamp.inode,
             byName.value(QStringLiteral("state.json")).stamp.inode);
    QVERIFY(!byName.contains(QStringLiteral(".")) && !byName.contains(QStringLiteral("..")));
}

void TestWatchParts::listFolderOfAMissingFolder()
{
    TestDir dir;
    QVERIFY(!listFolder(dir.filePath(QStringLiteral("gone"))).has_value());
    const QString file = dir.createFile(QStringLiteral("plain"), "x");
    QVERIFY(!listFolder(file).has_value());
}

void TestWatchParts::localFileSystemIsNotRemote()
{
    TestDir dir;
    QCOMPARE(remoteFileSystemName(dir.path()), QString());
    QCOMPARE(remoteFileSystemName(dir.filePath(QStringLiteral("does/not/exist"))), QString());
}

QTEST_GUILESS_MAIN(TestWatchParts)
#include "tst_watchparts.moc"
