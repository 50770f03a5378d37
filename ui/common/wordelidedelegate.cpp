// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordelidedelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QStyle>

namespace statelens::ui {

QString elideAtWord(const QString& text, const QFontMetrics& metrics, int width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const QString ellipsis(QChar(0x2026));
    const QString cut = metrics.elidedText(text, Qt::ElideRight, width); // "…" at the end when cut
    qsizetype keep = cut.endsWith(ellipsis) ? cut.size() - 1 : cut.size();
    if (keep <= 0)
        return cut;
    if (keep < text.size() && !text.at(keep).isSpace()) {
        // Back up to the last space before the cut; keep the cut if the first word alone is too long.
        qsizetype space = keep;
        while (space > 0 && !text.at(space - 1).isSpace())
            --space;
        if (space > 0)
            keep = space;
    }
    while (keep > 0 && (text.at(keep - 1).isSpace() || text.at(keep - 1).isPunct()))
        --keep;
    return keep > 0 ? text.left(keep) + ellipsis : cut;
}

void WordElideDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->text.isEmpty())
        return;
    const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    const int margin = (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1) * 2;
    int width = option->rect.width() - margin;
    if (option->features & QStyleOptionViewItem::HasDecoration)
        width -= option->decorationSize.width() + margin / 2;
    option->text = elideAtWord(QString(option->text).replace(u'\n', u' '), option->fontMetrics, width);
}

} // namespace statelens::ui
