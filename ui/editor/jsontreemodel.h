// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace statelens::ui {

/// One JSON value as an editable tree (key, type, value). The value itself is the single top-level row.
/// Members can be added, removed, renamed and reordered, scalars edited, and any item's type changed;
/// each change emits edited().
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { KeyColumn, TypeColumn, ValueColumn, ColumnCount };
    /// IsElementRole: an array element, whose key column the delegate shows as its position ("[3]");
    /// the model itself stays free of position-dependent text.
    enum Role { TypeRole = Qt::UserRole + 1, IsElementRole };

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    void setValue(const json::JsonValue& value, const QString& rootLabel = {});
    /// Shows nothing.
    void clear();
    json::JsonValue value() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// Masks string values of members whose names look like credentials.
    void setMaskSecrets(bool mask);

    /// Adds a child to the container at `parent`, or a sibling after a scalar; returns the new item.
    QModelIndex addItem(const QModelIndex& at);
    bool removeItem(const QModelIndex& index);
    /// Moves an item up (-1) or down (+1) among its siblings; returns its new index.
    QModelIndex moveItem(const QModelIndex& index, int delta);
    bool setType(const QModelIndex& index, json::JsonValue::Type type);
    json::JsonValue::Type typeAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void edited();

private:
    struct Node;

    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node, int column = 0) const;
    static std::unique_ptr<Node> build(const json::JsonValue& v, Node* parent, int row);
    static json::JsonValue toValue(const Node* node);
    static void renumber(Node* parent);
    QString uniqueKey(const Node* object) const;

    std::unique_ptr<Node> m_root; // invisible; its single child is the value
    bool m_readOnly = false;
    bool m_maskSecrets = true;
};

} // namespace statelens::ui
