// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationdelegate.h"

#include "common/levelcolors.h"
#include "conversation/conversationmodel.h"

#include <QAbstractItemView>
#include <QFontDatabase>
#include <QPainter>
#include <QTextLayout>
#include <QtMath>

#include <memory>
#include <vector>

namespace statelens::ui {

using langgraph::Turn;

namespace {

/// Lays `layout` out in lines `width` wide, breaking between words, or inside a word too long for a line
/// (paths, ids, base64); returns the height.
qreal wrap(QTextLayout& layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

std::unique_ptr<QTextLayout> textLayout(QString text, const QFont& font)
{
    // QTextLayout breaks lines only at U+2028.
    text.replace(u'\n', QChar::LineSeparator);
    return std::make_unique<QTextLayout>(text, font);
}

QFont monospace(const QFont& like)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPointSizeF(like.pointSizeF() > 0 ? like.pointSizeF() : f.pointSizeF());
    return f;
}

} // namespace

/// Where everything of one row goes, relative to the row's top left.
struct ConversationDelegate::Card
{
    struct Call
    {
        QRectF box;
        std::unique_ptr<QTextLayout> text;
        QPointF textAt;
        QRectF note;
        QString noteText;
    };
    QRectF frame;
    QRectF stripe;
    QRectF header;
    std::unique_ptr<QTextLayout> body;
    QPointF bodyAt;
    QRectF blocks;
    QString blocksText;
    std::vector<Call> calls;
    qreal height = 0;
};

QColor ConversationDelegate::roleColor(Turn::Role role, bool failed, const QPalette& palette)
{
    if (failed)
        return levelColor(QStringLiteral("error"), palette);
    switch (role) {
    case Turn::Role::Human:
        return levelColor(QStringLiteral("running"), palette);
    case Turn::Role::Ai:
        return levelColor(QStringLiteral("ok"), palette);
    case Turn::Role::Tool:
        return levelColor(QStringLiteral("warn"), palette);
    case Turn::Role::System:
        return mutedColor(palette);
    case Turn::Role::Other:
        break;
    }
    return palette.color(QPalette::Link);
}

ConversationDelegate::Card ConversationDelegate::layOut(
    const QStyleOptionViewItem& option, const QModelIndex& index, int width) const
{
    Card card;
    const QFontMetricsF fm(option.font);
    const qreal line = fm.height();
    const qreal pad = qMax<qreal>(3, line / 3);
    const qreal gap = qMax<qreal>(2, line / 4);
    const qreal stripe = qMax<qreal>(3, line / 5);
    const qreal indent = index.data(ConversationModel::IsResultRole).toBool() ? line * 2 : 0;

    card.frame = QRectF(pad + indent, pad / 2, qMax<qreal>(line * 4, width - 2 * pad - indent), 0);
    const qreal x = card.frame.left() + stripe + pad;
    const qreal contentWidth = qMax<qreal>(line * 2, card.frame.right() - pad - x);
    qreal y = card.frame.top() + pad;

    card.header = QRectF(x, y, contentWidth, line);
    y += line + gap;

    const QString text = index.data(Qt::DisplayRole).toString();
    if (!text.isEmpty()) {
        card.body = textLayout(text, option.font);
        card.bodyAt = QPointF(x, y);
        y += wrap(*card.body, contentWidth) + gap;
    }
    const QStringList blocks = index.data(ConversationModel::OtherBlocksRole).toStringList();
    if (!blocks.isEmpty()) {
        QStringList names;
        for (const QString& b : blocks)
            names << QStringLiteral("[%1]").arg(b.isEmpty() ? tr("block") : b);
        card.blocksText = names.join(u' ');
        card.blocks = QRectF(x, y, contentWidth, line);
        y += line + gap;
    }
    const QFont mono = monospace(option.font);
    for (const ConversationModel::ToolCallItem& item : ConversationModel::toolCalls(index)) {
        Card::Call call;
        call.text = textLayout(item.call, mono);
        call.textAt = QPointF(x + pad, y + pad);
        const qreal textHeight = wrap(*call.text, contentWidth - 2 * pad);
        QStringList note { item.id.isEmpty() ? tr("no call id") : tr("call %1").arg(item.id) };
        if (item.invalid)
            note << tr("arguments are not valid JSON");
        else
            note << (item.answered ? tr("result below") : tr("no result"));
        call.noteText = note.join(QStringLiteral(" \u00b7 "));
        call.note = QRectF(x + pad, call.textAt.y() + textHeight, contentWidth - 2 * pad, line);
        call.box = QRectF(x, y, contentWidth, textHeight + line + 2 * pad);
        y = call.box.bottom() + gap;
        card.calls.push_back(std::move(call));
    }
    card.frame.setBottom(y - gap + pad);
    card.stripe = QRectF(card.frame.left() + 1, card.frame.top() + 1, stripe, card.frame.height() - 2);
    card.height = card.frame.bottom() + pad / 2;
    return card;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Rows are as wide as the view; the view lays them out again when it is resized (QListView::Adjust).
    const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
    const int width
        = view && view->viewport()->width() > 0 ? view->viewport()->width() : qMax(option.rect.width(), 300);
    return QSize(width, qCeil(layOut(option, index, width).height));
}

void ConversationDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Card card = layOut(option, index, option.rect.width());
    const QPalette& palette = option.palette;
    const QColor colour = roleColor(Turn::Role(index.data(ConversationModel::RoleRole).toInt()),
        index.data(ConversationModel::FailedRole).toBool(), palette);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor muted = mutedColor(palette);

    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setRenderHint(QPainter::Antialiasing);

    painter->setPen(
        QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), selected ? 2 : 1));
    painter->setBrush(palette.color(QPalette::AlternateBase));
    painter->drawRoundedRect(card.frame, 4, 4);
    painter->fillRect(card.stripe, colour);

    QFont bold = option.font;
    bold.setBold(true);
    const QString label = index.data(ConversationModel::LabelRole).toString();
    const qreal labelWidth = QFontMetricsF(bold).horizontalAdvance(label);
    painter->setFont(bold);
    painter->setPen(colour);
    painter->drawText(card.header, Qt::AlignLeft | Qt::AlignVCenter, label);
    const QString details = index.data(ConversationModel::DetailsRole).toString();
    if (!details.isEmpty()) {
        const qreal space = QFontMetricsF(option.font).horizontalAdvance(QStringLiteral("  "));
        const QRectF rest = card.header.adjusted(labelWidth + space, 0, 0, 0);
        painter->setFont(option.font);
        painter->setPen(muted);
        painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(option.font).elidedText(details, Qt::ElideRight, rest.width()));
    }

    painter->setPen(palette.color(QPalette::Text));
    if (card.body)
        card.body->draw(painter, card.bodyAt);
    if (!card.blocksText.isEmpty()) {
        QFont italic = option.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(muted);
        painter->drawText(card.blocks, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(italic).elidedText(card.blocksText, Qt::ElideRight, card.blocks.width()));
    }
    for (const Card::Call& call : card.calls) {
        painter->setPen(QPen(palette.color(QPalette::Mid), 1));
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawRoundedRect(call.box, 3, 3);
        painter->setPen(palette.color(QPalette::Text));
        call.text->draw(painter, call.textAt);
        painter->setFont(option.font);
        painter->setPen(muted);
        painter->drawText(call.note, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(option.font).elidedText(call.noteText, Qt::ElideRight, call.note.width()));
    }
    painter->restore();
}

} // namespace statelens::ui
