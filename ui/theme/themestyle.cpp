// SPDX-License-Identifier: GPL-3.0-or-later
#include "themestyle.h"

#include "theme/paletteicon.h"

#include <QPainter>
#include <QStyleOption>

namespace statelens::ui {

ThemeStyle::ThemeStyle(QStyle* base) : QProxyStyle(base)
{
}

QIcon ThemeStyle::standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const
{
    return paletteIcon(QProxyStyle::standardIcon(icon, option, widget));
}

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                               const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if (!box && element != PE_IndicatorRadioButton)
        return;
    painter->save();
    QColor edge = option->palette.color(QPalette::PlaceholderText);
    if (!(option->state & State_Enabled))
        edge = option->palette.color(QPalette::Mid).lighter(130);
    else if (option->state & State_MouseOver)
        edge = option->palette.color(QPalette::Highlight).lighter(140);
    painter->setPen(QPen(edge, 1));
    painter->setBrush(Qt::NoBrush);
    const QRect r = option->rect.adjusted(0, 0, -1, -1);
    if (box) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->drawRect(r);
    } else {
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->drawEllipse(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    painter->restore();
}

} // namespace statelens::ui
