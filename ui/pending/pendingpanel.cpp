// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingpanel.h"

#include "pending/pendingmodel.h"
#include "session/statesession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace statelens::ui {

PendingPanel::PendingPanel(StateSession* session, QWidget* parent)
    : QWidget(parent),
      m_model(new PendingModel(session->pending(), this)),
      m_view(new QListView(this)),
      m_review(new QPushButton(this)),
      m_save(new QPushButton(this)),
      m_revert(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("pendingList"));
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_review);
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT keyActivated(index.data(PendingModel::NamespaceRole).toString(), index.data(PendingModel::KeyRole).toString());
    });
}

void PendingPanel::setButtons(QAction* review, QAction* save, QAction* revert)
{
    // Buttons mirror the window's actions: same text, same enabled state.
    auto bind = [](QPushButton* button, QAction* action) {
        auto sync = [button, action] {
            button->setText(action->text());
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->toolTip());
        };
        sync();
        connect(action, &QAction::changed, button, sync);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
    };
    bind(m_review, review);
    bind(m_save, save);
    bind(m_revert, revert);
}

} // namespace statelens::ui
