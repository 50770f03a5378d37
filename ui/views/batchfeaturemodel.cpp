// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchfeaturemodel.h"

#include "common/levelcolors.h"

#include <QApplication>

namespace statelens::ui {

BatchFeatureModel::BatchFeatureModel(QObject* parent)
    : SimpleTableModel({ tr("#"), tr("Feature"), tr("State"), tr("Retries"), tr("Error or reason") }, parent)
{
}

void BatchFeatureModel::setFeatures(const QList<BatchFeature>& features)
{
    beginResetModel();
    m_features = features;
    endResetModel();
}

QVariant BatchFeatureModel::cell(int row, int column, int role) const
{
    const BatchFeature& f = m_features[row];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case IndexColumn: return f.index;
        case NameColumn: return f.name;
        case StateColumn: return f.state;
        case RetriesColumn: return f.retries;
        case NoteColumn: return f.error.isEmpty() ? f.reason : f.error;
        }
        return {};
    case Qt::ToolTipRole: return f.error.isEmpty() ? f.reason : f.error;
    case Qt::ForegroundRole:
        if (column == StateColumn || column == NoteColumn) {
            const QColor c = levelColor(f.state, QApplication::palette());
            return c.isValid() ? QVariant(c) : QVariant();
        }
        return {};
    }
    return {};
}

} // namespace statelens::ui
