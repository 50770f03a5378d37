// SPDX-License-Identifier: GPL-3.0-or-later
#include "applypage.h"

#include "backup/restoreengine.h"
#include "backup/restorewizard.h"
#include "util/executor.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace statelens::ui {

ApplyPage::ApplyPage(RestoreWizard* wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_result(new QLabel(this)),
      m_undo(new QPushButton(tr("&Undo"), this))
{
    setObjectName(QStringLiteral("applyPage"));
    setTitle(tr("Restoring"));
    m_progress->setRange(0, 100);
    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setToolTip(tr("Put back the state as it was before this restore, from the safety backup"));
    m_undo->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addSpacing(12);
    layout->addWidget(m_result);
    layout->addWidget(m_undo, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_undo, &QPushButton::clicked, this, &ApplyPage::undo);
}

ApplyPage::~ApplyPage()
{
    // The worker only touches its own copies and the disk; wait so that it does not outlive the page.
    if (m_watcher)
        m_watcher->waitForFinished();
}

void ApplyPage::start(std::function<Outcome()> work)
{
    m_done = false;
    Q_EMIT completeChanged();
    m_progress->setValue(0);
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &ApplyPage::finished);
    m_watcher->setFuture(runInBackground(std::move(work)));
}

void ApplyPage::initializePage()
{
    m_undoing = false;
    m_undo->hide();
    m_result->clear();
    QPointer<ApplyPage> self(this);
    backup::RestoreOptions options;
    options.progress = [self](int percent, const QString& what) {
        QMetaObject::invokeMethod(
            qApp,
            [self, percent, what] {
                if (self) {
                    self->m_progress->setValue(percent);
                    self->m_status->setText(what);
                }
            },
            Qt::QueuedConnection);
    };
    const QString path = m_wizard->statePath();
    const QString exportFolder = m_wizard->exportFolder;
    const backup::RestoreScope scope = m_wizard->scope;
    const backup::RestorePlan plan = *m_wizard->plan();
    start([path, exportFolder, scope, plan, options]() {
        Outcome o;
        Result<backup::RestoreOutcome> r = Error { Error::Kind::Io, QString() };
        if (!exportFolder.isEmpty()) {
            r = backup::exportRestored(path, plan.backup.id, scope, exportFolder, options);
        } else {
            auto source = openSource(path);
            if (!source)
                r = source.error();
            else if (!source.value())
                r = Error { Error::Kind::Unsupported, ApplyPage::tr("this kind of state cannot be written"), path };
            else
                r = backup::executeRestore(*source.value(), plan, options);
        }
        if (!r) {
            o.error = r.error();
            return o;
        }
        o.entries = r->entries;
        o.backupId = r->backupId;
        o.safetyId = r->safetyId;
        o.root = r->root;
        o.files = r->files;
        o.keptAside = r->keptAside;
        return o;
    });
}

void ApplyPage::undo()
{
    m_undoing = true;
    m_undo->setEnabled(false);
    const QString path = m_wizard->statePath();
    const QString safety = m_safetyId;
    start([path, safety]() {
        Outcome o;
        backup::RestoreOptions options;
        options.action = QStringLiteral("undo");
        auto r = backup::restoreBackup(path, safety, {}, options);
        if (!r) {
            o.error = r.error();
            return o;
        }
        o.entries = r->entries;
        o.backupId = r->backupId;
        o.safetyId = r->safetyId;
        o.files = r->files;
        o.keptAside = r->keptAside;
        return o;
    });
}

void ApplyPage::finished()
{
    const Outcome o = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_progress->setValue(100);
    m_done = true;
    if (o.error) {
        setTitle(m_undoing ? tr("Undo failed") : tr("Restore failed"));
        m_result->setText(o.error->toString());
        m_undo->setEnabled(!m_safetyId.isEmpty());
    } else if (m_undoing) {
        setTitle(tr("Undone"));
        m_result->setText(tr("Undone: put back %1 entries from safety backup %2").arg(o.entries).arg(o.backupId));
        m_undo->hide();
    } else {
        setTitle(tr("Restored"));
        m_safetyId = o.safetyId;
        if (o.files.isEmpty())
            m_result->setText(tr("Nothing to restore: the state already matches %1").arg(o.backupId));
        else if (!m_wizard->exportFolder.isEmpty())
            m_result->setText(tr("Restored %1 entries from %2 into %3; the state itself was not changed").arg(o.entries).arg(o.backupId, o.root));
        else
            m_result->setText(tr("Restored %1 entries from %2; safety backup %3").arg(o.entries).arg(o.backupId, o.safetyId) + u'\n'
                              + tr("What was written was read back and checked."));
        for (const QString& aside : o.keptAside)
            m_result->setText(m_result->text() + u'\n' + tr("The damaged file's bytes are kept in %1.").arg(aside));
        m_undo->setVisible(m_wizard->exportFolder.isEmpty() && !o.safetyId.isEmpty());
        m_undo->setEnabled(true);
    }
    if (!o.error && m_wizard->exportFolder.isEmpty())
        Q_EMIT m_wizard->stateChanged();
    Q_EMIT completeChanged();
}

bool ApplyPage::isComplete() const
{
    return m_done;
}

QString ApplyPage::result() const
{
    return m_result->text();
}

} // namespace statelens::ui
