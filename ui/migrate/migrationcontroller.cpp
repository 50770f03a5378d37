// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationcontroller.h"

#include "util/executor.h"
#include "migrate/migrationdialog.h"
#include "migrate/versionbadge.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"

#include <QAction>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace statelens::ui {

MigrationController::MigrationController(QMainWindow* window, StateSession* session, QAction* menuAnchor)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_badge(new VersionBadge(window))
    , m_action(new QAction(tr("Schema &Migrations\u2026"), this))
{
    m_action->setObjectName(QStringLiteral("migrationsAction"));
    m_action->setToolTip(tr("See the schema version, the migrations that exist, and apply one"));
    m_action->setEnabled(false);
    if (menuAnchor) {
        for (QObject* o : menuAnchor->associatedObjects())
            if (auto* menu = qobject_cast<QMenu*>(o)) {
                menu->insertAction(menuAnchor, m_action);
                menu->insertSeparator(menuAnchor);
                break;
            }
    }
    window->statusBar()->addPermanentWidget(m_badge);
    connect(m_badge, &QToolButton::clicked, this, &MigrationController::showDialog);
    connect(m_action, &QAction::triggered, this, &MigrationController::showDialog);
    connect(m_session, &StateSession::loaded, this, &MigrationController::update);
    // The badge follows the state on disk: after a save, Reload, or a live change (a migration or a
    // rollback by statelens-cli). Reading the version means parsing the whole state file again: only
    // when the snapshot's version says it may have changed.
    const auto followDisk = [this] {
        if (m_session->hasState() && m_session->snapshot().info.version != m_checkedVersion)
            update();
    };
    connect(m_session, &StateSession::reloaded, this, followDisk);
    connect(m_session, &StateSession::liveUpdated, this, followDisk);
    connect(m_session, &StateSession::loadFailed, this, [this] {
        m_badge->clear();
        m_action->setEnabled(false);
    });
}

void MigrationController::update()
{
    // Detecting the version reads the state file, which can be hundreds of MB: do it on a worker and
    // show the badge when it is known. A newer load makes an older answer stale.
    const quint64 generation = ++m_generation;
    m_checkedVersion = m_session->snapshot().info.version;
    m_action->setEnabled(false);
    struct Answer
    {
        bool ok = false;
        QString version, origin, why;
        QStringList targets;
        int problems = 0;
    };
    auto* watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Answer a = watcher->result();
        if (!a.ok) {
            // Not a state StateLens migrates: the badge still says its schema, in the same words.
            const SourceInfo& info = m_session->snapshot().info;
            m_badge->setFixedVersion(info.version, info.versionOrigin, a.why);
            return;
        }
        m_badge->setVersion(a.version, a.origin, a.targets, a.problems);
        m_action->setEnabled(true);
    });
    watcher->setFuture(runInBackground([path = m_session->path(), options = m_options] {
        Answer a;
        auto m = migrate::Migrator::open(path, options);
        if (!m) {
            a.why = m.error().message;
            return a;
        }
        a.ok = true;
        a.version = m->subject().version;
        a.origin = m->subject().versionOrigin;
        a.targets = m->newerTargets();
        a.problems = int(m->problems().size());
        return a;
    }));
}

void MigrationController::showDialog()
{
    if (!m_session->hasState() || m_session->isBusy())
        return;
    if (!m_session->pending()->isEmpty()) {
        QMessageBox::information(m_window, tr("Schema Migrations"),
            tr("There are unsaved edits. Save or revert them before migrating."));
        return;
    }
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new MigrationDialog(m_session->path(), m_options, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &MigrationDialog::migrated, m_session, &StateSession::reload);
    connect(m_dialog, &MigrationDialog::rolledBack, m_session, &StateSession::reload);
    m_dialog->open();
}

} // namespace statelens::ui
