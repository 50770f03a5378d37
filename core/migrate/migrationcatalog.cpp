// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationcatalog.h"

#include "migrate/migrationregistry.h"

#include <QCoreApplication>
#include <QHash>
#include <QQueue>

#include <algorithm>

namespace statelens::migrate {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::migrate::MigrationCatalog", s);
}

/// Breadth-first search from `from`: for every reached version, the index of the step that reached it.
QHash<QString, int> search(const QList<Step>& steps, const QString& from)
{
    QHash<QString, int> via;
    QQueue<QString> queue;
    via.insert(from, -1);
    queue.enqueue(from);
    while (!queue.isEmpty()) {
        const QString v = queue.dequeue();
        for (int i = 0; i < steps.size(); ++i)
            if (steps[i].from == v && !via.contains(steps[i].to)) {
                via.insert(steps[i].to, i);
                queue.enqueue(steps[i].to);
            }
    }
    return via;
}
} // namespace

void MigrationCatalog::add(Step step)
{
    m_steps.append(std::move(step));
}

Result<QList<Step>> MigrationCatalog::plan(const QString& from, const QString& to) const
{
    if (from == to)
        return QList<Step>();
    const QHash<QString, int> via = search(m_steps, from);
    if (!via.contains(to)) {
        const QStringList r = reachable(from);
        return Error::notFound(r.isEmpty()
                ? tr("no migration leads from version %1 to %2 (none starts at %1)").arg(from, to)
                : tr("no migration leads from version %1 to %2; reachable: %3")
                      .arg(from, to, r.join(QLatin1String(", "))));
    }
    QList<Step> chain;
    for (QString v = to; via.value(v) >= 0; v = m_steps[via.value(v)].from)
        chain.prepend(m_steps[via.value(v)]);
    return chain;
}

QStringList MigrationCatalog::reachable(const QString& from) const
{
    QStringList r = search(m_steps, from).keys();
    r.removeAll(from);
    std::sort(r.begin(), r.end(),
        [](const QString& a, const QString& b) { return MigrationRegistry::compareVersions(a, b) < 0; });
    return r;
}

} // namespace statelens::migrate
