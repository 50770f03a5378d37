// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/langgraph/conversation.h"

#include <QAbstractListModel>

namespace statelens::ui {

/// A conversation (langgraph::readConversation) as a list, one row per message. A tool result that answers
/// a call is shown right under the message that made the call (IsResultRole), in the order of the calls;
/// everything else keeps the conversation's order. Read-only.
class ConversationModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationModel)

public:
    /// Qt::DisplayRole is the message's text (very long texts cut, saying how much more there is).
    enum DataRole {
        RoleRole = Qt::UserRole + 1, ///< int(langgraph::Turn::Role)
        LabelRole, ///< who speaks, for people: "User", "Assistant", "Tool", "System", "Result of NAME", or
                   ///< the kind
        DetailsRole, ///< the facts beside the label: name, tool call id, message id
        OtherBlocksRole, ///< QStringList: the types of the content blocks that are not text
        ToolCallsRole, ///< QList<ToolCallItem> (see toolCalls())
        IsResultRole, ///< bool: a tool result shown under the call it answers
        FailedRole, ///< bool: a tool result whose status is "error"
        TurnRole, ///< int: the message's index in the conversation
        PointerRole, ///< QString: the message's JSON pointer in the value
    };

    /// One entry of ToolCallsRole: "name(args)", its id, and whether it was invalid or answered.
    struct ToolCallItem
    {
        QString call;
        QString id;
        bool invalid = false;
        bool answered = false;
    };

    /// Texts and arguments longer than this are cut for display (the raw JSON has them whole).
    static constexpr int MaxTextChars = 20000;

    explicit ConversationModel(QObject* parent = nullptr);

    void setConversation(langgraph::Conversation conversation);
    void clear();
    const langgraph::Conversation& conversation() const { return m_conversation; }
    /// The row that shows turn `turn`, or -1.
    int rowOfTurn(int turn) const;

    /// The entries of ToolCallsRole of `index`.
    static QList<ToolCallItem> toolCalls(const QModelIndex& index);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    const langgraph::Turn& turnAt(int row) const { return m_conversation.turns[m_order[row]]; }
    QString label(const langgraph::Turn& turn) const;
    QString details(const langgraph::Turn& turn) const;

    langgraph::Conversation m_conversation;
    QList<int> m_order; ///< row -> turn
};

} // namespace statelens::ui

Q_DECLARE_METATYPE(QList<statelens::ui::ConversationModel::ToolCallItem>)
