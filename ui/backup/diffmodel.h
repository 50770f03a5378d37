// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/structuraldiff.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace statelens::ui {

/// A structural diff as a tree: namespace (or tasks) → entry → value-level change. Optionally checkable, so
/// that a restore can be limited to the namespaces and entries ticked.
class DiffModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffModel)

public:
    enum Column { NameColumn, ChangeColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum Role { GroupRole = Qt::UserRole + 1, AddressRole };

    explicit DiffModel(QObject* parent = nullptr);
    ~DiffModel() override;

    void setDiff(const diff::DiffResult& diff);
    void setCheckable(bool checkable);
    /// Column titles for the two sides ("Now", "In the backup" by default).
    void setSideNames(const QString& before, const QString& after);
    const diff::DiffResult& diff() const { return m_diff; }
    /// Names of the groups (namespaces, "@tasks", "@reports") in order.
    QStringList groups() const;
    /// The ticked part as restore addresses: a whole namespace where every entry is ticked, else entries.
    QStringList checkedAddresses() const;
    /// Ticks or unticks everything.
    void setAllChecked(bool checked);
    /// Ticks exactly the entries whose address (NAMESPACE/KEY, @tasks/<id>) is in `addresses`.
    void setCheckedAddresses(const QStringList& addresses);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        enum class Kind { Group, Entry, Detail } kind = Kind::Group;
        Node* parent = nullptr;
        int row = 0;
        int entry = -1;  ///< index into m_diff.entries (Entry, Detail)
        int detail = -1; ///< index into that entry's details (Detail)
        QString group;
        bool checked = true;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(Node* node, int column) const;
    Qt::CheckState groupState(const Node& group) const;

    diff::DiffResult m_diff;
    std::vector<std::unique_ptr<Node>> m_groups;
    bool m_checkable = false;
    QString m_beforeName;
    QString m_afterName;
};

} // namespace statelens::ui
