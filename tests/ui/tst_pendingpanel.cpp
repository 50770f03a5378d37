// SPDX-License-Identifier: GPL-3.0-or-later
// PendingPanel (ui/pending/pendingpanel.h): the session's pending edits listed as they change, activating
// one names its key, and the window's Review, Save and Revert actions in its tool bar.
#include "pending/pendingpanel.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

using namespace statelens;
using namespace statelens::ui;

namespace {

PendingEdit edit(const QString& ns, const QString& key, bool remove = false)
{
    PendingEdit e;
    e.ns = ns;
    e.key = key;
    e.remove = remove;
    e.value = json::JsonValue::fromInt(1);
    if (remove)
        e.before = json::JsonValue::fromInt(0);
    return e;
}

} // namespace

class TestPendingPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsThePendingEdits();
    void activatingAnEditNamesItsKey();
    void theWindowsActions();
};

void TestPendingPanel::listsThePendingEdits()
{
    StateSession session;
    PendingPanel panel(&session);
    QAbstractItemModel* model = panel.view()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 0);
    session.pending()->set(QStringLiteral("user"), QStringLiteral("theme"), edit(QStringLiteral("user"), QStringLiteral("theme")));
    session.pending()->set(QStringLiteral("config"), QStringLiteral("limit"), edit(QStringLiteral("config"), QStringLiteral("limit"), true));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("add user / theme = 1"));
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("delete config / limit"));
    session.pending()->set(QStringLiteral("user"), QStringLiteral("theme"), std::nullopt);
    QCOMPARE(model->rowCount(), 1);
    session.pending()->clear();
    QCOMPARE(model->rowCount(), 0);
}

void TestPendingPanel::activatingAnEditNamesItsKey()
{
    StateSession session;
    PendingPanel panel(&session);
    session.pending()->set(QStringLiteral("a/b"), QStringLiteral("k~1"), edit(QStringLiteral("a/b"), QStringLiteral("k~1")));
    session.pending()->set(QStringLiteral("user"), QStringLiteral("name"), edit(QStringLiteral("user"), QStringLiteral("name")));
    QSignalSpy activated(&panel, &PendingPanel::keyActivated);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.view()->setCurrentIndex(panel.view()->model()->index(1, 0));
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toString(), QStringLiteral("user"));
    QCOMPARE(activated.first().at(1).toString(), QStringLiteral("name"));
    Q_EMIT panel.view()->activated(panel.view()->model()->index(0, 0));
    QCOMPARE(activated.last().at(0).toString(), QStringLiteral("a/b")); // names as they are, not escaped
    QCOMPARE(activated.last().at(1).toString(), QStringLiteral("k~1"));
}

void TestPendingPanel::theWindowsActions()
{
    StateSession session;
    PendingPanel panel(&session);
    QAction review(QStringLiteral("Review")), save(QStringLiteral("Save")), revert(QStringLiteral("Revert"));
    save.setEnabled(false);
    panel.setButtons(&review, &save, &revert);
    auto* bar = panel.findChild<QToolBar*>();
    QVERIFY(bar);
    QCOMPARE(bar->actions(), (QList<QAction*> { &review, &save, &revert }));
    QSignalSpy triggered(&review, &QAction::triggered);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QWidget* button = bar->widgetForAction(&review);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(triggered.size(), 1);
    QVERIFY(!bar->widgetForAction(&save)->isEnabled()); // the same enabled state as the window's
}

QTEST_MAIN(TestPendingPanel)
#include "tst_pendingpanel.moc"
