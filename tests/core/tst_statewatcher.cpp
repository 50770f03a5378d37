// SPDX-License-Identifier: GPL-3.0-or-later
// StateWatcher and SqliteDataVersionWatcher against real writer processes (tests/helpers/writer_files.cpp).
#include "testdir.h"
#include "watch/settlerule.h"
#include "watch/sqlitedataversionwatcher.h"
#include "watch/statewatcher.h"
#include "watch/tempfilenames.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTest>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <fcntl.h>
#include <sys/stat.h>

using namespace statelens;
using statelens::test::TestDir;

namespace {

/// What a consumer of StateWatcher sees: the last content of each file, read with FileChange::readContent().
struct Consumer
{
    QHash<QString, QByteArray> content;
    QHash<QString, FileChange::Kind> lastKind;
    QSet<QString> paths;
    QStringList torn; ///< reported versions that were not valid JSON
    int superseded = 0;

    void attach(StateWatcher& watcher)
    {
        QObject::connect(
            &watcher, &StateWatcher::filesChanged, &watcher, [this](const QList<FileChange>& changes) {
                for (const FileChange& c : changes) {
                    paths.insert(c.path);
                    lastKind.insert(c.path, c.kind);
                    if (c.kind == FileChange::Kind::Removed) {
                        content.remove(c.path);
                        continue;
                    }
                    Result<QByteArray> data = c.readContent();
                    if (!data) {
                        QCOMPARE(data.error().kind, Error::Kind::Conflict); // a newer report follows
                        ++superseded;
                        continue;
                    }
                    QJsonParseError error;
                    QJsonDocument::fromJson(*data, &error);
                    if (c.path.endsWith(QLatin1String(".json")) && error.error != QJsonParseError::NoError)
                        torn.append(c.path
                            + QStringLiteral(" (%1 bytes read, stamp %2 bytes, mtime %3, inode %4)")
                                  .arg(data->size())
                                  .arg(c.stamp.size)
                                  .arg(c.stamp.mtimeNs)
                                  .arg(c.stamp.inode));
                    content.insert(c.path, *data);
                }
            });
    }

    int seq(const QString& path) const
    {
        if (!content.contains(path))
            return -1;
        return QJsonDocument::fromJson(content.value(path)).object().value(QLatin1String("seq")).toInt(-1);
    }
};

/// Runs writer_files with `args` while the event loop keeps running; true when it exited with 0.
bool runWriter(const QStringList& args)
{
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QSignalSpy finished(&writer, &QProcess::finished);
    writer.start(TestDir::programPath(QStringLiteral("writer_files")), args);
    if (!writer.waitForStarted(10000))
        return false;
    if (!finished.wait(240000))
        return false;
    return writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0;
}

QByteArray writerContent(int file, int seq)
{
    return QByteArray("{\n  \"file\": ") + QByteArray::number(file)
        + ",\n  \"pad\": \"\",\n  \"seq\": " + QByteArray::number(seq) + "\n}";
}

WatchSettings settingsFor(bool polling)
{
    WatchSettings s;
    s.forcePolling = polling;
    s.pollIntervalMs = 100;
    s.settleMs = 250; // generous: a polled in-place writer must finish its two write() calls meanwhile
    return s;
}

void setOld(const QString& path)
{
    struct timespec times[2];
    ::clock_gettime(CLOCK_REALTIME, &times[0]);
    times[0].tv_sec -= 3600;
    times[1] = times[0];
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0);
}

} // namespace

class TestStateWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tempFileNames();
    void settleRule();
    void modes_data() { pollingRows(); }
    void modes();
    void renameReplaces_data() { pollingRows(); }
    void renameReplaces();
    void inPlaceTaskFiles_data() { pollingRows(); }
    void inPlaceTaskFiles();
    void newFilesInSubfolders_data() { pollingRows(); }
    void newFilesInSubfolders();
    void burstOfNewFiles_data() { pollingRows(); }
    void burstOfNewFiles();
    void tempFilesIgnored_data() { pollingRows(); }
    void tempFilesIgnored();
    void orphanAfterGracePeriod_data() { pollingRows(); }
    void orphanAfterGracePeriod();
    void pauseAndResume_data() { pollingRows(); }
    void pauseAndResume();
    void sqliteDataVersion();

