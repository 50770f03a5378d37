// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontreemodel.h"

#include "common/valuehints.h"

#include <QFont>

namespace statelens::ui {

using Type = json::JsonValue::Type;

struct JsonTreeModel::Node
{
    QString key; // member name; empty for array elements and the root
    Type type = Type::Null;
    QString scalar; // string text, number spelling, "true"/"false"
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

JsonTreeModel::JsonTreeModel(QObject* parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) { }

JsonTreeModel::~JsonTreeModel() = default;

std::unique_ptr<JsonTreeModel::Node> JsonTreeModel::build(const json::JsonValue& v, Node* parent, int row)
{
    auto n = std::make_unique<Node>();
    n->type = v.type();
    n->parent = parent;
    n->row = row;
    switch (v.type()) {
    case Type::Bool: n->scalar = v.toBool() ? QStringLiteral("true") : QStringLiteral("false"); break;
    case Type::Number: n->scalar = QString::fromLatin1(v.numberText()); break;
    case Type::String: n->scalar = v.toString(); break;
    case Type::Object:
        n->children.reserve(v.members().size());
        for (const json::JsonMember& m : v.members()) {
            n->children.push_back(build(m.value, n.get(), int(n->children.size())));
            n->children.back()->key = m.key;
        }
        break;
    case Type::Array:
        n->children.reserve(v.items().size());
        for (const json::JsonValue& item : v.items())
            n->children.push_back(build(item, n.get(), int(n->children.size())));
        break;
    case Type::Null: break;
    }
    return n;
}

json::JsonValue JsonTreeModel::toValue(const Node* n)
{
    switch (n->type) {
    case Type::Null: return {};
    case Type::Bool: return json::JsonValue::fromBool(n->scalar == QLatin1String("true"));
    case Type::Number: return json::JsonValue::fromNumberText(n->scalar.toLatin1());
    case Type::String: return json::JsonValue::fromString(n->scalar);
    case Type::Object: {
        json::JsonValue o = json::JsonValue::object();
        for (const auto& c : n->children)
            o.members().push_back(json::JsonMember { c->key, toValue(c.get()) });
        return o;
    }
    case Type::Array: {
        json::JsonValue a = json::JsonValue::array();
        for (const auto& c : n->children)
            a.append(toValue(c.get()));
        return a;
    }
    }
    return {};
}

void JsonTreeModel::setValue(const json::JsonValue& value, const QString& rootLabel)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->type = Type::Array;
    m_root->children.push_back(build(value, m_root.get(), 0));
    m_root->children.front()->key = rootLabel;
    endResetModel();
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->type = Type::Array;
    endResetModel();
}

json::JsonValue JsonTreeModel::value() const
{
    return m_root->children.empty() ? json::JsonValue() : toValue(m_root->children.front().get());
}

void JsonTreeModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

void JsonTreeModel::setMaskSecrets(bool mask)
{
    if (mask == m_maskSecrets)
        return;
    beginResetModel(); // only ever toggled on a small, just-shown value
    m_maskSecrets = mask;
    endResetModel();
}

JsonTreeModel::Node* JsonTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::indexOf(const Node* node, int column) const
{
    return node == m_root.get() ? QModelIndex() : createIndex(node->row, column, const_cast<Node*>(node));
}

void JsonTreeModel::renumber(Node* parent)
{
    for (size_t i = 0; i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node* p = nodeOf(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[row].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    return child.isValid() ? indexOf(nodeOf(child)->parent) : QModelIndex();
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case TypeColumn: return tr("Type");
    case ValueColumn: return tr("Value");
    }
    return {};
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly)
        return f;
    const Node* n = nodeOf(index);
    const bool isMember = n->parent != m_root.get() && n->parent->type == Type::Object;
    if ((index.column() == KeyColumn && isMember) || index.column() == TypeColumn
        || (index.column() == ValueColumn && n->type != Type::Object && n->type != Type::Array && n->type != Type::Null))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* n = nodeOf(index);
    const bool isRoot = n->parent == m_root.get();
    const bool masked = m_maskSecrets && n->type == Type::String && looksSecret(n->key);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case KeyColumn:
            if (isRoot)
                return n->key.isEmpty() ? tr("(value)") : n->key;
            return n->parent->type == Type::Array ? QString() : n->key;
        case TypeColumn: return json::JsonValue::typeName(n->type);
        case ValueColumn:
            switch (n->type) {
            case Type::Null: return role == Qt::DisplayRole ? QStringLiteral("null") : QString();
            case Type::Object: return role == Qt::DisplayRole ? (n->children.size() == 1 ? tr("{1 member}") : tr("{%1 members}").arg(n->children.size())) : QVariant();
            case Type::Array: return role == Qt::DisplayRole ? (n->children.size() == 1 ? tr("[1 item]") : tr("[%1 items]").arg(n->children.size())) : QVariant();
            case Type::String:
                if (masked && role == Qt::DisplayRole)
                    return maskedText();
                return role == Qt::DisplayRole ? QString(n->scalar).replace(u'\n', QStringLiteral("\u21b5")) : n->scalar;
            default:
                if (role == Qt::DisplayRole && n->type == Type::Number && n->key == QLatin1String("expires_at")) {
                    // An epoch number means nothing to a reader: the time beside it (editing keeps the number).
                    const QString when = expiryText(json::JsonValue::fromDouble(n->scalar.toDouble()));
                    if (!when.isEmpty())
                        return QStringLiteral("%1 \u2192 %2").arg(n->scalar, when);
                }
                return n->scalar;
            }
        }
        return {};
    case Qt::FontRole:
        if (index.column() == TypeColumn || (index.column() == ValueColumn && (n->type == Type::Object || n->type == Type::Array))) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && n->type == Type::String && !masked)
            return n->scalar;
        return {};
    case TypeRole: return int(n->type);
    case IsElementRole: return !isRoot && n->parent->type == Type::Array;
    }
    return {};
}

