// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrate/migrationdialog.h"
#include "migrate/migrator.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace statelens::ui {

class StateSession;
class VersionBadge;

/// Puts migrations into the window: the version badge in the status bar, a "Schema Migrations…" action,
/// and the dialog; after a migration the state is read again.
class MigrationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationController)

public:
    /// Adds the badge to `window`'s status bar and the action to the menu that holds `menuAnchor`
    /// (inserted before it), and follows `session`.
    MigrationController(QMainWindow* window, StateSession* session, QAction* menuAnchor);

    VersionBadge* badge() const { return m_badge; }
    QAction* action() const { return m_action; }
    /// The open dialog, if any.
    MigrationDialog* dialog() const { return m_dialog; }
    /// Opens the dialog for the current state (asks to save or revert pending edits first).
    void showDialog();
    /// Options for reading user migrations (tests leave the user's config folder out).
    void setOptions(const migrate::MigratorOptions& options) { m_options = options; }

private:
    void update();

    QMainWindow* m_window;
    StateSession* m_session;
    VersionBadge* m_badge;
    QAction* m_action;
    QPointer<MigrationDialog> m_dialog;
    migrate::MigratorOptions m_options;
    quint64 m_generation = 0;
    QString m_checkedVersion; ///< the snapshot's version when the badge was last worked out
};

} // namespace statelens::ui