private:
    void pollingRows()
    {
        QTest::addColumn<bool>("polling");
        QTest::newRow("inotify") << false;
        QTest::newRow("polling") << true;
    }
};

void TestStateWatcher::tempFileNames()
{
    TestDir dir;
    const QString d = dir.createDir(QStringLiteral("app"));
    dir.createFile(QStringLiteral("app/state.json"), "{}");
    QVERIFY(isAtomicWriterTempName(d, QStringLiteral(".counter.json.ab12cd34.tmp")));
    QVERIFY(isAtomicWriterTempName(d, QStringLiteral(".batch_state_k2j4h5.tmp")));
    QVERIFY(isAtomicWriterTempName(d, QStringLiteral(".state.json.statelens-3fa2.tmp")));
    QVERIFY(isAtomicWriterTempName(d, QStringLiteral("state.json.YmnUML")));
    QVERIFY(!isAtomicWriterTempName(d, QStringLiteral("other.json.YmnUML"))); // no such target
    QVERIFY(!isAtomicWriterTempName(d, QStringLiteral("state.json.backup")));
    QVERIFY(!isAtomicWriterTempName(d, QStringLiteral("state.json")));
    QVERIFY(!isAtomicWriterTempName(d, QStringLiteral("notes.tmp")));
    QVERIFY(!isAtomicWriterTempName(d, QStringLiteral("state.backup.1795260926847.json")));
}

void TestStateWatcher::settleRule()
{
    WatchSettings s;
    SettleInput in;
    in.stamp.exists = true;
    in.inotify = true;
    in.movedIn = true;
    QVERIFY(isSettled(in, s)); // renamed into place: complete at once
    in.movedIn = false;
    in.mtimeAgeMs = 1;
    QVERIFY(!isSettled(in, s)); // closed, but a later write could still get the same mtime
    in.mtimeAgeMs = s.timestampGranularityMs;
    QVERIFY(isSettled(in, s));
    in.writing = true;
    in.stableForMs = s.settleMs;
    QVERIFY(!isSettled(in, s)); // still open for writing
    in.stableForMs = s.openWriteSettleMs;
    QVERIFY(isSettled(in, s));
    in.inotify = false;
    in.writing = false;
    in.stableForMs = s.settleMs - 1;
    QVERIFY(!isSettled(in, s)); // polled: only stability tells
    in.pendingForMs = s.maxHoldMs;
    QVERIFY(isSettled(in, s));
    in = {};
    QVERIFY(isSettled(in, s)); // removed
}

void TestStateWatcher::modes()
{
    QFETCH(bool, polling);
    TestDir dir;
    const QString root
        = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"), QStringLiteral("state"));
    StateWatcher watcher;
    watcher.setSettings(settingsFor(polling));
    QCOMPARE(watcher.mode(), StateWatcher::Mode::Inactive);
    QVERIFY(
        watcher.watch(root, { QStringLiteral("tasks"), QStringLiteral("logs"), QStringLiteral("reports") })
            .ok());
    QCOMPARE(watcher.mode(), polling ? StateWatcher::Mode::Polling : StateWatcher::Mode::Inotify);
    QVERIFY(!watcher.modeDescription().isEmpty());
    QCOMPARE(watcher.folderCount(), 4);
    QCOMPARE(watcher.inotifyWatchCount(), polling ? 0 : 4);
    QVERIFY(watcher.knownFiles().contains(root + QStringLiteral("/state.json")));
    QVERIFY(!watcher.watch(dir.filePath(QStringLiteral("missing")), {}).ok());
    QCOMPARE(watcher.mode(), StateWatcher::Mode::Inactive);

    // A watch budget of one folder leaves the others to polling.
    WatchSettings small = settingsFor(false);
    small.watchBudget = 1;
    watcher.setSettings(small);
    QVERIFY(watcher.watch(root, { QStringLiteral("tasks") }).ok());
    QCOMPARE(watcher.mode(), StateWatcher::Mode::Mixed);
    QCOMPARE(watcher.inotifyWatchCount(), 1);
}

