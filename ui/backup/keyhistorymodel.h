// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/keyhistory.h"
#include "common/simpletablemodel.h"

namespace statelens::ui {

/// One key across the backups, oldest first: when, which backup, whether it changed, its value.
class KeyHistoryModel final : public SimpleTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyHistoryModel)

public:
    enum Column { TimeColumn, BackupColumn, ChangedColumn, ValueColumn };

    explicit KeyHistoryModel(QObject* parent = nullptr);
    void setPoints(const QList<backup::HistoryPoint>& points);
    const QList<backup::HistoryPoint>& points() const { return m_points; }

protected:
    int rows() const override { return int(m_points.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<backup::HistoryPoint> m_points;
};

} // namespace statelens::ui
