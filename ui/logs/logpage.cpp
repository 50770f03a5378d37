// SPDX-License-Identifier: GPL-3.0-or-later
#include "logpage.h"

#include "common/elidedlabel.h"
#include "common/wordelidedelegate.h"
#include "logs/logfilterproxy.h"
#include "logs/logloader.h"
#include "logs/logrecordmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QCheckBox>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace statelens::ui {

LogPage::LogPage(QWidget* parent)
    : QWidget(parent),
      m_loader(new LogLoader(this)),
      m_model(new LogRecordModel(this)),
      m_proxy(new LogFilterProxy(this)),
      m_title(new ElidedLabel(this)),
      m_level(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_errors(new QLabel(this)),
      m_table(new QTableView(this)),
      m_follow(new QCheckBox(tr("&Follow"), this)),
      m_followTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_title->setObjectName(QStringLiteral("logTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_level->setObjectName(QStringLiteral("logLevelFilter"));
    m_level->setAccessibleName(tr("Level filter"));
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search in the log"));
    m_search->setClearButtonEnabled(true);
    m_errors->setWordWrap(true);
    m_errors->setVisible(false);

    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(LogRecordModel::MessageColumn, new WordElideDelegate(m_table));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QHBoxLayout;
    auto* levelLabel = new QLabel(tr("&Level:"), this);
    levelLabel->setBuddy(m_level);
    bar->addWidget(m_title);
    bar->addStretch();
    bar->addWidget(levelLabel);
    bar->addWidget(m_level);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    m_follow->setObjectName(QStringLiteral("logFollow"));
    m_follow->setToolTip(tr("Read the log again every second and keep the newest lines in view"));
    bar->addWidget(m_follow);
    m_followTimer->setInterval(1000);
    connect(m_followTimer, &QTimer::timeout, this, [this] {
        if (!m_files.isEmpty() && !m_loader->isLoading() && isVisible()) {
            m_refreshing = true;
            m_loader->load(m_files);
        }
    });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_followTimer->start();
            m_table->scrollToBottom();
        } else {
            m_followTimer->stop();
        }
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_errors);
    layout->addWidget(m_table, 1);

    connect(m_loader, &LogLoader::loaded, this, &LogPage::onLoaded);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setLevel(m_level->currentData().toString());
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& t) {
        m_proxy->setText(t);
        updateCount();
    });
}

void LogPage::showLogs(const QList<LogFile>& files, const QString& title)
{
    m_title->setText(title);
    m_count->setText(tr("Reading\u2026"));
    m_files = files;
    m_refreshing = false;
    m_loader->load(files);
}

void LogPage::onLoaded(const QList<LogRecord>& records, const QStringList& errors)
{
    const bool refresh = std::exchange(m_refreshing, false);
    if (refresh && records.size() == m_model->rowCount())
        return; // nothing new while following
    const QString level = refresh ? m_level->currentData().toString() : QString();
    m_model->setRecords(records);
    const QSignalBlocker block(m_level);
    m_level->clear();
    m_level->addItem(tr("All levels"), QString());
    for (const QString& l : m_model->levels())
        m_level->addItem(l, l);
    m_level->setCurrentIndex(qMax(0, m_level->findData(level)));
    m_proxy->setLevel(level);
    if (m_follow->isChecked())
        m_table->scrollToBottom();
    m_errors->setVisible(!errors.isEmpty());
    m_errors->setText(errors.join(QChar(u'\n')));
    m_table->resizeColumnToContents(LogRecordModel::TimeColumn);
    m_table->resizeColumnToContents(LogRecordModel::LevelColumn);
    m_table->setColumnWidth(LogRecordModel::MessageColumn, m_table->viewport()->width() / 2);
    updateCount();
    if (m_showLine > 0)
        showLine(m_showLine);
    Q_EMIT logsShown();
}

void LogPage::showLine(int line)
{
    m_showLine = line;
    if (m_loader->isLoading())
        return;
    const QList<LogRecord>& records = m_model->records();
    for (int r = 0; r < records.size(); ++r) {
        if (records[r].line != line)
            continue;
        const QModelIndex i = m_proxy->mapFromSource(m_model->index(r, LogRecordModel::MessageColumn));
        if (!i.isValid())
            break; // filtered out
        m_table->setCurrentIndex(i);
        m_table->scrollTo(i, QAbstractItemView::PositionAtCenter);
        break;
    }
    m_showLine = 0;
}

void LogPage::updateCount()
{
    m_count->setText(tr("%1 of %2 lines").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

} // namespace statelens::ui
