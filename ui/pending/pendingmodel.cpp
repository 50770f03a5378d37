// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingmodel.h"

#include "session/pendingchanges.h"

namespace statelens::ui {

PendingModel::PendingModel(PendingChanges* pending, QObject* parent) : QAbstractListModel(parent), m_pending(pending)
{
    // The list is short and changes one step at a time; a reset keeps it simple and correct.
    auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(pending, &PendingChanges::changed, this, reset);
    connect(pending, &PendingChanges::cleared, this, reset);
}

int PendingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_pending->count();
}

QVariant PendingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PendingEdit& e = m_pending->edits()[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        if (e.isNamespace())
            return tr("delete namespace %1").arg(e.ns);
        const QString where = QStringLiteral("%1 / %2").arg(e.ns, e.key);
        if (e.remove)
            return tr("delete %1").arg(where);
        QString preview = QString::fromUtf8(e.value.toCompactJson());
        if (preview.size() > 80)
            preview = preview.left(79) + QChar(0x2026);
        return e.before ? tr("change %1 = %2").arg(where, preview) : tr("add %1 = %2").arg(where, preview);
    }
    case Qt::ToolTipRole: return QStringLiteral("%1 / %2").arg(e.ns, e.key);
    case NamespaceRole: return e.ns;
    case KeyRole: return e.key;
    }
    return {};
}

} // namespace statelens::ui
