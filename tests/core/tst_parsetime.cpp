// SPDX-License-Identifier: GPL-3.0-or-later
// parseTime() reads the canonical "YYYY-MM-DDTHH:MM:SS[.mmm]Z" by hand (four per task, a million tasks);
// it must give exactly what QDateTime's ISO parser gives, and leave everything else to it.
#include "sources/sourceutil.h"

#include <QRandomGenerator>
#include <QTest>

using namespace statelens;

namespace {
// The general path: Qt's ISO parser, UTC unless an offset is given.
QDateTime reference(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime && !text.contains(u'+'))
        t.setTimeSpec(Qt::UTC);
    return t;
}

void compareTimes(const QString& text)
{
    const QDateTime got = parseTime(text);
    const QDateTime want = reference(text);
    QVERIFY2(got.isValid() == want.isValid(), qPrintable(text));
    if (!want.isValid())
        return;
    QVERIFY2(got.toMSecsSinceEpoch() == want.toMSecsSinceEpoch(),
             qPrintable(QStringLiteral("%1: %2 != %3").arg(text, got.toString(Qt::ISODateWithMs), want.toString(Qt::ISODateWithMs))));
    QVERIFY2(got.timeSpec() == want.timeSpec(), qPrintable(text));
}
} // namespace

class TestParseTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQtsParser_data()
    {
        QTest::addColumn<QString>("text");
        const char* rows[] = {
            "2026-11-21T12:00:00.000Z", "2026-11-21T12:00:00Z", "1970-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z",
            "2024-02-29T10:00:00.500Z", "2023-02-29T10:00:00.500Z", "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z",
            "2026-04-31T00:00:00Z", "2026-11-21T24:00:00Z", "2026-11-21T23:60:00Z", "2026-11-21T23:59:60Z",
            "2026-11-21T12:00:00.1Z", "2026-11-21T12:00:00.123456Z", "2026-11-21T12:00:00+02:00", "2026-11-21T12:00:00",
            "2026-11-21 12:00:00Z", "2026-1-21T12:00:00.000Z", "20x6-11-21T12:00:00.000Z", "0001-01-01T00:00:00Z",
            "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "2026-11-21T12:00:00.000z", "garbage", "",
            "2026-11-21T12:00:00.000+00:00", "2026-11-21T1:00:00.000Z",
        };
        for (const char* r : rows)
            QTest::newRow(r) << QString::fromLatin1(r);
    }
    void sameAsQtsParser()
    {
        QFETCH(QString, text);
        compareTimes(text);
    }

    void generatedTimestamps()
    {
        QRandomGenerator rng(3);
        for (int i = 0; i < 20000; ++i) {
            const int year = int(rng.bounded(1, 10000));
            const QString text = QStringLiteral("%1-%2-%3T%4:%5:%6")
                                     .arg(year, 4, 10, QLatin1Char('0'))
                                     .arg(int(rng.bounded(0, 14)), 2, 10, QLatin1Char('0'))
                                     .arg(int(rng.bounded(0, 33)), 2, 10, QLatin1Char('0'))
                                     .arg(int(rng.bounded(0, 25)), 2, 10, QLatin1Char('0'))
                                     .arg(int(rng.bounded(0, 61)), 2, 10, QLatin1Char('0'))
                                     .arg(int(rng.bounded(0, 61)), 2, 10, QLatin1Char('0'))
                + (rng.bounded(2) ? QStringLiteral(".%1").arg(int(rng.bounded(1000)), 3, 10, QLatin1Char('0')) : QString())
                + QStringLiteral("Z");
            compareTimes(text);
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(TestParseTime)
#include "tst_parsetime.moc"
