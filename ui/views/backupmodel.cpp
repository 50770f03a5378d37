// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupmodel.h"

#include "common/formatting.h"
#include "common/levelcolors.h"

#include <QApplication>

namespace statelens::ui {

BackupModel::BackupModel(QObject* parent)
    : SimpleTableModel({ tr("Time"), tr("Kind"), tr("Size"), tr("Entries"), tr("Schema"), tr("Health"),
                         tr("File") },
                       parent)
{
}

void BackupModel::setBackups(const QList<Backup>& backups)
{
    beginResetModel();
    m_backups = backups;
    QList<QDateTime> times;
    for (const Backup& b : m_backups)
        times << b.time;
    m_sharedSeconds = collidingSeconds(times);
    endResetModel();
}

QVariant BackupModel::cell(int row, int column, int role) const
{
    const Backup& b = m_backups[row];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn: return formatDateTime(b.time, m_sharedSeconds.contains(b.time.toSecsSinceEpoch()));
        case KindColumn:
            // LangGraph checkpoints: which step wrote them and why (loop, input, update, fork).
            if (b.meta.contains(QStringLiteral("step")))
                return tr("%1: step %2, %3")
                    .arg(b.kind)
                    .arg(b.meta.value(QStringLiteral("step")).toInt())
                    .arg(b.meta.value(QStringLiteral("source")).toString());
            return b.kind;
        case SizeColumn: return formatSize(b.size);
        case EntriesColumn: return b.entries < 0 ? QStringLiteral("?") : QString::number(b.entries);
        case SchemaColumn: return b.schemaVersion;
        case HealthColumn:
            return b.health == Health::Ok ? healthName(b.health)
                                          : tr("%1: %2").arg(healthName(b.health), b.reason);
        case PathColumn: return b.path;
        }
        return {};
    case SortRole:
        switch (column) {
        case TimeColumn: return b.time;
        case SizeColumn: return b.size;
        case EntriesColumn: return b.entries;
        default: return cell(row, column, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
    {
        // The whole name (the column elides it in the middle), and why an unusable one is greyed out.
        const QString why = b.health == Health::Ok ? QString() : tr("Not usable: %1").arg(b.reason.isEmpty() ? healthName(b.health) : b.reason);
        // A LangGraph checkpoint is named by its id (its path is the database of every checkpoint).
        const QString name = b.meta.contains(QStringLiteral("checkpoint_id")) ? b.id : b.path;
        if (column == PathColumn || why.isEmpty())
            return why.isEmpty() ? name : name + u'\n' + why;
        return why;
    }
    case Qt::ForegroundRole:
        if (b.health != Health::Ok)
            return mutedColor(QApplication::palette());
        return {};
    }
    return {};
}

} // namespace statelens::ui
