// SPDX-License-Identifier: GPL-3.0-or-later
// The restore wizard walked end to end with clicks on Next/Restore/Undo/Finish, checking the files on disk.
#include "backup/applypage.h"
#include "backup/backupcatalogue.h"
#include "backup/choosebackuppage.h"
#include "backup/confirmpage.h"
#include "backup/diffmodel.h"
#include "backup/diffview.h"
#include "backup/previewpage.h"
#include "backup/restorewizard.h"
#include "backup/scopepage.h"
#include "io/restorejournal.h"
#include "sources/source.h"
#include "testdir.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace statelens;
using namespace statelens::ui;

namespace {
Snapshot load(const QString& path)
{
    auto source = openSource(path);
    if (!source || !source.value())
        qFatal("cannot open %s", qPrintable(path));
    auto s = source.value()->load();
    if (!s)
        qFatal("cannot load %s", qPrintable(path));
    return s.value();
}

QJsonObject readObject(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

void next(RestoreWizard& w)
{
    QAbstractButton* b = w.currentPage()->isCommitPage() ? w.button(QWizard::CommitButton) : w.button(QWizard::NextButton);
    QVERIFY(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
    QCoreApplication::processEvents(); // lay the new page out before clicking inside it
}

/// Clicks a radio button on its indicator (a click far right of its text does not hit it).
void clickRadio(QRadioButton* b)
{
    QTest::mouseClick(b, Qt::LeftButton, {}, QPoint(b->height() / 2, b->height() / 2));
}

/// The index of entry `key` under group `group` in a diff model.
QModelIndex entryIndex(DiffModel* m, const QString& group, const QString& key)
{
    for (int g = 0; g < m->rowCount(); ++g) {
        const QModelIndex gi = m->index(g, 0);
        if (gi.data(DiffModel::GroupRole).toString() != group)
            continue;
        for (int r = 0; r < m->rowCount(gi); ++r)
            if (m->index(r, 0, gi).data().toString() == key)
                return m->index(r, 0, gi);
    }
    return {};
}
} // namespace

class TestRestoreWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chooseShowsHealthAndPreselects()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        RestoreWizard w(root, load(root));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* choose = w.findChild<ChooseBackupPage*>();
        QVERIFY(choose);
        QCOMPARE(choose->selectedId(), QStringLiteral("state.backup.1795260929605.json"));
        QAbstractItemModel* m = choose->list()->model();
        int disabled = 0;
        for (int r = 0; r < m->rowCount(); ++r) {
            const bool enabled = m->flags(m->index(r, 0)).testFlag(Qt::ItemIsEnabled);
            if (!enabled) {
                ++disabled;
                QVERIFY(m->index(r, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("0 bytes")));
            }
        }
        QCOMPARE(disabled, 2);
        // Clicking an unusable backup leaves nothing chosen: Next is off.
        for (int r = 0; r < m->rowCount(); ++r)
            if (!m->flags(m->index(r, 0)).testFlag(Qt::ItemIsEnabled)) {
                choose->list()->selectRow(r);
                break;
            }
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled() || choose->selectedId() == QStringLiteral("state.backup.1795260929605.json"));
    }

    void walkSelectiveRestoreThenUndo()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const QByteArray original = dir.read(root + QStringLiteral("/state.json"));
        const QString backupId = QStringLiteral("state.backup.1795260926850.json");
        RestoreWizard w(root, load(root));
        QSignalSpy changed(&w, &RestoreWizard::stateChanged);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // 1. Choose: click the row of the backup.
        auto* choose = w.findChild<ChooseBackupPage*>();
        const QList<Backup>& list = w.catalogue().backups();
        int row = -1;
        for (int r = 0; r < list.size(); ++r)
            if (list[r].id == backupId)
                row = r;
        QVERIFY(row >= 0);
        choose->list()->scrollTo(choose->list()->model()->index(row, 0));
        const QRect rect = choose->list()->visualRect(choose->list()->model()->index(row, 0));
        QTest::mouseClick(choose->list()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(choose->selectedId(), backupId);
        next(w);

        // 2. Preview: the diff between the backup and now.
        QCOMPARE(w.currentId(), int(RestoreWizard::PreviewStep));
        DiffModel* preview = w.findChild<PreviewPage*>()->diffView()->model();
        QAbstractItemModelTester tester(preview);
        QVERIFY(entryIndex(preview, QStringLiteral("state"), QStringLiteral("metrics")).isValid());
        QVERIFY(entryIndex(preview, QStringLiteral("@tasks"), {}).isValid() || preview->rowCount() >= 2);
        next(w);

        // 3. Scope: only state/metrics.
        QCOMPARE(w.currentId(), int(RestoreWizard::ScopeStep));
        auto* scope = w.findChild<ScopePage*>();
        clickRadio(scope->findChild<QRadioButton*>(QStringLiteral("scopeChosen")));
        QVERIFY(scope->findChild<QRadioButton*>(QStringLiteral("scopeChosen"))->isChecked());
        QVERIFY(!scope->isComplete());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // nothing ticked yet
        DiffModel* ticks = scope->diffView()->model();
        QVERIFY(ticks->setData(entryIndex(ticks, QStringLiteral("state"), QStringLiteral("metrics")), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(ticks->checkedAddresses(), QStringList { QStringLiteral("state/metrics") });
        next(w);

        // 4. Options: in place (default), safety backup always.
        QCOMPARE(w.currentId(), int(RestoreWizard::OptionsStep));
        QVERIFY(w.currentPage()->findChild<QRadioButton*>(QStringLiteral("inPlace"))->isChecked());
        next(w);

        // 5. Confirm: the summary names exactly what changes.
        QCOMPARE(w.currentId(), int(RestoreWizard::ConfirmStep));
        const QString summary = w.findChild<ConfirmPage*>()->summary();
        QVERIFY2(summary.contains(QLatin1String("state/metrics")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("1 entry")), qPrintable(summary));
        QVERIFY(!summary.contains(QLatin1String("@tasks/")));
        QCOMPARE(dir.read(root + QStringLiteral("/state.json")), original); // nothing written yet
        next(w);

        // 6. Apply, off the UI thread; then the result and Undo.
        QCOMPARE(w.currentId(), int(RestoreWizard::ApplyStep));
        auto* apply = w.findChild<ApplyPage*>();
        QTRY_VERIFY(apply->isComplete());
        QVERIFY2(apply->result().startsWith(QStringLiteral("Restored 1 entries from %1; safety backup safety-").arg(backupId)),
                 qPrintable(apply->result()));
        QCOMPARE(changed.count(), 1);
        const QJsonObject state = readObject(root + QStringLiteral("/state.json"));
        const QJsonObject backup = readObject(root + u'/' + backupId);
        QCOMPARE(state.value(QStringLiteral("metrics")), backup.value(QStringLiteral("metrics")));
        QCOMPARE(state.value(QStringLiteral("tasks")), QJsonDocument::fromJson(original).object().value(QStringLiteral("tasks")));
        QCOMPARE(state.value(QStringLiteral("last_saved")), QJsonDocument::fromJson(original).object().value(QStringLiteral("last_saved")));
        auto journal = backup::readJournal(root);
        QCOMPARE(journal->size(), 1);
        QCOMPARE(journal->first().scope, QStringList { QStringLiteral("state/metrics") });

        QVERIFY(apply->undoButton()->isVisible());
        QTest::mouseClick(apply->undoButton(), Qt::LeftButton);
        QTRY_VERIFY(apply->result().startsWith(QLatin1String("Undone")));
        QTRY_VERIFY(apply->isComplete());
        QCOMPARE(dir.read(root + QStringLiteral("/state.json")), original);
        QCOMPARE(changed.count(), 2);

        QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(!w.isVisible());
        QCOMPARE(w.result(), int(QDialog::Accepted));
    }

    /// The recovery case: state.json is 0 bytes after a crash. The wizard starts on the newest healthy
    /// backup, says state.json is replaced whole, and afterwards state.json holds exactly the backup's
    /// bytes and the 0-byte original is kept aside.
    void walkRestoreOverAnEmptyStateFile()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const QString stateFile = root + QStringLiteral("/state.json");
        {
            QFile f(stateFile);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        }
        const Snapshot current = load(root);
        QVERIFY(current.info.isDamaged());
        const QString backupId = QStringLiteral("state.backup.1795260929605.json");
        RestoreWizard w(root, current);
        QSignalSpy changed(&w, &RestoreWizard::stateChanged);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.findChild<ChooseBackupPage*>()->selectedId(), backupId);
        next(w);
        // The preview compares with what is on disk: nothing, so every key of the backup comes back.
        QCOMPARE(w.currentId(), int(RestoreWizard::PreviewStep));
        QVERIFY(w.diff().added > 0);
        QVERIFY(entryIndex(w.findChild<PreviewPage*>()->diffView()->model(), QStringLiteral("state"), QStringLiteral("metrics")).isValid());
        next(w);
        next(w);
        next(w);
        QCOMPARE(w.currentId(), int(RestoreWizard::ConfirmStep));
        const QString summary = w.findChild<ConfirmPage*>()->summary();
        QVERIFY2(summary.contains(QLatin1String("state.json is damaged")), qPrintable(summary));
        QCOMPARE(dir.read(stateFile), QByteArray());
        next(w);
        auto* apply = w.findChild<ApplyPage*>();
        QTRY_VERIFY(apply->isComplete());
        QVERIFY2(apply->result().startsWith(QLatin1String("Restored")), qPrintable(apply->result()));
        QVERIFY2(apply->result().contains(QLatin1String(".corrupt.")), qPrintable(apply->result()));
        QCOMPARE(dir.read(stateFile), dir.read(root + u'/' + backupId));
        const QStringList aside = QDir(root).entryList({ QStringLiteral("state.json.corrupt.*") }, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(dir.read(root + u'/' + aside.first()), QByteArray());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!load(root).info.isDamaged());
    }

    void walkEverythingExported()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        const QByteArray original = dir.read(root + QStringLiteral("/state.json"));
        const QString target = dir.filePath(QStringLiteral("restored-copy"));
        RestoreWizard w(root, load(root));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.findChild<ChooseBackupPage*>()->selectedId(), QStringLiteral("state.json.bak"));
        next(w);
        next(w);
        QVERIFY(w.currentPage()->findChild<QRadioButton*>(QStringLiteral("scopeEverything"))->isChecked());
        next(w);
        clickRadio(w.currentPage()->findChild<QRadioButton*>(QStringLiteral("exportTo")));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(w.currentPage()->findChild<QLineEdit*>(QStringLiteral("exportFolder")), target);
        next(w);
        QVERIFY(w.findChild<ConfirmPage*>()->summary().contains(target));
        next(w);
        auto* apply = w.findChild<ApplyPage*>();
        QTRY_VERIFY(apply->isComplete());
        QVERIFY2(apply->result().contains(QLatin1String("the state itself was not changed")), qPrintable(apply->result()));
        QVERIFY(!apply->undoButton()->isVisible());
        QCOMPARE(dir.read(root + QStringLiteral("/state.json")), original);
        QCOMPARE(dir.read(target + QStringLiteral("/state.json")), dir.read(root + QStringLiteral("/state.json.bak")));
    }
};

QTEST_MAIN(TestRestoreWizard)
#include "tst_restorewizard.moc"
