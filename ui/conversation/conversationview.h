// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonpointer.h"
#include "sources/langgraph/conversation.h"

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QStackedWidget;

namespace statelens::ui {

class ConversationModel;

/// A value's messages as a conversation (ConversationModel painted by ConversationDelegate), read-only.
/// Rows are laid out in batches, so hundreds of messages do not hold up the window. Copy (Ctrl+C) copies
/// the selected messages' text; double-clicking a message (or "Show in Structured") asks for it in the
/// value's tree.
class ConversationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)

public:
    explicit ConversationView(QWidget* parent = nullptr);

    void setConversation(langgraph::Conversation conversation);
    /// Shows `note` instead of messages (the edited value is not a conversation).
    void showNote(const QString& note);
    void clear();

    ConversationModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    QLabel* noteLabel() const { return m_note; }
    QAction* copyAction() const { return m_copy; }
    QAction* showInTreeAction() const { return m_showInTree; }

Q_SIGNALS:
    /// The message at `pointer` (in the value shown) should be shown in the structured view.
    void showInTree(const json::Pointer& pointer);

private:
    void copySelection();
    void updateActions();

    ConversationModel* m_model;
    QListView* m_view;
    QLabel* m_note;
    QStackedWidget* m_stack;
    QAction* m_copy;
    QAction* m_showInTree;
};

} // namespace statelens::ui
