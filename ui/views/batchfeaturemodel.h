// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/simpletablemodel.h"
#include "model/snapshot.h"

namespace statelens::ui {

/// The features of an autonomous-dev batch: index, name, state (coloured), retries, error or reason.
class BatchFeatureModel final : public SimpleTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchFeatureModel)

public:
    enum Column { IndexColumn, NameColumn, StateColumn, RetriesColumn, NoteColumn };

    explicit BatchFeatureModel(QObject* parent = nullptr);
    void setFeatures(const QList<BatchFeature>& features);

protected:
    int rows() const override { return int(m_features.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<BatchFeature> m_features;
};

} // namespace statelens::ui
