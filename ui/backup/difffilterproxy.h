// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace statelens::ui {

/// Narrows a DiffModel to one namespace and to entries whose name, address or values contain a text.
class DiffFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffFilterProxy)

public:
    explicit DiffFilterProxy(QObject* parent = nullptr);

    /// Empty: every namespace.
    void setNamespace(const QString& group);
    void setSearch(const QString& text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    QString m_group;
    QString m_search;
};

} // namespace statelens::ui
