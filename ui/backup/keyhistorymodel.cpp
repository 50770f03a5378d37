// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyhistorymodel.h"

#include "common/formatting.h"

#include <QFont>

namespace statelens::ui {

KeyHistoryModel::KeyHistoryModel(QObject* parent)
    : SimpleTableModel({ tr("When"), tr("Backup"), tr("Changed"), tr("Value") }, parent)
{
}

void KeyHistoryModel::setPoints(const QList<backup::HistoryPoint>& points)
{
    beginResetModel();
    m_points = points;
    endResetModel();
}

QVariant KeyHistoryModel::cell(int row, int column, int role) const
{
    const backup::HistoryPoint& p = m_points[row];
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TimeColumn: return p.time.isValid() ? formatDateTime(p.time) : QString();
        case BackupColumn: return p.isCurrent ? tr("now") : p.backupId;
        case ChangedColumn: return p.changed ? (p.present ? tr("changed") : tr("gone")) : QString();
        case ValueColumn: {
            if (!p.present)
                return tr("(absent)");
            const QString s = QString::fromUtf8(p.value.toCompactJson());
            return s.size() > 200 ? s.left(199) + u'…' : s;
        }
        }
    }
    if (role == Qt::ToolTipRole && column == ValueColumn && p.present)
        return QString::fromUtf8(p.value.toCompactJson()).left(4000);
    if (role == Qt::FontRole && p.changed) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

} // namespace statelens::ui
