// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonitemdelegate.h"

#include "editor/jsontreemodel.h"

#include <QComboBox>

namespace statelens::ui {

using Type = json::JsonValue::Type;

JsonItemDelegate::JsonItemDelegate(QObject* parent) : QStyledItemDelegate(parent) { }

QWidget* JsonItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    const auto type = Type(index.data(JsonTreeModel::TypeRole).toInt());
    if (index.column() == JsonTreeModel::TypeColumn) {
        auto* combo = new QComboBox(parent);
        for (Type t : { Type::String, Type::Number, Type::Bool, Type::Null, Type::Object, Type::Array })
            combo->addItem(json::JsonValue::typeName(t), int(t));
        return combo;
    }
    if (index.column() == JsonTreeModel::ValueColumn && type == Type::Bool) {
        auto* combo = new QComboBox(parent);
        combo->addItems({ QStringLiteral("true"), QStringLiteral("false") });
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void JsonItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == JsonTreeModel::KeyColumn && index.data(JsonTreeModel::IsElementRole).toBool())
        option->text = QStringLiteral("[%1]").arg(index.row());
}

void JsonItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (index.column() == JsonTreeModel::TypeColumn)
            combo->setCurrentIndex(combo->findData(index.data(JsonTreeModel::TypeRole).toInt()));
        else
            combo->setCurrentText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void JsonItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, index.column() == JsonTreeModel::TypeColumn ? QVariant(combo->currentText())
                                                                          : QVariant(combo->currentText()));
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace statelens::ui
