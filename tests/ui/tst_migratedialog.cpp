// SPDX-License-Identifier: GPL-3.0-or-later
// The migration dialog and version badge, driven through their widgets under offscreen: the dry run
// shows the plan and diff and writes nothing; Apply migrates with progress and shows the log; errors in
// user migration files are shown with their line; the main window carries the badge and the action.
#include "testdir.h"

#include "io/safewrite.h"
#include "mainwindow/mainwindow.h"
#include "migrate/migrationcontroller.h"
#include "migrate/migrationdialog.h"
#include "migrate/versionbadge.h"
#include "session/statesession.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace statelens;
using namespace statelens::ui;
using statelens::test::TestDir;

namespace {
QMap<QString, QByteArray> filesBelow(const QString& root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        out.insert(p, readFile(p).value());
    }
    return out;
}

migrate::MigratorOptions isolated()
{
    migrate::MigratorOptions o;
    o.userConfigFolder = false;
    return o;
}

template <typename T> T* child(QWidget* w, const char* name)
{
    T* c = w->findChild<T*>(QString::fromLatin1(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}
} // namespace

class TestMigrationDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StateLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_migratedialog"));
    }

    void dryRunThenApply()
    {
        TestDir dir;
        const QString project = dir.copySample(QStringLiteral("autonomous-dev/project"));
        const QString file = project + QStringLiteral("/.claude/batch_state.json");
        const auto before = filesBelow(dir.path());
        MigrationDialog d(project, isolated());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));

        auto* target = child<QComboBox>(&d, "targetCombo");
        auto* plan = child<QListWidget>(&d, "planList");
        auto* diffTree = child<QTreeWidget>(&d, "diffTree");
        auto* apply = child<QPushButton>(&d, "applyButton");
        auto* openLog = child<QPushButton>(&d, "openLogButton");
        QVERIFY(child<QLabel>(&d, "versionLabel")->text().contains(QLatin1String("1.0.0")));
        QVERIFY(child<QLabel>(&d, "versionLabel")->text().contains(QLatin1String("assumed")));
        // The newest version is proposed, with its two-step plan and the diff; nothing is written.
        QCOMPARE(target->currentData().toString(), QStringLiteral("2.0.0"));
        QCOMPARE(plan->count(), 2);
        QVERIFY(plan->item(0)->text().contains(QStringLiteral("1.0.0 \u2192 1.1.0")));
        QCOMPARE(diffTree->topLevelItemCount(), 1);
        QVERIFY(diffTree->topLevelItem(0)->childCount() >= 5);
        QVERIFY(apply->isEnabled());
        QVERIFY(!openLog->isEnabled());
        QCOMPARE(filesBelow(dir.path()), before);

        // Pick 1.1.0 with the keyboard: one step.
        target->setFocus();
        QTest::keyClick(target, Qt::Key_Up);
        QCOMPARE(target->currentData().toString(), QStringLiteral("1.1.0"));
        QCOMPARE(plan->count(), 1);
        QCOMPARE(filesBelow(dir.path()), before);

        QSignalSpy migrated(&d, &MigrationDialog::migrated);
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(migrated.wait(30000));
        QCOMPARE(child<QProgressBar>(&d, "progressBar")->value(), 100);
        QVERIFY(openLog->isEnabled());
        QCOMPARE(d.logPath(), file + QStringLiteral(".migration-v1.0.0-to-v1.1.0.log"));
        auto* log = child<QPlainTextEdit>(&d, "logView");
        QVERIFY(log->isVisible());
        QVERIFY(log->toPlainText().contains(QStringLiteral("step 1: 1.0.0 → 1.1.0")));
        QVERIFY(readFile(file).value().contains("\"version\": \"1.1.0\""));
        QCOMPARE(readFile(file + QStringLiteral(".pre-migration.backup")).value(), before.value(file));
        // The dialog reads the state again: now at 1.1.0, 2.0.0 still ahead.
        QVERIFY(child<QLabel>(&d, "versionLabel")->text().startsWith(QLatin1String("1.1.0")));
        QCOMPARE(target->currentData().toString(), QStringLiteral("2.0.0"));
        QCOMPARE(plan->count(), 1);
    }

    void atTargetNothingToApply()
    {
        TestDir dir;
        MigrationDialog d(dir.copySample(QStringLiteral("statefulobject/app")), isolated());
        QCOMPARE(child<QComboBox>(&d, "targetCombo")->count(), 1);
        QVERIFY(child<QListWidget>(&d, "planList")->item(0)->text().contains(QLatin1String("nothing to do")));
        QVERIFY(!child<QPushButton>(&d, "applyButton")->isEnabled());
    }

    void malformedFileIsShownWithItsLine()
    {
        TestDir dir;
        const QString project = dir.copySample(QStringLiteral("autonomous-dev/project"));
        dir.createFile(QStringLiteral("project/migrations/broken.json"),
            "{\n  \"from\": \"2.0.0\",\n  \"to\": \"3.0.0\",\n  \"operations\": [ {\"op\": \"add\"} ]\n}");
        MigrationDialog d(project, isolated());
        const QString message = child<QLabel>(&d, "messageLabel")->text();
        QVERIFY2(message.contains(QLatin1String("broken.json:4:")), qPrintable(message));
        QVERIFY(!child<QPushButton>(&d, "applyButton")->isEnabled());
    }

    void badgeShowsAvailability()
    {
        VersionBadge badge;
        QVERIFY(badge.isHidden());
        badge.setVersion(QStringLiteral("1"), QStringLiteral("inferred: settings"), { QStringLiteral("2") });
        QVERIFY(!badge.isHidden());
        QVERIFY(badge.text().contains(QLatin1String("v1")));
        QVERIFY(badge.text().contains(QLatin1String("migrations available")));
        QVERIFY(badge.toolTip().contains(QLatin1String("inferred: settings")));
        badge.setVersion(QStringLiteral("2"), QStringLiteral("field"), {});
        QVERIFY(!badge.text().contains(QLatin1String("migrations available")));
        badge.show();
        QVERIFY(QTest::qWaitForWindowExposed(&badge));
        QSignalSpy clicked(&badge, &QToolButton::clicked);
        QTest::mouseClick(&badge, Qt::LeftButton);
        QCOMPARE(clicked.count(), 1);
        badge.clear();
        QVERIFY(badge.isHidden());
    }

    void mainWindowBadgeAndAction()
    {
        TestDir dir;
        const QString app = dir.createDir(QStringLiteral("app"));
        dir.createFile(QStringLiteral("app/state.json"),
            "{\n  \"settings\": {\n    \"request_timeout\": 60,\n    \"ui_theme\": \"light\"\n  }\n}");
        MainWindow w;
        auto* controller = w.findChild<MigrationController*>();
        QVERIFY(controller);
        controller->setOptions(isolated());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(w.session(), &StateSession::loaded);
        QVERIFY(w.openPath(app));
        QVERIFY(loaded.wait(30000));
        VersionBadge* badge = controller->badge();
        // The version is read on a worker after the load: the badge appears when it is known.
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible(), 30000);
        QVERIFY(badge->migrationsAvailable());
        QVERIFY(badge->text().contains(QLatin1String("migrations available")));
        QAction* action = w.findChild<QAction*>(QStringLiteral("migrationsAction"));
        QVERIFY(action && action->isEnabled());

        QTest::mouseClick(badge, Qt::LeftButton);
        QTRY_VERIFY(controller->dialog() && controller->dialog()->isVisible());
        MigrationDialog* d = controller->dialog();
        QCOMPARE(child<QComboBox>(d, "targetCombo")->currentData().toString(), QStringLiteral("2"));
        QSignalSpy reloaded(w.session(), &StateSession::reloaded);
        QTest::mouseClick(child<QPushButton>(d, "applyButton"), Qt::LeftButton);
        // The window reads the migrated state again (in place); the badge follows.
        QVERIFY(reloaded.wait(30000));
        QTRY_VERIFY(!badge->migrationsAvailable());
        QVERIFY(badge->text().contains(QLatin1String("v2")));
        QCOMPARE(readFile(app + QStringLiteral("/state.json")).value(),
            QByteArray("{\n  \"config\": {\n    \"theme\": \"light\",\n    \"timeout\": 60\n  },\n  "
                       "\"version\": 2\n}"));
    }
};

QTEST_MAIN(TestMigrationDialog)
#include "tst_migratedialog.moc"
