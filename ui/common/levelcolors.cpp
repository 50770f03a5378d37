// SPDX-License-Identifier: GPL-3.0-or-later
#include "levelcolors.h"

#include <QFrame>
#include <QLabel>

namespace statelens::ui {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor mutedColor(const QPalette& palette)
{
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QColor levelColor(const QString& level, const QPalette& palette)
{
    const QString l = level.toLower();
    const bool dark = isDark(palette);
    if (l.startsWith(QLatin1String("err")) || l == QLatin1String("fatal") || l == QLatin1String("critical")
        || l == QLatin1String("failed") || l == QLatin1String("failure"))
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x28);
    if (l.startsWith(QLatin1String("warn")) || l == QLatin1String("retrying") || l == QLatin1String("waiting"))
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
    if (l == QLatin1String("debug") || l == QLatin1String("trace") || l == QLatin1String("cancelled")
        || l == QLatin1String("skipped") || l == QLatin1String("pending"))
        return mutedColor(palette);
    if (l == QLatin1String("completed") || l == QLatin1String("success") || l == QLatin1String("ok"))
        return dark ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
    if (l == QLatin1String("in_progress") || l == QLatin1String("current") || l == QLatin1String("running"))
        return dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x09, 0x69, 0xda);
    return {};
}

void styleAsBanner(QFrame* frame, QLabel* label, const QString& level)
{
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette p = frame->palette();
    QColor tint = levelColor(level, p);
    if (!tint.isValid())
        tint = QColor(0xe0, 0xa0, 0x00);
    tint.setAlphaF(0.25);
    p.setColor(QPalette::Window, tint);
    frame->setPalette(p);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

} // namespace statelens::ui
