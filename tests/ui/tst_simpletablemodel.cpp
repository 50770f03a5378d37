// SPDX-License-Identifier: GPL-3.0-or-later
// SimpleTableModel (ui/common/simpletablemodel.h), the base of the small read-only tables: a flat table
// of the subclass's rows and cells under the given headers, rows that can be greyed out, nothing below a
// row; checked by QAbstractItemModelTester while it changes.
#include "common/simpletablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace statelens::ui;

namespace {

/// Rows of words; a row starting with '-' is disabled.
class WordTable final : public SimpleTableModel
{
public:
    WordTable() : SimpleTableModel({ QStringLiteral("Word"), QStringLiteral("Length") }) { }

    void setWords(const QStringList& words)
    {
        beginResetModel();
        m_words = words;
        endResetModel();
    }

protected:
    int rows() const override { return int(m_words.size()); }
    QVariant cell(int row, int column, int role) const override
    {
        if (role == Qt::DisplayRole)
            return column == 0 ? QVariant(m_words[row]) : QVariant(int(m_words[row].size()));
        if (role == Qt::ToolTipRole && column == 0)
            return QStringLiteral("row %1").arg(row);
        return {};
    }
    bool rowEnabled(int row) const override { return !m_words[row].startsWith(u'-'); }

private:
    QStringList m_words;
};

} // namespace

class TestSimpleTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFlatTable();
    void headers();
    void disabledRows();
};

void TestSimpleTableModel::aFlatTable()
{
    WordTable model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 2);
    model.setWords({ QStringLiteral("alpha"), QStringLiteral("be") });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, 0), Qt::DisplayRole).toString(), QStringLiteral("alpha"));
    QCOMPARE(model.data(model.index(1, 1), Qt::DisplayRole).toInt(), 2);
    QCOMPARE(model.data(model.index(1, 0), Qt::ToolTipRole).toString(), QStringLiteral("row 1"));
    // Nothing below a row.
    const QModelIndex row = model.index(0, 0);
    QCOMPARE(model.rowCount(row), 0);
    QCOMPARE(model.columnCount(row), 0);
    QVERIFY(model.flags(row) & Qt::ItemNeverHasChildren);
    QVERIFY(!(model.flags(row) & Qt::ItemIsEditable));
    QCOMPARE(model.flags(QModelIndex()), Qt::NoItemFlags);
    model.setWords({});
    QCOMPARE(model.rowCount(), 0);
}

void TestSimpleTableModel::headers()
{
    WordTable model;
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Word"));
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Length"));
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
    // Rows are numbered by the base class.
    model.setWords({ QStringLiteral("x") });
    QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toInt(), 1);
}

void TestSimpleTableModel::disabledRows()
{
    WordTable model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWords({ QStringLiteral("ok"), QStringLiteral("-greyed") });
    for (int c = 0; c < 2; ++c) {
        QVERIFY(model.flags(model.index(0, c)) & Qt::ItemIsEnabled);
        QVERIFY(!(model.flags(model.index(1, c)) & Qt::ItemIsEnabled));
        QVERIFY(model.flags(model.index(1, c)) & Qt::ItemIsSelectable); // still selectable, to read why
    }
}

QTEST_MAIN(TestSimpleTableModel)
#include "tst_simpletablemodel.moc"
