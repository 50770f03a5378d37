// SPDX-License-Identifier: GPL-3.0-or-later
// LiveState against real writer processes (tests/helpers/livewriter_tool.cpp) in the styles of the real
// tools: the final state is what the snapshot shows, a burst of replaces keeps the watch alive, and a
// file caught mid-write never becomes a corruption problem.
#include "testdir.h"

#include "live/livestate.h"
#include "sources/source.h"
#include "watch/backgroundwatcher.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace statelens;
using statelens::test::TestDir;

namespace {

/// Runs livewriter_tool with `args` while the event loop keeps running; true when it exited with 0.
bool runWriter(const QStringList& args)
{
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QSignalSpy finished(&writer, &QProcess::finished);
    writer.start(TestDir::programPath(QStringLiteral("livewriter_tool")), args);
    if (!writer.waitForStarted(10000) || !finished.wait(240000))
        return false;
    return writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0;
}

/// Watches what a LiveState reports: every problem ever shown, the task ids added.
struct Observer
{
    QStringList problems;
    QStringList addedTasks;
    int updates = 0;

    void attach(LiveState& live)
    {
        QObject::connect(&live, &LiveState::updated, &live, [this, &live](const LiveDelta& d) {
            ++updates;
            addedTasks += d.tasks.addedIds;
            for (const Problem& p : live.snapshot().problems)
                if (p.severity == Problem::Severity::Error && !problems.contains(p.toString()))
                    problems << p.toString();
        });
    }
};

std::shared_ptr<Source> open(const QString& path)
{
    auto s = openSource(path);
    return s ? std::shared_ptr<Source>(std::move(s.value())) : nullptr;
}

QString rawOf(const LiveState& live, const QString& ns, const QString& key)
{
    const std::optional<Entry> e = live.snapshot().findEntry(ns, key);
    return e ? QString::fromUtf8(e->value.raw().toByteArray()) : QString();
}

const Task* taskOf(const LiveState& live, const QString& id)
{
    for (const Task& t : live.snapshot().tasks)
        if (t.id == id)
            return &t;
    return nullptr;
}

QString taskId(int k)
{
    return QStringLiteral("6f1c2a3b-0000-4000-8000-%1").arg(k, 12, 10, QLatin1Char('0'));
}

int seqOf(const ValueRef& v)
{
    const json::JsonValue o = v.toValue();
    const json::JsonValue* seq = o.member(QStringLiteral("seq"));
    return seq ? int(seq->toInt(-1)) : -1;
}

/// Starts following and waits until the watcher has its baseline (it is taken on its own thread).
bool startAndWait(LiveState& live, std::shared_ptr<Source> source, const Snapshot& snapshot)
{
    QSignalSpy ready(&live, &LiveState::ready);
    if (!live.start(std::move(source), snapshot))
        return false;
    return !ready.isEmpty() || ready.wait(30000);
}

int problemsAbout(const LiveState& live, const QString& file)
{
    int n = 0;
    for (const Problem& p : live.snapshot().problems)
        n += p.file == file && p.severity == Problem::Severity::Error;
    return n;
}

} // namespace

class TestLiveState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diffOfSnapshots();
    void statefulObjectReplaces();
    void codingAgentTasksInPlace();
    /// Files written between the load and start() are read once the watcher has its baseline.
    void changesBeforeStartAreRead();
    void batchStateFile();
    void sqliteRows();
    void transientParseErrorKeepsGoodData();
    void persistentParseErrorBecomesProblem();
    void pauseAndResume();
};

void TestLiveState::diffOfSnapshots()
{
    // Positions follow the remove-then-insert protocol that models apply.
    Snapshot a, b;
    for (const char* id : { "a", "b", "c", "d" }) {
        Task t;
        t.id = QString::fromLatin1(id);
        t.file = QStringLiteral("/t/%1.json").arg(t.id);
        a.tasks << t;
    }
    b.tasks = a.tasks;
    b.tasks.removeAt(1); // b
    Task e;
    e.id = QStringLiteral("e");
    e.file = QStringLiteral("/t/e.json");
    b.tasks << e;
    const LiveDelta d = diffSnapshots(a, b);
    QCOMPARE(d.tasks.removed, QList<int> { 1 });
    QCOMPARE(d.tasks.added, QList<int> { 3 });
    QVERIFY(d.tasks.changed.isEmpty());
    QVERIFY(!d.tasks.reset);
    QVERIFY(d.namespaces.isEmpty());
}

