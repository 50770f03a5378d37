// SPDX-License-Identifier: GPL-3.0-or-later
// JsonItemDelegate (ui/editor/jsonitemdelegate.h) on a JsonTreeModel: a type combo box for the type column,
// true/false for booleans, a line edit for other values; the editor starts at the item's data and writes
// back through the model; array elements are labelled by their position.
#include "editor/jsonitemdelegate.h"
#include "editor/jsontreemodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QTreeView>

using namespace statelens;
using namespace statelens::ui;

namespace {

/// The text the delegate shows for `index`: its initStyleOption(), which is protected, reached through
/// a pointer to the base class's member (the call is virtual, so the delegate's own runs).
struct StyleAccess : QStyledItemDelegate
{
    using QStyledItemDelegate::initStyleOption;
};

QString shownText(const JsonItemDelegate& delegate, const QModelIndex& index)
{
    QStyleOptionViewItem option;
    (delegate.*(&StyleAccess::initStyleOption))(&option, index);
    return option.text;
}

} // namespace

class TestJsonItemDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editorsForEachColumn();
    void typeComboWritesTheType();
    void booleanComboWritesTheValue();
    void lineEditWritesTheValue();
    void elementsShowTheirPosition();

private:
    QModelIndex member(const QString& key, int column) const;

    std::unique_ptr<JsonTreeModel> m_model;
    std::unique_ptr<QWidget> m_parent;
    JsonItemDelegate m_delegate;
};

void TestJsonItemDelegate::init()
{
    m_model = std::make_unique<JsonTreeModel>();
    m_model->setValue(json::JsonValue::parse(R"({"name": "Ada", "on": true, "n": 3, "list": ["a", "b", "c"]})").value());
    m_parent = std::make_unique<QWidget>();
}

void TestJsonItemDelegate::cleanup()
{
    m_parent.reset();
    m_model.reset();
}

QModelIndex TestJsonItemDelegate::member(const QString& key, int column) const
{
    const QModelIndex root = m_model->index(0, 0);
    for (int r = 0; r < m_model->rowCount(root); ++r)
        if (m_model->index(r, JsonTreeModel::KeyColumn, root).data().toString() == key)
            return m_model->index(r, column, root);
    return {};
}

void TestJsonItemDelegate::editorsForEachColumn()
{
    const QStyleOptionViewItem option;
    auto* type = qobject_cast<QComboBox*>(m_delegate.createEditor(m_parent.get(), option, member(QStringLiteral("name"), JsonTreeModel::TypeColumn)));
    QVERIFY(type);
    QCOMPARE(type->count(), 6);
    QStringList names;
    for (int i = 0; i < type->count(); ++i)
        names << type->itemText(i);
    for (auto t : { json::JsonValue::Type::String, json::JsonValue::Type::Number, json::JsonValue::Type::Bool,
                    json::JsonValue::Type::Null, json::JsonValue::Type::Object, json::JsonValue::Type::Array })
        QVERIFY(names.contains(json::JsonValue::typeName(t)));

    auto* boolean = qobject_cast<QComboBox*>(m_delegate.createEditor(m_parent.get(), option, member(QStringLiteral("on"), JsonTreeModel::ValueColumn)));
    QVERIFY(boolean);
    QCOMPARE(boolean->count(), 2);
    QCOMPARE(boolean->itemText(0), QStringLiteral("true"));
    QCOMPARE(boolean->itemText(1), QStringLiteral("false"));

    QWidget* text = m_delegate.createEditor(m_parent.get(), option, member(QStringLiteral("n"), JsonTreeModel::ValueColumn));
    QVERIFY(qobject_cast<QLineEdit*>(text));
    QWidget* key = m_delegate.createEditor(m_parent.get(), option, member(QStringLiteral("n"), JsonTreeModel::KeyColumn));
    QVERIFY(qobject_cast<QLineEdit*>(key));
}

void TestJsonItemDelegate::typeComboWritesTheType()
{
    const QModelIndex index = member(QStringLiteral("n"), JsonTreeModel::TypeColumn);
    auto* combo = qobject_cast<QComboBox*>(m_delegate.createEditor(m_parent.get(), {}, index));
    m_delegate.setEditorData(combo, index);
    QCOMPARE(combo->currentText(), json::JsonValue::typeName(json::JsonValue::Type::Number));
    combo->setCurrentText(json::JsonValue::typeName(json::JsonValue::Type::String));
    m_delegate.setModelData(combo, m_model.get(), index);
    QCOMPARE(m_model->typeAt(index), json::JsonValue::Type::String);
    QVERIFY(m_model->value().member(QStringLiteral("n"))->isString());
}

void TestJsonItemDelegate::booleanComboWritesTheValue()
{
    const QModelIndex index = member(QStringLiteral("on"), JsonTreeModel::ValueColumn);
    auto* combo = qobject_cast<QComboBox*>(m_delegate.createEditor(m_parent.get(), {}, index));
    m_delegate.setEditorData(combo, index);
    QCOMPARE(combo->currentText(), QStringLiteral("true"));
    combo->setCurrentText(QStringLiteral("false"));
    m_delegate.setModelData(combo, m_model.get(), index);
    QCOMPARE(m_model->value().member(QStringLiteral("on"))->toCompactJson(), QByteArray("false"));
}

void TestJsonItemDelegate::lineEditWritesTheValue()
{
    const QModelIndex index = member(QStringLiteral("n"), JsonTreeModel::ValueColumn);
    auto* edit = qobject_cast<QLineEdit*>(m_delegate.createEditor(m_parent.get(), {}, index));
    m_delegate.setEditorData(edit, index);
    QCOMPARE(edit->text(), QStringLiteral("3"));
    edit->setText(QStringLiteral("4.5"));
    m_delegate.setModelData(edit, m_model.get(), index);
    QCOMPARE(m_model->value().member(QStringLiteral("n"))->toCompactJson(), QByteArray("4.5"));
}

void TestJsonItemDelegate::elementsShowTheirPosition()
{
    const QModelIndex list = member(QStringLiteral("list"), JsonTreeModel::KeyColumn);
    QCOMPARE(m_model->rowCount(list), 3);
    for (int r = 0; r < 3; ++r)
        QCOMPARE(shownText(m_delegate, m_model->index(r, JsonTreeModel::KeyColumn, list)), QStringLiteral("[%1]").arg(r));
    // Members keep their name; other columns their text.
    QCOMPARE(shownText(m_delegate, list), QStringLiteral("list"));
    QCOMPARE(shownText(m_delegate, m_model->index(1, JsonTreeModel::ValueColumn, list)),
             m_model->index(1, JsonTreeModel::ValueColumn, list).data().toString());
}

QTEST_MAIN(TestJsonItemDelegate)
#include "tst_jsonitemdelegate.moc"
