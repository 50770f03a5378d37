// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces every partial reload is made of (sources/partialreload.h): what reading one reported file
// gives (parsed, gone, skipped because it is being written, deferred because it does not parse), task
// positions in a list sorted by file, and the task delta, checked against diffTasks() as a reference on
// random edits of the coding-agent sample's task list.
#include "sources/partialreload.h"
#include "testdir.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace statelens;
using namespace statelens::reload;
using statelens::test::TestDir;

Q_DECLARE_METATYPE(statelens::reload::ReadFile::Outcome)
Q_DECLARE_METATYPE(statelens::Error::Kind)

namespace {

Task taskAt(const QString& file, const QString& id, const QByteArray& json = "{}")
{
    Task t;
    t.file = file;
    t.id = id;
    t.value = ValueRef::fromValue(json::JsonValue::parse(json).value());
    return t;
}

QList<Task> tasksOf(const QStringList& files)
{
    QList<Task> out;
    for (const QString& f : files)
        out << taskAt(f, QStringLiteral("id-") + f);
    return out;
}

QStringList filesOf(const QList<Task>& tasks)
{
    QStringList out;
    for (const Task& t : tasks)
        out << t.file;
    return out;
}

} // namespace

class TestPartialReload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readChanged_data();
    void readChanged();
    void aRemovedChangeIsGoneWithoutReading();
    void aFileThatVanishedOrChangedAfterTheReportIsSkipped();
    void aMissingFileIsGone();
    void findAndInsertPosition_data();
    void findAndInsertPosition();
    void unsortedListsAreSearchedToo();
    void taskDeltaMatchesDiffTasks();
    void taskDeltaOnTheSample();
    void dropProblemsOfOneFile();
    void lightCopyLeavesOutTasksAndStamps();
};

void TestPartialReload::readChanged_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("requireObject");
    QTest::addColumn<ReadFile::Outcome>("outcome");
    QTest::addColumn<Error::Kind>("errorKind");
    QTest::addColumn<int>("line");

    const auto parsed = ReadFile::Outcome::Parsed;
    const auto deferred = ReadFile::Outcome::Deferred;
    QTest::newRow("object") << QByteArray(R"({"id": "t1"})") << true << parsed << Error::Kind::Io << 0;
    QTest::newRow("array allowed") << QByteArray("[1, 2]") << false << parsed << Error::Kind::Io << 0;
    QTest::newRow("array where an object must be") << QByteArray("[1, 2]") << true << deferred << Error::Kind::Parse << 0;
    QTest::newRow("scalar where an object must be") << QByteArray("42") << true << deferred << Error::Kind::Parse << 0;
    QTest::newRow("empty (caught mid-save)") << QByteArray() << false << deferred << Error::Kind::Parse << 0;
    QTest::newRow("truncated") << QByteArray("{\n  \"id\": \"t1\",\n  \"status\": ") << false << deferred
                               << Error::Kind::Parse << 3;
    QTest::newRow("not JSON") << QByteArray("{\n  id: 1\n}") << false << deferred << Error::Kind::Parse << 2;
}

void TestPartialReload::readChanged()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, requireObject);
    QFETCH(ReadFile::Outcome, outcome);
    QFETCH(Error::Kind, errorKind);
    QFETCH(int, line);

    TestDir dir;
    FileChange change;
    change.path = dir.createFile(QStringLiteral("tasks/t1.json"), content);
    change.kind = FileChange::Kind::Modified;
    change.stamp = FileStamp::stat(change.path);

    QList<DeferredFile> deferred { DeferredFile { QStringLiteral("/earlier.json"), {}, {} } };
    const ReadFile read = reload::readChanged(change, deferred, requireObject);
    QCOMPARE(read.outcome, outcome);
    if (outcome == ReadFile::Outcome::Parsed) {
        QVERIFY(read.doc);
        QCOMPARE(read.doc->raw(0).toByteArray(), content);
        QCOMPARE(read.stamp.hash, FileStamp::hashOf(content)); // the version read, with its hash
        QVERIFY(read.stamp.sameFile(change.stamp));
        QCOMPARE(deferred.size(), 1); // nothing added
        return;
    }
    QVERIFY(!read.doc);
    // Deferred: appended to the list (what was there stays), naming the file and the version.
    QCOMPARE(deferred.size(), 2);
    const DeferredFile& d = deferred.last();
    QCOMPARE(d.path, change.path);
    QVERIFY(d.stamp.sameFile(change.stamp));
    QCOMPARE(d.error.kind, errorKind);
    QCOMPARE(d.error.file, change.path);
    QVERIFY(!d.error.message.isEmpty());
    if (line > 0)
        QCOMPARE(d.error.line, line);
}