void TestLiveState::statefulObjectReplaces()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
    const QString counter = root + QStringLiteral("/counter.json");
    auto source = open(root);
    QVERIFY(source);
    auto loaded = source->load();
    QVERIFY(loaded);
    LiveState live;
    Observer seen;
    seen.attach(live);
    QVERIFY(startAndWait(live, source, *loaded));
    QVERIFY(live.modeText().contains(QLatin1String("inotify")));

    // 1,000 write-temp-then-rename saves in a row, as fast as the writer can.
    QVERIFY(runWriter({ QStringLiteral("statefulobject"), counter, QStringLiteral("1000") }));
    QTRY_COMPARE_WITH_TIMEOUT(rawOf(live, QStringLiteral("counter"), QStringLiteral("seq")), QStringLiteral("1000"), 30000);
    // The watch is still alive after them.
    QVERIFY(runWriter({ QStringLiteral("statefulobject"), counter, QStringLiteral("3") }));
    QTRY_COMPARE_WITH_TIMEOUT(rawOf(live, QStringLiteral("counter"), QStringLiteral("seq")), QStringLiteral("3"), 30000);
    QCOMPARE(rawOf(live, QStringLiteral("counter"), QStringLiteral("name")), QStringLiteral("\"live counter\""));
    QVERIFY2(seen.problems.isEmpty(), qPrintable(seen.problems.join(u'\n')));
    // Only the changed namespace was read again: the other file's values are the very same objects.
    QCOMPARE(live.snapshot().findNamespace(QStringLiteral("state"))->entries.first().value.document(),
             loaded->findNamespace(QStringLiteral("state"))->entries.first().value.document());
}

void TestLiveState::codingAgentTasksInPlace()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
    auto source = open(root);
    QVERIFY(source);
    auto loaded = source->load();
    QVERIFY(loaded);
    const qsizetype before = loaded->tasks.size();
    LiveState live;
    Observer seen;
    seen.attach(live);
    QVERIFY(startAndWait(live, source, *loaded));

    const int tasks = 12, writes = 600;
    QVERIFY(runWriter({ QStringLiteral("codingagent"), root, QString::number(writes), QString::number(tasks) }));
    for (int k = 0; k < tasks; ++k) {
        const int last = writes - tasks + k + 1;
        QTRY_VERIFY_WITH_TIMEOUT(taskOf(live, taskId(k)) && seqOf(taskOf(live, taskId(k))->value) == last, 30000);
        QCOMPARE(taskOf(live, taskId(k))->status, QStringLiteral("completed"));
    }
    QCOMPARE(live.snapshot().tasks.size(), before + tasks);
    for (int k = 0; k < tasks; ++k)
        QVERIFY(seen.addedTasks.contains(taskId(k)));
    QVERIFY2(seen.problems.isEmpty(), qPrintable(seen.problems.join(u'\n')));
    // The tasks stay sorted by file, as a full load gives them.
    auto full = source->load();
    QVERIFY(full);
    QCOMPARE(live.snapshot().tasks.size(), full->tasks.size());
    for (qsizetype i = 0; i < full->tasks.size(); ++i) {
        QCOMPARE(live.snapshot().tasks[i].file, full->tasks[i].file);
        QCOMPARE(live.snapshot().tasks[i].status, full->tasks[i].status);
    }
}

void TestLiveState::changesBeforeStartAreRead()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
    auto source = open(root);
    QVERIFY(source);
    const qint64 began = QDateTime::currentMSecsSinceEpoch() * 1000000;
    auto loaded = source->load();
    QVERIFY(loaded);
    loaded->readStartedNs = began;
    const qsizetype before = loaded->tasks.size();
    const Task old = loaded->tasks.first();

    // Written after the load and before following starts: a new task, and an existing one changed.
    QVERIFY(runWriter({ QStringLiteral("codingagent"), root, QStringLiteral("4"), QStringLiteral("2") }));
    QFile f(old.file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    text.replace("\"status\": \"" + old.status.toUtf8() + '"', "\"status\": \"cancelled\"");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    f.close();

    LiveState live;
    Observer seen;
    seen.attach(live);
    QVERIFY(startAndWait(live, source, *loaded));
    QTRY_COMPARE_WITH_TIMEOUT(live.snapshot().tasks.size(), before + 2, 30000);
    QVERIFY(taskOf(live, taskId(0)) && taskOf(live, taskId(1)));
    QTRY_COMPARE_WITH_TIMEOUT(taskOf(live, old.id)->status, QStringLiteral("cancelled"), 30000);
    QVERIFY2(seen.problems.isEmpty(), qPrintable(seen.problems.join(u'\n')));
}

void TestLiveState::batchStateFile()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("autonomous-dev/project"));
    auto source = open(root);
    QVERIFY(source);
    auto loaded = source->load();
    QVERIFY(loaded);
    LiveState live;
    Observer seen;
    seen.attach(live);
    QVERIFY(startAndWait(live, source, *loaded));
    QVERIFY(runWriter({ QStringLiteral("batch"), root, QStringLiteral("300") }));
    QTRY_COMPARE_WITH_TIMEOUT(rawOf(live, QStringLiteral("batch_state"), QStringLiteral("seq")), QStringLiteral("300"), 30000);
    QVERIFY(live.snapshot().batch);
    QCOMPARE(live.snapshot().batch->status, QStringLiteral("completed"));
    QCOMPARE(live.snapshot().batch->features.size(), 5);
    QVERIFY2(seen.problems.isEmpty(), qPrintable(seen.problems.join(u'\n')));
}

