// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/simpletablemodel.h"
#include "model/snapshot.h"

namespace statelens::ui {

/// The problems found while reading a state: severity, message, file, line:column, address.
class ProblemModel final : public SimpleTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemModel)

public:
    enum Column { SeverityColumn, MessageColumn, FileColumn, PositionColumn, AddressColumn };
    enum Role { AddressRole = Qt::UserRole + 1 };

    explicit ProblemModel(QObject* parent = nullptr);
    void setProblems(const QList<Problem>& problems);

protected:
    int rows() const override { return int(m_problems.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<Problem> m_problems;
};

} // namespace statelens::ui
