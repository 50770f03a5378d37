// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "backup/backupcontroller.h"
#include "common/uisettings.h"
#include "doctor/doctordialog.h"
#include "editor/valueeditorpanel.h"
#include "help/helpcontroller.h"
#include "live/conflictbanner.h"
#include "live/livecontroller.h"
#include "live/overwritebanner.h"
#include "mainwindow/editactions.h"
#include "mainwindow/mainactions.h"
#include "mainwindow/messagebanner.h"
#include "mainwindow/screenfit.h"
#include "mainwindow/settingsdialog.h"
#include "mainwindow/statusinfo.h"
#include "migrate/migrationcontroller.h"
#include "model/address.h"
#include "model/livedelta.h"
#include "namespaces/namespacepage.h"
#include "navigator/navigatorpanel.h"
#include "pending/pendingpanel.h"
#include "recovery/damagebanner.h"
#include "search/searchpanel.h"
#include "session/editcontroller.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"
#include "tasks/taskeditbinding.h"
#include "tasks/taskspage.h"
#include "logs/logpage.h"
#include "views/backupmodel.h"
#include "views/centreview.h"
#include "views/tablepage.h"
#include "views/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace statelens::ui {

using Section = NavigatorModel::Section;

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_session(new StateSession(this)),
      m_edits(new EditController(m_session, this)),
      m_actions(new MainActions(this, m_session->undoStack())),
      m_editActions(new EditActions(this, m_edits, this)),
      m_status(new StatusInfo(statusBar())),
      m_banner(new MessageBanner(this)),
      m_damage(new DamageBanner(this)),
      m_centre(new CentreView(m_edits, this)),
      m_navigator(new NavigatorPanel(this)),
      m_editor(new ValueEditorPanel(m_edits, this)),
      m_pending(new PendingPanel(m_session, this)),
      m_search(new SearchPanel(m_session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_damage);
    layout->addWidget(m_banner);
    layout->addWidget(m_centre, 1);
    setCentralWidget(central);

    QDockWidget* nav = m_navigatorDock = addDock(m_navigator, tr("Navigator"), QStringLiteral("navigatorDock"), Qt::LeftDockWidgetArea);
    m_searchDock = addDock(m_search, tr("Find"), QStringLiteral("searchDock"), Qt::LeftDockWidgetArea);
    QDockWidget* editor = m_valueDock = addDock(m_editor, tr("Value"), QStringLiteral("valueDock"), Qt::RightDockWidgetArea);
    QDockWidget* pending = m_pendingDock = addDock(m_pending, tr("Pending Changes"), QStringLiteral("pendingDock"), Qt::RightDockWidgetArea);
    splitDockWidget(nav, m_searchDock, Qt::Vertical);
    splitDockWidget(editor, pending, Qt::Vertical);
    resizeDocks({ nav, editor }, { fontMetrics().averageCharWidth() * 36, fontMetrics().averageCharWidth() * 60 }, Qt::Horizontal);
    resizeDocks({ editor, pending }, { fontMetrics().height() * 30, fontMetrics().height() * 8 }, Qt::Vertical);

    m_actions->buildMenus({ nav->toggleViewAction(), m_searchDock->toggleViewAction(), editor->toggleViewAction(),
                            pending->toggleViewAction() });
    m_backups = new BackupController(this, m_session, m_centre->backupsPage()); // Backups menu, restore wizard, journal
    menuBar()->insertMenu(m_actions->helpMenu()->menuAction(), m_backups->menu()); // Help stays last
    connect(m_damage, &DamageBanner::restoreRequested, m_backups, &BackupController::openWizard);
    connect(m_damage, &DamageBanner::chooseRequested, m_backups, [this] { m_backups->openWizard(); });
    new MigrationController(this, m_session, m_actions->quit); // version badge, File > Schema Migrations…
    new TaskEditBinding(m_edits, m_centre->tasksPage(), m_editor, this); // tasks in the value panel, status combo
    m_help = new HelpController(this); // documentation, keyboard shortcuts, about
    m_help->fillMenu(m_actions->helpMenu());
    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction* a : { m_actions->openFolder, m_actions->reload, m_actions->save, m_actions->undo, m_actions->redo,
                        m_actions->find })
        tools->addAction(a);
    QToolBar* keyBar = m_centre->namespacePage()->toolBar();
    keyBar->addAction(m_actions->addKey);
    keyBar->addAction(m_actions->deleteKey);
    m_centre->namespacePage()->addAction(m_actions->deleteKey); // Delete works while the key tree has focus
    m_pending->setButtons(m_actions->review, m_actions->save, m_actions->revert);
    m_live = new LiveController(this); // owns its pause switch; the window places it
    tools->addAction(m_live->pauseAction());
    m_actions->viewMenu()->addSeparator();
    m_actions->viewMenu()->addAction(m_live->pauseAction());
    layout->insertWidget(2, m_live->banner());
    layout->insertWidget(3, m_live->overwriteBanner());

    connectSession();
    connectActions();
    m_centre->showWelcome();
    refreshRecent();
    updateActions();
    updateTitle();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addDock(QWidget* content, const QString& title, const QString& name, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::connectSession()
{
    connect(m_session, &StateSession::loadStarted, this, [this](const QString& path) {
        m_status->setBusy(true, tr("Reading %1\u2026").arg(QFileInfo(path).fileName()));
        if (!m_session->hasState())
            m_centre->showMessage(tr("Opening\u2026"), path);
        updateActions();
    });
    connect(m_session, &StateSession::loadProgress, m_status, &StatusInfo::setProgress);
    connect(m_session, &StateSession::busyChanged, this, [this](bool busy) {
        if (!busy)
            m_status->setBusy(false);
        updateActions();
    });
    connect(m_session, &StateSession::loaded, this, &MainWindow::onLoaded);
    connect(m_session, &StateSession::reloaded, this, [this] {
        // The views follow in place (LiveController); what depends on the whole state is redone.
        m_addedNamespaces.clear();
        m_removedNamespaces.clear();
        m_search->refresh();
        updateTitle();
        updateDamage();
        updateActions();
    });
    connect(m_session, &StateSession::liveUpdated, m_search, &SearchPanel::refreshLater);
    connect(m_session, &StateSession::liveUpdated, this, [this](const LiveDelta& delta) {
        if (delta.infoChanged) {
            updateDamage();
            updateActions();
        }
    });
    connect(m_session, &StateSession::loadFailed, this, [this](const QString& message) {
        m_banner->showError(tr("Could not open: %1").arg(message));
        if (!m_session->hasState())
            m_centre->showMessage(tr("Could not open this state"), message);
        statusBar()->showMessage(message, 10000);
    });
    connect(m_session, &StateSession::loadCancelled, this, [this] {
        statusBar()->showMessage(tr("Loading cancelled."), 5000);
        if (!m_session->hasState())
            m_centre->showWelcome();
    });
    connect(m_session, &StateSession::saveStarted, this, [this] { m_status->setBusy(true, tr("Saving\u2026")); });
    connect(m_session, &StateSession::saved, this, [this](const QStringList& files) {
        statusBar()->showMessage(tr("Saved; files written: %1.").arg(files.size()), 5000);
        m_banner->hide();
    });
    connect(m_session, &StateSession::saveFailed, this, [this](const QString& message) {
        m_banner->showError(tr("Nothing was saved: %1").arg(message));
    });
    connect(m_status->cancelButton(), &QAbstractButton::clicked, m_session, &StateSession::cancelLoad);
    connect(m_session->pending(), &PendingChanges::changed, this, &MainWindow::onPendingChanged);
    connect(m_session->pending(), &PendingChanges::cleared, this, &MainWindow::onPendingChanged);
}

void MainWindow::connectActions()
{
    MainActions* a = m_actions;
    connect(a->openFolder, &QAction::triggered, this, &MainWindow::chooseFolder);
    connect(a->openFile, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(a->reload, &QAction::triggered, this, [this] {
        if (m_editActions->confirmDiscard())
            m_session->reload();
    });
    connect(a->save, &QAction::triggered, m_session, &StateSession::save);
    connect(a->review, &QAction::triggered, m_editActions, &EditActions::review);
    connect(a->revert, &QAction::triggered, m_editActions, &EditActions::revert);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->find, &QAction::triggered, this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_search->focusSearch();
    });
    connect(a->applyValue, &QAction::triggered, m_editor, &ValueEditorPanel::apply);
    connect(m_editor, &ValueEditorPanel::canApplyChanged, a->applyValue, &QAction::setEnabled);
    connect(a->addKey, &QAction::triggered, this, [this] {
        const QString ns = currentNamespace();
        const QString key = m_editActions->addKey(ns);
        if (!key.isEmpty())
            jumpToKey(ns, key);
    });
    connect(a->addNamespace, &QAction::triggered, this, [this] {
        const auto [ns, key] = m_editActions->addNamespace();
        if (!ns.isEmpty())
            jumpToKey(ns, key);
    });
    connect(a->deleteKey, &QAction::triggered, this, [this] { m_editActions->deleteKey(currentNamespace(), currentKey()); });
    connect(a->deleteNamespace, &QAction::triggered, this, [this] { m_editActions->deleteNamespace(currentNamespace()); });
    connect(a->exportValue, &QAction::triggered, this, [this] { m_editActions->exportValue(currentNamespace(), currentKey()); });
    connect(a->importValue, &QAction::triggered, this, [this] { m_editActions->importValue(currentNamespace(), currentKey()); });
    connect(a->exportNamespace, &QAction::triggered, this, [this] { m_editActions->exportNamespace(currentNamespace()); });
    connect(a->importNamespace, &QAction::triggered, this, [this] { m_editActions->importNamespace(currentNamespace()); });
    connect(a->checkRepair, &QAction::triggered, this, [this] {
        // Repairs change the files under the pending edits: those are saved or dropped first.
        if (!m_editActions->confirmDiscard())
            return;
        DoctorDialog dialog(m_session->path(), this);
        connect(&dialog, &DoctorDialog::repaired, m_session, &StateSession::reload);
        dialog.exec();
    });
    connect(a->preferences, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && m_centre->currentWidget() == m_centre->namespacePage())
            m_centre->showNamespace(currentNamespace(), UiSettings::keySeparator());
    });
    connect(a, &MainActions::recentTriggered, this, &MainWindow::openPath);
    connect(a, &MainActions::clearRecentTriggered, this, [this] {
        UiSettings::clearRecentPaths();
        refreshRecent();
    });
    connect(m_editActions, &EditActions::message, this, [this](const QString& text, bool error) {
        if (error)
            m_banner->showError(text);
        else
            statusBar()->showMessage(text, 5000);
    });

    WelcomePage* welcome = m_centre->welcomePage();
    connect(welcome, &WelcomePage::openFolderRequested, this, &MainWindow::chooseFolder);
    connect(welcome, &WelcomePage::openFileRequested, this, &MainWindow::chooseFile);
    connect(welcome, &WelcomePage::openPathRequested, this, &MainWindow::openPath);

    connect(m_navigator, &NavigatorPanel::selected, this, &MainWindow::onNavigatorSelected);
    connect(m_centre->namespacePage(), &NamespacePage::currentKeyChanged, m_editor, &ValueEditorPanel::showKey);
    connect(m_centre->namespacePage(), &NamespacePage::currentKeyChanged, this, &MainWindow::updateActions);
    connect(m_search, &SearchPanel::keyActivated, this, &MainWindow::jumpToKey);
    connect(m_search, &SearchPanel::hitActivated, this, &MainWindow::jumpToHit);
    connect(m_pending, &PendingPanel::keyActivated, this, &MainWindow::jumpToKey);
    connect(m_centre, &CentreView::addressActivated, this, [this](const QString& text) {
        const auto address = Address::parse(text);
        if (address && !jumpToKey(address->ns, address->key))
            statusBar()->showMessage(tr("%1 is not in this state.").arg(text), 5000);
    });
    connect(m_session->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
}

