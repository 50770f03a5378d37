// SPDX-License-Identifier: GPL-3.0-or-later
// ChangeMarks (ui/live/changemarks.h): rows marked as changed on disk are highlighted for a while with a
// fading colour and say how long ago they changed; the timer names the rows to repaint while they fade
// and lets them go when their highlight ends.
#include "live/changemarks.h"

#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace statelens::ui;

class TestChangeMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ageText_data();
    void ageText();
    void unmarkedRows();
    void markedRowsAreHighlighted();
    void markingAgainStartsAgain();
    void clearForgetsEverything();
    void highlightsFadeAndEnd();
};

void TestChangeMarks::ageText_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("now") << qint64(0) << "changed 0 s ago";
    QTest::newRow("under a second") << qint64(999) << "changed 0 s ago";
    QTest::newRow("seconds") << qint64(3500) << "changed 3 s ago";
    QTest::newRow("last second of the first minute") << qint64(59999) << "changed 59 s ago";
    QTest::newRow("a minute") << qint64(60000) << "changed 1 min ago";
    QTest::newRow("minutes") << qint64(59 * 60000 + 59999) << "changed 59 min ago";
    QTest::newRow("an hour") << qint64(3600000) << "changed 1 h ago";
    QTest::newRow("a day") << qint64(24 * 3600000) << "changed 24 h ago";
}

void TestChangeMarks::ageText()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(ChangeMarks::ageText(ms), text);
}

void TestChangeMarks::unmarkedRows()
{
    ChangeMarks marks;
    QCOMPARE(marks.ageMs(QStringLiteral("user/theme")), qint64(-1));
    QVERIFY(!marks.isHighlighted(QStringLiteral("user/theme")));
    QVERIFY(!marks.background(QStringLiteral("user/theme")).isValid());
    QCOMPARE(marks.ageText(QStringLiteral("user/theme")), QString());
}

void TestChangeMarks::markedRowsAreHighlighted()
{
    ChangeMarks marks;
    marks.mark(QStringLiteral("a"));
    QVERIFY(marks.isHighlighted(QStringLiteral("a")));
    QVERIFY(!marks.isHighlighted(QStringLiteral("b")));
    const qint64 age = marks.ageMs(QStringLiteral("a"));
    QVERIFY(age >= 0 && age < ChangeMarks::highlightMs());
    QCOMPARE(marks.ageText(QStringLiteral("a")), QStringLiteral("changed 0 s ago"));
    const QVariant bg = marks.background(QStringLiteral("a"));
    QVERIFY(bg.isValid());
    const QColor c = bg.value<QColor>();
    // Amber, not the selection's colour, and see-through so that the text stays readable.
    QCOMPARE(c.rgb(), QColor(0xff, 0xc1, 0x07).rgb());
    QVERIFY(c.alphaF() > 0.5 && c.alphaF() <= 0.66);
}

void TestChangeMarks::markingAgainStartsAgain()
{
    ChangeMarks marks;
    marks.mark(QStringLiteral("a"));
    QTest::qWait(120);
    const qint64 older = marks.ageMs(QStringLiteral("a"));
    QVERIFY(older >= 100);
    marks.mark(QStringLiteral("a"));
    QVERIFY(marks.ageMs(QStringLiteral("a")) < older);
}

void TestChangeMarks::clearForgetsEverything()
{
    ChangeMarks marks;
    marks.mark(QStringLiteral("a"));
    marks.mark(QStringLiteral("b"));
    marks.clear();
    QCOMPARE(marks.ageMs(QStringLiteral("a")), qint64(-1));
    QVERIFY(!marks.isHighlighted(QStringLiteral("b")));
    QVERIFY(!marks.background(QStringLiteral("a")).isValid());
    QCOMPARE(marks.ageText(QStringLiteral("a")), QString());
}

void TestChangeMarks::highlightsFadeAndEnd()
{
    ChangeMarks marks;
    QSignalSpy expired(&marks, &ChangeMarks::expired);
    marks.mark(QStringLiteral("a"));
    marks.mark(QStringLiteral("b"));
    marks.mark(QStringLiteral("a")); // once in the list
    const double start = marks.background(QStringLiteral("a")).value<QColor>().alphaF();

    // Each step repaints the rows still fading, paler each time.
    QVERIFY(expired.wait(2000));
    QCOMPARE(expired.first().first().toStringList(), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    QVERIFY(marks.background(QStringLiteral("a")).value<QColor>().alphaF() < start);

    // At the end: a last repaint that names it, then no highlight and no more signals; the age stays known.
    QTRY_VERIFY_WITH_TIMEOUT(!marks.isHighlighted(QStringLiteral("a")), ChangeMarks::highlightMs() + 1000);
    QTest::qWait(ChangeMarks::highlightMs() / 6 + 150); // the step after the end
    QVERIFY(expired.last().first().toStringList().contains(QStringLiteral("a")));
    QVERIFY(!marks.background(QStringLiteral("a")).isValid());
    QVERIFY(marks.ageMs(QStringLiteral("a")) >= ChangeMarks::highlightMs());
    QVERIFY(marks.ageText(QStringLiteral("a")).endsWith(QLatin1String(" s ago")));
    const qsizetype signals = expired.size();
    QTest::qWait(ChangeMarks::highlightMs() / 6 + 50);
    QCOMPARE(expired.size(), signals);
}

QTEST_MAIN(TestChangeMarks)
#include "tst_changemarks.moc"
