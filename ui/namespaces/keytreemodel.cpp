// SPDX-License-Identifier: GPL-3.0-or-later
#include "keytreemodel.h"

#include "keytreenode.h"

#include "util/executor.h"
#include "common/formatting.h"
#include "common/levelcolors.h"
#include "common/valuehints.h"
#include "live/changemarks.h"
#include "session/editcontroller.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"

#include <QFont>
#include <QFutureWatcher>
#include <QGuiApplication>

#include <algorithm>

namespace statelens::ui {

KeyTreeModel::KeyTreeModel(EditController* edits, QObject* parent)
    : QAbstractItemModel(parent), m_edits(edits), m_root(std::make_unique<Node>()), m_marks(new ChangeMarks(this))
{
    m_root->populated = true;
    connect(m_marks, &ChangeMarks::expired, this, &KeyTreeModel::repaintKeys);
    connect(edits->session()->pending(), &PendingChanges::changed, this, &KeyTreeModel::onPendingChanged);
    connect(edits->session()->pending(), &PendingChanges::cleared, this, &KeyTreeModel::onPendingCleared);
}

KeyTreeModel::~KeyTreeModel() = default;

void KeyTreeModel::setNamespace(const Namespace& ns, const QString& separator)
{
    if (ns.name != m_ns.name)
        m_marks->clear();
    releaseInBackground(std::exchange(m_ns, ns));
    m_separator = separator;
    rebuild();
}

void KeyTreeModel::clear()
{
    setNamespace(Namespace(), m_separator);
}

void KeyTreeModel::rebuild()
{
    const QStringList added = m_ns.name.isEmpty() ? QStringList() : m_edits->session()->pending()->addedKeys(m_ns.name);
    const quint64 build = ++m_build;
    if (m_ns.entries.size() <= m_asyncKeys) {
        m_loading = false;
        adopt(buildTree(m_ns, added, m_separator, false));
        return;
    }
    // A million keys take a few hundred ms to group: on a worker, with an empty tree meanwhile.
    if (!m_loading) {
        m_loading = true;
        auto empty = std::make_shared<Tree>();
        empty->root->populated = true;
        adopt(std::move(empty));
    }
    auto* watcher = new QFutureWatcher<std::shared_ptr<Tree>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, build] {
        watcher->deleteLater();
        if (build != m_build)
            return; // the namespace, the pending edits or the separator changed meanwhile
        m_loading = false;
        adopt(watcher->result());
        Q_EMIT ready();
    });
    watcher->setFuture(runInBackground([ns = m_ns, added, separator = m_separator] { return buildTree(ns, added, separator, true); }));
}

void KeyTreeModel::adopt(std::shared_ptr<Tree> tree)
{
    beginResetModel();
    Tree old;
    old.keys = std::exchange(m_keys, std::move(tree->keys));
    old.entryOf = std::exchange(m_entryOf, std::move(tree->entryOf));
    old.root = std::exchange(m_root, std::move(tree->root));
    old.leaves = std::exchange(m_leaves, std::move(tree->leaves));
    endResetModel();
    if (old.keys.size() > 10000)
        releaseInBackground(std::move(old)); // a million nodes take a while to free
}

void KeyTreeModel::populate(Node* node) const
{
    populateNode(node, m_keys, m_separator, m_leaves);
}

KeyTreeModel::Node* KeyTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex KeyTreeModel::indexOf(Node* node, int column) const
{
    return node == m_root.get() ? QModelIndex() : createIndex(node->row, column, node);
}

QModelIndex KeyTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    Node* p = nodeOf(parent);
    populate(p);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[row].get());
}

QModelIndex KeyTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int KeyTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    Node* p = nodeOf(parent);
    if (!p->isGroup())
        return 0;
    populate(p);
    return int(p->children.size());
}

int KeyTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool KeyTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node* p = nodeOf(parent);
    return p->isGroup() && (p->populated ? !p->children.empty() : !p->members.empty());
}

QVariant KeyTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case TypeColumn: return tr("Type");
    case SizeColumn: return tr("Size");
    case TtlColumn: return tr("TTL");
    case PreviewColumn: return tr("Value");
    }
    return {};
}

Qt::ItemFlags KeyTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!nodeOf(index)->isGroup())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

namespace {
/// ttlText() of a saved value, parsing only small objects that mention expires_at.
QString entryTtl(const ValueRef& value)
{
    if (value.type() != json::JsonValue::Type::Object || value.size() > 64 * 1024)
        return {};
    const QByteArrayView raw = value.raw();
    if (!QByteArray::fromRawData(raw.data(), raw.size()).contains("\"expires_at\""))
        return {};
    return ttlText(value.toValue());
}
} // namespace

bool KeyTreeModel::hasTtl() const
{
    const qsizetype n = std::min<qsizetype>(m_ns.entries.size(), 2000);
    for (qsizetype i = 0; i < n; ++i)
        if (!entryTtl(m_ns.entries.valueAt(i)).isEmpty())
            return true;
    return false;
}

QVariant KeyTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeOf(index);
    if (!node->isGroup())
        return leafData(node, index.column(), role);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KeyColumn)
            return node->label;
        if (index.column() == TypeColumn)
            return tr("group");
        if (index.column() == SizeColumn)
            return node->count == 1 ? tr("1 key") : tr("%1 keys").arg(node->count);
        return {};
    case Qt::ToolTipRole:
        return node->prefix;
    case IsGroupRole:
        return true;
    case FullKeyRole:
        return QString();
    }
    return {};
}