bool JsonTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Node* n = nodeOf(index);
    if (index.column() == KeyColumn) {
        const QString key = value.toString();
        if (key == n->key)
            return false;
        for (const auto& sibling : n->parent->children)
            if (sibling.get() != n && sibling->key == key)
                return false; // a duplicate name would make the earlier member unreachable
        n->key = key;
    } else if (index.column() == TypeColumn) {
        const QString name = value.toString();
        for (Type t : { Type::Null, Type::Bool, Type::Number, Type::String, Type::Object, Type::Array })
            if (json::JsonValue::typeName(t) == name || QString::number(int(t)) == name)
                return setType(index, t);
        return false;
    } else {
        const QString text = value.toString();
        if (n->type == Type::Number) {
            auto parsed = json::JsonValue::parse(text.trimmed().toUtf8());
            if (!parsed || !parsed->isNumber())
                return false;
            n->scalar = QString::fromLatin1(parsed->numberText());
        } else if (n->type == Type::Bool) {
            const QString t = text.trimmed().toLower();
            if (t != QLatin1String("true") && t != QLatin1String("false"))
                return false;
            n->scalar = t;
        } else {
            n->scalar = text;
        }
    }
    Q_EMIT dataChanged(indexOf(n, 0), indexOf(n, ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

json::JsonValue::Type JsonTreeModel::typeAt(const QModelIndex& index) const
{
    return index.isValid() ? nodeOf(index)->type : Type::Null;
}

bool JsonTreeModel::setType(const QModelIndex& index, Type type)
{
    Node* n = index.isValid() ? nodeOf(index) : nullptr;
    if (!n || m_readOnly || n->type == type)
        return false;
    const json::JsonValue old = toValue(n);
    if (!n->children.empty()) {
        beginRemoveRows(indexOf(n), 0, int(n->children.size()) - 1);
        n->children.clear();
        endRemoveRows();
    }
    QString scalar;
    switch (type) {
    case Type::String:
        scalar = old.isString() ? old.toString() : old.isNull() ? QString() : QString::fromUtf8(old.toCompactJson());
        break;
    case Type::Number: {
        auto parsed = json::JsonValue::parse(n->scalar.trimmed().toUtf8());
        scalar = parsed && parsed->isNumber() ? QString::fromLatin1(parsed->numberText())
               : n->type == Type::Bool        ? QString::fromLatin1(n->scalar == QLatin1String("true") ? "1" : "0")
                                              : QStringLiteral("0");
        break;
    }
    case Type::Bool:
        scalar = (n->scalar == QLatin1String("true") || (n->type == Type::Number && n->scalar.toDouble() != 0))
                   ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case Type::Object:
    case Type::Array:
        if (old.isString()) { // a string holding JSON of the wanted kind becomes that JSON
            auto parsed = json::JsonValue::parse(old.toString().toUtf8());
            if (parsed && parsed->type() == type) {
                auto built = build(parsed.value(), n->parent, n->row);
                if (!built->children.empty()) {
                    beginInsertRows(indexOf(n), 0, int(built->children.size()) - 1);
                    n->children = std::move(built->children);
                    for (auto& c : n->children)
                        c->parent = n;
                    n->type = type;
                    endInsertRows();
                }
            }
        }
        break;
    case Type::Null: break;
    }
    n->type = type;
    n->scalar = scalar;
    Q_EMIT dataChanged(indexOf(n, 0), indexOf(n, ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

QString JsonTreeModel::uniqueKey(const Node* object) const
{
    for (int i = 1;; ++i) {
        const QString key = i == 1 ? tr("new_key") : tr("new_key_%1").arg(i);
        bool taken = false;
        for (const auto& c : object->children)
            taken = taken || c->key == key;
        if (!taken)
            return key;
    }
}

QModelIndex JsonTreeModel::addItem(const QModelIndex& at)
{
    if (m_readOnly || m_root->children.empty())
        return {};
    Node* n = at.isValid() ? nodeOf(at) : m_root->children.front().get();
    Node* container = n;
    int row = int(n->children.size());
    if (n->type != Type::Object && n->type != Type::Array) {
        if (n->parent == m_root.get())
            return {}; // a scalar root has no siblings
        container = n->parent;
        row = n->row + 1;
    }
    auto child = std::make_unique<Node>();
    child->parent = container;
    if (container->type == Type::Object)
        child->key = uniqueKey(container);
    beginInsertRows(indexOf(container), row, row);
    container->children.insert(container->children.begin() + row, std::move(child));
    renumber(container);
    endInsertRows();
    Q_EMIT edited();
    return index(row, 0, indexOf(container));
}

bool JsonTreeModel::removeItem(const QModelIndex& index)
{
    Node* n = index.isValid() ? nodeOf(index) : nullptr;
    if (!n || m_readOnly || n->parent == m_root.get())
        return false;
    Node* parent = n->parent;
    const int row = n->row;
    beginRemoveRows(indexOf(parent), row, row);
    parent->children.erase(parent->children.begin() + row);
    renumber(parent);
    endRemoveRows();
    Q_EMIT edited();
    return true;
}

QModelIndex JsonTreeModel::moveItem(const QModelIndex& index, int delta)
{
    Node* n = index.isValid() ? nodeOf(index) : nullptr;
    if (!n || m_readOnly || n->parent == m_root.get() || (delta != -1 && delta != 1))
        return index;
    Node* parent = n->parent;
    const int from = n->row;
    const int to = from + delta;
    if (to < 0 || to >= int(parent->children.size()))
        return index;
    const QModelIndex p = indexOf(parent);
    // beginMoveRows wants the destination as "insert before" in the old numbering.
    if (!beginMoveRows(p, from, from, p, delta > 0 ? to + 1 : to))
        return index;
    std::swap(parent->children[from], parent->children[to]);
    renumber(parent);
    endMoveRows();
    Q_EMIT edited();
    return this->index(to, index.column(), p);
}

} // namespace statelens::ui
