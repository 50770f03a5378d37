// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationview.h"

#include "conversation/conversationdelegate.h"
#include "conversation/conversationmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace statelens::ui {

ConversationView::ConversationView(QWidget* parent)
    : QWidget(parent),
      m_model(new ConversationModel(this)),
      m_view(new QListView(this)),
      m_note(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_copy(new QAction(tr("&Copy Text"), this)),
      m_showInTree(new QAction(tr("Show in &Structured"), this))
{
    m_view->setObjectName(QStringLiteral("conversationList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ConversationDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setResizeMode(QListView::Adjust); // rows wrap to the width: lay out again on resize
    // Rows differ in height; laying them out in batches keeps the window responsive with many messages.
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(50);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_copy->setToolTip(tr("Copy the text of the selected messages"));
    m_showInTree->setToolTip(tr("Show the selected message in the Structured view"));
    m_view->addAction(m_copy);
    m_view->addAction(m_showInTree);

    m_note->setObjectName(QStringLiteral("conversationNote"));
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_note);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_copy, &QAction::triggered, this, &ConversationView::copySelection);
    connect(m_showInTree, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            Q_EMIT showInTree(
                m_model->conversation().turns[current.data(ConversationModel::TurnRole).toInt()].pointer);
    });
    connect(m_view, &QListView::doubleClicked, m_showInTree, &QAction::trigger);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ConversationView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConversationView::updateActions);
    updateActions();
}

void ConversationView::setConversation(langgraph::Conversation conversation)
{
    m_model->setConversation(std::move(conversation));
    m_stack->setCurrentWidget(m_view);
}

void ConversationView::showNote(const QString& note)
{
    m_model->clear();
    m_note->setText(note);
    m_stack->setCurrentWidget(m_note);
}

void ConversationView::clear()
{
    m_model->clear();
    m_stack->setCurrentWidget(m_view);
}

void ConversationView::updateActions()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_copy->setEnabled(any);
    m_showInTree->setEnabled(any);
}

void ConversationView::copySelection()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList parts;
    for (const QModelIndex& i : rows) {
        QStringList lines;
        const QString details = i.data(ConversationModel::DetailsRole).toString();
        lines << i.data(ConversationModel::LabelRole).toString()
                + (details.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(details));
        if (const QString text = i.data(Qt::DisplayRole).toString(); !text.isEmpty())
            lines << text;
        for (const ConversationModel::ToolCallItem& call : ConversationModel::toolCalls(i))
            lines << call.call;
        parts << lines.join(u'\n');
    }
    QApplication::clipboard()->setText(parts.join(QStringLiteral("\n\n")));
}

} // namespace statelens::ui
