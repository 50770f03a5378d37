// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a damaged state: the banner says which file, what is wrong and what is shown instead;
// editing is off and says why; "Restore from …" leads through the wizard to a healthy state on disk.
#include "testdir.h"

#include "backup/applypage.h"
#include "backup/restorewizard.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/mainwindow.h"
#include "recovery/damagebanner.h"
#include "session/statesession.h"

#include <QAction>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace statelens;
using namespace statelens::ui;
using statelens::test::TestDir;

class TestDamagedState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void bannerEditingOffAndRestore_data()
    {
        QTest::addColumn<QByteArray>("damaged");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("state.json is empty (0 bytes)");
        QTest::newRow("truncated") << QByteArray("{\n  \"tasks\": [\n    {\n      \"id\": \"a") << QStringLiteral("state.json is truncated");
    }
    void bannerEditingOffAndRestore()
    {
        QFETCH(QByteArray, damaged);
        QFETCH(QString, says);
        TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const QString stateFile = root + QStringLiteral("/state.json");
        dir.createFile(QDir(dir.path()).relativeFilePath(stateFile), damaged);
        const QString newest = QStringLiteral("state.backup.1795260929605.json");

        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(w.session(), &StateSession::loaded);
        QVERIFY(w.openPath(root));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);

        DamageBanner* banner = w.damageBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(says), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(newest), qPrintable(banner->text())); // what is shown instead
        if (!damaged.isEmpty())
            QVERIFY2(banner->text().contains(QLatin1String("state.json:4:")), qPrintable(banner->text())); // line:column
        QVERIFY(banner->restoreButton()->isVisible());
        QVERIFY(banner->restoreButton()->text().contains(newest));
        QVERIFY(banner->chooseButton()->isVisible());

        // Editing is visibly off, and says why.
        QVERIFY(w.session()->isReadOnly());
        QVERIFY(!w.actions()->addKey->isEnabled());
        QVERIFY(!w.actions()->addNamespace->isEnabled());
        QVERIFY2(w.actions()->addKey->toolTip().contains(QLatin1String("restore it from a backup")),
                 qPrintable(w.actions()->addKey->toolTip()));

        // Restore from the newest healthy backup: the wizard opens on it; walk it to the end.
        QTest::mouseClick(banner->restoreButton(), Qt::LeftButton);
        RestoreWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = w.findChild<RestoreWizard*>()) != nullptr);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->preselected(), newest);
        QSignalSpy reloaded(w.session(), &StateSession::reloaded);
        for (int step = 0; step < 4; ++step) {
            QAbstractButton* b = wizard->currentPage()->isCommitPage() ? wizard->button(QWizard::CommitButton)
                                                                       : wizard->button(QWizard::NextButton);
            QVERIFY2(b->isEnabled(), qPrintable(QStringLiteral("step %1").arg(step)));
            QTest::mouseClick(b, Qt::LeftButton);
            QCoreApplication::processEvents();
        }
        QAbstractButton* restore = wizard->button(QWizard::CommitButton);
        QVERIFY(restore->isVisible() && restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        auto* apply = wizard->findChild<ApplyPage*>();
        QTRY_VERIFY_WITH_TIMEOUT(apply->isComplete(), 30000);
        QVERIFY2(apply->result().startsWith(QLatin1String("Restored")), qPrintable(apply->result()));
        QCOMPARE(dir.read(stateFile), dir.read(root + u'/' + newest));

        // The window reads the restored state: the banner goes, editing comes back.
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.count() + loaded.count() >= 2, 30000);
        QTRY_VERIFY(!banner->isVisible());
        QVERIFY(!w.session()->isReadOnly());
        QTRY_VERIFY(w.actions()->addNamespace->isEnabled());
        QVERIFY(!w.actions()->addKey->toolTip().contains(QLatin1String("restore it from a backup")));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    }
};

QTEST_MAIN(TestDamagedState)
#include "tst_damagedstate.moc"
