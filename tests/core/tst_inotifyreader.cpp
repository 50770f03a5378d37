// SPDX-License-Identifier: GPL-3.0-or-later
// InotifyReader on its own: the events a watched folder gives for each thing a writer does (create, write
// in place, close, rename over, remove, chmod, open for reading, a subfolder), delivered by the event loop
// and named by file; the end of a watch when the folder goes; errors for folders that cannot be watched.
#include "watch/inotifyreader.h"
#include "testdir.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <cerrno>
#include <cstdio>
#include <functional>

using namespace statelens;
using statelens::test::TestDir;

namespace {

using Action = std::function<void(TestDir&)>;

/// Collects the events of one reader.
struct Recorder
{
    QList<InotifyReader::Event> events;

    /// The flags of every event about `name`, or'ed together.
    quint32 flagsOf(const QString& name) const
    {
        quint32 f = 0;
        for (const InotifyReader::Event& e : events)
            if (e.name == name)
                f |= e.flags;
        return f;
    }
};

void write(const QString& path, const QByteArray& bytes, QIODevice::OpenMode mode)
{
    QFile f(path);
    if (!f.open(mode))
        qFatal("cannot open %s", qPrintable(path));
    f.write(bytes);
}

} // namespace

Q_DECLARE_METATYPE(Action)

class TestInotifyReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void events_data();
    void events();
    void drainReadsWhatIsQueued();
    void theFolderGoing();
    void removedWatchSaysNothingMore();
    void foldersThatCannotBeWatched();
    void theKernelLimit();
};

void TestInotifyReader::initTestCase()
{
    InotifyReader reader;
    QVERIFY2(reader.isValid(), qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().isEmpty());
}

void TestInotifyReader::events_data()
{
    QTest::addColumn<Action>("prepare");
    QTest::addColumn<Action>("act");
    QTest::addColumn<QString>("name");
    QTest::addColumn<quint32>("expected"); // all of these flags, or'ed over the events of `name`
    QTest::addColumn<quint32>("absent");   // none of these

    using R = InotifyReader;
    const Action nothing = [](TestDir&) {};
    const Action existing = [](TestDir& d) { d.createFile(QStringLiteral("w/state.json"), "{}"); };

    QTest::newRow("a file is created and written")
        << nothing << Action([](TestDir& d) { write(d.filePath(QStringLiteral("w/new.json")), "{}", QIODevice::WriteOnly); })
        << "new.json" << quint32(R::Created | R::Opened | R::Modified | R::ClosedWrite) << quint32(R::Gone | R::IsDir);
    QTest::newRow("written in place") << existing
        << Action([](TestDir& d) { write(d.filePath(QStringLiteral("w/state.json")), "[]", QIODevice::ReadWrite); })
        << "state.json" << quint32(R::Modified | R::ClosedWrite) << quint32(R::Created | R::Gone);
    QTest::newRow("opened for writing and closed") << existing
        << Action([](TestDir& d) {
               QFile f(d.filePath(QStringLiteral("w/state.json")));
               QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
           })
        << "state.json" << quint32(R::Opened | R::ClosedWrite) << quint32(R::Created);
    QTest::newRow("renamed over (an atomic write)") << existing
        << Action([](TestDir& d) {
               const QString tmp = d.createFile(QStringLiteral("elsewhere/state.json.tmp"), "{\"v\":2}");
               QCOMPARE(std::rename(QFile::encodeName(tmp).constData(),
                                    QFile::encodeName(d.filePath(QStringLiteral("w/state.json"))).constData()),
                        0);
           })
        << "state.json" << quint32(R::MovedIn) << quint32(R::Created | R::Modified);
    QTest::newRow("renamed away") << existing
        << Action([](TestDir& d) {
               QVERIFY(QFile::rename(d.filePath(QStringLiteral("w/state.json")), d.filePath(QStringLiteral("away.json"))));
           })
        << "state.json" << quint32(R::Gone) << quint32(R::MovedIn);
    QTest::newRow("removed") << existing
        << Action([](TestDir& d) { QVERIFY(QFile::remove(d.filePath(QStringLiteral("w/state.json")))); })
        << "state.json" << quint32(R::Gone) << quint32(R::FolderGone);
    QTest::newRow("chmod") << existing
        << Action([](TestDir& d) {
               QVERIFY(QFile::setPermissions(d.filePath(QStringLiteral("w/state.json")), QFileDevice::ReadOwner));
           })
        << "state.json" << quint32(R::Attrib) << quint32(R::Modified);
    QTest::newRow("read by someone") << existing
        << Action([](TestDir& d) {
               QFile f(d.filePath(QStringLiteral("w/state.json")));
               QVERIFY(f.open(QIODevice::ReadOnly));
               f.readAll();
           })
        << "state.json" << quint32(R::Opened | R::ClosedRead) << quint32(R::Modified | R::ClosedWrite);
    QTest::newRow("a subfolder") << nothing
        << Action([](TestDir& d) { QVERIFY(QDir().mkdir(d.filePath(QStringLiteral("w/tasks")))); })
        << "tasks" << quint32(R::Created | R::IsDir) << quint32(R::FolderGone);
}

