// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingpanel.h"

#include "pending/pendingmodel.h"
#include "session/statesession.h"

#include <QAction>
#include <QListView>
#include <QToolBar>
#include <QVBoxLayout>

namespace statelens::ui {

PendingPanel::PendingPanel(StateSession* session, QWidget* parent)
    : QWidget(parent),
      m_model(new PendingModel(session->pending(), this)),
      m_view(new QListView(this)),
      m_bar(new QToolBar(this))
{
    m_view->setObjectName(QStringLiteral("pendingList"));
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    m_bar->setObjectName(QStringLiteral("pendingToolBar"));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_bar);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT keyActivated(index.data(PendingModel::NamespaceRole).toString(), index.data(PendingModel::KeyRole).toString());
    });
}

void PendingPanel::setButtons(QAction* review, QAction* save, QAction* revert)
{
    // The window's own actions: same text, same enabled state.
    m_bar->addActions({ review, save, revert });
}

} // namespace statelens::ui
