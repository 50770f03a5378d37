// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListView;
class QToolBar;

namespace statelens::ui {

class PendingModel;
class StateSession;

/// The list of pending edits with Review, Save and Revert. Activating an edit jumps to its key.
class PendingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingPanel)

public:
    PendingPanel(StateSession* session, QWidget* parent = nullptr);

    QListView* view() const { return m_view; }
    void setButtons(QAction* review, QAction* save, QAction* revert);

Q_SIGNALS:
    void keyActivated(const QString& ns, const QString& key);

private:
    PendingModel* m_model;
    QListView* m_view;
    QToolBar* m_bar; // the window's Review, Save and Revert; on a narrow dock the last go into its overflow menu
};

} // namespace statelens::ui
