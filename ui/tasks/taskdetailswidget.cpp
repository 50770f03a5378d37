// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskdetailswidget.h"

#include "common/formatting.h"
#include "common/levelcolors.h"
#include "editor/jsonhighlighter.h"
#include "json/jsonstyle.h"
#include "tasks/tasklogmodel.h"
#include "tasks/tasktablemodel.h"
#include "util/executor.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace statelens::ui {

namespace {
QPlainTextEdit* jsonView(QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(edit->document());
    return edit;
}
} // namespace

TaskDetailsWidget::TaskDetailsWidget(QWidget* parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_statusEdit(new QComboBox(this)),
      m_facts(new QLabel(this)),
      m_error(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_timeline(new QTreeView(this)),
      m_logModel(new TaskLogModel(this)),
      m_result(jsonView(this)),
      m_json(jsonView(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    m_timeline->setObjectName(QStringLiteral("taskTimeline"));
    m_timeline->setModel(m_logModel);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);

    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_result, tr("Result"));
    m_tabs->addTab(m_json, tr("Task JSON"));

    m_statusEdit->setObjectName(QStringLiteral("taskStatusEdit"));
    m_statusEdit->setToolTip(tr("Give the task another status (a pending change, saved with Ctrl+S)"));
    m_statusEdit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_statusEdit);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(statusLabel);
    statusRow->addWidget(m_statusEdit);
    statusRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(statusRow);
    layout->addWidget(m_facts);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    connect(m_statusEdit, &QComboBox::activated, this, [this](int index) {
        if (!m_taskId.isEmpty() && index >= 0)
            Q_EMIT statusChosen(m_taskId, m_statusEdit->itemText(index));
    });
    setTask(nullptr);
}

void TaskDetailsWidget::setStatusChoices(const QStringList& statuses)
{
    m_statusChoices = statuses;
    showStatus(m_statusEdit->currentText());
}

void TaskDetailsWidget::showStatus(const QString& status)
{
    const QSignalBlocker block(m_statusEdit);
    m_statusEdit->clear();
    QStringList items = m_statusChoices;
    if (!status.isEmpty() && !items.contains(status))
        items.prepend(status);
    m_statusEdit->addItems(items);
    m_statusEdit->setCurrentIndex(int(items.indexOf(status)));
}

void TaskDetailsWidget::setStatusEditable(bool editable)
{
    m_statusEditable = editable;
    updateStatusEnabled();
}

void TaskDetailsWidget::updateStatusEnabled()
{
    m_statusEdit->setEnabled(m_statusEditable && m_objectShown && m_ownFile && !m_taskId.isEmpty());
}

void TaskDetailsWidget::setTask(const Task* task)
{
    const quint64 generation = ++m_generation;
    m_taskId = task ? task->id : QString();
    m_ownFile = task && task->file.endsWith(QLatin1String(".json"));
    m_objectShown = false;
    showStatus(task ? task->status : QString());
    updateStatusEnabled();
    if (!task) {
        m_title->setText(tr("Select a task to see its timeline."));
        m_facts->clear();
        m_error->setVisible(false);
        m_logModel->setTask({});
        m_result->clear();
        m_json->clear();
        m_tabs->setEnabled(false);
        return;
    }
    m_tabs->setEnabled(true);
    m_title->setText(task->description.isEmpty() ? task->id : task->description);
    const qint64 ms = TaskTableModel::durationMs(*task);
    m_facts->setText(tr("ID %1 · status %2 · tool %3\nCreated %4 · started %5 · completed %6 · duration %7\n%8")
                         .arg(task->id, task->status, task->tool, formatDateTime(task->createdAt),
                              formatDateTime(task->startedAt), formatDateTime(task->completedAt),
                              ms < 0 ? QStringLiteral("\u2014") : formatDuration(ms), task->file));
    m_error->setVisible(!task->error.isEmpty());
    if (!task->error.isEmpty()) {
        m_error->setText(tr("Error: %1").arg(task->error));
        QPalette p = m_error->palette();
        p.setColor(QPalette::WindowText, levelColor(QStringLiteral("error"), palette()));
        m_error->setPalette(p);
    }
    if (!task->value.isDeferred()) {
        showObject(task->value.toValue());
        return;
    }
    // A task file is read again for its whole object (the folder was read for summaries only).
    m_logModel->setTask({});
    m_result->setPlainText(tr("Reading the task file\u2026"));
    m_json->clear();
    auto* watcher = new QFutureWatcher<json::JsonValue>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showObject(watcher->result());
    });
    watcher->setFuture(runInBackground([value = task->value] { return value.toValue(); }, Priority::Interactive));
}

void TaskDetailsWidget::showObject(const json::JsonValue& value)
{
    if (value.isNull()) {
        // The file went away or stopped parsing since the folder was read; the live reload follows.
        m_logModel->setTask({});
        m_result->setPlainText(tr("The task file could not be read again: it was removed or changed since "
                                  "the folder was read."));
        m_json->clear();
        m_tabs->setTabText(0, tr("Timeline (%1)").arg(0));
        updateStatusEnabled();
        Q_EMIT loaded();
        return;
    }
    m_logModel->setTask(value);
    m_timeline->expandToDepth(-1);
    const json::JsonValue* result = value.member(QStringLiteral("result"));
    m_result->setPlainText(result ? QString::fromUtf8(result->toJson(json::Style::javaScript()))
                                  : tr("No result recorded."));
    m_json->setPlainText(QString::fromUtf8(value.toJson(json::Style::javaScript())));
    m_tabs->setTabText(0, tr("Timeline (%1)").arg(m_logModel->rowCount()));
    m_objectShown = true;
    updateStatusEnabled();
    Q_EMIT loaded();
}

} // namespace statelens::ui
