// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedialog.h"

#include "json/jsonstyle.h"
#include "model/address.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace statelens::ui {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::ui", s);
}

QTableWidgetItem* valueItem(const std::optional<json::JsonValue>& v)
{
    if (!v)
        return new QTableWidgetItem(tr("(absent)"));
    // Short enough for three value columns side by side on a 1600-pixel screen; the whole value is in the
    // tooltip.
    constexpr int MaxChars = 40;
    QString text = QString::fromUtf8(v->toCompactJson());
    auto* item = new QTableWidgetItem(text.size() > MaxChars ? text.left(MaxChars - 1) + QChar(0x2026) : text);
    if (text.size() > MaxChars)
        item->setToolTip(QString::fromUtf8(v->toJson(json::Style::javaScript())));
    return item;
}

} // namespace

MergeDialog::MergeDialog(const QList<MergeRow>& rows, QWidget* parent) : QDialog(parent), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge Changes From Disk"));
    auto* intro = new QLabel(tr("These fields were changed both on disk and in your pending changes. Choose, for "
                                "each, which value to keep. Fields that only one side changed are merged already."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("mergeTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({ tr("Field"), tr("Keep"), tr("Before"), tr("On disk"), tr("Mine") });
    m_table->setRowCount(int(rows.size()));
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    for (int r = 0; r < rows.size(); ++r) {
        const MergeRow& row = rows[r];
        const QString field = Address { row.ns, row.key, row.pointer }.toString();
        m_table->setItem(r, 0, new QTableWidgetItem(field));
        auto* choice = new QComboBox(m_table);
        choice->addItem(tr("Mine"), true);
        choice->addItem(tr("On disk"), false);
        choice->setAccessibleName(tr("Keep for %1").arg(field));
        m_table->setCellWidget(r, KeepColumn, choice);
        m_table->setItem(r, 2, valueItem(row.base));
        m_table->setItem(r, 3, valueItem(row.theirs));
        m_table->setItem(r, 4, valueItem(row.mine));
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    // As large as the table's content, within the screen: the choices never hide behind a scroll bar
    // unless there are more fields than a screen holds.
    // Room for a vertical scroll bar too, should the rows outgrow the screen.
    int contentWidth = 2 * m_table->frameWidth() + m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    for (int c = 0; c < m_table->columnCount(); ++c)
        contentWidth += m_table->columnWidth(c);
    int contentHeight = 2 * m_table->frameWidth() + m_table->horizontalHeader()->sizeHint().height() + 2;
    for (int r = 0; r < m_table->rowCount(); ++r)
        contentHeight += m_table->rowHeight(r);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QRect screen = (parent ? parent->screen() : this->screen())->availableGeometry();
    const int margins = layout->contentsMargins().left() + layout->contentsMargins().right();
    const int width = qMin(screen.width() * 9 / 10, qMax(contentWidth + margins, fontMetrics().averageCharWidth() * 80));
    intro->setFixedWidth(width - margins);
    const int chrome = intro->heightForWidth(width - margins) + buttons->sizeHint().height() + 4 * layout->spacing()
        + layout->contentsMargins().top() + layout->contentsMargins().bottom();
    const int height = qMin(screen.height() * 9 / 10, contentHeight + chrome);
    m_table->setMinimumSize(qMin(contentWidth, width - margins), qMin(contentHeight, height - chrome));
    resize(width, height);
}

int MergeDialog::rowCount() const
{
    return m_table->rowCount();
}

bool MergeDialog::keepsMine(int row) const
{
    const auto* c = qobject_cast<QComboBox*>(m_table->cellWidget(row, KeepColumn));
    return !c || c->currentData().toBool();
}

void MergeDialog::setKeepsMine(int row, bool mine)
{
    if (auto* c = qobject_cast<QComboBox*>(m_table->cellWidget(row, KeepColumn)))
        c->setCurrentIndex(mine ? 0 : 1);
}

} // namespace statelens::ui
