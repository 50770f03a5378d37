// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace statelens::ui {

/// Every window-level action, with standard shortcuts, and the menus that hold them.
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    MainActions(QMainWindow* window, QUndoStack* undoStack);

    /// Builds the menu bar; `docks` go into the View menu.
    void buildMenus(const QList<QAction*>& dockToggles);
    /// The View menu, where controllers' switches are placed (after buildMenus()).
    QMenu* viewMenu() const { return m_view; }
    /// The Help menu, last in the bar; its content comes from HelpController.
    QMenu* helpMenu() const { return m_help; }
    void setRecent(const QStringList& paths);

    QAction* openFolder;
    QAction* openFile;
    QAction* reload;
    QAction* save;
    QAction* review;
    QAction* revert;
    QAction* quit;
    QAction* undo;
    QAction* redo;
    QAction* find;
    QAction* addKey;
    QAction* addNamespace;
    QAction* deleteKey;
    QAction* deleteNamespace;
    QAction* importValue;
    QAction* exportValue;
    QAction* importNamespace;
    QAction* exportNamespace;
    QAction* applyValue;
    QAction* checkRepair;
    QAction* preferences;

Q_SIGNALS:
    void recentTriggered(const QString& path);
    void clearRecentTriggered();

private:
    QMainWindow* m_window;
    QMenu* m_recent = nullptr;
    QMenu* m_view = nullptr;
    QMenu* m_help = nullptr;
};

} // namespace statelens::ui
