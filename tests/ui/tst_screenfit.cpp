// SPDX-License-Identifier: GPL-3.0-or-later
// fitToScreen() (ui/mainwindow/screenfit.h) on the test's screen, with docks sized from that screen:
// docks that do not fit side by side are tabbed (the first in front), those that fit are left alone, a
// floating dock is never tabbed, and the window is made no larger than the screen and moved onto it.
#include "mainwindow/screenfit.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QMainWindow>
#include <QScreen>
#include <QTest>

using namespace statelens::ui;

namespace {

/// A dock whose content needs `height` pixels.
QDockWidget* dock(QMainWindow* window, const QString& name, int height)
{
    auto* d = new QDockWidget(name, window);
    d->setObjectName(name);
    auto* content = new QLabel(name, d);
    content->setMinimumSize(120, height);
    d->setWidget(content);
    window->addDockWidget(Qt::LeftDockWidgetArea, d);
    return d;
}

QRect available()
{
    return QGuiApplication::primaryScreen()->availableGeometry();
}

} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void docksThatDoNotFitAreTabbed();
    void docksThatFitStayApart();
    void aFloatingDockIsNotTabbed();
    void aWindowTooBigForAnyLayout();
    void theWindowIsMovedOntoTheScreen();
};

void TestScreenFit::docksThatDoNotFitAreTabbed()
{
    // Two docks above each other need more than the screen's height; tabbed, one of them is enough.
    QMainWindow w;
    w.setCentralWidget(new QLabel(QStringLiteral("centre")));
    const int tall = available().height() * 6 / 10;
    QDockWidget* front = dock(&w, QStringLiteral("front"), tall);
    QDockWidget* behind = dock(&w, QStringLiteral("behind"), tall);
    QVERIFY(w.minimumSizeHint().height() > available().height());

    QVERIFY(fitToScreen(&w, { { front, behind } }));
    QVERIFY(w.tabifiedDockWidgets(front).contains(behind));
    QVERIFY(w.minimumSizeHint().height() <= available().height());
    QVERIFY(w.height() <= available().height());
    QVERIFY(w.width() <= available().width());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!front->visibleRegion().isEmpty()); // the first is the one in front
    QVERIFY(behind->visibleRegion().isEmpty());
    // Again: nothing more to do, and nothing undone.
    QVERIFY(fitToScreen(&w, { { front, behind } }));
    QVERIFY(w.tabifiedDockWidgets(front).contains(behind));
}

void TestScreenFit::docksThatFitStayApart()
{
    QMainWindow w;
    w.setCentralWidget(new QLabel(QStringLiteral("centre")));
    const int small = available().height() / 6;
    QDockWidget* a = dock(&w, QStringLiteral("a"), small);
    QDockWidget* b = dock(&w, QStringLiteral("b"), small);
    w.resize(available().width() / 2, available().height() / 2);
    const QSize before = w.size();
    QVERIFY(fitToScreen(&w, { { a, b } }));
    QVERIFY(w.tabifiedDockWidgets(a).isEmpty());
    QCOMPARE(w.size(), before);
}

void TestScreenFit::aFloatingDockIsNotTabbed()
{
    QMainWindow w;
    w.setCentralWidget(new QLabel(QStringLiteral("centre")));
    const int tall = available().height() * 6 / 10;
    QDockWidget* front = dock(&w, QStringLiteral("front"), tall);
    QDockWidget* floating = dock(&w, QStringLiteral("floating"), tall);
    QDockWidget* c = dock(&w, QStringLiteral("c"), tall);
    floating->setFloating(true);
    fitToScreen(&w, { { front, floating }, { front, c }, { nullptr, c } });
    QVERIFY(!w.tabifiedDockWidgets(front).contains(floating));
    QVERIFY(floating->isFloating());
    QVERIFY(w.tabifiedDockWidgets(front).contains(c));
}

void TestScreenFit::aWindowTooBigForAnyLayout()
{
    // Its content needs more than the screen whatever the layout: it says so, and keeps its top left
    // corner (the title bar, the menus) on the screen.
    QMainWindow w;
    auto* centre = new QLabel(QStringLiteral("centre"));
    centre->setMinimumSize(available().size() * 2);
    w.setCentralWidget(centre);
    w.resize(available().size() * 3);
    w.move(available().center());
    QVERIFY(!fitToScreen(&w, {}));
    QCOMPARE(w.pos(), available().topLeft());
}

void TestScreenFit::theWindowIsMovedOntoTheScreen()
{
    QMainWindow w;
    w.setCentralWidget(new QLabel(QStringLiteral("centre")));
    w.resize(available().width() / 2, available().height() / 2);
    w.move(available().right() + 500, available().bottom() + 500);
    QVERIFY(fitToScreen(&w, {}));
    QVERIFY(available().contains(QRect(w.pos(), w.size())));
    w.move(available().left() - 500, available().top() - 500);
    QVERIFY(fitToScreen(&w, {}));
    QCOMPARE(w.pos(), available().topLeft());
}

QTEST_MAIN(TestScreenFit)
#include "tst_screenfit.moc"
