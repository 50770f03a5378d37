// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"

#include <QAbstractItemModel>
#include <QList>

namespace statelens::ui {

/// The left-hand tree: one section per kind of thing in a state (namespaces, tasks by status, sessions,
/// logs, reports, backups, problems, a batch), each with its count. Long sections are handed to the view
/// in batches through canFetchMore()/fetchMore().
class NavigatorModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigatorModel)

public:
    enum class Section { Namespaces, Tasks, Sessions, Logs, Reports, Backups, Problems, Batch };
    Q_ENUM(Section)
    enum Role { SectionRole = Qt::UserRole + 1, NameRole, ItemIndexRole, CountRole, IsSectionRole };
    enum class ItemState { Normal, Added, Removed };
    static constexpr int BatchSize = 500;

    explicit NavigatorModel(QObject* parent = nullptr);

    /// Rebuilds from `snapshot`; `addedNamespaces` and `removedNamespaces` come from the pending edits.
    void setSnapshot(const Snapshot& snapshot, const QStringList& addedNamespaces = {},
                     const QStringList& removedNamespaces = {});
    void clear();

    QModelIndex sectionIndex(Section section) const;
    /// The child of `section` named `name`, fetching batches as needed; invalid if none.
    QModelIndex findItem(Section section, const QString& name);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Item
    {
        QString name;
        QString label;
        int count = -1;
        int index = -1;
        ItemState state = ItemState::Normal;
    };
    struct SectionData
    {
        Section section;
        QString title;
        int count = 0;
        QList<Item> items;
        int shown = 0;
    };

    static QString sectionTitle(Section s);

    QList<SectionData> m_sections;
    bool m_fetching = false; // views may ask for more from inside our own insert signals
};

} // namespace statelens::ui
