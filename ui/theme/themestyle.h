// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace statelens::ui {

/// The application's style around the desktop's or Fusion: standard icons that are one grey shape are
/// drawn in the palette's text colour (paletteIcon()), and check boxes and radio buttons get an outline
/// in the placeholder-text colour that stands out from the window (Fusion's is a darker shade of the
/// window colour: faint on light windows, black on black on dark ones).
class ThemeStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeStyle)

public:
    /// Takes ownership of `base`.
    explicit ThemeStyle(QStyle* base);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

} // namespace statelens::ui