void TestPartialReload::aRemovedChangeIsGoneWithoutReading()
{
    TestDir dir;
    FileChange change;
    // The file is even there again: a Removed report is taken as it is, the newer report follows.
    change.path = dir.createFile(QStringLiteral("t.json"), "{}");
    change.kind = FileChange::Kind::Removed;
    QList<DeferredFile> deferred;
    const ReadFile read = reload::readChanged(change, deferred);
    QCOMPARE(read.outcome, ReadFile::Outcome::Gone);
    QVERIFY(!read.doc);
    QVERIFY(deferred.isEmpty());
}

void TestPartialReload::aFileThatVanishedOrChangedAfterTheReportIsSkipped()
{
    TestDir dir;
    FileChange change;
    change.path = dir.createFile(QStringLiteral("t.json"), R"({"v": 1})");
    change.kind = FileChange::Kind::Modified;
    change.stamp = FileStamp::stat(change.path);
    QList<DeferredFile> deferred;

    // Written again (another size) after the report: not this version; the newer report will come.
    dir.createFile(QStringLiteral("t.json"), R"({"v": 12})");
    QCOMPARE(reload::readChanged(change, deferred).outcome, ReadFile::Outcome::Skipped);
    // Removed after the report: skipped too (the removal is reported on its own), never deferred.
    QVERIFY(QFile::remove(change.path));
    QCOMPARE(reload::readChanged(change, deferred).outcome, ReadFile::Outcome::Skipped);
    QVERIFY(deferred.isEmpty());
}

void TestPartialReload::aMissingFileIsGone()
{
    TestDir dir;
    FileChange change;
    change.path = dir.filePath(QStringLiteral("never.json"));
    change.kind = FileChange::Kind::Added;
    change.stamp = FileStamp::stat(change.path); // exists == false
    QList<DeferredFile> deferred;
    QCOMPARE(reload::readChanged(change, deferred).outcome, ReadFile::Outcome::Gone);
    QVERIFY(deferred.isEmpty());
}

void TestPartialReload::findAndInsertPosition_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("found");
    QTest::addColumn<int>("insertAt");

    const QStringList three { "/t/b.json", "/t/d.json", "/t/f.json" };
    QTest::newRow("empty list") << QStringList() << "/t/a.json" << -1 << 0;
    QTest::newRow("first") << three << "/t/b.json" << 0 << 0;
    QTest::newRow("middle") << three << "/t/d.json" << 1 << 1;
    QTest::newRow("last") << three << "/t/f.json" << 2 << 2;
    QTest::newRow("before all") << three << "/t/a.json" << -1 << 0;
    QTest::newRow("between") << three << "/t/c.json" << -1 << 1;
    QTest::newRow("after all") << three << "/t/g.json" << -1 << 3;
    QTest::newRow("prefix of a name") << three << "/t/d.jso" << -1 << 1;
}

void TestPartialReload::findAndInsertPosition()
{
    QFETCH(QStringList, files);
    QFETCH(QString, path);
    QFETCH(int, found);
    QFETCH(int, insertAt);
    const QList<Task> tasks = tasksOf(files);
    QCOMPARE(findTask(tasks, path), found);
    QCOMPARE(insertPosition(tasks, path), insertAt);
}

void TestPartialReload::unsortedListsAreSearchedToo()
{
    const QList<Task> tasks = tasksOf({ QStringLiteral("/t/z.json"), QStringLiteral("/t/a.json"), QStringLiteral("/t/m.json") });
    QCOMPARE(findTask(tasks, QStringLiteral("/t/a.json")), 1);
    QCOMPARE(findTask(tasks, QStringLiteral("/t/m.json")), 2);
    QCOMPARE(findTask(tasks, QStringLiteral("/t/q.json")), -1);
}

