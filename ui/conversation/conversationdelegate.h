// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/langgraph/conversation.h"

#include <QStyledItemDelegate>

namespace statelens::ui {

/// Paints a row of ConversationModel as a card: a stripe and label in the colour of who speaks, the facts
/// beside it, the text wrapped to the view's width, the content blocks that are not shown, and each tool
/// call as a name(args) box saying whether its result follows. Tool results are indented under their call.
/// Colours come from the palette (levelColor()), so light and dark themes both read.
class ConversationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The colour of who speaks (a failed tool result in the error colour).
    static QColor roleColor(langgraph::Turn::Role role, bool failed, const QPalette& palette);

private:
    struct Card;
    Card layOut(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;
};

} // namespace statelens::ui
