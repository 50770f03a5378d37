// SPDX-License-Identifier: GPL-3.0-or-later
// The Check and Repair dialog driven through its widgets under offscreen, on a damaged copy of a real
// sample: the findings are shown with checkboxes on the safe fixes, Repair Selected applies the checked
// ones (bytes on disk), an unchecked fix is left alone, and the main window carries the action.
#include "testdir.h"

#include "doctor/doctordialog.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace statelens;
using namespace statelens::ui;
using statelens::test::TestDir;

namespace {
void writeOld(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    QVERIFY(f.flush()); // or closing would write the buffer, and move the time, after setFileTime()
    QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int filesWithContent(const QString& dir, const QByteArray& bytes)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        n += readBytes(it.next()) == bytes;
    return n;
}


QTreeWidgetItem* rowWhere(QTreeWidget* list, const QString& fileSuffix)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(1).endsWith(fileSuffix))
            return list->topLevelItem(i);
    return nullptr;
}
} // namespace

class TestDoctorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsFindingsAndRepairsTheCheckedOnes()
    {
        TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const QString temp = root + QStringLiteral("/.state.json.ab12cd34.tmp");
        const QByteArray tempBytes = "{\n  \"tasks\": [";
        writeOld(temp, tempBytes);
        QDir().mkpath(root + QStringLiteral("/.statelens"));
        const QString lock = root + QStringLiteral("/.statelens/lock");
        const QByteArray record
            = QStringLiteral("statelens-cli pid %1 since 2026-11-21T12:00:00Z\n").arg(test::TestDir::deadPid()).toUtf8();
        writeOld(lock, record);
        const QByteArray state = readBytes(root + QStringLiteral("/state.json"));

        DoctorDialog dialog(root);
        QSignalSpy diagnosed(&dialog, &DoctorDialog::diagnosed);
        QSignalSpy repaired(&dialog, &DoctorDialog::repaired);
        dialog.show();
        QTRY_COMPARE(diagnosed.count(), 1);
        auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("doctorFindings"));
        auto* repair = dialog.findChild<QPushButton*>(QStringLiteral("doctorRepair"));
        QVERIFY(list && repair);
        // Temp file, stale lock, and the sample's two empty backups.
        QCOMPARE(list->topLevelItemCount(), 4);
        QTreeWidgetItem* tempRow = rowWhere(list, QStringLiteral(".state.json.ab12cd34.tmp"));
        QTreeWidgetItem* lockRow = rowWhere(list, QStringLiteral("/.statelens/lock"));
        QVERIFY(tempRow && lockRow);
        QCOMPARE(tempRow->checkState(0), Qt::Checked);
        QCOMPARE(lockRow->checkState(0), Qt::Checked);
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* row = list->topLevelItem(i);
            QCOMPARE(bool(row->flags() & Qt::ItemIsUserCheckable), row == tempRow || row == lockRow);
            QVERIFY(!row->text(2).isEmpty() && !row->text(3).isEmpty());
        }
        QVERIFY(repair->isEnabled());
        // The current finding is shown in full below the list.
        list->setCurrentItem(lockRow);
        auto* details = dialog.findChild<QLabel*>(QStringLiteral("doctorDetails"));
        QVERIFY(details->text().contains(lockRow->toolTip(2)));
        QVERIFY(details->text().contains(QLatin1String("/.statelens/lock")));

        // Leave the lock's fix out: only the temp file is repaired.
        lockRow->setCheckState(0, Qt::Unchecked);
        QTest::mouseClick(repair, Qt::LeftButton);
        QTRY_COMPARE(diagnosed.count(), 2);
        QCOMPARE(repaired.count(), 1);
        QVERIFY(!QFile::exists(temp));
        QCOMPARE(filesWithContent(root + QStringLiteral("/.statelens/backups"), tempBytes), 1);
        QCOMPARE(readBytes(lock), record);
        QCOMPARE(readBytes(root + QStringLiteral("/state.json")), state);
        // Looked again: the temp file is gone, the lock is still listed (and checked again).
        QVERIFY(!rowWhere(list, QStringLiteral(".state.json.ab12cd34.tmp")));
        lockRow = rowWhere(list, QStringLiteral("/.statelens/lock"));
        QVERIFY(lockRow);
        QCOMPARE(lockRow->checkState(0), Qt::Checked);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("doctorStatus"))
                    ->text()
                    .contains(QLatin1String(".tmp")));

        QTest::mouseClick(repair, Qt::LeftButton);
        QTRY_COMPARE(diagnosed.count(), 3);
        QCOMPARE(repaired.count(), 2);
        QCOMPARE(readBytes(lock), QByteArray());
        QVERIFY(!rowWhere(list, QStringLiteral("/.statelens/lock")));
        QVERIFY(!repair->isEnabled());
    }

    void tenFindingsFitWithoutScrolling()
    {
        TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        for (int i = 0; i < 8; ++i)
            writeOld(root + QStringLiteral("/.state.json.ab12cd3%1.tmp").arg(i), "{");
        DoctorDialog dialog(root);
        QSignalSpy diagnosed(&dialog, &DoctorDialog::diagnosed);
        dialog.show();
        QTRY_COMPARE(diagnosed.count(), 1);
        auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("doctorFindings"));
        QVERIFY(list->topLevelItemCount() >= 10);
        QVERIFY(dialog.width() <= 1600 && dialog.height() <= 1000);
        // The check can fail: squeezed, the list scrolls.
        dialog.resize(700, 150);
        QTRY_VERIFY(list->verticalScrollBar()->isVisible());
        dialog.resize(1600, 1000);
        QTRY_VERIFY(!list->verticalScrollBar()->isVisible());
    }

    void mainWindowHasTheAction()
    {
        MainWindow window;
        QAction* action = window.actions()->checkRepair;
        QVERIFY(action);
        QVERIFY(!action->text().isEmpty());
        QVERIFY(!action->isEnabled()); // nothing open
    }
};

QTEST_MAIN(TestDoctorDialog)
#include "tst_doctordialog.moc"
