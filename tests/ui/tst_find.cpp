// SPDX-License-Identifier: GPL-3.0-or-later
// Find over everything through the real widgets, on the real coding-agent sample: "flaky" finds the three
// tasks, hits are grouped by kind and jump to the task, the log line and the backup, and the results
// follow the state on disk.

#include "testdir.h"

#include "io/safewrite.h"
#include "logs/logpage.h"
#include "mainwindow/mainwindow.h"
#include "search/searchhitmodel.h"
#include "search/searchpanel.h"
#include "session/statesession.h"
#include "tasks/taskspage.h"
#include "tasks/tasktablemodel.h"
#include "views/backupmodel.h"
#include "views/centreview.h"
#include "views/tablepage.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace statelens;
using namespace statelens::ui;
using statelens::test::TestDir;

namespace {

/// Types `text` into the Find box and waits for its hits.
bool find(MainWindow& w, const QString& text)
{
    SearchPanel* panel = w.searchPanel();
    QSignalSpy done(panel, &SearchPanel::searchFinished);
    QTest::keySequence(&w, QKeySequence::Find);
    QLineEdit* edit = panel->searchEdit();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    return done.wait(20000);
}

QStringList keysUnder(const QAbstractItemModel* model, const QModelIndex& group)
{
    QStringList keys;
    for (int r = 0; r < model->rowCount(group); ++r)
        keys << model->index(r, 0, group).data(SearchHitModel::KeyRole).toString();
    return keys;
}

/// Activates hit `row` of `group` with the keyboard.
void activate(QTreeView* view, const QModelIndex& group, int row)
{
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0, group));
    QTest::keyClick(view, Qt::Key_Return);
}

/// With STATELENS_SCREENSHOTS=DIR, saves what the window shows as DIR/name (docs/screenshots are made so).
void grabFor(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("STATELENS_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(w.grab().save(dir + u'/' + name));
}

} // namespace

class TestFind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StateLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_find"));
    }

    void findsTasksLogsAndBackups()
    {
        TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        MainWindow w;
        w.resize(1500, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(w.session(), &StateSession::loaded);
        QVERIFY(w.openPath(root));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);

        // "flaky": the three tasks, under their own heading, and the state.json key that copies them.
        QVERIFY(find(w, QStringLiteral("flaky")));
        SearchHitModel* model = w.searchPanel()->model();
        QTreeView* view = w.searchPanel()->results();
        const QModelIndex tasks = model->groupIndex(search::HitKind::Task);
        QVERIFY(tasks.isValid());
        QCOMPARE(tasks.data().toString(), QStringLiteral("Tasks (3)"));
        QVERIFY(view->isExpanded(tasks));
        QStringList ids = keysUnder(model, tasks);
        ids.removeDuplicates();
        QCOMPARE(ids.size(), 3);
        QCOMPARE(model->index(0, 0, tasks).data().toString(), QStringLiteral("Fix flaky test"));
        QVERIFY(model->groupIndex(search::HitKind::Key).isValid());
        QVERIFY(!model->groupIndex(search::HitKind::Backup).isValid()); // only when asked

        // A task hit selects the task in the Tasks view.
        activate(view, tasks, 1);
        TasksPage* page = w.centre()->tasksPage();
        QTRY_COMPARE(w.centre()->currentWidget(), static_cast<QWidget*>(page));
        QTRY_COMPARE(page->table()->currentIndex().siblingAtColumn(TaskTableModel::IdColumn).data().toString(), ids[1]);

        // Live: a fourth flaky task written by the tool appears in the hits.
        const QByteArray task = readFile(root + QStringLiteral("/tasks/") + ids[0] + QStringLiteral(".json")).value();
        const QString newId = QStringLiteral("0b5e1c9e-4a7d-4c51-9d55-2f7f3c1e9a10");
        QByteArray copy = task;
        copy.replace(ids[0].toUtf8(), newId.toUtf8());
        QVERIFY(writeFileAtomically(root + QStringLiteral("/tasks/") + newId + QStringLiteral(".json"), copy));
        QTRY_COMPARE_WITH_TIMEOUT(model->groupIndex(search::HitKind::Task).data().toString(), QStringLiteral("Tasks (4)"), 30000);

        // A log hit shows that log with the record selected.
        QVERIFY(find(w, QStringLiteral("session started")));
        const QModelIndex logs = model->groupIndex(search::HitKind::Log);
        QCOMPARE(model->rowCount(logs), 3);
        activate(view, logs, 2);
        LogPage* logPage = w.centre()->logPage();
        QTRY_COMPARE(w.centre()->currentWidget(), static_cast<QWidget*>(logPage));
        QTRY_VERIFY(logPage->table()->currentIndex().isValid());
        QVERIFY(logPage->table()->currentIndex().data().toString().contains(QStringLiteral("session started")));

        // Backups, on request: a hit in one selects it in the Backups view.
        QVERIFY(find(w, QStringLiteral("flaky")));
        QSignalSpy done(w.searchPanel(), &SearchPanel::searchFinished);
        QTest::mouseClick(w.searchPanel()->backupsBox(), Qt::LeftButton, {}, QPoint(4, w.searchPanel()->backupsBox()->height() / 2));
        QVERIFY(w.searchPanel()->backupsBox()->isChecked());
        QVERIFY(done.wait(20000));
        const QModelIndex backups = model->groupIndex(search::HitKind::Backup);
        QVERIFY(backups.isValid());
        QVERIFY(model->rowCount(backups) >= 8);
        grabFor(w, QStringLiteral("find.png"));
        const QString backupId = model->hitAt(model->index(0, 0, backups))->location;
        activate(view, backups, 0);
        TablePage* backupsPage = w.centre()->backupsPage();
        QTRY_COMPARE(w.centre()->currentWidget(), static_cast<QWidget*>(backupsPage));
        const QString path = backupsPage->table()->currentIndex().siblingAtColumn(BackupModel::PathColumn).data().toString();
        QVERIFY2(path.endsWith(backupId), qPrintable(path + QStringLiteral(" / ") + backupId));
    }
};

QTEST_MAIN(TestFind)
#include "tst_find.moc"
