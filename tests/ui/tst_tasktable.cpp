// SPDX-License-Identifier: GPL-3.0-or-later
// The task table sorts itself (on a worker thread for large lists) and keeps its order through live
// changes. Every order is checked against one computed here independently, over the real coding-agent
// sample and over generated tasks with ties, local times, missing times and mixed case.
#include "testdir.h"

#include "sources/source.h"
#include "tasks/taskdetailswidget.h"
#include "tasks/taskfilterproxy.h"
#include "tasks/tasklogmodel.h"
#include "tasks/taskspage.h"
#include "tasks/tasktablemodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

using namespace statelens;
using namespace statelens::ui;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

/// (valid, time): missing times come first.
std::pair<bool, qint64> timeOf(const QDateTime& d)
{
    return { d.isValid(), d.isValid() ? d.toMSecsSinceEpoch() : 0 };
}

/// The reference: compares the field itself, ties by list position.
QList<int> referenceOrder(const QList<Task>& tasks, int column, Qt::SortOrder order)
{
    auto cmp = [&](const Task& a, const Task& b) -> int {
        switch (column) {
        case TaskTableModel::IdColumn: return a.id.compare(b.id);
        case TaskTableModel::DescriptionColumn: return a.description.compare(b.description, Qt::CaseInsensitive);
        case TaskTableModel::StatusColumn: return a.status.compare(b.status);
        case TaskTableModel::ToolColumn: return a.tool.compare(b.tool);
        case TaskTableModel::CreatedColumn: {
            const auto x = timeOf(a.createdAt), y = timeOf(b.createdAt);
            return x < y ? -1 : y < x ? 1 : 0;
        }
        case TaskTableModel::UpdatedColumn: {
            const auto x = timeOf(a.updatedAt), y = timeOf(b.updatedAt);
            return x < y ? -1 : y < x ? 1 : 0;
        }
        case TaskTableModel::DurationColumn: {
            const qint64 x = TaskTableModel::durationMs(a), y = TaskTableModel::durationMs(b);
            return x < y ? -1 : y < x ? 1 : 0;
        }
        }
        return 0;
    };
    QList<int> rows(tasks.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const int c = cmp(tasks[a], tasks[b]);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    return rows;
}

QStringList shownFiles(const TaskTableModel& model)
{
    QStringList files;
    for (int r = 0; r < model.rowCount(); ++r)
        files << model.taskAt(r).file;
    return files;
}

QStringList referenceFiles(const QList<Task>& tasks, int column, Qt::SortOrder order)
{
    QStringList files;
    for (int i : referenceOrder(tasks, column, order))
        files << tasks[i].file;
    return files;
}

Task makeTask(int n, QRandomGenerator& random)
{
    static const QStringList statuses { QStringLiteral("pending"), QStringLiteral("in_progress"),
                                        QStringLiteral("completed"), QStringLiteral("failed") };
    static const QStringList words { QStringLiteral("Fix"), QStringLiteral("fix"), QStringLiteral("Add"),
                                     QStringLiteral("ädd"), QStringLiteral("Zeta"), QStringLiteral("alpha") };
    Task t;
    t.id = QStringLiteral("task-%1").arg(random.bounded(500)); // ties on purpose
    t.file = QStringLiteral("/s/tasks/%1.json").arg(n, 6, 10, QLatin1Char('0'));
    t.description = words[random.bounded(words.size())] + u' ' + QString::number(random.bounded(40));
    t.status = statuses[random.bounded(statuses.size())];
    t.tool = random.bounded(3) ? QStringLiteral("tool-%1").arg(random.bounded(4)) : QString();
    const QDateTime base = QDateTime::fromSecsSinceEpoch(1'780'000'000 + random.bounded(5000), QTimeZone::utc());
    if (random.bounded(10))
        t.createdAt = random.bounded(2) ? base : base.toLocalTime();
    if (random.bounded(10))
        t.updatedAt = base.addSecs(random.bounded(3) == 0 ? 0 : random.bounded(900));
    if (random.bounded(2))
        t.startedAt = base.addSecs(5);
    if (random.bounded(3) == 0)
        t.completedAt = base.addSecs(random.bounded(2000));
    return t;
}

QList<Task> generated(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Task> tasks;
    for (int n = 0; n < count; ++n)
        tasks << makeTask(n * 2, random); // even file numbers: odd ones are free for insertions
    return tasks;
}

} // namespace

class TestTaskTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsLikeTheReference_data();
    void sortsLikeTheReference();
    void largeSortsRunOnAWorker();
    void liveChangesKeepTheOrder();
    void proxyFiltersWithoutSorting();
    void pageFillsWhenShown();
    void detailsReadTheTaskFileWhenShown();
};

