// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

namespace statelens {

QString Error::toString() const
{
    QString where = file;
    if (!where.isEmpty() && line > 0) {
        where += QStringLiteral(":%1").arg(line);
        if (column > 0)
            where += QStringLiteral(":%1").arg(column);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace statelens
