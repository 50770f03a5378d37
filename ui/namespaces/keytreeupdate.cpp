// SPDX-License-Identifier: GPL-3.0-or-later
// KeyTreeModel::updateNamespace(): a newer version of the shown namespace, applied in place.
#include "keytreemodel.h"

#include "keytreenode.h"
#include "live/changemarks.h"
#include "session/editcontroller.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"

namespace statelens::ui {

void KeyTreeModel::updateNamespace(const Namespace& ns, const KeyDelta& delta)
{
    if (ns.name != m_ns.name || m_ns.name.isEmpty()) {
        setNamespace(ns, m_separator);
        return;
    }
    if (m_loading) { // still being grouped: group the newer version instead
        m_ns = ns;
        rebuild();
        return;
    }
    if (delta.added.isEmpty() && delta.removed.isEmpty() && !delta.reordered && ns.entries.size() == m_ns.entries.size()) {
        m_ns = ns; // the same keys in the same places
    } else {
        QHash<QString, int> known;
        known.reserve(m_keys.size());
        for (int k = 0; k < m_keys.size(); ++k)
            if (!m_keys[k].isEmpty())
                known.insert(m_keys[k], k);
        m_ns = ns;
        const PendingChanges* pending = m_edits->session()->pending();
        for (const QString& key : delta.removed) {
            const int k = known.value(key, -1);
            if (k < 0)
                continue;
            if (const PendingEdit* e = pending->find(ns.name, key); e && !e->remove) {
                m_entryOf[size_t(k)] = -1; // still shown: the user sets it
                continue;
            }
            known.remove(key);
            removeKey(k);
        }
        QHash<QString, int> entryOf;
        entryOf.reserve(ns.entries.size());
        for (int i = 0; i < ns.entries.size(); ++i)
            entryOf.insert(ns.entries.keyAt(i), i);
        for (int k = 0; k < m_keys.size(); ++k)
            m_entryOf[size_t(k)] = m_keys[k].isEmpty() ? -1 : entryOf.value(m_keys[k], -1);
        for (const QString& key : delta.added) {
            if (known.contains(key)) { // a pending addition that now exists on disk
                repaintKeys({ key });
                continue;
            }
            m_keys << key;
            m_entryOf.push_back(entryOf.value(key, -1));
            insertKey(int(m_keys.size() - 1));
        }
    }
    for (const QString& key : delta.added + delta.changed)
        m_marks->mark(key);
    repaintKeys(delta.changed);
}

void KeyTreeModel::insertKey(int k)
{
    const QString& key = m_keys[k];
    Node* node = m_root.get();
    ++node->count;
    qsizetype pos = 0;
    while (true) {
        if (!node->populated) { // its children are made when first asked for
            node->members.push_back(k);
            return;
        }
        const qsizetype cut = m_separator.isEmpty() ? -1 : key.indexOf(m_separator, pos);
        const int row = int(node->children.size());
        if (cut < 0) {
            beginInsertRows(indexOf(node), row, row);
            auto leaf = std::make_unique<Node>();
            leaf->label = key.mid(pos);
            leaf->key = k;
            leaf->parent = node;
            leaf->row = row;
            m_leaves.insert(key, leaf.get());
            node->children.push_back(std::move(leaf));
            endInsertRows();
            return;
        }
        const QString prefix = key.left(cut + m_separator.size());
        Node* group = nullptr;
        for (const auto& child : node->children)
            if (child->isGroup() && child->prefix == prefix) {
                group = child.get();
                break;
            }
        if (!group) {
            beginInsertRows(indexOf(node), row, row);
            auto g = std::make_unique<Node>();
            g->label = key.mid(pos, cut - pos);
            g->prefix = prefix;
            g->members.push_back(k);
            g->count = 1;
            g->parent = node;
            g->row = row;
            node->children.push_back(std::move(g));
            endInsertRows();
            return;
        }
        ++group->count;
        groupChanged(group);
        node = group;
        pos = cut + m_separator.size();
    }
}

void KeyTreeModel::removeKey(int k)
{
    const QString key = m_keys[k];
    m_keys[k].clear();
    m_entryOf[size_t(k)] = -1;
    --m_root->count;
    if (Node* leaf = m_leaves.take(key)) {
        Node* group = leaf->parent;
        removeNode(leaf);
        while (group && group != m_root.get()) {
            Node* up = group->parent;
            if (--group->count == 0)
                removeNode(group);
            else
                groupChanged(group);
            group = up;
        }
        return;
    }
    // Not made into a leaf yet: it is a member of the first group on its path that is not filled in.
    Node* node = m_root.get();
    qsizetype pos = 0;
    while (node) {
        if (!node->populated) {
            node->members.erase(std::remove(node->members.begin(), node->members.end(), k), node->members.end());
            return;
        }
        const qsizetype cut = m_separator.isEmpty() ? -1 : key.indexOf(m_separator, pos);
        if (cut < 0)
            return;
        const QString prefix = key.left(cut + m_separator.size());
        Node* group = nullptr;
        for (const auto& child : node->children)
            if (child->isGroup() && child->prefix == prefix) {
                group = child.get();
                break;
            }
        if (!group)
            return;
        if (--group->count == 0) {
            removeNode(group);
            return;
        }
        groupChanged(group);
        node = group;
        pos = cut + m_separator.size();
    }
}

void KeyTreeModel::removeNode(Node* node)
{
    Node* parent = node->parent;
    const int row = node->row;
    beginRemoveRows(indexOf(parent), row, row);
    std::vector<Node*> below { node };
    while (!below.empty()) {
        Node* n = below.back();
        below.pop_back();
        if (!n->isGroup())
            m_leaves.remove(m_keys[n->key]);
        for (const auto& c : n->children)
            below.push_back(c.get());
    }
    parent->children.erase(parent->children.begin() + row);
    for (int i = row; i < int(parent->children.size()); ++i)
        parent->children[size_t(i)]->row = i;
    endRemoveRows();
}

void KeyTreeModel::groupChanged(Node* group)
{
    if (group != m_root.get())
        Q_EMIT dataChanged(indexOf(group, SizeColumn), indexOf(group, SizeColumn));
}

void KeyTreeModel::repaintKeys(const QStringList& keys)
{
    for (const QString& key : keys)
        if (Node* n = m_leaves.value(key))
            Q_EMIT dataChanged(indexOf(n, 0), indexOf(n, ColumnCount - 1));
}

} // namespace statelens::ui
