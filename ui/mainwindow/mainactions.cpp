// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainactions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QUndoStack>

namespace statelens::ui {

MainActions::MainActions(QMainWindow* window, QUndoStack* undoStack) : QObject(window), m_window(window)
{
    QStyle* st = window->style();
    auto make = [this](const QString& text, const QKeySequence& key = {}, const QIcon& icon = {}) {
        auto* a = new QAction(icon, text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        return a;
    };
    openFolder = make(tr("&Open Folder\u2026"), QKeySequence::Open, st->standardIcon(QStyle::SP_DirOpenIcon));
    openFile = make(tr("Open &File\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                    st->standardIcon(QStyle::SP_FileIcon));
    reload = make(tr("&Reload"), QKeySequence::Refresh, st->standardIcon(QStyle::SP_BrowserReload));
    save = make(tr("&Save"), QKeySequence::Save, st->standardIcon(QStyle::SP_DialogSaveButton));
    save->setToolTip(tr("Write the pending changes (with a backup) and reload"));
    review = make(tr("Re&view Changes\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    review->setToolTip(tr("Compare the pending changes with the saved values before saving"));
    revert = make(tr("Re&vert Changes"), {}, st->standardIcon(QStyle::SP_DialogResetButton));
    revert->setToolTip(tr("Drop every pending change"));
    quit = make(tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    find = make(tr("&Find\u2026"), QKeySequence::Find, st->standardIcon(QStyle::SP_FileDialogContentsView));
    find->setToolTip(tr("Search key names and values across the whole state"));
    addKey = make(tr("&Add Key\u2026"), QKeySequence::New, st->standardIcon(QStyle::SP_FileDialogNewFolder));
    addNamespace = make(tr("Add &Namespace\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    deleteKey = make(tr("&Delete Key"), QKeySequence::Delete, st->standardIcon(QStyle::SP_TrashIcon));
    deleteNamespace = make(tr("Delete Na&mespace\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    importValue = make(tr("&Import Value\u2026"));
    exportValue = make(tr("&Export Value\u2026"), QKeySequence(Qt::CTRL | Qt::Key_E));
    importNamespace = make(tr("Import Namespace\u2026"));
    exportNamespace = make(tr("Export Namespace\u2026"));
    applyValue = make(tr("A&pply Value"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    applyValue->setToolTip(tr("Make the edited value a pending change"));
    checkRepair = make(tr("&Check and Repair\u2026"));
    checkRepair->setToolTip(tr("List every problem with the state on disk, what it means and its fix; apply the safe fixes"));
    preferences = make(tr("&Preferences\u2026"), QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    // Delete only acts on keys while the key tree has focus; elsewhere it edits text.
    deleteKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

void MainActions::buildMenus(const QList<QAction*>& dockToggles)
{
    QMenuBar* bar = m_window->menuBar();
    QMenu* file = bar->addMenu(tr("&File"));
    file->addAction(openFolder);
    file->addAction(openFile);
    m_recent = file->addMenu(tr("Open &Recent"));
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(reload);
    file->addSeparator();
    file->addAction(save);
    file->addAction(review);
    file->addAction(revert);
    file->addSeparator();
    file->addAction(importValue);
    file->addAction(exportValue);
    file->addAction(importNamespace);
    file->addAction(exportNamespace);
    file->addSeparator();
    file->addAction(quit);

    QMenu* edit = bar->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(applyValue);
    edit->addAction(addKey);
    edit->addAction(addNamespace);
    edit->addAction(deleteKey);
    edit->addAction(deleteNamespace);
    edit->addSeparator();
    edit->addAction(find);
    edit->addSeparator();
    edit->addAction(preferences);

    m_view = bar->addMenu(tr("&View"));
    m_view->setObjectName(QStringLiteral("viewMenu"));
    for (QAction* a : dockToggles)
        m_view->addAction(a);

    QMenu* tools = bar->addMenu(tr("&Tools"));
    tools->addAction(checkRepair);

    m_help = bar->addMenu(tr("&Help"));
    m_help->setObjectName(QStringLiteral("helpMenu")); // stays last: menus added later go before it
}

void MainActions::setRecent(const QStringList& paths)
{
    if (!m_recent)
        return;
    m_recent->clear();
    for (const QString& p : paths) {
        QAction* a = m_recent->addAction(p);
        connect(a, &QAction::triggered, this, [this, p] { Q_EMIT recentTriggered(p); });
    }
    if (!paths.isEmpty()) {
        m_recent->addSeparator();
        connect(m_recent->addAction(tr("&Clear List")), &QAction::triggered, this, &MainActions::clearRecentTriggered);
    }
    m_recent->setEnabled(!paths.isEmpty());
}

} // namespace statelens::ui
