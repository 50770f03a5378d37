// SPDX-License-Identifier: GPL-3.0-or-later
// The migration dialog and version badge, driven through their widgets under offscreen: the dry run
// shows the plan and diff and writes nothing; Apply migrates with progress and shows the log; errors in
// user migration files are shown with their line; the main window carries the badge and the action.
#include "testdir.h"

#include "backup/diffmodel.h"
#include "backup/diffview.h"
#include "io/safewrite.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/statusinfo.h"
#include "migrate/migrationcontroller.h"
#include "migrate/migrationdialog.h"
#include "migrate/versionbadge.h"
#include "session/statesession.h"

#include <QAbstractButton>
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
#include <QMessageBox>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

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

/// With STATELENS_SCREENSHOTS=DIR, keeps a picture of `w` for docs/screenshots.
void saveScreenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("STATELENS_SCREENSHOTS");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + u'/' + name));
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
        auto* diffView = child<DiffView>(&d, "stepDiff");
        auto* effects = child<QListWidget>(&d, "effectsList");
        auto* apply = child<QPushButton>(&d, "applyButton");
        auto* openLog = child<QPushButton>(&d, "openLogButton");
        QVERIFY(child<QLabel>(&d, "versionLabel")->text().contains(QLatin1String("1.0.0")));
        QVERIFY(child<QLabel>(&d, "versionLabel")->text().contains(QLatin1String("assumed")));
        // The newest version is proposed, with its two-step plan and the diff; nothing is written.
        QCOMPARE(target->currentData().toString(), QStringLiteral("2.0.0"));
        QCOMPARE(plan->count(), 2);
        QVERIFY(plan->item(0)->text().contains(QStringLiteral("1.0.0 \u2192 1.1.0")));
        // The first step is selected and its diff shown as the Backups view shows one: the file, then
        // one entry per member it touches.
        QCOMPARE(plan->currentRow(), 0);
        QCOMPARE(diffView->model()->groups(), QStringList { QStringLiteral("batch_state.json") });
        const QModelIndex group = diffView->model()->index(0, 0);
        QStringList keys;
        for (int r = 0; r < diffView->model()->rowCount(group); ++r)
            keys << diffView->model()->index(r, 0, group).data().toString();
        keys.sort();
        QCOMPARE(keys, (QStringList { "completed", "failed", "version" }));
        // The second step renames and moves: the effects list says where each value goes.
        QStringList lines;
        for (int r = 0; r < effects->count(); ++r)
            lines << effects->item(r)->text();
        const QString all = lines.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Step 2: 1.1.0 → 2.0.0")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Moved: /updated_at → /last_updated")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Moved: /auto_clear_count → /deprecated_context_clearing/auto_clear_count")),
            qPrintable(all));
        QVERIFY(!all.contains(QLatin1String("Dropped:")));
        // Selecting step 2 shows its diff.
        plan->setCurrentRow(1);
        QVERIFY(diffView->model()->rowCount(diffView->model()->index(0, 0)) >= 3);
        QVERIFY(!child<QPushButton>(&d, "rollbackButton")->isEnabled()); // nothing migrated yet
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
        QVERIFY2(child<QLabel>(&d, "versionLabel")->text().startsWith(QStringLiteral("Schema v1.1.0 · migration to v2.0.0 available")),
            qPrintable(child<QLabel>(&d, "versionLabel")->text()));
        QVERIFY(child<QPushButton>(&d, "rollbackButton")->isEnabled());
        QCOMPARE(target->currentData().toString(), QStringLiteral("2.0.0"));
        QCOMPARE(plan->count(), 1);
    }

    /// The preview of a v1 StatefulObject says, per step, that font_size is dropped and where theme and
    /// timeout go; the note of the built-in step is there too.
    void previewShowsDroppedValues()
    {
        TestDir dir;
        const QString app = dir.createDir(QStringLiteral("app"));
        dir.createFile(QStringLiteral("app/state.json"),
            "{\n  \"settings\": {\n    \"font_size\": 14,\n    \"request_timeout\": 60,\n    \"ui_theme\": \"light\"\n  }\n}");
        const auto before = filesBelow(dir.path());
        MigrationDialog d(app, isolated());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto* effects = child<QListWidget>(&d, "effectsList");
        QStringList lines;
        for (int r = 0; r < effects->count(); ++r)
            lines << effects->item(r)->text();
        QCOMPARE(lines.first(), QStringLiteral("Step 1: 1 \u2192 2"));
        QVERIFY(lines.contains(QStringLiteral("Dropped: /settings/font_size (was 14); only the pre-migration backup keeps it")));
        QVERIFY(lines.contains(QStringLiteral("Moved: /settings/ui_theme \u2192 /config/theme (\"light\")")));
        QVERIFY(lines.contains(QStringLiteral("Moved: /settings/request_timeout \u2192 /config/timeout (60)")));
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
            [](const QString& l) { return l.startsWith(QLatin1String("Note: settings.font_size is not carried")); }));
        DiffModel* m = child<DiffView>(&d, "stepDiff")->model();
        QCOMPARE(m->groups(), QStringList { QStringLiteral("state.json") });
        const QModelIndex settings = m->index(0, 0, m->index(0, 0));
        QCOMPARE(settings.data().toString(), QStringLiteral("settings"));
        QCOMPARE(settings.siblingAtColumn(DiffModel::ChangeColumn).data().toString(), diff::changeKindName(diff::ChangeKind::Removed));
        QVERIFY(settings.siblingAtColumn(DiffModel::BeforeColumn).data().toString().contains(QLatin1String("\"font_size\":14")));
        QCOMPARE(m->headerData(DiffModel::BeforeColumn, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Before the step"));
        QCOMPARE(filesBelow(dir.path()), before); // a preview writes nothing
        d.resize(1100, 760);
        QCoreApplication::processEvents();
        saveScreenshot(&d, QStringLiteral("migration-preview.png"));
    }

    /// Roll Back asks first; Cancel writes nothing; Roll Back restores the pre-migration bytes through
    /// the Migrator (safety copy first) and the dialog reads the state again.
    void rollbackAsksThenRestores()
    {
        TestDir dir;
        const QString project = dir.copySample(QStringLiteral("autonomous-dev/project"));
        const QString file = project + QStringLiteral("/.claude/batch_state.json");
        const QByteArray original = readFile(file).value();
        QVERIFY(migrate::Migrator::open(project, isolated())->apply(QStringLiteral("2.0.0")));
        const QByteArray migrated = readFile(file).value();
        MigrationDialog d(project, isolated());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto* rollback = child<QPushButton>(&d, "rollbackButton");
        QVERIFY(rollback->isEnabled());
        QVERIFY(rollback->toolTip().contains(QLatin1String("batch_state.json.pre-migration.backup")));

        auto answer = [](QMessageBox::ButtonRole role) {
            QTimer::singleShot(0, [role] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), QStringLiteral("rollbackConfirm"));
                QVERIFY(box->informativeText().contains(QLatin1String("kept as a backup first")));
                for (QAbstractButton* b : box->buttons())
                    if (box->buttonRole(b) == role) {
                        QTest::mouseClick(b, Qt::LeftButton);
                        return;
                    }
                QFAIL("no such button");
            });
        };
        const auto beforeCancel = filesBelow(dir.path());
        answer(QMessageBox::RejectRole);
        QTest::mouseClick(rollback, Qt::LeftButton);
        QCOMPARE(filesBelow(dir.path()), beforeCancel);

        QSignalSpy rolledBack(&d, &MigrationDialog::rolledBack);
        answer(QMessageBox::AcceptRole);
        QTest::mouseClick(rollback, Qt::LeftButton);
        QVERIFY(rolledBack.wait(30000));
        QCOMPARE(readFile(file).value(), original);
        // The migrated state was kept before it was overwritten.
        bool kept = false;
        const auto after = filesBelow(dir.path());
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            kept |= it.key().contains(QLatin1String("/.statelens/backups/")) && it.value() == migrated;
        QVERIFY(kept);
        QVERIFY(child<QLabel>(&d, "versionLabel")->text().startsWith(QStringLiteral("Schema v1.0.0 \u00b7 migration to v2.0.0 available")));
        QVERIFY(child<QLabel>(&d, "messageLabel")->text().startsWith(QLatin1String("Rolled back")));
        QVERIFY(!rollback->isEnabled()); // the file has the backup's bytes now
    }

    /// A rollback by statelens-cli while the window is open: the badge and the status bar follow the disk
    /// without F5, and the batch view keeps its times in either schema.
    void windowFollowsARollbackOnDisk()
    {
        TestDir dir;
        const QString project = dir.copySample(QStringLiteral("autonomous-dev/project"));
        QVERIFY(migrate::Migrator::open(project, isolated())->apply(QStringLiteral("2.0.0")));
        MainWindow w;
        auto* controller = w.findChild<MigrationController*>();
        controller->setOptions(isolated());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(w.session(), &StateSession::loaded);
        QVERIFY(w.openPath(project));
        QVERIFY(loaded.wait(30000));
        VersionBadge* badge = controller->badge();
        QTRY_COMPARE_WITH_TIMEOUT(badge->text(), QStringLiteral("Schema v2.0.0"), 30000);
        QVERIFY(w.session()->snapshot().batch->updatedAt.isValid()); // read from last_updated
        // One field for the schema in the status bar: no second "schema none" label beside the badge.
        for (QLabel* l : w.statusBar()->findChildren<QLabel*>())
            QVERIFY2(!l->isVisible() || !l->text().contains(QLatin1String("schema"), Qt::CaseInsensitive), qPrintable(l->text()));
        QTRY_VERIFY_WITH_TIMEOUT(w.statusInfo()->liveLabel()->text().contains(QLatin1String("inotify")), 30000);

        QVERIFY(migrate::Migrator::open(project, isolated())->rollback()); // what `statelens-cli rollback --yes` runs
        QTRY_COMPARE_WITH_TIMEOUT(badge->text(), QStringLiteral("Schema v1.0.0 \u00b7 migration to v2.0.0 available"), 30000);
        QCOMPARE(w.session()->snapshot().info.version, QStringLiteral("none"));
        QVERIFY(w.session()->snapshot().batch->updatedAt.isValid());
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
        QCOMPARE(badge.text(), QStringLiteral("Schema v1 · migration to v2 available"));
        QVERIFY(badge.toolTip().contains(QLatin1String("inferred: settings")));
        badge.setVersion(QStringLiteral("2"), QStringLiteral("field"), {});
        QCOMPARE(badge.text(), QStringLiteral("Schema v2"));
        badge.setFixedVersion(QStringLiteral("none"), {}, QStringLiteral("not migratable"));
        QCOMPARE(badge.text(), QStringLiteral("No schema"));
        QVERIFY(!badge.isEnabled());
        badge.setVersion(QStringLiteral("2"), QStringLiteral("field"), {});
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
        QCOMPARE(badge->text(), QStringLiteral("Schema v1 · migration to v2 available"));
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
        QCOMPARE(badge->text(), QStringLiteral("Schema v2"));
        QCOMPARE(readFile(app + QStringLiteral("/state.json")).value(),
            QByteArray("{\n  \"config\": {\n    \"theme\": \"light\",\n    \"timeout\": 60\n  },\n  "
                       "\"version\": 2\n}"));
    }
};

QTEST_MAIN(TestMigrationDialog)
#include "tst_migratedialog.moc"
