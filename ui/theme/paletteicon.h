// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

class QImage;

namespace statelens::ui {

/// An icon that follows the application palette: where `source` is drawn as one grey shape (the
/// monochrome media, arrow and view icons of the common styles), it is painted in the palette's window
/// text colour (disabled text colour when disabled), so that it shows on light and dark windows alike.
/// Coloured icons are painted as they are. The colour is taken at paint time, so a palette changed later
/// applies too.
QIcon paletteIcon(const QIcon& source);

/// True when every visible pixel of `image` is grey (no hue): a shape that can be recoloured.
bool isMonochrome(const QImage& image);

} // namespace statelens::ui
