// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/livedelta.h"
#include "model/snapshot.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace statelens::ui {

class ChangeMarks;
class EditController;

/// The keys of one namespace as a tree: keys are split at a separator (":" by default) into groups, so
/// "user:42:name" sits under "user" > "42". Groups are filled when first asked for, so a namespace with a
/// million keys costs one pass over the names, not a million items. Pending edits show through: changed
/// values, added keys, removed keys (struck out).
class KeyTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyTreeModel)

public:
    enum Column { KeyColumn, TypeColumn, SizeColumn, TtlColumn, PreviewColumn, ColumnCount };
    enum Role { FullKeyRole = Qt::UserRole + 1, IsGroupRole, KeyStateRole };

    explicit KeyTreeModel(EditController* edits, QObject* parent = nullptr);
    ~KeyTreeModel() override;

    /// Shows `ns` (a cheap, shared copy) grouped by `separator`. A namespace of more than asyncKeys()
    /// keys is grouped on a worker thread: the tree is empty (isLoading()) until ready().
    void setNamespace(const Namespace& ns, const QString& separator);
    bool isLoading() const { return m_loading; }
    void setAsyncKeys(int keys) { m_asyncKeys = keys; }
    int asyncKeys() const { return m_asyncKeys; }
    void clear();
    /// Moves to a newer version of the same namespace in place (keytreeupdate.cpp): changed keys repaint,
    /// added keys are inserted and removed keys taken out where the tree has them, so that expanded
    /// groups, the selection and the scroll position stay. Changed keys are highlighted for a moment.
    void updateNamespace(const Namespace& ns, const KeyDelta& delta);
    const QString& namespaceName() const { return m_ns.name; }
    int namespaceSize() const { return int(m_ns.entries.size()); }
    ChangeMarks* marks() const { return m_marks; }
    bool isEmpty() const { return m_keys.isEmpty(); }
    /// True when one of the first 2,000 keys holds a TTL-cache value ({"value": …, "expires_at": …}):
    /// the view shows the TTL column (time left, or how long ago it expired) only then.
    bool hasTtl() const;

    /// The index of `key`, creating the groups on its path; invalid if the key is not shown.
    QModelIndex indexForKey(const QString& key);
    /// The full key of a leaf; empty for groups.
    QString keyAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    /// A namespace grouped on a worker thread is shown.
    void ready();

private:
    struct Node;
    struct Tree;

    /// Builds the tree of `ns` plus `addedKeys` (pending additions); `groupTop` also fills in the first
    /// level. Touches nothing else: it runs on a worker for large namespaces (keytreebuild.cpp).
    static std::shared_ptr<Tree> buildTree(const Namespace& ns, const QStringList& addedKeys, const QString& separator,
                                           bool groupTop);
    /// Makes the children of `node` from its members (keytreebuild.cpp).
    static void populateNode(Node* node, const QStringList& keys, const QString& separator,
                             QHash<QString, Node*>& leaves);
    void rebuild();
    /// Shows `tree` (a model reset); the old one is freed on a worker when large.
    void adopt(std::shared_ptr<Tree> tree);
    void populate(Node* node) const;
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(Node* node, int column = 0) const;
    void onPendingChanged(const QString& ns, const QString& key);
    void onPendingCleared();
    QVariant leafData(const Node* node, int column, int role) const;
    void insertKey(int k);
    void removeKey(int k);
    void removeNode(Node* node);
    void groupChanged(Node* group);
    void repaintKeys(const QStringList& keys);

    EditController* m_edits;
    Namespace m_ns;
    QString m_separator;
    QStringList m_keys; // saved keys, then keys that only exist as pending additions; removed ones are blanked
    std::vector<int> m_entryOf; // for each of m_keys: its index in m_ns.entries, -1 if not on disk
    std::unique_ptr<Node> m_root;
    mutable QHash<QString, Node*> m_leaves; // created leaves by key
    bool m_loading = false;
    quint64 m_build = 0; // the latest build; older ones that finish are dropped
    int m_asyncKeys = 50000;
    ChangeMarks* m_marks;
};

} // namespace statelens::ui
