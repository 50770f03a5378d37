// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "live/livehost.h"
#include "navigator/navigatormodel.h"

#include <QMainWindow>

class QDockWidget;

namespace statelens::search {
struct Hit;
}

namespace statelens::ui {

class BackupController;
class CentreView;
class DamageBanner;
class EditActions;
class EditController;
class HelpController;
class LiveController;
class MainActions;
class MessageBanner;
class NavigatorPanel;
class PendingPanel;
class SearchPanel;
class StateSession;
class StatusInfo;
class ValueEditorPanel;

/// The window: puts the navigator, centre, value editor, pending list and search together and routes
/// between them. The work is done by the session, the controllers and the panels.
class MainWindow final : public QMainWindow, private LiveHost
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a folder or file, asking first if there are pending edits.
    bool openPath(const QString& path);
    /// Shows ns/key in the key tree and the value editor.
    bool jumpToKey(const QString& ns, const QString& key);
    bool showSection(NavigatorModel::Section section, const QString& name = {});
    /// Shows what a Find hit found: the task in Tasks, the log line, the report, the backup in Backups.
    bool jumpToHit(const search::Hit& hit);

    StateSession* session() const { return m_session; }
    EditController* edits() const { return m_edits; }
    MainActions* actions() const { return m_actions; }
    CentreView* centre() const { return m_centre; }
    NavigatorPanel* navigator() const { return m_navigator; }
    ValueEditorPanel* editor() const { return m_editor; }
    PendingPanel* pendingPanel() const { return m_pending; }
    SearchPanel* searchPanel() const { return m_search; }
    StatusInfo* statusInfo() const { return m_status; }
    MessageBanner* banner() const { return m_banner; }
    DamageBanner* damageBanner() const { return m_damage; }
    BackupController* backups() const { return m_backups; }
    EditActions* editActions() const { return m_editActions; }
    LiveController* live() const { return m_live; }
    HelpController* help() const { return m_help; }

protected:
    void closeEvent(QCloseEvent* event) override;

    // LiveHost: what the live controller may use of the window.
    StateSession* liveSession() const override { return m_session; }
    QWidget* liveWidget() override { return this; }
    void showLiveSnapshot(const Snapshot& s, const LiveDelta& delta) override;
    void showLiveMessage(const QString& text, int timeoutMs) override;
    void showLiveError(const QString& text) override;
    void showLiveMode(const QString& text, const QString& description) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QDockWidget* addDock(QWidget* content, const QString& title, const QString& name, Qt::DockWidgetArea area);
    void connectSession();
    void connectActions();
    void onLoaded();
    void onNavigatorSelected(NavigatorModel::Section section, const QString& name, int index);
    void onPendingChanged();
    void updateActions();
    void updateDamage();
    void updateTitle();
    void chooseFolder();
    void chooseFile();
    void refreshRecent();
    void restoreSettings();
    /// Tabs docks and shrinks the window until it fits its screen (screenfit.h).
    void fitScreen();
    void saveSettings() const;
    QString currentNamespace() const;
    QString currentKey() const;

    StateSession* m_session;
    EditController* m_edits;
    MainActions* m_actions;
    EditActions* m_editActions;
    StatusInfo* m_status;
    MessageBanner* m_banner;
    DamageBanner* m_damage;
    BackupController* m_backups = nullptr;
    CentreView* m_centre;
    NavigatorPanel* m_navigator;
    ValueEditorPanel* m_editor;
    PendingPanel* m_pending;
    SearchPanel* m_search;
    QDockWidget* m_navigatorDock = nullptr;
    QDockWidget* m_searchDock = nullptr;
    QDockWidget* m_valueDock = nullptr;
    QDockWidget* m_pendingDock = nullptr;
    bool m_shownOnce = false;
    LiveController* m_live = nullptr;
    HelpController* m_help = nullptr;
    QStringList m_addedNamespaces;
    QStringList m_removedNamespaces;
};

} // namespace statelens::ui
