// SPDX-License-Identifier: GPL-3.0-or-later
#include "centreview.h"

#include "common/formatting.h"
#include "common/wordelidedelegate.h"
#include "json/jsonstyle.h"
#include "logs/logpage.h"
#include "namespaces/namespacepage.h"
#include "tasks/taskspage.h"
#include "util/executor.h"
#include "views/backupmodel.h"
#include "views/batchfeaturemodel.h"
#include "views/jsonviewpage.h"
#include "views/problemmodel.h"
#include "views/tablepage.h"
#include "views/welcomepage.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

namespace statelens::ui {

CentreView::CentreView(EditController* edits, QWidget* parent)
    : QStackedWidget(parent),
      m_edits(edits),
      m_welcome(new WelcomePage(this)),
      m_message(new QLabel(this)),
      m_namespace(new NamespacePage(edits, this)),
      m_tasks(new TasksPage(this)),
      m_logs(new LogPage(this)),
      m_problemModel(new ProblemModel(this)),
      m_problems(new TablePage(m_problemModel, QStringLiteral("problems"), this)),
      m_backupModel(new BackupModel(this)),
      m_backups(nullptr),
      m_batchModel(new BatchFeatureModel(this)),
      m_batch(new TablePage(m_batchModel, QStringLiteral("batch"), this)),
      m_report(new JsonViewPage(this))
{
    auto* backupSort = new QSortFilterProxyModel(this);
    backupSort->setSourceModel(m_backupModel);
    backupSort->setSortRole(BackupModel::SortRole);
    m_backups = new TablePage(backupSort, QStringLiteral("backups"), this);
    m_backups->table()->setSortingEnabled(true);
    m_backups->table()->setTextElideMode(Qt::ElideMiddle); // backup names differ at their ends
    m_problems->table()->setItemDelegateForColumn(ProblemModel::MessageColumn, new WordElideDelegate(m_problems->table()));
    m_problems->table()->setTextElideMode(Qt::ElideMiddle); // file paths
    m_backups->table()->sortByColumn(BackupModel::TimeColumn, Qt::DescendingOrder);

    m_message->setObjectName(QStringLiteral("centreMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(fontMetrics().height() * 2);

    for (QWidget* page : { static_cast<QWidget*>(m_welcome), static_cast<QWidget*>(m_message),
                           static_cast<QWidget*>(m_namespace), static_cast<QWidget*>(m_tasks),
                           static_cast<QWidget*>(m_logs), static_cast<QWidget*>(m_problems),
                           static_cast<QWidget*>(m_backups), static_cast<QWidget*>(m_batch),
                           static_cast<QWidget*>(m_report) })
        addWidget(page);

    connect(this, &QStackedWidget::currentChanged, this, [this] { m_tasks->setActive(currentWidget() == m_tasks); });
    connect(m_problems->table(), &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString address = index.data(ProblemModel::AddressRole).toString();
        if (!address.isEmpty())
            Q_EMIT addressActivated(address);
    });
}

void CentreView::setSnapshot(const Snapshot& snapshot)
{
    releaseInBackground(std::exchange(m_snapshot, snapshot));
    m_tasks->setTasks(snapshot.tasks);
    showProblemsData(snapshot);
    showBackupsData(snapshot);
    showBatchData(snapshot);
}

void CentreView::applyLive(const Snapshot& snapshot, const LiveDelta& delta)
{
    releaseInBackground(std::exchange(m_snapshot, snapshot));
    m_tasks->applyTasks(snapshot.tasks, delta.tasks);
    if (delta.problemsChanged)
        showProblemsData(snapshot);
    if (!delta.backups.isEmpty())
        showBackupsData(snapshot);
    if (delta.batchChanged)
        showBatchData(snapshot);
    const QString shown = m_namespace->namespaceName();
    if (shown.isEmpty())
        return;
    const Namespace* now = snapshot.findNamespace(shown);
    if (const KeyDelta* keys = delta.keysOf(shown); keys && now)
        m_namespace->updateNamespace(*now, *keys);
    else if (delta.namespaces.addedIds.contains(shown) && now)
        m_namespace->updateNamespace(*now, diffKeys(Namespace { shown, {} }, *now));
    else if (delta.namespaces.removedIds.contains(shown))
        m_namespace->updateNamespace(Namespace { shown, {} }, KeyDelta { shown, {}, {}, {} });
}

void CentreView::showProblemsData(const Snapshot& snapshot)
{
    m_problemModel->setProblems(snapshot.problems);
    m_problems->setTitle(tr("Problems (%1)").arg(snapshot.problems.size()));
    m_problems->table()->resizeColumnToContents(ProblemModel::SeverityColumn);
    m_problems->table()->setColumnWidth(ProblemModel::MessageColumn, fontMetrics().averageCharWidth() * 60);
    // "Concerns" names the key a problem is about; most problems are about a file, then it is left out.
    const bool anyAddress = std::any_of(snapshot.problems.cbegin(), snapshot.problems.cend(),
                                        [](const Problem& p) { return !p.address.isEmpty(); });
    m_problems->table()->setColumnHidden(ProblemModel::AddressColumn, !anyAddress);
}

void CentreView::showBackupsData(const Snapshot& snapshot)
{
    m_backupModel->setBackups(snapshot.backups);
    m_backups->setTitle(tr("Backups (%1)").arg(snapshot.backups.size()));
    m_backups->setFacts(tr("Unusable backups are greyed out; hover over one to see why."));
    // Every column but the file fits its content; the file takes the rest, elided in the middle.
    for (int c = 0; c < BackupModel::PathColumn; ++c)
        m_backups->table()->resizeColumnToContents(c);
}

void CentreView::showBatchData(const Snapshot& snapshot)
{
    if (snapshot.batch) {
        const Batch& b = *snapshot.batch;
        int done = 0;
        for (const BatchFeature& f : b.features)
            done += f.state == QLatin1String("completed");
        m_batchModel->setFeatures(b.features);
        m_batch->setTitle(tr("Batch %1").arg(b.id));
        m_batch->setFacts(tr("Status %1 · %2 of %3 features completed · current feature %4\nCreated %5 · updated %6")
                              .arg(b.status).arg(done).arg(b.features.size()).arg(b.currentIndex)
                              .arg(formatDateTime(b.createdAt), formatDateTime(b.updatedAt)));
        m_batch->table()->resizeColumnsToContents();
    } else {
        m_batchModel->setFeatures({});
    }
}

void CentreView::showWelcome()
{
    setCurrentWidget(m_welcome);
}

void CentreView::showMessage(const QString& title, const QString& text)
{
    m_message->setText(QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
    setCurrentWidget(m_message);
}

void CentreView::showNamespace(const QString& name, const QString& separator)
{
    if (const Namespace* ns = m_snapshot.findNamespace(name))
        m_namespace->showNamespace(*ns, separator);
    else
        m_namespace->showNamespace(Namespace { name, {} }, separator); // only pending additions so far
    setCurrentWidget(m_namespace);
}

void CentreView::showTasks(const QString& status)
{
    setCurrentWidget(m_tasks); // fills the page first, if its tasks were waiting
    m_tasks->setStatusFilter(status);
}

void CentreView::showLogs(const QList<LogFile>& files, const QString& title)
{
    m_logs->showLogs(files, title);
    setCurrentWidget(m_logs);
}

void CentreView::showReport(int index)
{
    if (index < 0 || index >= m_snapshot.reports.size())
        return;
    const Report& r = m_snapshot.reports[index];
    m_report->showJson(tr("Report %1 \u2014 %2").arg(r.id, r.path),
                       QString::fromUtf8(r.value.toValue().toJson(json::Style::javaScript())));
    setCurrentWidget(m_report);
}

void CentreView::showBackups()
{
    setCurrentWidget(m_backups);
}

void CentreView::showProblems()
{
    setCurrentWidget(m_problems);
}

void CentreView::showBatch()
{
    setCurrentWidget(m_batch);
}

} // namespace statelens::ui
