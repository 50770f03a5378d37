// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "theme/themestyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace statelens::ui {

namespace {

struct Desktop
{
    QPalette palette;
    QString style;
};

/// What the desktop gave the application, taken the first time anything here runs (before StateLens sets
/// a palette of its own).
const Desktop& desktop()
{
    static const Desktop d { QApplication::palette(), QApplication::style()->name() };
    return d;
}

Theme g_current = Theme::System;

bool paletteIsDark(const QPalette& p)
{
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

} // namespace

QString themeId(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

Theme themeFromId(const QString& id)
{
    if (id == QLatin1String("light"))
        return Theme::Light;
    if (id == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

bool desktopIsDark()
{
    return paletteIsDark(desktop().palette);
}

Theme currentTheme()
{
    return g_current;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    // Fusion draws frames and check box outlines from these: they must stand out from Window and Base.
    p.setColor(QPalette::Light, QColor(0x5a, 0x5a, 0x5a));
    p.setColor(QPalette::Midlight, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Mid, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    const QColor disabled(0x80, 0x80, 0x80);
    for (QPalette::ColorRole role : { QPalette::Text, QPalette::WindowText, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x44, 0x44));
    return p;
}

void applyTheme(Theme theme)
{
    const Desktop& d = desktop();
    const bool dark = theme == Theme::Dark || (theme == Theme::System && paletteIsDark(d.palette));
    const QString styleName = dark ? QStringLiteral("Fusion") : d.style;
    auto* current = qobject_cast<ThemeStyle*>(QApplication::style());
    if (!current || current->baseStyle()->name().compare(styleName, Qt::CaseInsensitive) != 0) {
        QStyle* base = QStyleFactory::create(styleName);
        QApplication::setStyle(new ThemeStyle(base ? base : QStyleFactory::create(QStringLiteral("Fusion"))));
    }
    QPalette palette;
    if (dark)
        palette = darkPalette();
    else if (paletteIsDark(d.palette))
        palette = QApplication::style()->standardPalette(); // the desktop is dark, the user wants light
    else
        palette = d.palette;
    QApplication::setPalette(palette);
    g_current = theme;
}

} // namespace statelens::ui
