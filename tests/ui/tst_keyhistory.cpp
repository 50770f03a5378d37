// SPDX-License-Identifier: GPL-3.0-or-later
// A key's history as a chart: numbers as a line over time, anything else as a timeline; a click on a
// point (through the series' clicked signal, as Qt Charts delivers a mouse click) selects that backup,
// shows its value and offers the restore wizard on exactly that key; the wizard then restores it.
#include "backup/applypage.h"
#include "backup/backupcatalogue.h"
#include "backup/backupcontroller.h"
#include "backup/diffmodel.h"
#include "backup/diffview.h"
#include "backup/historychart.h"
#include "backup/keyhistorydialog.h"
#include "backup/keyhistorymodel.h"
#include "backup/restorewizard.h"
#include "backup/scopepage.h"
#include "mainwindow/mainwindow.h"
#include "session/statesession.h"
#include "sources/source.h"
#include "testdir.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace statelens;
using namespace statelens::ui;
using namespace statelens::backup;

namespace {
Snapshot load(const QString& path)
{
    auto loaded = openAndLoad(path);
    if (!loaded)
        qFatal("cannot load %s", qPrintable(path));
    return loaded->snapshot;
}

QList<HistoryPoint> historyOf(const Snapshot& s, const QString& address)
{
    return keyHistory(s, BackupCatalogue(s), Address::parse(address).value());
}

/// The first backup point whose value differs from the value now.
int firstDifferent(const QList<HistoryPoint>& points)
{
    for (int i = 0; i < points.size() - 1; ++i)
        if (points[i].present && points[i].value != points.last().value)
            return i;
    return -1;
}

QJsonObject readObject(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// With STATELENS_SCREENSHOTS=DIR, keeps a picture of `w` for docs/screenshots.
void saveScreenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("STATELENS_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + u'/' + name));
}

void next(RestoreWizard& w)
{
    QAbstractButton* b = w.currentPage()->isCommitPage() ? w.button(QWizard::CommitButton) : w.button(QWizard::NextButton);
    QVERIFY(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
    QCoreApplication::processEvents();
}
} // namespace

class TestKeyHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersAreALineChart()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const QList<HistoryPoint> points = historyOf(load(root), QStringLiteral("state/metrics/total_tasks"));
        QCOMPARE(points.size(), 9); // eight usable backups and now
        KeyHistoryDialog d(QStringLiteral("state/metrics/total_tasks"), points);
        QAbstractItemModelTester tester(d.model());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        HistoryChart* chart = d.chart();
        QVERIFY(chart->isNumeric());
        QCOMPARE(chart->lineSeries()->count(), 9);
        for (int i = 0; i < points.size(); ++i) {
            QCOMPARE(chart->position(i).y(), points[i].value.toDouble());
            if (i > 0)
                QVERIFY(chart->position(i).x() > chart->position(i - 1).x()); // in time order, each on its own
        }
        // Opened on the value now.
        QCOMPARE(d.selectedPoint(), 8);
        QVERIFY(!d.restoreButton()->isEnabled());

        // A click on a backup's point: table row, value and the restore offer follow.
        const int i = firstDifferent(points);
        QVERIFY(i >= 0);
        QSignalSpy clicked(chart, &HistoryChart::pointClicked);
        Q_EMIT chart->pointSeries()->clicked(chart->position(i));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toInt(), i);
        QCOMPARE(d.selectedPoint(), i);
        QCOMPARE(chart->selected(), i);
        QCOMPARE(d.table()->currentIndex().row(), i);
        QCOMPARE(d.valueView()->toPlainText().trimmed(), QString::number(points[i].value.toInt()));
        QVERIFY(d.findChild<QLabel*>(QStringLiteral("pointLabel"))->text().contains(points[i].backupId));
        QVERIFY(d.restoreButton()->isEnabled());
        QSignalSpy restore(&d, &KeyHistoryDialog::restoreRequested);
        QTest::mouseClick(d.restoreButton(), Qt::LeftButton);
        QCOMPARE(restore.count(), 1);
        QCOMPARE(restore.first().at(0).toString(), points[i].backupId);
        QCOMPARE(restore.first().at(1).toString(), QStringLiteral("state/metrics")); // the key that holds it
        d.resize(1100, 700);
        QCoreApplication::processEvents();
        saveScreenshot(&d, QStringLiteral("key-history.png"));

        // The table drives the chart the same way.
        d.table()->setCurrentIndex(d.model()->index(0, 0));
        QCOMPARE(d.selectedPoint(), 0);
        QCOMPARE(chart->selected(), 0);
    }

    void otherValuesAreATimeline()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const QList<HistoryPoint> points = historyOf(load(root), QStringLiteral("state/metrics"));
        KeyHistoryDialog d(QStringLiteral("state/metrics"), points);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        HistoryChart* chart = d.chart();
        QVERIFY(!chart->isNumeric());
        int changed = 0;
        for (int i = 0; i < points.size(); ++i) {
            QCOMPARE(chart->position(i).y(), points[i].present ? 1.0 : 0.0);
            changed += points[i].changed;
        }
        QCOMPARE(chart->pointSeries()->count() + changed, points.size()); // changed points drawn apart
        Q_EMIT chart->pointSeries()->clicked(chart->position(0));
        QVERIFY(d.selectedPoint() >= 0);
        QVERIFY(d.valueView()->toPlainText().contains(QLatin1String("total_tasks")));
    }

    /// From the window: Key History, a click on a point, Restore This Value, and the wizard restores that
    /// one key from that backup through the restore engine.
    void restoreFromThePoint()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(w.session(), &StateSession::loaded);
        QVERIFY(w.openPath(root));
        QVERIFY(loaded.wait(30000));
        w.backups()->showHistory(QStringLiteral("state/metrics/total_tasks"));
        QTRY_VERIFY_WITH_TIMEOUT(w.backups()->historyDialog() && w.backups()->historyDialog()->isVisible(), 30000);
        KeyHistoryDialog* d = w.backups()->historyDialog();
        const QList<HistoryPoint> points = d->model()->points();
        const int i = firstDifferent(points);
        QVERIFY(i >= 0);
        Q_EMIT d->chart()->pointSeries()->clicked(d->chart()->position(i));
        QCOMPARE(d->selectedPoint(), i);
        QTest::mouseClick(d->restoreButton(), Qt::LeftButton);
        RestoreWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = w.findChild<RestoreWizard*>()) && wizard->isVisible());
        QCOMPARE(wizard->preselected(), points[i].backupId);
        QCOMPARE(wizard->preselectedScope(), QStringList { QStringLiteral("state/metrics") });
        next(*wizard); // the backup chosen → preview
        next(*wizard); // preview → scope: only the key
        QCOMPARE(wizard->currentId(), int(RestoreWizard::ScopeStep));
        auto* scope = wizard->findChild<ScopePage*>();
        QVERIFY(scope->findChild<QRadioButton*>(QStringLiteral("scopeChosen"))->isChecked());
        QCOMPARE(scope->diffView()->model()->checkedAddresses(), QStringList { QStringLiteral("state/metrics") });
        next(*wizard); // options
        next(*wizard); // confirm
        next(*wizard); // apply
        auto* apply = wizard->findChild<ApplyPage*>();
        QTRY_VERIFY_WITH_TIMEOUT(apply->isComplete(), 30000);
        const QJsonObject state = readObject(root + QStringLiteral("/state.json"));
        QCOMPARE(state.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("total_tasks")).toInt(),
                 int(points[i].value.toInt()));
    }
};

QTEST_MAIN(TestKeyHistory)
#include "tst_keyhistory.moc"
