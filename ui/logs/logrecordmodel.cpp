// SPDX-License-Identifier: GPL-3.0-or-later
#include "logrecordmodel.h"

#include "common/levelcolors.h"

#include <QGuiApplication>
#include <QSet>

namespace statelens::ui {

LogRecordModel::LogRecordModel(QObject* parent) : QAbstractTableModel(parent) { }

void LogRecordModel::setRecords(QList<LogRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

QStringList LogRecordModel::levels() const
{
    QSet<QString> seen;
    QStringList out;
    for (const LogRecord& r : m_records)
        if (!r.level.isEmpty() && !seen.contains(r.level)) {
            seen.insert(r.level);
            out << r.level;
        }
    out.sort();
    return out;
}

int LogRecordModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int LogRecordModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags LogRecordModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

QVariant LogRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case LevelColumn: return tr("Level");
    case MessageColumn: return tr("Message");
    case DetailsColumn: return tr("Details");
    case SourceColumn: return tr("File");
    }
    return {};
}

QVariant LogRecordModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogRecord& r = m_records[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return r.time;
        case LevelColumn: return r.level;
        case MessageColumn: return r.message;
        case DetailsColumn: return r.details.size() > 300 ? r.details.left(299) + QChar(0x2026) : r.details;
        case SourceColumn: return QStringLiteral("%1:%2").arg(r.source).arg(r.line);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DetailsColumn)
            return r.details;
        if (index.column() == MessageColumn)
            return r.message;
        return {};
    case Qt::ForegroundRole: {
        const QColor c = levelColor(r.level, QGuiApplication::palette());
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case LevelRole: return r.level;
    case SearchTextRole: return QStringList { r.time, r.level, r.message, r.details }.join(QChar(u' '));
    }
    return {};
}

} // namespace statelens::ui