void TestTaskTable::sortsLikeTheReference_data()
{
    QTest::addColumn<bool>("sample");
    QTest::addColumn<int>("syncLimit");
    QTest::newRow("coding-agent sample, at once") << true << 1000000;
    QTest::newRow("coding-agent sample, on a worker") << true << 0;
    QTest::newRow("generated, at once") << false << 1000000;
    QTest::newRow("generated, on a worker") << false << 0;
}

void TestTaskTable::sortsLikeTheReference()
{
    QFETCH(bool, sample);
    QFETCH(int, syncLimit);
    QList<Task> tasks;
    test::TestDir dir;
    if (sample) {
        auto source = openSource(dir.copySample(QStringLiteral("coding-agent/coding-agent-state")));
        QVERIFY(source && source.value());
        auto loaded = source.value()->load();
        QVERIFY(loaded);
        tasks = loaded->tasks;
        QVERIFY(tasks.size() >= 3);
    } else {
        tasks = generated(3000, 7);
    }
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setSyncSortLimit(syncLimit);
    QSignalSpy sorted(&model, &TaskTableModel::sorted);
    model.sort(TaskTableModel::CreatedColumn, Qt::DescendingOrder);
    model.setTasks(tasks);
    if (syncLimit == 0)
        QVERIFY(model.isSorting() && (sorted.wait(30000) || !sorted.isEmpty()));
    QCOMPARE(shownFiles(model), referenceFiles(tasks, TaskTableModel::CreatedColumn, Qt::DescendingOrder));
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            sorted.clear();
            model.sort(column, order);
            if (model.isSorting())
                QVERIFY(sorted.wait(30000));
            QCOMPARE(shownFiles(model), referenceFiles(tasks, column, order));
        }
    }
}

void TestTaskTable::largeSortsRunOnAWorker()
{
    const QList<Task> tasks = generated(30000, 11);
    TaskTableModel model;
    QVERIFY(tasks.size() > model.syncSortLimit());
    model.sort(TaskTableModel::UpdatedColumn, Qt::AscendingOrder);
    QSignalSpy sorted(&model, &TaskTableModel::sorted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTasks(tasks);
    // The old (empty) rows stay until the sorted list is ready; then one reset shows it.
    QVERIFY(model.isSorting());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(sorted.wait(30000));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(shownFiles(model), referenceFiles(tasks, TaskTableModel::UpdatedColumn, Qt::AscendingOrder));

    // A selection stays on its task through a re-sort on the worker.
    const QPersistentModelIndex selected = model.index(1234, TaskTableModel::IdColumn);
    const QString file = model.taskAt(1234).file;
    model.sort(TaskTableModel::DescriptionColumn, Qt::AscendingOrder);
    QVERIFY(model.isSorting());
    QVERIFY(sorted.wait(30000));
    QCOMPARE(reset.count(), 1); // a layout change, not a reset
    QCOMPARE(model.taskAt(selected.row()).file, file);
    QCOMPARE(shownFiles(model), referenceFiles(tasks, TaskTableModel::DescriptionColumn, Qt::AscendingOrder));

    // Sorting again before the worker is done: only the last one is applied.
    model.sort(TaskTableModel::IdColumn, Qt::AscendingOrder);
    model.sort(TaskTableModel::DurationColumn, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isSorting(), 30000);
    QCOMPARE(shownFiles(model), referenceFiles(tasks, TaskTableModel::DurationColumn, Qt::DescendingOrder));
}

void TestTaskTable::liveChangesKeepTheOrder()
{
    QList<Task> tasks = generated(400, 3);
    TaskTableModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.sort(TaskTableModel::UpdatedColumn, Qt::DescendingOrder);
    model.setTasks(tasks);
    const int watchedRow = 200;
    const QPersistentModelIndex watched = model.index(watchedRow, 0);
    const QString watchedFile = model.taskAt(watchedRow).file;

    // The next version: some tasks gone, some new (between existing files), some updated just now.
    QRandomGenerator random(5);
    QList<Task> next;
    ListDelta delta;
    for (int i = 0; i < tasks.size(); ++i) {
        if (i % 37 == 5 && tasks[i].file != watchedFile) {
            delta.removed << i;
            continue;
        }
        next << tasks[i];
        if (i % 23 == 0) {
            next.last().updatedAt = QDateTime::currentDateTimeUtc().addSecs(i);
            next.last().status = QStringLiteral("completed");
            delta.changed << int(next.size() - 1);
        }
        if (i % 41 == 7) {
            Task added = makeTask(i * 2 + 1, random);
            next << added;
            delta.added << int(next.size() - 1);
        }
    }
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.applyDelta(next, delta);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), next.size());
    QCOMPARE(shownFiles(model), referenceFiles(next, TaskTableModel::UpdatedColumn, Qt::DescendingOrder));
    QVERIFY(watched.isValid());
    QCOMPARE(model.taskAt(watched.row()).file, watchedFile);
    // The changed tasks were updated last: they lead, newest first.
    QCOMPARE(model.taskAt(0).file, next[delta.changed.last()].file);
    QCOMPARE(model.index(0, TaskTableModel::StatusColumn).data().toString(), QStringLiteral("completed"));
    QCOMPARE(model.rowOfFile(watchedFile), watched.row());
}

