// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/keyhistorydialog.h"
#include "diff/structuraldiff.h"
#include "model/snapshot.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QListWidget;
class QMainWindow;
class QTableView;

namespace statelens::ui {

class StateSession;
class TablePage;

/// Puts backup management into the window: a Backups menu (restore wizard, compare, key history, back up
/// now, prune), buttons and a context menu on the Backups page, and the restore journal below its table.
/// The work is done by core/backup/; this class only asks and shows.
class BackupController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupController)

public:
    BackupController(QMainWindow* window, StateSession* session, TablePage* backupsPage);

    /// The Backups menu with the actions below, for the window to place in its menu bar.
    QMenu* menu() const { return m_menu; }
    QAction* restoreAction() const { return m_restore; }
    QAction* compareAction() const { return m_compare; }
    QAction* historyAction() const { return m_history; }
    QAction* backupNowAction() const { return m_backupNow; }
    QAction* pruneAction() const { return m_prune; }
    QAction* deleteAction() const { return m_delete; }
    QListWidget* journalList() const { return m_journal; }

    /// Opens the restore wizard, starting on `backupId` (empty: the newest healthy backup).
    void openWizard(const QString& backupId = {});
    /// Opens the restore wizard on `backupId` with only `address` (NAMESPACE/KEY, @tasks/<id>) ticked.
    void openWizardForKey(const QString& backupId, const QString& address);
    /// Shows the difference between the current state and `backupId`.
    void compare(const QString& backupId);
    /// Shows the history of `address` (NAMESPACE/KEY) across the backups.
    void showHistory(const QString& address);
    /// The history dialog last opened by showHistory(), if it is still open.
    KeyHistoryDialog* historyDialog() const { return m_historyDialog; }

private:
    void openWizardOn(const QString& backupId, const QStringList& scope);
    QString selectedBackup() const;
    void showComparison(const Backup& backup, const diff::DiffResult& result);
    void refresh();
    void backUpNow();
    void deleteSelected();
    void prune();

    QMainWindow* m_window;
    StateSession* m_session;
    QTableView* m_table;
    QListWidget* m_journal;
    QMenu* m_menu = nullptr;
    QAction* m_restore;
    QAction* m_compare;
    QAction* m_history;
    QAction* m_backupNow;
    QAction* m_prune;
    QAction* m_delete;
    QPointer<KeyHistoryDialog> m_historyDialog;
};

} // namespace statelens::ui
