// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

namespace statelens::ui {

/// The look the user chose in Preferences. System follows the desktop.
enum class Theme { System, Light, Dark };

/// "system", "light", "dark": how a theme is stored in the settings; unknown ids read as System.
QString themeId(Theme theme);
Theme themeFromId(const QString& id);

/// True when the desktop's palette is dark (its window colour is darker than its text). Qt 6.4 has no
/// QStyleHints::colorScheme(); the platform palette, remembered before StateLens first changes the
/// application palette, is the only sign there is.
bool desktopIsDark();

/// Applies `theme` to the running application at once: Dark is the Fusion style with darkPalette(),
/// Light the desktop's style with a light palette, System whichever of the two the desktop is.
/// Widgets repaint; icons made by paletteIcon() follow the new palette.
void applyTheme(Theme theme);
/// The theme last applied (System until applyTheme() is called).
Theme currentTheme();

/// The dark palette used by Theme::Dark (for Fusion: text, buttons and check boxes with contrast).
QPalette darkPalette();

} // namespace statelens::ui
