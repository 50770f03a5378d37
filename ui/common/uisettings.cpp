// SPDX-License-Identifier: GPL-3.0-or-later
#include "uisettings.h"

#include <QSettings>

namespace statelens::ui::UiSettings {

namespace {
constexpr int MaxRecent = 10;
}

QString keySeparator()
{
    return QSettings().value(QStringLiteral("view/keySeparator"), QStringLiteral(":")).toString();
}

void setKeySeparator(const QString& separator)
{
    QSettings().setValue(QStringLiteral("view/keySeparator"), separator);
}

QStringList recentPaths()
{
    return QSettings().value(QStringLiteral("recent/paths")).toStringList();
}

void addRecentPath(const QString& path)
{
    QStringList paths = recentPaths();
    paths.removeAll(path);
    paths.prepend(path);
    while (paths.size() > MaxRecent)
        paths.removeLast();
    QSettings().setValue(QStringLiteral("recent/paths"), paths);
}

void clearRecentPaths()
{
    QSettings().remove(QStringLiteral("recent/paths"));
}

backups::Retention generationRetention()
{
    const backups::Retention defaults;
    const QSettings settings;
    return { settings.value(QStringLiteral("backups/keepGenerations"), defaults.keep).toInt(),
             settings.value(QStringLiteral("backups/maxGenerationAgeDays"), defaults.maxAgeDays).toInt() };
}

void setGenerationRetention(const backups::Retention& retention)
{
    QSettings settings;
    settings.setValue(QStringLiteral("backups/keepGenerations"), retention.keep);
    settings.setValue(QStringLiteral("backups/maxGenerationAgeDays"), retention.maxAgeDays);
}

Theme theme()
{
    return themeFromId(QSettings().value(QStringLiteral("view/theme")).toString());
}

void setTheme(Theme theme)
{
    QSettings().setValue(QStringLiteral("view/theme"), themeId(theme));
}

} // namespace statelens::ui::UiSettings