void TestStateWatcher::renameReplaces()
{
    QFETCH(bool, polling);
    TestDir dir;
    const QString file = dir.createFile(QStringLiteral("app/counter.json"), writerContent(0, 0), 0600);
    StateWatcher watcher;
    watcher.setSettings(settingsFor(polling));
    QVERIFY(watcher.watch(file).ok());
    Consumer consumer;
    consumer.attach(watcher);

    // 1,000 replaces in a row (temp file, fsync, rename over): the watch survives and ends on the last one.
    QVERIFY(runWriter({ QStringLiteral("replace"), dir.filePath(QStringLiteral("app")),
        QStringLiteral("counter.json"), QStringLiteral("1000") }));
    QTRY_COMPARE_WITH_TIMEOUT(consumer.seq(file), 1000, 30000);
    QVERIFY(runWriter({ QStringLiteral("replace"), dir.filePath(QStringLiteral("app")),
        QStringLiteral("counter.json"), QStringLiteral("1") }));
    QTRY_COMPARE_WITH_TIMEOUT(consumer.seq(file), 1, 30000);

    QCOMPARE(consumer.paths, QSet<QString> { file }); // never a temp file
    QCOMPARE(consumer.lastKind.value(file), FileChange::Kind::Replaced);
    QVERIFY2(consumer.torn.isEmpty(), qPrintable(consumer.torn.join(u' ')));
}

void TestStateWatcher::inPlaceTaskFiles()
{
    QFETCH(bool, polling);
    TestDir dir;
    const QString root
        = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"), QStringLiteral("state"));
    const int files = 20;
    const int writes = 400;
    for (int k = 0; k < files; ++k)
        dir.createFile(QStringLiteral("state/tasks/task-%1.json").arg(k), writerContent(k, 0));
    StateWatcher watcher;
    watcher.setSettings(settingsFor(polling));
    QVERIFY(watcher.watch(root, { QStringLiteral("tasks") }).ok());
    Consumer consumer;
    consumer.attach(watcher);

    // Like the coding-agent server: open with O_TRUNC, write, close; never a rename.
    QVERIFY(runWriter({ QStringLiteral("inplace"), root, QStringLiteral("tasks/task-%1.json"),
        QString::number(writes), QString::number(files) }));
    for (int k = 0; k < files; ++k) {
        const QString path = root + QStringLiteral("/tasks/task-%1.json").arg(k);
        QTRY_COMPARE_WITH_TIMEOUT(consumer.seq(path), writes - files + k + 1, 30000);
        QCOMPARE(consumer.lastKind.value(path), FileChange::Kind::Modified);
    }
    QCOMPARE(consumer.paths.size(), files); // the real task files were not touched
    QVERIFY2(consumer.torn.isEmpty(), qPrintable(consumer.torn.join(u' ')));
}

