// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

namespace statelens {

QString Error::toString() const
{
    QString where = file;
    if (!where.isEmpty() && line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace statelens
