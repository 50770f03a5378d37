// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcontroller.h"

#include "backup/backupcatalogue.h"
#include "backup/backupmanager.h"
#include "backup/diffview.h"
#include "backup/keyhistorydialog.h"
#include "backup/restorewizard.h"
#include "util/executor.h"
#include "common/formatting.h"
#include "common/uisettings.h"
#include "session/statesession.h"
#include "views/backupmodel.h"
#include "views/tablepage.h"

#include <QAction>
#include <QFutureWatcher>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace statelens::ui {

BackupController::BackupController(QMainWindow* window, StateSession* session, TablePage* backupsPage)
    : QObject(window),
      m_window(window),
      m_session(session),
      m_table(backupsPage->table()),
      m_journal(new QListWidget(backupsPage)),
      m_restore(new QAction(tr("&Restore a Backup\u2026"), this)),
      m_compare(new QAction(tr("&Compare with Current"), this)),
      m_history(new QAction(tr("Key &History\u2026"), this)),
      m_backupNow(new QAction(tr("&Back Up Now"), this)),
      m_prune(new QAction(tr("&Prune Backups\u2026"), this)),
      m_delete(new QAction(tr("&Delete Backup\u2026"), this))
{
    m_restore->setObjectName(QStringLiteral("restoreBackupAction"));
    m_compare->setObjectName(QStringLiteral("compareBackupAction"));
    m_history->setObjectName(QStringLiteral("keyHistoryAction"));
    m_backupNow->setObjectName(QStringLiteral("backupNowAction"));
    m_prune->setObjectName(QStringLiteral("pruneBackupsAction"));
    m_delete->setObjectName(QStringLiteral("deleteBackupAction"));
    // The window places the menu (before Help, which stays last).
    auto* menu = m_menu = new QMenu(tr("&Backups"), window);
    menu->setObjectName(QStringLiteral("backupsMenu"));
    menu->addActions({ m_restore, m_compare, m_history });
    menu->addSeparator();
    menu->addActions({ m_backupNow, m_prune, m_delete });

    // On the Backups page: buttons above the journal, the same actions in the table's context menu.
    // A tool bar, not a row of buttons: on a narrow window the last ones go into its overflow menu.
    auto* bar = new QToolBar(backupsPage);
    bar->setObjectName(QStringLiteral("backupsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({ m_restore, m_compare, m_backupNow, m_prune, m_delete });
    m_journal->setObjectName(QStringLiteral("restoreJournal"));
    m_journal->setMaximumHeight(120);
    if (auto* layout = qobject_cast<QVBoxLayout*>(backupsPage->layout())) {
        layout->addWidget(bar);
        layout->addWidget(new QLabel(tr("Restore journal"), backupsPage));
        layout->addWidget(m_journal);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({ m_restore, m_compare, m_delete });

    connect(m_restore, &QAction::triggered, this, [this] { openWizard(selectedBackup()); });
    connect(m_compare, &QAction::triggered, this, [this] { compare(selectedBackup()); });
    connect(m_history, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString address = QInputDialog::getText(m_window, tr("Key History"), tr("Address (NAMESPACE/KEY):"),
                                                      QLineEdit::Normal, {}, &ok);
        if (ok && !address.trimmed().isEmpty())
            showHistory(address.trimmed());
    });
    connect(m_backupNow, &QAction::triggered, this, &BackupController::backUpNow);
    connect(m_prune, &QAction::triggered, this, &BackupController::prune);
    connect(m_delete, &QAction::triggered, this, &BackupController::deleteSelected);
    connect(m_session, &StateSession::loaded, this, &BackupController::refresh);
    connect(m_session, &StateSession::reloaded, this, &BackupController::refresh);
    connect(m_session, &StateSession::busyChanged, this, &BackupController::refresh);
    refresh();
}

QString BackupController::selectedBackup() const
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows(BackupModel::PathColumn)
                                                           : QModelIndexList();
    if (rows.isEmpty())
        return {};
    const QModelIndex path = rows.first().siblingAtColumn(BackupModel::PathColumn);
    return path.data().toString();
}

void BackupController::refresh()
{
    const bool ready = m_session->hasState() && !m_session->isBusy();
    for (QAction* a : { m_restore, m_compare, m_history, m_backupNow, m_prune, m_delete })
        a->setEnabled(ready);
    m_journal->clear();
    if (!m_session->hasState())
        return;
    auto journal = backup::readJournal(backup::stateRootOf(m_session->snapshot().info));
    if (!journal) {
        m_journal->addItem(journal.error().toString());
        return;
    }
    for (auto it = journal->crbegin(); it != journal->crend(); ++it)
        m_journal->addItem(tr("%1  %2 %3 from %4: %5 entries, safety backup %6").arg(formatDateTime(it->time), it->action, it->status,
                                                                                       it->backupId)
                               .arg(it->entries)
                               .arg(it->safetyId.isEmpty() ? tr("none") : it->safetyId)
                           + (it->error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(it->error)));
}

void BackupController::openWizard(const QString& backupId)
{
    openWizardOn(backupId, {});
}

void BackupController::openWizardForKey(const QString& backupId, const QString& address)
{
    openWizardOn(backupId, { address });
}

void BackupController::openWizardOn(const QString& backupId, const QStringList& scope)
{
    if (!m_session->hasState())
        return;
    auto* wizard = new RestoreWizard(m_session->path(), m_session->snapshot(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!backupId.isEmpty())
        wizard->preselect(wizard->catalogue().find(backupId) ? wizard->catalogue().find(backupId)->id : backupId);
    wizard->preselectScope(scope);
    connect(wizard, &RestoreWizard::stateChanged, m_session, &StateSession::reload);
    wizard->open();
}

void BackupController::compare(const QString& backupId)
{
    const Snapshot current = m_session->snapshot();
    const backup::BackupCatalogue catalogue(current);
    const Backup* found = backupId.isEmpty() ? catalogue.newestHealthy() : catalogue.find(backupId);
    if (!found) {
        QMessageBox::information(m_window, tr("Compare"), tr("There is no usable backup to compare with."));
        return;
    }
    // Reading and diffing a backup can take a while on a big state: do it on a worker.
    const Backup chosen = *found;
    struct Compared
    {
        std::optional<diff::DiffResult> diff;
        QString error;
    };
    auto* watcher = new QFutureWatcher<Compared>(this);
    m_window->setCursor(Qt::BusyCursor);
    connect(watcher, &QFutureWatcher<Compared>::finished, this, [this, watcher, chosen] {
        watcher->deleteLater();
        m_window->unsetCursor();
        const Compared c = watcher->result();
        if (!c.diff) {
            QMessageBox::warning(m_window, tr("Compare"), c.error);
            return;
        }
        showComparison(chosen, *c.diff);
    });
    watcher->setFuture(runInBackground([current, chosen] {
        Compared c;
        auto loaded = backup::loadBackup(current, chosen);
        if (!loaded)
            c.error = loaded.error().toString();
        else
            c.diff = backup::compareWithCurrent(current, *loaded);
        return c;
    }));
}

void BackupController::showComparison(const Backup& backup, const diff::DiffResult& result)
{
    const Backup* b = &backup;
    auto* dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("compareDialog"));
    dialog->setWindowTitle(tr("Current state \u2192 %1").arg(b->id));
    auto* view = new DiffView(dialog);
    view->setDiff(result);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto* restore = buttons->addButton(tr("Restore\u2026"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const QString id = b->id;
    connect(restore, &QPushButton::clicked, this, [this, dialog, id] {
        dialog->close();
        openWizard(id);
    });
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->resize(900, 550);
    dialog->open();
}

void BackupController::showHistory(const QString& address)
{
    auto a = Address::parse(address);
    if (!a) {
        QMessageBox::warning(m_window, tr("Key History"), a.error().message);
        return;
    }
    // Every backup is read: a worker does it, the dialog opens when it is done.
    auto* watcher = new QFutureWatcher<QList<backup::HistoryPoint>>(this);
    m_window->setCursor(Qt::BusyCursor);
    connect(watcher, &QFutureWatcher<QList<backup::HistoryPoint>>::finished, this, [this, watcher, address] {
        watcher->deleteLater();
        m_window->unsetCursor();
        auto* dialog = new KeyHistoryDialog(address, watcher->result(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &KeyHistoryDialog::restoreRequested, this,
                &BackupController::openWizardForKey);
        m_historyDialog = dialog;
        dialog->open();
    });
    watcher->setFuture(runInBackground([current = m_session->snapshot(), where = a.value()] {
        return backup::keyHistory(current, backup::BackupCatalogue(current), where);
    }));
}

void BackupController::backUpNow()
{
    auto made = backup::createBackup(m_session->snapshot());
    if (!made) {
        QMessageBox::warning(m_window, tr("Back Up Now"), made.error().toString());
        return;
    }
    m_session->reload();
}

void BackupController::deleteSelected()
{
    const QString path = selectedBackup();
    const backup::BackupCatalogue catalogue(m_session->snapshot());
    const Backup* b = catalogue.find(path);
    if (!b)
        return;
    if (QMessageBox::question(m_window, tr("Delete Backup"), tr("Delete backup %1? This cannot be undone.").arg(b->id))
        != QMessageBox::Yes)
        return;
    if (auto r = backup::deleteBackup(catalogue, b->id); !r)
        QMessageBox::warning(m_window, tr("Delete Backup"), r.error().toString());
    m_session->reload();
}

void BackupController::prune()
{
    bool ok = false;
    const backups::Retention retention = UiSettings::generationRetention();
    const int keep = QInputDialog::getInt(m_window, tr("Prune Backups"),
                                          tr("Keep the newest (per kind; generations per file, each file's original is kept):"),
                                          retention.keep, 0, 10000, 1, &ok);
    if (!ok)
        return;
    const int days = QInputDialog::getInt(m_window, tr("Prune Backups"), tr("Also remove those older than (days, 0: no limit):"),
                                          retention.maxAgeDays, 0, 100000, 1, &ok);
    if (!ok)
        return;
    const backup::BackupCatalogue catalogue(m_session->snapshot());
    const QList<Backup> plan = backup::planPrune(catalogue, keep, days, QDateTime::currentDateTimeUtc());
    if (plan.isEmpty()) {
        QMessageBox::information(m_window, tr("Prune Backups"), tr("Nothing to prune."));
        return;
    }
    QStringList names;
    for (const Backup& b : plan)
        names.append(b.id);
    if (QMessageBox::question(m_window, tr("Prune Backups"),
                              tr("These %n backup(s) will be removed:\n%1", nullptr, int(plan.size())).arg(names.join(u'\n')))
        != QMessageBox::Yes)
        return;
    if (auto r = backup::prune(catalogue, plan); !r)
        QMessageBox::warning(m_window, tr("Prune Backups"), r.error().toString());
    m_session->reload();
}

} // namespace statelens::ui
