// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemawording.h"

namespace statelens::ui {

bool SchemaWording::isNone(const QString& version)
{
    return version.isEmpty() || version == QLatin1String("none");
}

QString SchemaWording::text(const QString& version, const QString& newest)
{
    if (isNone(version))
        return newest.isEmpty() ? tr("No schema") : tr("No schema \u00b7 migration to v%1 available").arg(newest);
    if (newest.isEmpty())
        return tr("Schema v%1").arg(version);
    return tr("Schema v%1 \u00b7 migration to v%2 available").arg(version, newest);
}

} // namespace statelens::ui