void TestPartialReload::taskDeltaMatchesDiffTasks()
{
    // The reference: diffTasks() compares the whole lists. taskDelta() computes the same positions from the
    // new list and the names of the files that went, came and changed, without the old list.
    QRandomGenerator rng(2024);
    for (int round = 0; round < 500; ++round) {
        QStringList before;
        for (int i = 0, n = rng.bounded(15); i < n; ++i)
            before << QStringLiteral("/t/%1.json").arg(i * 2, 3, 10, QChar(u'0'));
        QStringList after;
        QHash<QString, QString> removed;
        QStringList added, changed;
        QList<Task> newTasks;
        for (const QString& f : std::as_const(before)) {
            const int roll = rng.bounded(5);
            if (roll == 0) {
                removed.insert(f, QStringLiteral("id-") + f);
                continue;
            }
            if (roll == 1)
                changed << f;
            after << f;
        }
        for (int i = 0, n = rng.bounded(5); i < n; ++i) {
            const QString f = QStringLiteral("/t/%1.json").arg(rng.bounded(16) * 2 + 1, 3, 10, QChar(u'0'));
            if (!after.contains(f)) {
                after << f;
                added << f;
            }
        }
        std::sort(after.begin(), after.end());
        const QList<Task> old = tasksOf(before);
        for (const QString& f : std::as_const(after))
            newTasks << taskAt(f, QStringLiteral("id-") + f, changed.contains(f) ? "{\"changed\": true}" : "{}");

        const ListDelta expected = diffTasks(old, newTasks);
        const ListDelta d = taskDelta(newTasks, removed, added, changed);
        QCOMPARE(d.removed, expected.removed);
        QCOMPARE(d.added, expected.added);
        QCOMPARE(d.changed, expected.changed);
        // taskDelta names rows by task id.
        for (int i = 0; i < d.added.size(); ++i)
            QCOMPARE(d.addedIds[i], newTasks[d.added[i]].id);
        for (int i = 0; i < d.removed.size(); ++i)
            QCOMPARE(d.removedIds[i], old[d.removed[i]].id);
        for (int i = 0; i < d.changed.size(); ++i)
            QCOMPARE(d.changedIds[i], newTasks[d.changed[i]].id);
    }
}

void TestPartialReload::taskDeltaOnTheSample()
{
    // The sample's six task files: the second goes, one is added after the third, the last changes.
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
    auto loaded = openAndLoad(root);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    const QList<Task> old = loaded->snapshot.tasks;
    QCOMPARE(old.size(), 6);
    QList<Task> now = old;
    const Task gone = now.takeAt(1);
    const QString fresh = root + QStringLiteral("/tasks/9a000000-0000-4000-8000-000000000000.json");
    now.insert(insertPosition(now, fresh), taskAt(fresh, QStringLiteral("9a000000-0000-4000-8000-000000000000")));
    QCOMPARE(filesOf(now).indexOf(fresh), 3);

    const ListDelta d = taskDelta(now, { { gone.file, gone.id } }, { fresh }, { now.last().file });
    QCOMPARE(d.removed, QList<int> { 1 });
    QCOMPARE(d.removedIds, QStringList { gone.id });
    QCOMPARE(d.added, QList<int> { 3 });
    QCOMPARE(d.addedIds, QStringList { QStringLiteral("9a000000-0000-4000-8000-000000000000") });
    QCOMPARE(d.changed, QList<int> { 5 });
    QCOMPARE(d.changedIds, QStringList { now.last().id });
    QVERIFY(!d.reset);
}

void TestPartialReload::dropProblemsOfOneFile()
{
    Snapshot s;
    for (const char* f : { "/s/a.json", "/s/b.json", "/s/a.json", "/s/a.json.bak" }) {
        Problem p;
        p.file = QString::fromLatin1(f);
        p.message = QStringLiteral("m");
        s.problems << p;
    }
    dropProblemsOf(s, QStringLiteral("/s/a.json"));
    QCOMPARE(s.problems.size(), 2);
    QCOMPARE(s.problems[0].file, QStringLiteral("/s/b.json"));
    QCOMPARE(s.problems[1].file, QStringLiteral("/s/a.json.bak"));
    dropProblemsOf(s, QStringLiteral("/s/none.json"));
    QCOMPARE(s.problems.size(), 2);
}

void TestPartialReload::lightCopyLeavesOutTasksAndStamps()
{
    TestDir dir;
    auto loaded = openAndLoad(dir.copySample(QStringLiteral("coding-agent/coding-agent-state")));
    QVERIFY(loaded);
    const Snapshot& s = loaded->snapshot;
    QVERIFY(!s.tasks.isEmpty() && !s.stamps.isEmpty() && !s.backups.isEmpty() && !s.logs.isEmpty());
    const Snapshot light = lightCopy(s);
    QVERIFY(light.tasks.isEmpty());
    QVERIFY(light.stamps.isEmpty());
    // Everything else is there, for computing the delta after `s` was moved into the new snapshot.
    QCOMPARE(light.info.path, s.info.path);
    QCOMPARE(light.info.kind, s.info.kind);
    QCOMPARE(light.namespaces.size(), s.namespaces.size());
    QVERIFY(diffSnapshots(s, light).namespaces.isEmpty());
    QVERIFY(diffBackups(s.backups, light.backups).isEmpty());
    QVERIFY(diffLogs(s.logs, light.logs).isEmpty());
    QVERIFY(diffReports(s.reports, light.reports).isEmpty());
    QVERIFY(sameProblems(s.problems, light.problems));
    QCOMPARE(light.lastSaved, s.lastSaved);
    QCOMPARE(light.namespaceFiles, s.namespaceFiles);
}

QTEST_GUILESS_MAIN(TestPartialReload)
#include "tst_partialreload.moc"
