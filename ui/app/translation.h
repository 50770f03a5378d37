// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTranslator;

namespace statelens::ui {

/// Loads the StateLens catalogue that fits the user's interface languages (QLocale::system().uiLanguages():
/// LANGUAGE, LC_ALL, LC_MESSAGES and LANG) from :/statelens/translations and installs it in the application.
/// Returns false, leaving the English texts, when no catalogue fits. `translator` must outlive its use.
bool installTranslation(QTranslator& translator);

} // namespace statelens::ui