void TestTaskTable::proxyFiltersWithoutSorting()
{
    const QList<Task> tasks = generated(500, 9);
    TaskTableModel model;
    TaskFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, Fatal);
    model.setTasks(tasks);
    proxy.sort(TaskTableModel::ToolColumn, Qt::DescendingOrder); // passed on to the model
    QCOMPARE(model.sortColumn(), int(TaskTableModel::ToolColumn));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    proxy.setStatus(QStringLiteral("failed"));
    proxy.setText(QStringLiteral("FIX"));
    QStringList expected;
    for (int i : referenceOrder(tasks, TaskTableModel::ToolColumn, Qt::DescendingOrder))
        if (tasks[i].status == QLatin1String("failed") && tasks[i].description.contains(QLatin1String("fix"), Qt::CaseInsensitive))
            expected << tasks[i].file;
    QVERIFY(!expected.isEmpty());
    QStringList shown;
    for (int r = 0; r < proxy.rowCount(); ++r)
        shown << model.taskAt(proxy.mapToSource(proxy.index(r, 0)).row()).file;
    QCOMPARE(shown, expected);
}

void TestTaskTable::pageFillsWhenShown()
{
    const QList<Task> tasks = generated(500, 13);
    TasksPage page;
    page.model()->setSyncSortLimit(0); // as with 100k tasks: sorted on a worker
    page.setTasks(tasks);
    QVERIFY(page.isStale()); // hidden: nothing filled or sorted yet
    QCOMPARE(page.model()->rowCount(), 0);
    QSignalSpy sorted(page.model(), &TaskTableModel::sorted);
    page.setActive(true);
    QVERIFY(!page.isStale());
    QVERIFY(sorted.wait(30000));
    QCOMPARE(page.model()->rowCount(), 500);
    auto* count = page.findChild<QLabel*>(QStringLiteral("taskCount"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("500 of 500 tasks"));
    // The default order: newest first.
    QCOMPARE(shownFiles(*page.model()), referenceFiles(tasks, TaskTableModel::CreatedColumn, Qt::DescendingOrder));
}

// Issue 12: a task folder is read for its summaries; a task's whole object (timeline, result, JSON) is read
// from its file off the UI thread when it is shown, and a late read of a task no longer shown is dropped.
void TestTaskTable::detailsReadTheTaskFileWhenShown()
{
    test::TestDir dir;
    const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
    const Snapshot s = openSource(root).value()->load().value();
    QVERIFY(s.tasks.size() >= 2);
    const Task* withLogs = nullptr;
    for (const Task& t : s.tasks)
        if (t.logCount > 0)
            withLogs = &t;
    QVERIFY(withLogs);
    const Task* other = withLogs == &s.tasks.first() ? &s.tasks.last() : &s.tasks.first();
    QVERIFY(withLogs->value.isDeferred() && other->value.isDeferred());

    TaskDetailsWidget details;
    QSignalSpy loaded(&details, &TaskDetailsWidget::loaded);
    details.setTask(other);
    details.setTask(withLogs); // the first read may finish later; only the second one is shown
    QTRY_VERIFY(loaded.count() >= 1);
    QTest::qWait(50);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(details.logModel()->rowCount(), withLogs->logCount);
    QStringList texts;
    for (const QPlainTextEdit* e : details.findChildren<QPlainTextEdit*>())
        texts << e->toPlainText();
    const QString shown = texts.join(u'\n');
    QVERIFY(shown.contains(withLogs->id));
    QVERIFY(!shown.contains(other->id));
}

QTEST_MAIN(TestTaskTable)
#include "tst_tasktable.moc"
