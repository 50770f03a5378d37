// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskstatus.h"

namespace statelens {

QStringList documentedTaskStatuses()
{
    return { QStringLiteral("pending"),   QStringLiteral("in_progress"), QStringLiteral("waiting"),
             QStringLiteral("completed"), QStringLiteral("failed"),      QStringLiteral("cancelled") };
}

QStringList taskStatusChoices(const Snapshot& snapshot)
{
    const bool documented
        = snapshot.info.kind == SourceKind::Documented || snapshot.info.kind == SourceKind::CodingAgent;
    QStringList out = documented ? documentedTaskStatuses() : QStringList();
    QStringList seen;
    const QMap<QString, int> counts = countByStatus(snapshot.tasks);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!it.key().isEmpty() && !out.contains(it.key()))
            seen << it.key();
    return out + seen; // countByStatus is a QMap: `seen` is sorted
}

} // namespace statelens
