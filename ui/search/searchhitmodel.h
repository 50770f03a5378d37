// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/statesearch.h"

#include <QAbstractItemModel>

namespace statelens::ui {

/// Search hits grouped by kind: one top-level row per kind that has hits (Keys, Tasks, Logs, Reports,
/// Backups, with their counts), the hits below it: what it is, where it matched, the match in context.
class SearchHitModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchHitModel)

public:
    enum Column { NameColumn, WhereColumn, SnippetColumn, ColumnCount };
    enum Role { NamespaceRole = Qt::UserRole + 1, KeyRole, KindRole, IsGroupRole };

    explicit SearchHitModel(QObject* parent = nullptr);
    void setHits(const QList<search::Hit>& hits);
    /// The hit at `index`, null for a group row.
    const search::Hit* hitAt(const QModelIndex& index) const;
    /// The group row of `kind`, invalid when it has no hits.
    QModelIndex groupIndex(search::HitKind kind) const;
    static QString kindName(search::HitKind kind);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        search::HitKind kind;
        QList<search::Hit> hits;
    };
    QVariant hitData(const search::Hit& h, int column, int role) const;

    QList<Group> m_groups;
};

} // namespace statelens::ui
