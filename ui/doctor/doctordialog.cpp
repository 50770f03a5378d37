// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctordialog.h"

#include "util/executor.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace statelens::ui {

namespace {
enum Column { What, Where, Meaning, Fix };
constexpr int FindingIndexRole = Qt::UserRole + 1;

/// What a background job hands back (QFuture needs a default-constructible result).
struct Checked
{
    std::optional<Result<doctor::Diagnosis>> diagnosis;
    doctor::RepairOutcome repairs;
};

QIcon severityIcon(const QStyle* style, Problem::Severity s)
{
    switch (s) {
    case Problem::Severity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Problem::Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Problem::Severity::Error:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxCritical);
}
} // namespace

DoctorDialog::DoctorDialog(const QString& path, QWidget* parent)
    : QDialog(parent)
    , m_path(path)
    , m_status(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_repair(m_buttons->addButton(tr("&Repair Selected"), QDialogButtonBox::ActionRole))
{
    setWindowTitle(tr("Check and Repair"));
    m_status->setObjectName(QStringLiteral("doctorStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("doctorFindings"));
    m_list->setHeaderLabels({ tr("What"), tr("Where"), tr("What it means"), tr("Proposed fix") });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformRowHeights(true);
    // Rows stay one line each (so that a dozen fit); the current one is shown in full below the list.
    m_details->setObjectName(QStringLiteral("doctorDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(What, 300);
    m_list->setColumnWidth(Where, 260);
    m_list->setColumnWidth(Meaning, 340);
    m_progress->setObjectName(QStringLiteral("doctorProgress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_repair->setObjectName(QStringLiteral("doctorRepair"));
    m_repair->setToolTip(tr("Apply the checked fixes; each backs up what it changes first"));
    m_repair->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(1300, 640);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_repair, &QPushButton::clicked, this, &DoctorDialog::repairSelected);
    connect(m_list, &QTreeWidget::itemChanged, this, &DoctorDialog::updateRepairButton);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DoctorDialog::showDetails);
}

void DoctorDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_checkedOnce) {
        m_checkedOnce = true;
        check();
    }
}

void DoctorDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void DoctorDialog::check()
{
    if (m_busy)
        return;
    setBusy(true);
    m_status->setText(tr("Checking %1\u2026").arg(m_path));
    auto* watcher = new QFutureWatcher<Checked>(this);
    connect(watcher, &QFutureWatcher<Checked>::finished, this, [this, watcher] {
        watcher->deleteLater();
        setBusy(false);
        showDiagnosis(*watcher->result().diagnosis);
    });
    watcher->setFuture(runInBackground([path = m_path] { return Checked { doctor::diagnose(path), {} }; }));
}

void DoctorDialog::repairSelected()
{
    QList<doctor::Finding> chosen;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        const int index = item->data(What, FindingIndexRole).toInt();
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState(What) == Qt::Checked)
            chosen.append(m_findings.at(index));
    }
    if (chosen.isEmpty() || m_busy)
        return;
    setBusy(true);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Repairing\u2026"));
    QPointer<DoctorDialog> self(this);
    doctor::RepairOptions options;
    options.progress = [self](int percent, const QString& what) {
        QObject* context = self.data();
        if (!context)
            return;
        QMetaObject::invokeMethod(
            context,
            [self, percent, what] {
                if (self) {
                    self->m_progress->setValue(percent);
                    self->m_progress->setFormat(QStringLiteral("%p% ") + what);
                }
            },
            Qt::QueuedConnection);
    };
    auto* watcher = new QFutureWatcher<Checked>(this);
    connect(watcher, &QFutureWatcher<Checked>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Checked result = watcher->result();
        setBusy(false);
        m_progress->hide();
        QStringList lines;
        for (const doctor::RepairStep& s : result.repairs.steps) {
            if (s.applied)
                lines.append(tr("Fixed: %1 (backup: %2)")
                                 .arg(s.finding.summary, s.backups.join(QStringLiteral(", "))));
            else
                lines.append(tr("Not fixed: %1: %2").arg(s.finding.summary, s.error->toString()));
        }
        showDiagnosis(*result.diagnosis, lines.join(u'\n'));
        if (result.repairs.applied() > 0)
            Q_EMIT repaired();
    });
    watcher->setFuture(runInBackground([path = m_path, chosen, options] {
        Checked out;
        out.repairs = doctor::repair(path, chosen, options);
        out.diagnosis = doctor::diagnose(path);
        return out;
    }));
}

void DoctorDialog::showDiagnosis(const Result<doctor::Diagnosis>& result, const QString& before)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_findings.clear();
    QString status;
    if (!result) {
        status = tr("The state could not be checked: %1").arg(result.error().toString());
    } else {
        const doctor::Diagnosis& d = result.value();
        m_findings = d.findings;
        if (d.findings.isEmpty())
            status = tr("No problems found.");
        else
            status = tr(
                "%1 error(s), %2 warning(s), %3 note(s). Checked fixes are applied by Repair Selected; the "
                "others need you.")
                         .arg(d.count(Problem::Severity::Error))
                         .arg(d.count(Problem::Severity::Warning))
                         .arg(d.count(Problem::Severity::Info));
        for (qsizetype i = 0; i < d.findings.size(); ++i) {
            const doctor::Finding& f = d.findings.at(i);
            auto* item = new QTreeWidgetItem(m_list);
            item->setIcon(What, severityIcon(style(), f.severity));
            item->setText(What, f.summary);
            item->setToolTip(What, f.summary);
            item->setData(What, FindingIndexRole, int(i));
            item->setText(Where, f.location());
            item->setToolTip(Where, f.location());
            item->setText(Meaning, f.meaning);
            item->setToolTip(Meaning, f.meaning);
            item->setText(Fix,
                f.safe && f.fix != doctor::FixKind::None ? tr("Safe fix: %1").arg(f.fixText)
                                                         : tr("Needs you: %1").arg(f.fixText));
            item->setToolTip(Fix, item->text(Fix));
            // Only safe fixes get a checkbox (a QTreeWidgetItem is user-checkable by default).
            if (f.safe && f.fix != doctor::FixKind::None)
                item->setCheckState(What, Qt::Checked);
            else
                item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        }
    }
    m_status->setText(before.isEmpty() ? status : before + u'\n' + status);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showDetails();
    updateRepairButton();
    Q_EMIT diagnosed();
}

void DoctorDialog::showDetails()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item) {
        m_details->clear();
        return;
    }
    const doctor::Finding& f = m_findings.at(item->data(What, FindingIndexRole).toInt());
    const bool safe = f.safe && f.fix != doctor::FixKind::None;
    m_details->setText(
        tr("%1\n%2\nWhat it means: %3\n%4: %5")
            .arg(f.summary, f.location(), f.meaning, safe ? tr("Safe fix") : tr("Needs you"), f.fixText));
}

void DoctorDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_list->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
    updateRepairButton();
}

void DoctorDialog::updateRepairButton()
{
    bool any = false;
    for (int i = 0; i < m_list->topLevelItemCount() && !any; ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        any = (item->flags() & Qt::ItemIsUserCheckable) && item->checkState(What) == Qt::Checked;
    }
    m_repair->setEnabled(any && !m_busy);
}

} // namespace statelens::ui