void TestLiveState::sqliteRows()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    auto source = open(root);
    QVERIFY(source);
    auto loaded = source->load();
    QVERIFY(loaded);
    LiveState live;
    Observer seen;
    seen.attach(live);
    QVERIFY(startAndWait(live, source, *loaded));
    QVERIFY(live.modeText().contains(QLatin1String("data_version")) || live.modeText().contains(QLatin1String("inotify")));
    QVERIFY(runWriter({ QStringLiteral("sqlite"), root + QStringLiteral("/data/llmspell.db"), QStringLiteral("200"),
                        QStringLiteral("state:global:config:app_settings") }));
    auto valueSeq = [&live] {
        for (const Namespace& ns : live.snapshot().namespaces)
            for (const Entry& e : ns.entries)
                if (e.key.contains(QLatin1String("app_settings")))
                    return seqOf(e.value);
        return -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(valueSeq(), 200, 30000);
    QVERIFY2(seen.problems.isEmpty(), qPrintable(seen.problems.join(u'\n')));
}

void TestLiveState::transientParseErrorKeepsGoodData()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
    auto source = open(root);
    QVERIFY(source);
    auto loaded = source->load();
    QVERIFY(loaded);
    const Task original = loaded->tasks.first();
    LiveState live;
    live.setPersistMs(600000); // never within this test
    Observer seen;
    seen.attach(live);
    QVERIFY(startAndWait(live, source, *loaded));
    QSignalSpy reports(live.watcher(), &BackgroundWatcher::filesChanged);

    // A half-written version (as a crashed or slow writer leaves it) settles on disk.
    QFile f(original.file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray whole = f.readAll();
    f.close();
    QVERIFY(whole.size() > 100);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(whole.left(whole.size() / 2));
    f.close();
    QTRY_VERIFY_WITH_TIMEOUT(!reports.isEmpty(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!live.isBusy(), 30000);
    // The good data stays, and no corruption is reported.
    QCOMPARE(taskOf(live, original.id)->status, original.status);
    QCOMPARE(problemsAbout(live, original.file), 0);

    // The writer finishes: the new version shows.
    QByteArray next = whole;
    next.replace("\"status\": \"" + original.status.toUtf8() + '"', "\"status\": \"cancelled\"");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(next);
    f.close();
    QTRY_COMPARE_WITH_TIMEOUT(taskOf(live, original.id)->status, QStringLiteral("cancelled"), 30000);
    QVERIFY2(seen.problems.isEmpty(), qPrintable(seen.problems.join(u'\n')));
}

void TestLiveState::persistentParseErrorBecomesProblem()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
    const QString counter = root + QStringLiteral("/counter.json");
    auto source = open(root);
    QVERIFY(source);
    auto loaded = source->load();
    QVERIFY(loaded);
    LiveState live;
    live.setPersistMs(300);
    QVERIFY(startAndWait(live, source, *loaded));
    const QString before = rawOf(live, QStringLiteral("counter"), QStringLiteral("count"));
    QVERIFY(!before.isEmpty());

    dir.createFile(QStringLiteral("app/counter.json"), "{\n  \"count\": ");
    QTRY_COMPARE_WITH_TIMEOUT(problemsAbout(live, counter), 1, 30000);
    QCOMPARE(rawOf(live, QStringLiteral("counter"), QStringLiteral("count")), before); // last good data
    dir.createFile(QStringLiteral("app/counter.json"), "{\n  \"count\": 77\n}");
    QTRY_COMPARE_WITH_TIMEOUT(rawOf(live, QStringLiteral("counter"), QStringLiteral("count")), QStringLiteral("77"), 30000);
    QCOMPARE(problemsAbout(live, counter), 0);
}

void TestLiveState::pauseAndResume()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
    const QString counter = root + QStringLiteral("/counter.json");
    auto source = open(root);
    QVERIFY(source);
    auto loaded = source->load();
    QVERIFY(loaded);
    LiveState live;
    QSignalSpy modes(&live, &LiveState::modeChanged);
    QVERIFY(startAndWait(live, source, *loaded));
    live.pause();
    QVERIFY(live.isPaused());
    QCOMPARE(modes.last().first().toString(), live.modeText());
    QVERIFY(live.modeText().contains(QLatin1String("paused")));
    QVERIFY(runWriter({ QStringLiteral("statefulobject"), counter, QStringLiteral("20") }));
    QVERIFY(rawOf(live, QStringLiteral("counter"), QStringLiteral("seq")).isEmpty()); // nothing read while paused
    live.resume();
    QTRY_COMPARE_WITH_TIMEOUT(rawOf(live, QStringLiteral("counter"), QStringLiteral("seq")), QStringLiteral("20"), 30000);
    QVERIFY(live.modeText().contains(QLatin1String("inotify")));
}

QTEST_GUILESS_MAIN(TestLiveState)
#include "tst_livestate.moc"
