// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow as the LiveHost of its LiveController: where live changes are shown.
#include "mainwindow.h"

#include "editor/valueeditorpanel.h"
#include "mainwindow/messagebanner.h"
#include "mainwindow/statusinfo.h"
#include "model/livedelta.h"
#include "navigator/navigatorpanel.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"
#include "views/centreview.h"

#include <QLabel>
#include <QStatusBar>

#include <algorithm>

namespace statelens::ui {

void MainWindow::showLiveSnapshot(const Snapshot& s, const LiveDelta& d)
{
    m_centre->applyLive(s, d);
    auto listChanged = [](const ListDelta& l) { return !l.added.isEmpty() || !l.removed.isEmpty() || l.reset; };
    if (listChanged(d.namespaces) || !d.tasks.isEmpty() || listChanged(d.backups) || listChanged(d.logs)
        || listChanged(d.reports) || listChanged(d.sessions) || d.problemsChanged || d.batchChanged
        || std::any_of(d.keys.cbegin(), d.keys.cend(), [](const KeyDelta& k) { return !k.added.isEmpty() || !k.removed.isEmpty(); })) {
        const auto marks = m_session->pending()->namespaceMarks(s);
        m_navigator->setSnapshot(s, marks.added, marks.removed, false);
    }
    m_status->setSnapshot(&s);
    if (const KeyDelta* k = d.keysOf(m_editor->currentNamespace()); k && !m_editor->isDirty()
        && (k->changed.contains(m_editor->currentKey()) || k->removed.contains(m_editor->currentKey())
            || k->added.contains(m_editor->currentKey())))
        m_editor->reload();
}

void MainWindow::showLiveMessage(const QString& text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::showLiveError(const QString& text)
{
    if (text.isEmpty())
        m_banner->hide();
    else
        m_banner->showError(text);
}

void MainWindow::showLiveMode(const QString& text, const QString& description)
{
    m_status->setLiveState(text);
    m_status->liveLabel()->setToolTip(description);
}

} // namespace statelens::ui
