// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/logrecord.h"

#include <QAbstractTableModel>

namespace statelens::ui {

/// Log records as a table: time, level (coloured), message, details, file:line.
class LogRecordModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogRecordModel)

public:
    enum Column { TimeColumn, LevelColumn, MessageColumn, DetailsColumn, SourceColumn, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1, SearchTextRole };

    explicit LogRecordModel(QObject* parent = nullptr);

    void setRecords(QList<LogRecord> records);
    const QList<LogRecord>& records() const { return m_records; }
    QStringList levels() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<LogRecord> m_records;
};

} // namespace statelens::ui
