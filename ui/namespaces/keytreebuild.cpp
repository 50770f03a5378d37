// SPDX-License-Identifier: GPL-3.0-or-later
// KeyTreeModel: building the tree of a namespace, on the UI thread or (large namespaces) a worker.
#include "keytreemodel.h"

#include "keytreenode.h"

namespace statelens::ui {

std::shared_ptr<KeyTreeModel::Tree> KeyTreeModel::buildTree(const Namespace& ns, const QStringList& addedKeys,
                                                            const QString& separator, bool groupTop)
{
    auto tree = std::make_shared<Tree>();
    tree->keys.reserve(ns.entries.size() + addedKeys.size());
    for (qsizetype i = 0; i < ns.entries.size(); ++i)
        tree->keys << ns.entries.keyAt(i);
    tree->keys << addedKeys;
    tree->entryOf.assign(size_t(tree->keys.size()), -1);
    for (int i = 0; i < ns.entries.size(); ++i)
        tree->entryOf[size_t(i)] = i;
    Node* root = tree->root.get();
    root->members.resize(size_t(tree->keys.size()));
    for (int i = 0; i < tree->keys.size(); ++i)
        root->members[size_t(i)] = i;
    root->count = int(tree->keys.size());
    if (groupTop)
        populateNode(root, tree->keys, separator, tree->leaves);
    else
        root->populated = tree->keys.isEmpty();
    return tree;
}

void KeyTreeModel::populateNode(Node* node, const QStringList& keys, const QString& separator,
                                QHash<QString, Node*>& leaves)
{
    if (node->populated)
        return;
    node->populated = true;
    // Keys that share a group mostly come together: the group of the previous key is tried first, which
    // costs no lookup and no allocation; the others are found by their label, viewed in place.
    QHash<QStringView, Node*> groups;
    Node* last = nullptr;
    const qsizetype skip = node->prefix.size();
    for (int k : node->members) {
        const QString& key = keys[k];
        const qsizetype cut = separator.isEmpty() ? -1 : key.indexOf(separator, skip);
        if (cut >= 0) {
            const QStringView label = QStringView(key).mid(skip, cut - skip);
            Node* g = last && last->label == label ? last : groups.value(label);
            if (g) {
                g->members.push_back(k);
                ++g->count;
                last = g;
                continue;
            }
        }
        auto child = std::make_unique<Node>();
        if (cut < 0) {
            child->label = key.mid(skip);
            child->key = k;
            leaves.insert(key, child.get());
        } else {
            child->label = key.mid(skip, cut - skip);
            child->prefix = key.left(cut + separator.size());
            child->members.push_back(k);
            child->count = 1;
            groups.insert(QStringView(child->label), child.get());
            last = child.get();
        }
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    }
    node->members.clear();
    node->members.shrink_to_fit();
}

} // namespace statelens::ui
