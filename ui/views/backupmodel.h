// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/simpletablemodel.h"
#include "model/snapshot.h"

#include <QSet>

namespace statelens::ui {

/// Backups of a state: time, kind, size, entries, schema, health, file. Unusable ones are disabled (greyed)
/// and say why. Backups taken in the same second show their times to the millisecond.
class BackupModel final : public SimpleTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupModel)

public:
    enum Column { TimeColumn, KindColumn, SizeColumn, EntriesColumn, SchemaColumn, HealthColumn, PathColumn };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit BackupModel(QObject* parent = nullptr);
    void setBackups(const QList<Backup>& backups);

protected:
    int rows() const override { return int(m_backups.size()); }
    QVariant cell(int row, int column, int role) const override;
    bool rowEnabled(int row) const override { return m_backups[row].health == Health::Ok; }

private:
    QList<Backup> m_backups;
    QSet<qint64> m_sharedSeconds; // seconds that more than one backup was taken in: shown with milliseconds
};

} // namespace statelens::ui
