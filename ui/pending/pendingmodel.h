// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

namespace statelens::ui {

class PendingChanges;

/// The pending edits as a list ("changed user/theme: \"dark\"").
class PendingModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingModel)

public:
    enum Role { NamespaceRole = Qt::UserRole + 1, KeyRole };

    explicit PendingModel(PendingChanges* pending, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    PendingChanges* m_pending;
};

} // namespace statelens::ui