void TestStateWatcher::newFilesInSubfolders()
{
    QFETCH(bool, polling);
    TestDir dir;
    const QString root
        = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"), QStringLiteral("state"));
    StateWatcher watcher;
    watcher.setSettings(settingsFor(polling));
    QVERIFY(
        watcher.watch(root, { QStringLiteral("tasks"), QStringLiteral("logs"), QStringLiteral(".claude") })
            .ok());
    Consumer consumer;
    consumer.attach(watcher);

    QVERIFY(runWriter(
        { QStringLiteral("inplace"), root, QStringLiteral("node_modules/x.json"), QStringLiteral("1") }));
    QVERIFY(runWriter({ QStringLiteral("replace"), root, QStringLiteral(".claude/batch_state.json"),
        QStringLiteral("3") }));
    QVERIFY(runWriter({ QStringLiteral("inplace"), root, QStringLiteral("tasks/archive/2024/old-%1.json"),
        QStringLiteral("3"), QStringLiteral("3") }));
    QVERIFY(runWriter(
        { QStringLiteral("inplace"), root, QStringLiteral("logs/session_new.log"), QStringLiteral("1") }));

    const QString batch = root + QStringLiteral("/.claude/batch_state.json");
    QTRY_COMPARE_WITH_TIMEOUT(consumer.seq(batch), 3, 30000);
    for (int k = 0; k < 3; ++k)
        QTRY_COMPARE_WITH_TIMEOUT(
            consumer.seq(root + QStringLiteral("/tasks/archive/2024/old-%1.json").arg(k)), k + 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(consumer.paths.contains(root + QStringLiteral("/logs/session_new.log")), 30000);
    QVERIFY(!consumer.paths.contains(root + QStringLiteral("/node_modules/x.json"))); // not a watched folder
    QVERIFY(watcher.knownFiles().contains(batch));
}

void TestStateWatcher::burstOfNewFiles()
{
    QFETCH(bool, polling);
    TestDir dir;
    const QString root = dir.createDir(QStringLiteral("state"));
    dir.createDir(QStringLiteral("state/tasks"));
    StateWatcher watcher;
    watcher.setSettings(settingsFor(polling));
    QVERIFY(watcher.watch(root, { QStringLiteral("tasks") }).ok());
    QSet<QString> added;
    connect(&watcher, &StateWatcher::filesChanged, this, [&added](const QList<FileChange>& changes) {
        for (const FileChange& c : changes) {
            if (c.kind == FileChange::Kind::Added)
                added.insert(c.path);
        }
    });

    const int count = 500;
    QVERIFY(runWriter(
        { QStringLiteral("burst"), root, QStringLiteral("tasks/burst-%1.json"), QString::number(count) }));
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), count, 30000);
    const auto known = watcher.knownFiles();
    for (int i = 1; i <= count; ++i) {
        const QString path = root + QStringLiteral("/tasks/burst-%1.json").arg(i);
        QVERIFY2(added.contains(path), qPrintable(path));
        QVERIFY(known.value(path).sameFile(FileStamp::stat(path))); // the final state, not an early one
    }
}

void TestStateWatcher::tempFilesIgnored()
{
    QFETCH(bool, polling);
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("statefulobject/app"), QStringLiteral("app"));
    dir.createDir(QStringLiteral("app/.claude"));
    const QString old = dir.createFile(QStringLiteral("app/.lost.json.k3j5h6g7.tmp"), "{\"half");
    setOld(old);
    StateWatcher watcher;
    watcher.setSettings(settingsFor(polling));
    QVERIFY(watcher.watch(root, { QStringLiteral(".claude") }).ok());
    Consumer consumer;
    consumer.attach(watcher);
    QSignalSpy orphans(&watcher, &StateWatcher::orphanTempFile);

    // Fresh temp files of every kind of writer, while their writers are "at work".
    const QStringList fresh = {
        dir.createFile(QStringLiteral("app/.counter.json.ab12cd34.tmp"), "{"),
        dir.createFile(QStringLiteral("app/.claude/.batch_state_x1y2z3.tmp"), "{"),
        dir.createFile(QStringLiteral("app/.state.json.statelens-3fa2.tmp"), "{"),
    };
    QSaveFile save(root + QStringLiteral("/state.json"));
    QVERIFY(save.open(QIODevice::WriteOnly));
    save.write("{\"version\": 2, \"config\": {\"theme\": \"dark\"}, \"seq\": 7}");
    QVERIFY(
        runWriter({ QStringLiteral("replace"), root, QStringLiteral("counter.json"), QStringLiteral("50") }));
    QVERIFY(save.commit());
    QTRY_COMPARE_WITH_TIMEOUT(consumer.seq(root + QStringLiteral("/counter.json")), 50, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(consumer.seq(root + QStringLiteral("/state.json")), 7, 30000);

    for (const QString& p : std::as_const(consumer.paths))
        QVERIFY2(!p.endsWith(QLatin1String(".tmp")) && p.endsWith(QLatin1String(".json")), qPrintable(p));
    // The temp file left from long ago is an orphan; the fresh ones are not (grace period 10 s).
    QTRY_VERIFY_WITH_TIMEOUT(!orphans.isEmpty(), 30000);
    for (const QList<QVariant>& args : std::as_const(orphans))
        QCOMPARE(args.at(0).toString(), old);
}

