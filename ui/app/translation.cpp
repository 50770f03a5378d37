// SPDX-License-Identifier: GPL-3.0-or-later
#include "translation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace statelens::ui {

bool installTranslation(QTranslator& translator)
{
    return translator.load(QLocale::system(), QStringLiteral("statelens"), QStringLiteral("_"),
               QStringLiteral(":/statelens/translations"))
        && QCoreApplication::installTranslator(&translator);
}

} // namespace statelens::ui
