// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyhistorydialog.h"

#include "backup/historychart.h"
#include "backup/keyhistorymodel.h"
#include "common/formatting.h"
#include "json/jsonstyle.h"
#include "model/address.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace statelens::ui {

KeyHistoryDialog::KeyHistoryDialog(const QString& address, const QList<backup::HistoryPoint>& points, QWidget* parent)
    : QDialog(parent),
      m_address(address),
      m_model(new KeyHistoryModel(this)),
      m_chart(new HistoryChart(this)),
      m_table(new QTableView(this)),
      m_pointLabel(new QLabel(this)),
      m_value(new QPlainTextEdit(this)),
      m_restore(new QPushButton(tr("&Restore This Value\u2026"), this))
{
    setObjectName(QStringLiteral("keyHistoryDialog"));
    setWindowTitle(tr("History of %1").arg(address));
    if (auto a = Address::parse(address); a) {
        Address key = a.value();
        key.pointer = {};
        m_entryAddress = key.toString();
    }
    m_model->setPoints(points);
    m_chart->setPoints(points);
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_pointLabel->setObjectName(QStringLiteral("pointLabel"));
    m_pointLabel->setWordWrap(true);
    m_value->setObjectName(QStringLiteral("pointValue"));
    m_value->setReadOnly(true);
    m_value->setPlaceholderText(tr("Click a point on the chart or a row to see that backup's value."));
    m_restore->setObjectName(QStringLiteral("restorePointButton"));
    m_restore->setEnabled(false);

    int changes = 0;
    for (const backup::HistoryPoint& p : points)
        changes += p.changed;
    auto* intro = new QLabel(tr("%1 across %n backup(s), oldest first; the rows where it changed are in bold (%2 changes).", nullptr,
                                int(points.size()) - 1)
                                 .arg(address)
                                 .arg(changes),
                             this);
    intro->setWordWrap(true);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_pointLabel);
    detailLayout->addWidget(m_value, 1);
    detailLayout->addWidget(m_restore, 0, Qt::AlignRight);
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_table);
    lower->addWidget(detail);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_chart, &HistoryChart::pointClicked, this, &KeyHistoryDialog::selectPoint);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && current.row() != m_selected)
                    selectPoint(current.row());
            });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (m_selected >= 0 && !m_model->points()[m_selected].isCurrent)
            Q_EMIT restoreRequested(m_model->points()[m_selected].backupId, m_entryAddress);
    });
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 130, fm.height() * 40);
    if (!points.isEmpty())
        selectPoint(int(points.size()) - 1); // the value now, to compare the others with
}

void KeyHistoryDialog::selectPoint(int index)
{
    const QList<backup::HistoryPoint>& points = m_model->points();
    m_selected = index >= 0 && index < points.size() ? index : -1;
    m_chart->select(m_selected);
    if (m_selected < 0) {
        m_table->clearSelection();
        m_pointLabel->clear();
        m_value->clear();
        m_restore->setEnabled(false);
        return;
    }
    m_table->setCurrentIndex(m_model->index(m_selected, 0)); // selects the row (SelectRows)
    const backup::HistoryPoint& p = points[m_selected];
    const QString when = p.time.isValid() ? formatDateTime(p.time) : tr("unknown time");
    m_pointLabel->setText(p.isCurrent ? tr("The state now (%1)").arg(when)
                                      : tr("Backup %1 (%2, %3)").arg(p.backupId, p.backupKind, when));
    m_value->setPlainText(p.present ? QString::fromUtf8(p.value.toJson(json::Style::javaScript()))
                                    : tr("(the key did not exist then)"));
    // Restoring is offered for a backup whose value differs from the one now.
    const backup::HistoryPoint& now = points.last();
    const bool differs = p.present != now.present || (p.present && p.value != now.value);
    m_restore->setEnabled(!p.isCurrent && differs && !m_entryAddress.isEmpty());
    m_restore->setToolTip(p.isCurrent ? tr("This is the value now.")
                          : differs   ? tr("Open the restore wizard on backup %1 with %2 ticked.").arg(p.backupId, m_entryAddress)
                                      : tr("The value now is the same."));
}

} // namespace statelens::ui
