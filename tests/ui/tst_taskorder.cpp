// SPDX-License-Identifier: GPL-3.0-or-later
// TaskOrder on its own: each column's order (times as numbers, missing times first, descriptions without
// regard to case), ties kept in list order in both directions, and keys moved to a newer list.
#include "tasks/taskorder.h"
#include "tasks/tasktablemodel.h"

#include <QTest>

using namespace statelens;
using namespace statelens::ui;

namespace {
Task task(const QString& id, const QString& description, const QString& status, qint64 createdMs, qint64 durationMs)
{
    Task t;
    t.id = id;
    t.description = description;
    t.status = status;
    t.tool = QStringLiteral("CLAUDECODE");
    if (createdMs >= 0) {
        t.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
        t.startedAt = t.createdAt;
        t.updatedAt = t.createdAt.addMSecs(durationMs);
        if (durationMs >= 0)
            t.completedAt = t.createdAt.addMSecs(durationMs);
    }
    return t;
}

QList<Task> tasks()
{
    return { task(QStringLiteral("c"), QStringLiteral("beta"), QStringLiteral("failed"), 3000, 50),
             task(QStringLiteral("a"), QStringLiteral("Alpha"), QStringLiteral("completed"), 1000, 900),
             task(QStringLiteral("d"), QStringLiteral("alpha"), QStringLiteral("completed"), -1, -1),
             task(QStringLiteral("b"), QStringLiteral("Gamma"), QStringLiteral("pending"), 2000, 5) };
}

QString ids(const QList<Task>& list, const QList<int>& rows)
{
    QString out;
    for (int r : rows)
        out += list[r].id;
    return out;
}
} // namespace

class TestTaskOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sorted_data();
    void sorted();
    void beforeAgreesWithSorted();
    void remapFollowsANewerList();
};

void TestTaskOrder::sorted_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("expected");

    const int asc = Qt::AscendingOrder;
    const int desc = Qt::DescendingOrder;
    QTest::newRow("id") << int(TaskTableModel::IdColumn) << asc << "abcd";
    QTest::newRow("id, descending") << int(TaskTableModel::IdColumn) << desc << "dcba";
    // "Alpha" and "alpha" fold to the same text: the tie keeps list order (a before d) both ways.
    QTest::newRow("description, case folded") << int(TaskTableModel::DescriptionColumn) << asc << "adcb";
    QTest::newRow("description, descending") << int(TaskTableModel::DescriptionColumn) << desc << "bcad";
    QTest::newRow("status, ties in list order") << int(TaskTableModel::StatusColumn) << asc << "adcb";
    QTest::newRow("created: missing time first") << int(TaskTableModel::CreatedColumn) << asc << "dabc";
    QTest::newRow("created, descending") << int(TaskTableModel::CreatedColumn) << desc << "cbad";
    QTest::newRow("duration as a number") << int(TaskTableModel::DurationColumn) << desc << "acbd";
    QTest::newRow("all the same tool: list order") << int(TaskTableModel::ToolColumn) << desc << "cadb";
    QTest::newRow("no column: list order") << -1 << asc << "cadb";
}

void TestTaskOrder::sorted()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, expected);
    const QList<Task> list = tasks();
    const TaskOrder o(list, column, Qt::SortOrder(order));
    QCOMPARE(o.column(), column);
    QCOMPARE(ids(list, o.sorted(list)), expected);
    // Without the case-folded keys (freed on the worker) the description order is the same.
    TaskOrder dropped(list, column, Qt::SortOrder(order));
    dropped.dropTextKeys();
    QCOMPARE(ids(list, dropped.sorted(list)), expected);
}

void TestTaskOrder::beforeAgreesWithSorted()
{
    const QList<Task> list = tasks();
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
        const TaskOrder o(list, column, Qt::AscendingOrder);
        const QList<int> rows = o.sorted(list);
        for (int i = 0; i + 1 < rows.size(); ++i) {
            QVERIFY(o.before(list, rows[i], rows[i + 1]));
            QVERIFY(!o.before(list, rows[i + 1], rows[i])); // a strict, total order
        }
        QVERIFY(!o.before(list, 0, 0));
    }
}

void TestTaskOrder::remapFollowsANewerList()
{
    const QList<Task> list = tasks();
    TaskOrder o(list, TaskTableModel::CreatedColumn, Qt::AscendingOrder);
    // The newer list: "d" is gone, "c" moved to the front and now started earliest, "e" is new.
    QList<Task> newer = { task(QStringLiteral("c"), QStringLiteral("beta"), QStringLiteral("failed"), 500, 50),
                          list[1], list[3],
                          task(QStringLiteral("e"), QStringLiteral("eps"), QStringLiteral("pending"), 2500, 1) };
    // Old index -> new index: c 0->0, a 1->1, d 2->-1, b 3->2; "c" changed and "e" is new.
    o.remap(newer, { 0, 1, -1, 2 }, { 0, 3 });
    QCOMPARE(ids(newer, o.sorted(newer)), QStringLiteral("cabe"));
    QCOMPARE(TaskOrder::timeKey(newer[0], TaskTableModel::CreatedColumn), qint64(500));
    QCOMPARE(TaskOrder::timeKey(newer[0], TaskTableModel::StatusColumn), qint64(0));
}

QTEST_MAIN(TestTaskOrder)
#include "tst_taskorder.moc"