bool MainWindow::openPath(const QString& path)
{
    if (path.isEmpty() || !m_editActions->confirmDiscard())
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_banner->hide();
    m_session->open(absolute);
    UiSettings::addRecentPath(absolute);
    refreshRecent();
    return true;
}

void MainWindow::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open State Folder"));
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open State File"), QString(),
                                                      tr("State files (*.json *.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::refreshRecent()
{
    const QStringList recent = UiSettings::recentPaths();
    m_actions->setRecent(recent);
    m_centre->welcomePage()->setRecent(recent);
}

void MainWindow::onLoaded()
{
    const Snapshot& s = m_session->snapshot();
    m_status->setSnapshot(&s);
    m_centre->setSnapshot(s);
    m_addedNamespaces.clear();
    m_removedNamespaces.clear();
    const bool hadSelection = m_navigator->view()->currentIndex().isValid();
    m_navigator->setSnapshot(s, {}, {});
    if (!hadSelection) {
        // First look: the batch for autonomous-dev, the first namespace, else the tasks.
        if (!(s.batch && showSection(Section::Batch)) && !(!s.namespaces.isEmpty() && showSection(Section::Namespaces, s.namespaces.first().name)))
            showSection(Section::Tasks);
    }
    if (!s.problems.isEmpty())
        statusBar()->showMessage(tr("Problems found while reading: %1 (see Problems).").arg(s.problems.size()), 8000);
    m_search->refresh();
    updateTitle();
    updateDamage();
    updateActions();
}

void MainWindow::updateDamage()
{
    m_damage->setInfo(m_session->hasState() ? m_session->snapshot().info : SourceInfo());
}

void MainWindow::onNavigatorSelected(Section section, const QString& name, int index)
{
    const Snapshot& s = m_session->snapshot();
    if (section != Section::Namespaces && section != Section::Tasks) // the tasks page sets the panel itself
        m_editor->clear();
    switch (section) {
    case Section::Namespaces:
        if (name.isEmpty() && index < 0 && !s.namespaces.isEmpty())
            m_navigator->select(Section::Namespaces, s.namespaces.first().name);
        else if (!name.isEmpty() || index >= 0)
            m_centre->showNamespace(name, UiSettings::keySeparator());
        break;
    case Section::Tasks: m_centre->showTasks(name); break;
    case Section::Sessions: {
        QList<LogFile> files;
        for (const LogFile& l : s.logs)
            if (name.isEmpty() ? !l.sessionId.isEmpty() : l.sessionId == name)
                files << l;
        m_centre->showLogs(files, name.isEmpty() ? tr("All sessions") : tr("Session %1").arg(name));
        break;
    }
    case Section::Logs:
        if (index >= 0 && index < s.logs.size())
            m_centre->showLogs({ s.logs[index] }, s.logs[index].name);
        else
            m_centre->showLogs(s.logs, tr("All logs"));
        break;
    case Section::Reports:
        if (index >= 0)
            m_centre->showReport(index);
        else if (!s.reports.isEmpty())
            m_navigator->select(Section::Reports, s.reports.first().id);
        break;
    case Section::Backups: m_centre->showBackups(); break;
    case Section::Problems: m_centre->showProblems(); break;
    case Section::Batch: m_centre->showBatch(); break;
    }
    updateActions();
}

bool MainWindow::showSection(Section section, const QString& name)
{
    return m_navigator->select(section, name);
}

bool MainWindow::jumpToKey(const QString& ns, const QString& key)
{
    if (!m_session->hasState())
        return false;
    if (m_centre->currentWidget() != m_centre->namespacePage() || currentNamespace() != ns) {
        if (!m_navigator->select(Section::Namespaces, ns))
            return false;
    }
    if (!m_centre->namespacePage()->selectKey(key))
        return false;
    m_centre->namespacePage()->view()->setFocus(Qt::OtherFocusReason);
    return true;
}

bool MainWindow::jumpToHit(const search::Hit& hit)
{
    if (!m_session->hasState())
        return false;
    switch (hit.kind) {
    case search::HitKind::Key: return m_centre->currentWidget() == m_centre->namespacePage(); // keyActivated went first
    case search::HitKind::Task:
        if (!showSection(Section::Tasks))
            return false;
        m_centre->tasksPage()->selectTask(hit.key);
        return true;
    case search::HitKind::Log:
        if (!showSection(Section::Logs, hit.location))
            return false;
        m_centre->logPage()->showLine(hit.line);
        return true;
    case search::HitKind::Report: return showSection(Section::Reports, hit.key);
    case search::HitKind::Backup: {
        if (!showSection(Section::Backups))
            return false;
        const auto& backups = m_session->snapshot().backups;
        const auto b = std::find_if(backups.cbegin(), backups.cend(), [&](const Backup& x) { return x.id == hit.location; });
        QTableView* table = m_centre->backupsPage()->table();
        for (int r = 0; b != backups.cend() && r < table->model()->rowCount(); ++r) {
            const QModelIndex i = table->model()->index(r, BackupModel::PathColumn);
            if (i.data().toString() == b->path) {
                table->setCurrentIndex(i.siblingAtColumn(0));
                table->scrollTo(i);
                return true;
            }
        }
        return false;
    }
    }
    return false;
}

void MainWindow::onPendingChanged()
{
    // Namespaces that appear or disappear through edits change the navigator; values do not.
    const Snapshot& s = m_session->snapshot();
    const auto marks = m_session->pending()->namespaceMarks(s);
    if (marks.added != m_addedNamespaces || marks.removed != m_removedNamespaces) {
        m_addedNamespaces = marks.added;
        m_removedNamespaces = marks.removed;
        m_navigator->setSnapshot(s, marks.added, marks.removed, false);
    }
    m_status->setPendingCount(m_session->pending()->count());
    updateActions();
    updateTitle();
}

void MainWindow::updateActions()
{
    const bool open = m_session->hasState();
    const bool writable = open && !m_session->isReadOnly() && !m_session->isBusy();
    const bool pending = !m_session->pending()->isEmpty();
    const bool onNamespace = open && m_centre->currentWidget() == m_centre->namespacePage();
    const bool hasKey = onNamespace && !currentKey().isEmpty();
    MainActions* a = m_actions;
    a->reload->setEnabled(open && !m_session->isBusy());
    a->checkRepair->setEnabled(open && !m_session->isBusy());
    a->save->setEnabled(writable && pending);
    a->review->setEnabled(pending);
    a->revert->setEnabled(pending && !m_session->isBusy());
    a->find->setEnabled(open);
    a->addKey->setEnabled(writable && onNamespace);
    a->addNamespace->setEnabled(writable);
    a->deleteKey->setEnabled(writable && hasKey);
    a->deleteNamespace->setEnabled(writable && onNamespace);
    a->importValue->setEnabled(writable && hasKey);
    a->exportValue->setEnabled(hasKey);
    a->importNamespace->setEnabled(writable && onNamespace);
    a->exportNamespace->setEnabled(onNamespace);
    a->applyValue->setEnabled(m_editor->canApply());
    m_live->pauseAction()->setEnabled(open);
    // Say why editing is off where people look for it: the actions' tooltips.
    const QString why = open ? DamageBanner::editingOffReason(m_session->snapshot().info) : QString();
    for (QAction* edit : { a->addKey, a->addNamespace, a->deleteKey, a->deleteNamespace, a->importValue, a->importNamespace }) {
        if (!edit->property("statelensTip").isValid())
            edit->setProperty("statelensTip", edit->toolTip());
        edit->setToolTip(why.isEmpty() ? edit->property("statelensTip").toString() : why);
    }
}

void MainWindow::updateTitle()
{
    const bool modified = !m_session->pending()->isEmpty();
    if (!m_session->hasState()) {
        setWindowTitle(tr("StateLens"));
        return;
    }
    const SourceInfo& info = m_session->snapshot().info;
    setWindowTitle(tr("%1%2 \u2014 %3 \u2014 StateLens")
                       .arg(QFileInfo(info.path).fileName(), modified ? QStringLiteral("*") : QString(),
                            sourceKindName(info.kind)));
    setWindowModified(modified);
}

QString MainWindow::currentNamespace() const
{
    return m_centre->namespacePage()->namespaceName();
}

QString MainWindow::currentKey() const
{
    return m_centre->namespacePage()->currentKey();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_editActions->confirmDiscard()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openPath(urls.first().toLocalFile());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(screen()->availableGeometry().size() * 0.85);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (QSplitter* s : findChildren<QSplitter*>())
        if (!s->objectName().isEmpty())
            s->restoreState(settings.value(QStringLiteral("splitters/") + s->objectName()).toByteArray());
    fitScreen(); // a layout saved on a bigger screen, or none on a small one
}

void MainWindow::fitScreen()
{
    fitToScreen(this, { { m_navigatorDock, m_searchDock }, { m_valueDock, m_pendingDock } });
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        fitScreen(); // now the window frame is known
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    for (QSplitter* s : findChildren<QSplitter*>())
        if (!s->objectName().isEmpty())
            settings.setValue(QStringLiteral("splitters/") + s->objectName(), s->saveState());
}

} // namespace statelens::ui
