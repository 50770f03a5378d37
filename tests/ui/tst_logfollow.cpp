// SPDX-License-Identifier: GPL-3.0-or-later
// The log view's follow mode picks up lines a tool appends, keeping the level filter.
#include "logs/logfilterproxy.h"
#include "logs/logpage.h"
#include "logs/logrecordmodel.h"
#include "testdir.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace statelens;

class TestLogFollow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followPicksUpAppendedLines()
    {
        test::TestDir dir;
        const QString path = dir.createFile(QStringLiteral("logs/security_audit.log"),
            "{\"timestamp\": \"2026-11-21T11:34:48.408679Z\", \"event_type\": \"a\", \"status\": \"success\"}\n");
        ui::LogPage page;
        QAbstractItemModelTester tester(page.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        LogFile log;
        log.name = QStringLiteral("security_audit.log");
        log.path = path;
        log.format = LogFile::Format::JsonLines;
        QSignalSpy shown(&page, &ui::LogPage::logsShown);
        page.showLogs({ log }, QStringLiteral("audit"));
        QVERIFY(shown.wait(10000));
        QCOMPARE(page.model()->rowCount(), 1);

        QTest::mouseClick(page.followBox(), Qt::LeftButton);
        QVERIFY(page.followBox()->isChecked());
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"timestamp\": \"2026-11-21T11:34:49.000000Z\", \"event_type\": \"b\", \"status\": \"success\"}\n");
        f.write("{\"timestamp\": \"2026-11-21T11:34:50.000000Z\", \"event_type\": \"c\", \"status\": \"failure\"}\n");
        f.close();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 3, 10000);

        QTest::mouseClick(page.followBox(), Qt::LeftButton);
        QVERIFY(!page.followBox()->isChecked());
    }
};

QTEST_MAIN(TestLogFollow)
#include "tst_logfollow.moc"
