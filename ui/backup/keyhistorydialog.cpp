// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyhistorydialog.h"

#include "backup/keyhistorymodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace statelens::ui {

KeyHistoryDialog::KeyHistoryDialog(const QString& address, const QList<backup::HistoryPoint>& points, QWidget* parent)
    : QDialog(parent), m_model(new KeyHistoryModel(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("keyHistoryDialog"));
    setWindowTitle(tr("History of %1").arg(address));
    m_model->setPoints(points);
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    int changes = 0;
    for (const backup::HistoryPoint& p : points)
        changes += p.changed;
    auto* intro = new QLabel(tr("%1 across %n backup(s), oldest first; the rows where it changed are in bold (%2 changes).", nullptr,
                                int(points.size()) - 1)
                                 .arg(address)
                                 .arg(changes),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(800, 400);
}

} // namespace statelens::ui