void TestInotifyReader::events()
{
    QFETCH(Action, prepare);
    QFETCH(Action, act);
    QFETCH(QString, name);
    QFETCH(quint32, expected);
    QFETCH(quint32, absent);

    TestDir dir;
    dir.createDir(QStringLiteral("w"));
    prepare(dir);
    InotifyReader reader;
    Recorder rec;
    reader.setHandler([&](const InotifyReader::Event& e) { rec.events << e; });
    const int watch = reader.addFolder(dir.filePath(QStringLiteral("w")));
    QVERIFY(watch >= 0);
    act(dir);
    // Delivered from the event loop, with no drain() by the test.
    QTRY_VERIFY2((rec.flagsOf(name) & expected) == expected,
                 qPrintable(QStringLiteral("flags %1").arg(rec.flagsOf(name), 0, 16)));
    QCOMPARE(rec.flagsOf(name) & absent, 0u);
    for (const InotifyReader::Event& e : std::as_const(rec.events)) {
        QCOMPARE(e.watch, watch);
        QVERIFY(!(e.flags & InotifyReader::Overflow));
    }
}

void TestInotifyReader::drainReadsWhatIsQueued()
{
    TestDir dir;
    InotifyReader reader;
    Recorder rec;
    reader.setHandler([&](const InotifyReader::Event& e) { rec.events << e; });
    QVERIFY(reader.addFolder(dir.path()) >= 0);
    for (int i = 0; i < 50; ++i)
        dir.createFile(QStringLiteral("f%1.json").arg(i), "{}");
    reader.drain(); // synchronous: everything queued so far, without the event loop
    for (int i = 0; i < 50; ++i)
        QVERIFY(rec.flagsOf(QStringLiteral("f%1.json").arg(i)) & InotifyReader::Created);
    const qsizetype seen = rec.events.size();
    reader.drain(); // nothing more is queued
    QCOMPARE(rec.events.size(), seen);
}

void TestInotifyReader::theFolderGoing()
{
    TestDir dir;
    const QString watched = dir.createDir(QStringLiteral("w"));
    InotifyReader reader;
    Recorder rec;
    reader.setHandler([&](const InotifyReader::Event& e) { rec.events << e; });
    const int watch = reader.addFolder(watched);
    QVERIFY(watch >= 0);
    QVERIFY(QDir(watched).removeRecursively());
    QTRY_VERIFY(rec.flagsOf(QString()) & InotifyReader::FolderGone);
    for (const InotifyReader::Event& e : std::as_const(rec.events))
        if (e.flags & InotifyReader::FolderGone)
            QVERIFY(e.name.isEmpty()); // about the folder itself

    // Moved away counts as gone too.
    const QString moved = dir.createDir(QStringLiteral("m"));
    rec.events.clear();
    QVERIFY(reader.addFolder(moved) >= 0);
    QVERIFY(QDir().rename(moved, dir.filePath(QStringLiteral("m2"))));
    QTRY_VERIFY(rec.flagsOf(QString()) & InotifyReader::FolderGone);
}

void TestInotifyReader::removedWatchSaysNothingMore()
{
    TestDir dir;
    InotifyReader reader;
    Recorder rec;
    reader.setHandler([&](const InotifyReader::Event& e) { rec.events << e; });
    const int watch = reader.addFolder(dir.path());
    QVERIFY(watch >= 0);
    reader.removeWatch(watch);
    reader.drain();
    rec.events.clear(); // the kernel's IN_IGNORED for the removal itself
    dir.createFile(QStringLiteral("after.json"), "{}");
    reader.drain();
    QCOMPARE(rec.flagsOf(QStringLiteral("after.json")), 0u);
    reader.removeWatch(watch); // twice: harmless
    reader.removeWatch(-1);
}

void TestInotifyReader::foldersThatCannotBeWatched()
{
    TestDir dir;
    InotifyReader reader;
    QCOMPARE(reader.addFolder(dir.filePath(QStringLiteral("missing"))), -ENOENT);
    // Only folders: a file is refused.
    QCOMPARE(reader.addFolder(dir.createFile(QStringLiteral("file.json"), "{}")), -ENOTDIR);
    // The same folder twice is one watch.
    const int a = reader.addFolder(dir.path());
    QVERIFY(a >= 0);
    QCOMPARE(reader.addFolder(dir.path()), a);
}

void TestInotifyReader::theKernelLimit()
{
    QFile f(QStringLiteral("/proc/sys/fs/inotify/max_user_watches"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(InotifyReader::maxUserWatches(), f.readAll().trimmed().toInt());
    QVERIFY(InotifyReader::maxUserWatches() > 0);
}

QTEST_GUILESS_MAIN(TestInotifyReader)
#include "tst_inotifyreader.moc"
