// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace statelens::ui {

namespace {

QString shown(const std::optional<json::JsonValue>& v)
{
    if (!v)
        return QCoreApplication::translate("statelens::ui::MergeDialog", "(absent)");
    const QString text = QString::fromUtf8(v->toCompactJson());
    return text.size() > 120 ? text.left(119) + QChar(0x2026) : text;
}

} // namespace

MergeDialog::MergeDialog(const QList<MergeRow>& rows, QWidget* parent) : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge Changes From Disk"));
    auto* intro = new QLabel(tr("These keys were changed both on disk and in your pending changes. Choose, for "
                                "each, which value to keep. Keys that only one side changed are merged already."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("mergeTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({ tr("Key"), tr("Before"), tr("On disk"), tr("Mine"), tr("Keep") });
    m_table->setRowCount(int(rows.size()));
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < rows.size(); ++r) {
        const MergeRow& row = rows[r];
        m_table->setItem(r, 0, new QTableWidgetItem(row.ns + u'/' + row.key));
        m_table->setItem(r, 1, new QTableWidgetItem(shown(row.base)));
        m_table->setItem(r, 2, new QTableWidgetItem(shown(row.theirs)));
        m_table->setItem(r, 3, new QTableWidgetItem(shown(row.mine)));
        auto* choice = new QComboBox(m_table);
        choice->addItem(tr("Mine"), true);
        choice->addItem(tr("On disk"), false);
        choice->setAccessibleName(tr("Keep for %1").arg(row.key));
        m_table->setCellWidget(r, 4, choice);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * (10 + int(qMin<qsizetype>(rows.size(), 12)) * 2));
}

int MergeDialog::rowCount() const
{
    return m_table->rowCount();
}

bool MergeDialog::keepsMine(int row) const
{
    const auto* c = qobject_cast<QComboBox*>(m_table->cellWidget(row, 4));
    return !c || c->currentData().toBool();
}

void MergeDialog::setKeepsMine(int row, bool mine)
{
    if (auto* c = qobject_cast<QComboBox*>(m_table->cellWidget(row, 4)))
        c->setCurrentIndex(mine ? 0 : 1);
}

} // namespace statelens::ui
