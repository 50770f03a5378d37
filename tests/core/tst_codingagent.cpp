// SPDX-License-Identifier: GPL-3.0-or-later
// The coding-agent state folder, read and written as the real server leaves it.
#include "io/statelayout.h"
#include "sources/source.h"
#include "sources/taskreader.h"
#include "testdir.h"
#include "util/executor.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QTest>

#include <sys/stat.h>

using namespace statelens;

namespace {
const QString sample = QStringLiteral("coding-agent/coding-agent-state");

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

Change set(const QString& address, const json::JsonValue& v)
{
    Change c;
    c.address = Address::parse(address).value();
    c.value = v;
    return c;
}
} // namespace

class TestCodingAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusesAreCountedAndShared()
    {
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        auto source = openSource(root);
        QVERIFY(source);
        auto s = source.value()->load();
        QVERIFY(s);
        // Counted against the task files read independently.
        QMap<QString, int> expected;
        for (const QString& f : QDir(root + QStringLiteral("/tasks")).entryList({ QStringLiteral("*.json") }))
            ++expected[readJson(root + QStringLiteral("/tasks/") + f).value(QStringLiteral("status")).toString()];
        QVERIFY(expected.size() >= 2);
        QCOMPARE(countByStatus(s->tasks), expected);
        // Tasks of one status share one string (read by one worker: the sample is small).
        for (const Task& a : s->tasks)
            for (const Task& b : s->tasks)
                if (a.status == b.status)
                    QCOMPARE(a.status.constData(), b.status.constData());
        // Strings that do not share their data are counted by value all the same.
        QList<Task> copies = s->tasks;
        for (Task& t : copies)
            t.status = QString(t.status.constData(), t.status.size());
        QCOMPARE(countByStatus(copies), expected);
    }

    void taskFilesAreReadForTheirSummaryAndOpenedOnDemand()
    {
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        auto source = openSource(root).value();
        const Snapshot before = source->load().value();
        QVERIFY(before.tasks.size() >= 3);
        for (const Task& t : before.tasks) {
            // The summary holds no document; the object is the file's, read when asked for.
            QVERIFY(t.value.isDeferred());
            QFile file(t.file);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QCOMPARE(QJsonDocument::fromJson(t.value.raw().toByteArray()).object(),
                     QJsonDocument::fromJson(bytes).object());
            QCOMPARE(t.value.toValue().member(QStringLiteral("id"))->toString(), t.id);
        }
        // Change one task file, leave the others: the reload tells them apart without reading the old ones.
        const Task& changed = before.tasks[1];
        const Snapshot stale = source->load().value();
        QJsonObject o = readJson(changed.file);
        o.insert(QStringLiteral("status"), QStringLiteral("pending"));
        o.insert(QStringLiteral("description"), QStringLiteral("changed by the test"));
        QFile rewrite(changed.file);
        QVERIFY(rewrite.open(QIODevice::WriteOnly | QIODevice::Truncate));
        rewrite.write(QJsonDocument(o).toJson());
        rewrite.close();
        const Snapshot after = source->load().value();
        QCOMPARE(after.tasks.size(), before.tasks.size());
        for (qsizetype i = 0; i < after.tasks.size(); ++i) {
            QCOMPARE(after.tasks[i].file, before.tasks[i].file);
            QCOMPARE(after.tasks[i].value.sameBytes(before.tasks[i].value), after.tasks[i].file != changed.file);
        }
        // A snapshot read before the rewrite, whose value was not opened yet, never shows the new bytes as
        // its own: it has no value, while the new snapshot has the new one.
        QCOMPARE(stale.tasks[1].file, changed.file);
        QVERIFY(!stale.tasks[1].value.isValid());
        QCOMPARE(after.tasks[1].value.toValue().member(QStringLiteral("description"))->toString(),
                 QStringLiteral("changed by the test"));
        // A task file that is gone by the time it is opened gives no value, not a crash or stale bytes.
        const Task gone = after.tasks[2];
        QVERIFY(QFile::remove(gone.file));
        QVERIFY(!gone.value.isValid());
        QVERIFY(gone.value.toValue().isNull());
        QVERIFY(gone.value.size() > 0); // the summary's size stays known
    }

    // Issue 13: a task folder is read in chunks on the one Executor. With every pool thread busy, the
    // caller reads all chunks itself and finishes (no deadlock); with the pool free, helpers take part. The
    // result is the same tasks in file order either way.
    void taskFolderReadsOnTheExecutorEvenWhenItIsBusy()
    {
        test::TestDir dir;
        const int count = 1500; // several chunks
        for (int i = 0; i < count; ++i)
            dir.createFile(QStringLiteral("tasks/task_%1.json").arg(i, 5, 10, QLatin1Char('0')),
                           QStringLiteral("{\"id\": \"t%1\", \"status\": \"%2\", \"logs\": [1, 2]}")
                               .arg(i).arg(i % 3 ? QStringLiteral("completed") : QStringLiteral("failed")).toUtf8());
        dir.createFile(QStringLiteral("tasks/broken.json"), "{\"id\": ");
        const QString folder = dir.filePath(QStringLiteral("tasks"));
        auto check = [&](const QList<Task>& tasks, const Snapshot& side) {
            QCOMPARE(tasks.size(), count);
            for (int i = 0; i < count; ++i) {
                QCOMPARE(tasks[i].id, QStringLiteral("t%1").arg(i));
                QCOMPARE(tasks[i].logCount, 2);
            }
            QCOMPARE(side.problems.size(), 1);
            QCOMPARE(side.problems.first().file, folder + QStringLiteral("/broken.json"));
            QCOMPARE(side.stamps.size(), count + 1);
        };
        {
            Snapshot side;
            check(readTaskFolder(folder, side, {}), side);
        }
        // Every pool thread blocked: the caller does all the work.
        QSemaphore release;
        QSemaphore started;
        const int threads = Executor::instance().threadCount();
        for (int t = 0; t < threads; ++t)
            Executor::instance().run([&] { started.release(); release.acquire(); });
        QVERIFY(started.tryAcquire(threads, 10000));
        Snapshot side;
        const QList<Task> tasks = readTaskFolder(folder, side, {});
        release.release(threads);
        check(tasks, side);
        Executor::instance().waitForDone(); // the helpers that started late find nothing left and end
    }

    void detectsAndReadsEverything()
    {
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        auto source = openSource(root);
        QVERIFY(source);
        QCOMPARE(source.value()->kind(), SourceKind::CodingAgent);
        auto s = source.value()->load();
        QVERIFY(s);
        QCOMPARE(s->info.version, QStringLiteral("none"));
        QVERIFY(!s->info.detectedBy.isEmpty());

        // Tasks come from tasks/, compared with the files read independently.
        const QStringList files = QDir(root + QStringLiteral("/tasks")).entryList({ QStringLiteral("*.json") });
        QCOMPARE(s->tasks.size(), files.size());
        for (const Task& t : s->tasks) {
            const QJsonObject raw = readJson(t.file);
            QCOMPARE(t.id, raw.value(QStringLiteral("id")).toString());
            QCOMPARE(t.status, raw.value(QStringLiteral("status")).toString());
            QCOMPARE(t.description, raw.value(QStringLiteral("description")).toString());
            QCOMPARE(t.logCount, raw.value(QStringLiteral("logs")).toArray().size());
            QCOMPARE(t.createdAt.toMSecsSinceEpoch(),
                     QDateTime::fromString(raw.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch());
        }
        // state.json's members form the namespace "state".
        const QJsonObject state = readJson(root + QStringLiteral("/state.json"));
        const Namespace* ns = s->findNamespace(QStringLiteral("state"));
        QVERIFY(ns);
        QCOMPARE(ns->entries.size(), state.size());
        QCOMPARE(QJsonDocument::fromJson(s->findEntry(QStringLiteral("state"), QStringLiteral("metrics"))->value.raw().toByteArray()).object(),
                 state.value(QStringLiteral("metrics")).toObject());
        // Backups: ten, two of them empty, none a crash.
        QCOMPARE(s->backups.size(), 10);
        int empty = 0;
        for (const Backup& b : s->backups) {
            QVERIFY(b.time.isValid());
            if (b.size == 0) {
                QCOMPARE(b.health, Health::Empty);
                ++empty;
            } else {
                QCOMPARE(b.health, Health::Ok);
                QCOMPARE(b.entries, readJson(b.path).value(QStringLiteral("tasks")).toArray().size());
            }
        }
        QCOMPARE(empty, 2);
        QCOMPARE(s->logs.size(), 3);
        QCOMPARE(s->logs.first().sessionId, QStringLiteral("sess-42"));
        QCOMPARE(s->reports.size(), 3);
        // The sample's stored metrics match the tasks: no metrics problem is raised.
        for (const Problem& p : s->problems)
            QVERIFY2(!p.message.contains(QLatin1String("metrics")), qPrintable(p.toString()));
    }

    void reportsMetricsAndSnapshotDifferences()
    {
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        // Make tasks/ disagree with the snapshot: one task fails instead of completing, one is gone.
        const QString taskFile = root + QStringLiteral("/tasks/05d17637-812f-4f11-9f20-09cf8d590ec0.json");
        QByteArray t = dir.read(taskFile);
        t.replace("\"status\": \"completed\"", "\"status\": \"failed\"");
        dir.createFile(taskFile, t);
        QFile::remove(root + QStringLiteral("/tasks/bc02071c-890f-4e05-890f-d13739e71d95.json"));
        auto s = openSource(root).value()->load().value();
        QStringList messages;
        for (const Problem& p : s.problems)
            messages.append(p.message);
        const QString all = messages.join(u'\n');
        QVERIFY2(all.contains(QLatin1String("metrics.completed_tasks is 3 in state.json, but the tasks give 2")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("05d17637-812f-4f11-9f20-09cf8d590ec0 is 'failed' in tasks/ but 'completed'")));
        QVERIFY(all.contains(QLatin1String("bc02071c-890f-4e05-890f-d13739e71d95 is in the state.json snapshot but has no file")));
    }

    void editWritesOnlyThatValueWithAToolStyleBackup()
    {
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        const QString stateFile = root + QStringLiteral("/state.json");
        ::chmod(QFile::encodeName(stateFile).constData(), 0600);
        const QByteArray before = dir.read(stateFile);
        auto source = openSource(root).value();
        const Snapshot s = source->load().value();
        auto r = source->apply(s, { set(QStringLiteral("state/metrics/average_completion_time"), json::JsonValue::fromInt(31)) });
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        const QByteArray after = dir.read(stateFile);
        QByteArray expected = before;
        expected.replace("\"average_completion_time\": 27", "\"average_completion_time\": 31");
        QCOMPARE(after, expected);
        struct stat st;
        ::stat(QFile::encodeName(stateFile).constData(), &st);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        // Two backups: StateLens's own generation, and one that follows the tool's naming, so the tool's own
        // rotation keeps working.
        QCOMPARE(r->backupsMade.size(), 2);
        QVERIFY(r->backupsMade.first().startsWith(root + QStringLiteral("/.statelens/backups/state.json.")));
        QVERIFY(QFileInfo(r->backupsMade.last()).fileName().contains(QRegularExpression(QStringLiteral("^state\\.backup\\.\\d{13}\\.json$"))));
        QCOMPARE(dir.read(r->backupsMade.first()), before);
        QCOMPARE(dir.read(r->backupsMade.last()), before);
        // The tool's backups are all still there (we never prune a tool's own rotation).
        QCOMPARE(QDir(root).entryList({ QStringLiteral("state.backup.*.json") }).size(), 11);
    }

    void taskEditsAreInPlaceAndConflictsAreCaught()
    {
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        auto source = openSource(root).value();
        const Snapshot s = source->load().value();
        const Task& task = s.tasks.first();
        const QByteArray before = dir.read(task.file);
        auto r = source->apply(s, { set(QStringLiteral("@tasks/%1/status").arg(task.id), json::JsonValue::fromString(QStringLiteral("cancelled"))) });
        QVERIFY(r);
        QByteArray expected = before;
        expected.replace(QByteArray("\"status\": \"") + task.status.toUtf8() + '"', "\"status\": \"cancelled\"");
        QCOMPARE(dir.read(task.file), expected);
        // A second edit made against the old snapshot, of the field that changed since: refused, by name.
        const QString status = QStringLiteral("@tasks/%1/status").arg(task.id);
        auto conflict = source->apply(s, { set(status, json::JsonValue::fromString(QStringLiteral("failed"))) });
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().kind, Error::Kind::Conflict);
        QCOMPARE(conflict.error().file, task.file);
        QCOMPARE(conflict.error().conflicts, QStringList { status });
        QCOMPARE(dir.read(task.file), expected);
        // Of another field: applied to the file as it is now, keeping the change made since.
        auto rebased = source->apply(s, { set(QStringLiteral("@tasks/%1/tool").arg(task.id), json::JsonValue::fromString(QStringLiteral("X"))) });
        QVERIFY2(rebased, qPrintable(rebased ? QString() : rebased.error().toString()));
        const QByteArray after = dir.read(task.file);
        QVERIFY(after.contains("\"status\": \"cancelled\""));
        QVERIFY(after.contains("\"tool\": \"X\""));
    }

    void badInputNeverCrashes()
    {
        // Truncated, garbled and empty copies of every sample file: load reports the file and goes on.
        const QString src = test::TestDir::samplePath(sample);
        QDirIterator it(src, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = QDir(src).relativeFilePath(it.next());
            for (int variant = 0; variant < 3; ++variant) {
                test::TestDir dir;
                const QString root = dir.copySample(sample);
                QByteArray bytes = dir.read(root + u'/' + rel);
                if (variant == 0)
                    bytes = bytes.left(bytes.size() / 2);
                else if (variant == 1 && !bytes.isEmpty())
                    bytes[bytes.size() / 3] = '\x01';
                else
                    bytes.clear();
                dir.createFile(root + u'/' + rel, bytes);
                auto s = openSource(root).value()->load();
                QVERIFY(s);
                if (rel.startsWith(QLatin1String("state.backup")))
                    continue; // backups show their health instead
                bool named = false;
                for (const Problem& p : s->problems)
                    named = named || p.file.endsWith(rel);
                QVERIFY2(named, qPrintable(rel));
            }
        }
    }

    void corruptStateFallsBackToNewestReadableBackup()
    {
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        dir.createFile(root + QStringLiteral("/state.json"), "{\n  \"tasks\": [\n");
        // The newest backup is 0 bytes in the sample? No: make the newest one empty to prove it is skipped.
        auto s = openSource(root).value()->load().value();
        QVERIFY(s.info.note.contains(QLatin1String("state.backup.1795260929605.json")));
        bool located = false;
        for (const Problem& p : s.problems)
            located = located || (p.file.endsWith(QLatin1String("state.json")) && p.line == 3);
        QVERIFY(located);
        QCOMPARE(s.findNamespace(QStringLiteral("state"))->entries.first().file,
                 root + QStringLiteral("/state.backup.1795260929605.json"));
        // The corrupt file is kept untouched.
        QCOMPARE(dir.read(root + QStringLiteral("/state.json")), QByteArray("{\n  \"tasks\": [\n"));
    }
};

QTEST_GUILESS_MAIN(TestCodingAgent)
#include "tst_codingagent.moc"
