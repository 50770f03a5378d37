// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationregistry.h"

#include <QCoreApplication>
#include <QHash>
#include <QQueue>

#include <algorithm>

namespace statelens {

void MigrationRegistry::add(MigrationStep step)
{
    m_steps.append(std::move(step));
}

int MigrationRegistry::compareVersions(const QString& a, const QString& b)
{
    const QStringList pa = a.split(u'.'), pb = b.split(u'.');
    for (qsizetype i = 0; i < qMax(pa.size(), pb.size()); ++i) {
        const int x = pa.value(i, QStringLiteral("0")).toInt(), y = pb.value(i, QStringLiteral("0")).toInt();
        if (x != y)
            return x < y ? -1 : 1;
    }
    return QString::compare(a, b);
}

QStringList MigrationRegistry::versions() const
{
    QStringList v;
    for (const MigrationStep& s : m_steps)
        v << s.from << s.to;
    v.removeDuplicates();
    std::sort(v.begin(), v.end(), [](const QString& a, const QString& b) { return compareVersions(a, b) < 0; });
    return v;
}

Result<QList<MigrationStep>> MigrationRegistry::plan(const QString& from, const QString& to) const
{
    if (from == to)
        return QList<MigrationStep>();
    // Breadth-first search over versions: the first time `to` is reached is the shortest chain.
    QHash<QString, int> via; // version -> index of the step that reached it
    QQueue<QString> queue;
    queue.enqueue(from);
    via.insert(from, -1);
    while (!queue.isEmpty()) {
        const QString v = queue.dequeue();
        if (v == to)
            break;
        for (int i = 0; i < m_steps.size(); ++i)
            if (m_steps[i].from == v && !via.contains(m_steps[i].to)) {
                via.insert(m_steps[i].to, i);
                queue.enqueue(m_steps[i].to);
            }
    }
    if (!via.contains(to))
        return Error { Error::Kind::NotFound,
                       QCoreApplication::translate("MigrationRegistry", "no migration path from version %1 to %2").arg(from, to) };
    QList<MigrationStep> chain;
    for (QString v = to; via.value(v) >= 0; v = m_steps[via.value(v)].from)
        chain.prepend(m_steps[via.value(v)]);
    return chain;
}

} // namespace statelens