void TestStateWatcher::orphanAfterGracePeriod()
{
    QFETCH(bool, polling);
    TestDir dir;
    const QString root = dir.createDir(QStringLiteral("app"));
    WatchSettings s = settingsFor(polling);
    s.orphanGraceMs = 300;
    StateWatcher watcher;
    watcher.setSettings(s);
    QVERIFY(watcher.watch(root).ok());
    QSignalSpy orphans(&watcher, &StateWatcher::orphanTempFile);
    const QString temp = dir.createFile(QStringLiteral("app/.counter.json.zz99yy88.tmp"), "{\"count\":");
    QTRY_COMPARE_WITH_TIMEOUT(orphans.size(), 1, 30000);
    QCOMPARE(orphans.at(0).at(0).toString(), temp);
}

void TestStateWatcher::pauseAndResume()
{
    QFETCH(bool, polling);
    TestDir dir;
    const QString root = dir.createDir(QStringLiteral("state"));
    StateWatcher watcher;
    watcher.setSettings(settingsFor(polling));
    QVERIFY(watcher.watch(root, { QStringLiteral("tasks") }).ok());
    Consumer consumer;
    consumer.attach(watcher);
    watcher.pause();
    QVERIFY(runWriter({ QStringLiteral("inplace"), root, QStringLiteral("tasks/t-%1.json"),
        QStringLiteral("10"), QStringLiteral("5") }));
    QVERIFY(consumer.paths.isEmpty()); // nothing reported while paused
    watcher.resume();
    for (int k = 0; k < 5; ++k)
        QTRY_COMPARE_WITH_TIMEOUT(
            consumer.seq(root + QStringLiteral("/tasks/t-%1.json").arg(k)), k + 6, 30000);
}

void TestStateWatcher::sqliteDataVersion()
{
    TestDir dir;
    const QString folder = dir.copySample(QStringLiteral("rs-llmspell/data"), QStringLiteral("data"));
    const QString path = folder + QStringLiteral("/llmspell.db");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS probe(id INTEGER PRIMARY KEY, v TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO probe(v) VALUES ('a')")));

        SqliteDataVersionWatcher watcher;
        QVERIFY(watcher.watch(path, 50).ok());
        QVERIFY(watcher.connectionName() != QStringLiteral("writer"));
        SqliteDataVersionWatcher other;
        QVERIFY(other.watch(path, 50).ok());
        QVERIFY(other.connectionName() != watcher.connectionName());
        watcher.check();
        const qint64 before = watcher.dataVersion();
        QVERIFY(before >= 0);
        QSignalSpy changed(&watcher, &SqliteDataVersionWatcher::changed);

        QVERIFY(q.exec(QStringLiteral("UPDATE kv_store SET updated_at = updated_at + 1")));
        QVERIFY(changed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.dataVersion() != before, 30000);

        const qint64 second = watcher.dataVersion();
        QVERIFY(q.exec(QStringLiteral("UPDATE probe SET v = 'b'")));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.dataVersion() != second, 30000);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
}

QTEST_GUILESS_MAIN(TestStateWatcher)
#include "tst_statewatcher.moc"
