// SPDX-License-Identifier: GPL-3.0-or-later
// Tasks edited in the window through its real widgets, on the real coding-agent sample: the failed task set
// back to pending with the status combo, undone, redone, saved (only that member's bytes change), and a
// save refused when another writer changed the same member on disk.

#include "testdir.h"

#include "editor/rawjsoneditor.h"
#include "editor/valueeditorpanel.h"
#include "io/safewrite.h"
#include "mainwindow/mainwindow.h"
#include "navigator/navigatormodel.h"
#include "session/editcontroller.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"
#include "sources/taskstatus.h"
#include "tasks/taskdetailswidget.h"
#include "tasks/taskspage.h"
#include "tasks/tasktablemodel.h"
#include "views/centreview.h"

#include <QComboBox>
#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace statelens;
using namespace statelens::ui;
using statelens::test::TestDir;

namespace {

const QString FailedTask = QStringLiteral("8a821726-f4d8-4f0b-bf80-3b674aa5d7f8");

QHash<QString, QByteArray> filesBelow(const QString& root)
{
    QHash<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        out.insert(p, readFile(p).value());
    }
    return out;
}

QStringList comboItems(const QComboBox* combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

/// Clicks the row of task `id` in the tasks table.
bool clickTask(TasksPage* page, const QString& id)
{
    QTableView* table = page->table();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex i = table->model()->index(r, TaskTableModel::IdColumn);
        if (i.data().toString() != id)
            continue;
        table->scrollTo(i);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(i).center());
        return true;
    }
    return false;
}

/// With STATELENS_SCREENSHOTS=DIR, saves what the window shows as DIR/name (docs/screenshots are made so).
void grabFor(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("STATELENS_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(w.grab().save(dir + u'/' + name));
}

} // namespace

class TestTaskEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StateLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_taskediting"));
    }

    void statusChoices_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("seen");
        QTest::addColumn<QStringList>("expected");
        const QStringList documented = documentedTaskStatuses();
        QTest::newRow("documented, only known") << int(SourceKind::Documented) << QStringList { QStringLiteral("failed") } << documented;
        QTest::newRow("coding-agent, extra ones sorted after")
            << int(SourceKind::CodingAgent) << QStringList { QStringLiteral("zz"), QStringLiteral("blocked"), QStringLiteral("failed") }
            << documented + QStringList { QStringLiteral("blocked"), QStringLiteral("zz") };
        QTest::newRow("other tool: what it uses") << int(SourceKind::PlainJson)
                                                  << QStringList { QStringLiteral("open"), QStringLiteral("done") }
                                                  << QStringList { QStringLiteral("done"), QStringLiteral("open") };
    }

    void statusChoices()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, seen);
        QFETCH(QStringList, expected);
        Snapshot s;
        s.info.kind = SourceKind(kind);
        for (const QString& status : seen) {
            Task t;
            t.id = status;
            t.status = status;
            s.tasks << t;
        }
        QCOMPARE(taskStatusChoices(s), expected);
    }

    void taskEditIsWrittenMemberByMember()
    {
        PendingChanges pending;
        PendingEdit e;
        e.ns = EditController::taskNamespace();
        e.key = QStringLiteral("t1");
        e.before = *json::JsonValue::parse(R"({"id": "t1", "status": "failed", "error": "x", "logs": [1]})");
        e.value = *json::JsonValue::parse(R"({"id": "t1", "status": "pending", "logs": [1], "note": "n"})");
        pending.set(e.ns, e.key, e);
        const QList<Change> changes = pending.changes();
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[0].address.toString(), QStringLiteral("@tasks/t1/status"));
        QCOMPARE(changes[0].value.toString(), QStringLiteral("pending"));
        QCOMPARE(changes[1].address.toString(), QStringLiteral("@tasks/t1/note"));
        QCOMPARE(changes[2].address.toString(), QStringLiteral("@tasks/t1/error"));
        QVERIFY(changes[2].op == Change::Op::Remove);
    }

    void aLangGraphThreadIsShownNotEdited()
    {
        // A LangGraph thread is a task row made from its checkpoint database, not a task file: its status
        // cannot be chosen and the value panel does not offer it for editing.
        TestDir dir;
        const QString db = dir.copySample(QStringLiteral("langgraph/agent-checkpoints.sqlite"));
        MainWindow w;
        w.resize(1500, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(w.session(), &StateSession::loaded);
        QVERIFY(w.openPath(db));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY(w.showSection(NavigatorModel::Section::Tasks));
        TasksPage* page = w.centre()->tasksPage();
        QTRY_VERIFY(page->table()->model()->rowCount() > 0);
        page->table()->selectRow(0);
        QTRY_VERIFY(page->details()->isObjectShown());
        QVERIFY(!page->details()->isTaskEditable());
        QVERIFY(!page->details()->statusEdit()->isEnabled());
        QVERIFY(w.editor()->currentNamespace() != EditController::taskNamespace());
    }

    void setFailedTaskBackToPending()
    {
        TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const QString taskFile = root + QStringLiteral("/tasks/") + FailedTask + QStringLiteral(".json");
        const QByteArray original = readFile(taskFile).value();
        QVERIFY(original.contains("\"status\": \"failed\""));
        const QHash<QString, QByteArray> before = filesBelow(root);

        MainWindow w;
        w.resize(1500, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        StateSession* session = w.session();
        QSignalSpy loaded(session, &StateSession::loaded);
        QVERIFY(w.openPath(root));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);

        // Select the failed task in the Tasks view: the value panel shows its object, the combo its status.
        QVERIFY(w.showSection(NavigatorModel::Section::Tasks));
        TasksPage* page = w.centre()->tasksPage();
        QTRY_VERIFY(page->table()->model()->rowCount() > 0);
        QVERIFY(clickTask(page, FailedTask));
        ValueEditorPanel* editor = w.editor();
        QTRY_COMPARE(editor->currentKey(), FailedTask);
        QCOMPARE(editor->currentNamespace(), EditController::taskNamespace());
        QVERIFY(editor->rawEditor()->text().contains(QStringLiteral("\"status\": \"failed\"")));
        QComboBox* combo = page->details()->statusEdit();
        QTRY_VERIFY(combo->isEnabled());
        QCOMPARE(combo->currentText(), QStringLiteral("failed"));
        QCOMPARE(comboItems(combo), documentedTaskStatuses());

        // Pending is the first status: Home picks it, as a person would with the keyboard.
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        QCOMPARE(session->pending()->count(), 1);
        QVERIFY(w.edits()->keyState(EditController::taskNamespace(), FailedTask) == KeyState::Modified);
        QCOMPARE(combo->currentText(), QStringLiteral("pending"));
        QVERIFY(editor->rawEditor()->text().contains(QStringLiteral("\"status\": \"pending\"")));

        // Undo and redo with the window's shortcuts.
        page->table()->setFocus();
        QTest::keySequence(&w, QKeySequence::Undo);
        QVERIFY(session->pending()->isEmpty());
        QCOMPARE(combo->currentText(), QStringLiteral("failed"));
        QVERIFY(editor->rawEditor()->text().contains(QStringLiteral("\"status\": \"failed\"")));
        QTest::keySequence(&w, QKeySequence::Redo);
        QCOMPARE(session->pending()->count(), 1);
        QCOMPARE(combo->currentText(), QStringLiteral("pending"));
        grabFor(w, QStringLiteral("task-editing.png"));

        // Save: the task file changes in that member's bytes only; no other file that existed changes.
        QSignalSpy reloaded(session, &StateSession::reloaded);
        QSignalSpy saveFailed(session, &StateSession::saveFailed);
        QTest::keySequence(&w, QKeySequence::Save);
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() == 1 || !saveFailed.isEmpty(), 30000);
        QVERIFY2(saveFailed.isEmpty(), saveFailed.isEmpty() ? "" : qPrintable(saveFailed.first().first().toString()));
        QByteArray expected = original;
        expected.replace("\"status\": \"failed\"", "\"status\": \"pending\"");
        QCOMPARE(readFile(taskFile).value(), expected);
        const QHash<QString, QByteArray> after = filesBelow(root);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (it.key() != taskFile)
                QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        // The saved task is shown again, editable.
        QTRY_COMPARE(editor->currentKey(), FailedTask);
        QTRY_VERIFY(combo->isEnabled());
        QCOMPARE(combo->currentText(), QStringLiteral("pending"));

        // Another writer sets the same member meanwhile: the save is refused and their bytes stay.
        const int completed = int(comboItems(combo).indexOf(QStringLiteral("completed")));
        QVERIFY(completed >= 0);
        combo->setFocus();
        for (int i = combo->currentIndex(); i < completed; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentText(), QStringLiteral("completed"));
        QCOMPARE(session->pending()->count(), 1);
        QByteArray theirs = expected;
        theirs.replace("\"status\": \"pending\"", "\"status\": \"cancelled\"");
        QTest::qWait(20); // a modification time the first save cannot have
        QVERIFY(writeFileAtomically(taskFile, theirs));
        QSignalSpy conflict(session, &StateSession::saveConflict);
        QTest::keySequence(&w, QKeySequence::Save);
        QTRY_VERIFY_WITH_TIMEOUT(!conflict.isEmpty() || !saveFailed.isEmpty(), 30000);
        QVERIFY(saveFailed.isEmpty());
        QVERIFY2(conflict.first().at(1).toStringList().join(u' ').contains(FailedTask),
                 qPrintable(conflict.first().at(0).toString()));
        QCOMPARE(readFile(taskFile).value(), theirs);
        QCOMPARE(session->pending()->count(), 1);
    }
};

QTEST_MAIN(TestTaskEditing)
#include "tst_taskediting.moc"
