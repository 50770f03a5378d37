// SPDX-License-Identifier: GPL-3.0-or-later
// MessageBanner (ui/mainwindow/messagebanner.h): hidden until there is something to say, an error in the
// error colour and information in the normal one, dismissed by its close button.
#include "mainwindow/messagebanner.h"
#include "common/levelcolors.h"

#include <QLabel>
#include <QTest>
#include <QToolButton>

using namespace statelens::ui;

class TestMessageBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndDismisses();
};

void TestMessageBanner::showsAndDismisses()
{
    QWidget window;
    auto* banner = new MessageBanner(&window);
    window.show();
    QVERIFY(!banner->isVisible());
    QCOMPARE(banner->text(), QString());

    banner->showError(QStringLiteral("/s/state.json: cannot save: disk full"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("/s/state.json: cannot save: disk full"));
    auto* label = banner->findChild<QLabel*>();
    QVERIFY(label);
    QVERIFY(label->wordWrap());
    const QColor error = levelColor(QStringLiteral("error"), banner->palette());
    QVERIFY(error.isValid());
    QCOMPARE(label->palette().color(QPalette::WindowText), error);

    banner->showInfo(QStringLiteral("reloaded"));
    QCOMPARE(banner->text(), QStringLiteral("reloaded"));
    QCOMPARE(label->palette().color(QPalette::WindowText), banner->palette().color(QPalette::WindowText));
    QVERIFY(label->palette().color(QPalette::WindowText) != error);

    auto* close = banner->findChild<QToolButton*>();
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QCOMPARE(banner->text(), QString()); // nothing is said while hidden
}

QTEST_MAIN(TestMessageBanner)
#include "tst_messagebanner.moc"
