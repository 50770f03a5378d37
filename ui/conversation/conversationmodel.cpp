// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationmodel.h"

#include <QLocale>

namespace statelens::ui {

using langgraph::Turn;

namespace {

/// `text` cut after ConversationModel::MaxTextChars characters, saying how many more there are.
QString cut(const QString& text)
{
    if (text.size() <= ConversationModel::MaxTextChars)
        return text;
    return text.left(ConversationModel::MaxTextChars) + u'\n'
        + ConversationModel::tr("\u2026 %1 more characters (see Raw JSON)")
              .arg(QLocale().toString(text.size() - ConversationModel::MaxTextChars));
}

} // namespace

ConversationModel::ConversationModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void ConversationModel::setConversation(langgraph::Conversation conversation)
{
    beginResetModel();
    m_conversation = std::move(conversation);
    m_order.clear();
    m_order.reserve(m_conversation.turns.size());
    // A tool result goes right under the message with its call; readConversation() links each result to
    // one earlier call, so every turn gets exactly one row.
    for (int t = 0; t < m_conversation.turns.size(); ++t) {
        const Turn& turn = m_conversation.turns[t];
        if (turn.callTurn >= 0)
            continue;
        m_order.append(t);
        for (const langgraph::ToolCall& call : turn.toolCalls)
            if (call.resultTurn >= 0)
                m_order.append(call.resultTurn);
    }
    endResetModel();
}

void ConversationModel::clear()
{
    setConversation({});
}

int ConversationModel::rowOfTurn(int turn) const
{
    return int(m_order.indexOf(turn));
}

QList<ConversationModel::ToolCallItem> ConversationModel::toolCalls(const QModelIndex& index)
{
    return index.data(ToolCallsRole).value<QList<ToolCallItem>>();
}

int ConversationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

Qt::ItemFlags ConversationModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                           : Qt::NoItemFlags;
}

QString ConversationModel::label(const Turn& turn) const
{
    switch (turn.role) {
    case Turn::Role::Human:
        return tr("User");
    case Turn::Role::Ai:
        return tr("Assistant");
    case Turn::Role::Tool:
        if (turn.callTurn >= 0) {
            const QString tool = m_conversation.turns[turn.callTurn].toolCalls[turn.callIndex].name;
            return tool.isEmpty() ? tr("Result") : tr("Result of %1").arg(tool);
        }
        return tr("Tool");
    case Turn::Role::System:
        return tr("System");
    case Turn::Role::Other:
        break;
    }
    return turn.kind.isEmpty() ? tr("Message") : turn.kind;
}

QString ConversationModel::details(const Turn& turn) const
{
    QStringList facts;
    if (!turn.name.isEmpty())
        facts << turn.name;
    if (!turn.toolCallId.isEmpty())
        facts << tr("call %1").arg(turn.toolCallId);
    if (turn.role == Turn::Role::Tool && turn.status == QLatin1String("error"))
        facts << tr("failed");
    if (!turn.id.isEmpty())
        facts << tr("id %1").arg(turn.id);
    return facts.join(QStringLiteral(" \u00b7 "));
}

QVariant ConversationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Turn& turn = turnAt(index.row());
    const bool isResult = turn.callTurn >= 0;
    switch (role) {
    case Qt::DisplayRole:
        return cut(turn.text());
    case Qt::ToolTipRole:
        return tr("%1, %2 (double-click to show it in Structured)")
            .arg(turn.kind, turn.pointer.isRoot() ? tr("the whole value") : turn.pointer.toString());
    case RoleRole:
        return int(turn.role);
    case LabelRole:
        return label(turn);
    case DetailsRole:
        return details(turn);
    case OtherBlocksRole:
        return turn.otherBlocks();
    case ToolCallsRole: {
        QList<ToolCallItem> calls;
        for (const langgraph::ToolCall& c : turn.toolCalls) {
            const QString name = c.name.isEmpty() ? QStringLiteral("?") : c.name;
            calls.append(
                { cut(QStringLiteral("%1(%2)").arg(name, c.args)), c.id, c.invalid, c.resultTurn >= 0 });
        }
        return QVariant::fromValue(calls);
    }
    case IsResultRole:
        return isResult;
    case FailedRole:
        return turn.role == Turn::Role::Tool && turn.status == QLatin1String("error");
    case TurnRole:
        return m_order[index.row()];
    case PointerRole:
        return turn.pointer.toString();
    default:
        return {};
    }
}

} // namespace statelens::ui