QVariant KeyTreeModel::leafData(const Node* node, int column, int role) const
{
    const QString& key = m_keys[node->key];
    const int entry = m_entryOf[size_t(node->key)];
    const bool saved = entry >= 0;
    const PendingChanges* pending = m_edits->session()->pending();
    const PendingEdit* edit = pending->find(m_ns.name, key);
    KeyState state = KeyState::Unchanged;
    if (edit)
        state = edit->remove ? KeyState::Removed : (edit->before ? KeyState::Modified : KeyState::Added);
    else if (pending->isNamespaceRemoved(m_ns.name))
        state = KeyState::Removed;

    switch (role) {
    case Qt::DisplayRole: {
        const bool useEdit = edit && !edit->remove;
        switch (column) {
        case KeyColumn:
            return node->label;
        case TypeColumn:
            if (useEdit)
                return json::JsonValue::typeName(edit->value.type());
            return saved ? json::JsonValue::typeName(m_ns.entries.valueAt(entry).type()) : QVariant();
        case SizeColumn:
            if (useEdit)
                return formatSize(edit->value.toCompactJson().size());
            return saved ? formatSize(m_ns.entries.valueAt(entry).size()) : QVariant();
        case TtlColumn:
            if (useEdit)
                return ttlText(edit->value);
            return saved ? entryTtl(m_ns.entries.valueAt(entry)) : QVariant();
        case PreviewColumn:
            if (looksSecret(key))
                return maskedText();
            if (useEdit) {
                const QString text = edit->value.isString() ? edit->value.toString()
                                                            : QString::fromUtf8(edit->value.toCompactJson());
                return text.size() > 200 ? text.left(199) + QChar(0x2026) : text;
            }
            return saved ? m_ns.entries.valueAt(entry).preview(200) : QVariant();
        }
        return {};
    }
    case Qt::FontRole: {
        if (state == KeyState::Unchanged)
            return {};
        QFont f;
        f.setStrikeOut(state == KeyState::Removed);
        f.setBold(state == KeyState::Modified || state == KeyState::Added);
        f.setItalic(state == KeyState::Added);
        return f;
    }
    case Qt::ForegroundRole:
        if (state == KeyState::Removed)
            return mutedColor(QGuiApplication::palette());
        return {};
    case Qt::BackgroundRole:
        return m_marks->background(key);
    case Qt::ToolTipRole: {
        QString tip;
        switch (state) {
        case KeyState::Modified: tip = tr("%1 (changed, not saved)").arg(key); break;
        case KeyState::Added: tip = tr("%1 (added, not saved)").arg(key); break;
        case KeyState::Removed: tip = tr("%1 (deleted, not saved)").arg(key); break;
        default: tip = key; break;
        }
        const QString age = m_marks->ageText(key);
        return age.isEmpty() ? tip : tip + QStringLiteral(" \u2014 ") + age;
    }
    case FullKeyRole:
        return key;
    case IsGroupRole:
        return false;
    case KeyStateRole:
        return int(state);
    }
    return {};
}

QString KeyTreeModel::keyAt(const QModelIndex& index) const
{
    const Node* node = index.isValid() ? nodeOf(index) : nullptr;
    return node && !node->isGroup() ? m_keys[node->key] : QString();
}

QModelIndex KeyTreeModel::indexForKey(const QString& key)
{
    if (m_loading)
        return {};
    Node* node = m_root.get();
    qsizetype pos = 0;
    while (node) {
        populate(node);
        const qsizetype cut = m_separator.isEmpty() ? -1 : key.indexOf(m_separator, pos);
        Node* next = nullptr;
        for (const auto& child : node->children) {
            if (cut < 0 && !child->isGroup() && m_keys[child->key] == key)
                return indexOf(child.get());
            if (cut >= 0 && child->isGroup() && child->prefix.size() == cut + m_separator.size()
                && key.startsWith(child->prefix)) {
                next = child.get();
                break;
            }
        }
        if (cut < 0)
            return {};
        node = next;
        pos = cut + m_separator.size();
    }
    return {};
}

void KeyTreeModel::onPendingCleared()
{
    if (m_loading) {
        rebuild(); // the worker started from the old pending edits
        return;
    }
    // In place, so that the view keeps its expanded groups and current key. After a save (the session
    // is still busy) the state read back brings the added keys; after a revert they go.
    if (!m_edits->session()->isBusy())
        for (int k = 0; k < m_keys.size(); ++k)
            if (!m_keys[k].isEmpty() && m_entryOf[size_t(k)] < 0)
                removeKey(k);
    // Their pending marks go: one signal per filled-in group, not one per key.
    std::vector<Node*> todo { m_root.get() };
    while (!todo.empty()) {
        Node* n = todo.back();
        todo.pop_back();
        if (!n->populated || n->children.empty())
            continue;
        Q_EMIT dataChanged(indexOf(n->children.front().get(), 0), indexOf(n->children.back().get(), ColumnCount - 1));
        for (const auto& c : n->children)
            if (c->isGroup())
                todo.push_back(c.get());
    }
}

void KeyTreeModel::onPendingChanged(const QString& ns, const QString& key)
{
    if (ns != m_ns.name || ns.isEmpty())
        return;
    if (m_loading) {
        rebuild();
        return;
    }
    auto changed = [this](Node* n) { Q_EMIT dataChanged(indexOf(n, 0), indexOf(n, ColumnCount - 1)); };
    if (key.isEmpty()) { // the whole namespace was removed or restored
        for (Node* n : std::as_const(m_leaves))
            changed(n);
        return;
    }
    const qsizetype at = m_keys.indexOf(key);
    if (at < 0 || m_entryOf[size_t(at)] < 0) { // not on disk: shown only while it is a pending addition
        const PendingEdit* edit = m_edits->session()->pending()->find(ns, key);
        if ((at >= 0) != (edit && edit->isAddition())) {
            rebuild();
            return;
        }
    }
    if (Node* n = m_leaves.value(key))
        changed(n);
}

} // namespace statelens::ui
