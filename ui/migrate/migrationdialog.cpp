// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationdialog.h"

#include "backup/diffmodel.h"
#include "backup/diffview.h"
#include "migrate/migrationeffects.h"
#include "migrate/schemawording.h"
#include "util/executor.h"

#include <QColor>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFont>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>

namespace statelens::ui {

namespace {
struct ApplyResult
{
    std::optional<migrate::Outcome> outcome;
    Error error;
};

struct RollbackResult
{
    std::optional<migrate::RollbackOutcome> outcome;
    Error error;
};

QString brief(const json::JsonValue& v)
{
    const QString s = QString::fromUtf8(v.toCompactJson());
    return s.size() > 120 ? s.left(119) + QChar(0x2026) : s;
}

QString pointerText(const json::Pointer& p)
{
    return p.isRoot() ? QStringLiteral("/") : p.toString();
}

void merge(diff::DiffResult& into, const diff::DiffResult& more)
{
    into.entries += more.entries;
    into.added += more.added;
    into.removed += more.removed;
    into.changed += more.changed;
}

/// Effects list rows: what a row is, for the colour and for tests.
enum EffectKind { StepHeader, Note, Dropped, Moved, NothingLost };
constexpr int EffectKindRole = Qt::UserRole + 1;
} // namespace

MigrationDialog::MigrationDialog(
    const QString& path, const migrate::MigratorOptions& options, QWidget* parent)
    : QDialog(parent)
    , m_path(path)
    , m_options(options)
    , m_version(new QLabel(this))
    , m_file(new QLabel(this))
    , m_target(new QComboBox(this))
    , m_plan(new QListWidget(this))
    , m_effects(new QListWidget(this))
    , m_diff(new DiffView(this))
    , m_logView(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply Migration"), this))
    , m_rollback(new QPushButton(tr("&Roll Back\u2026"), this))
    , m_openLog(new QPushButton(tr("Open &Log"), this))
    , m_close(new QPushButton(tr("&Close"), this))
{
    setObjectName(QStringLiteral("migrationDialog"));
    setWindowTitle(tr("Schema Migrations"));
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_plan->setObjectName(QStringLiteral("planList"));
    m_effects->setObjectName(QStringLiteral("effectsList"));
    m_diff->setObjectName(QStringLiteral("stepDiff"));
    m_logView->setObjectName(QStringLiteral("logView"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));
    m_openLog->setObjectName(QStringLiteral("openLogButton"));
    m_version->setObjectName(QStringLiteral("versionLabel"));
    m_version->setWordWrap(true);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_effects->setWordWrap(true);
    m_effects->setSelectionMode(QAbstractItemView::NoSelection);
    m_diff->model()->setSideNames(tr("Before the step"), tr("After the step"));

    m_logView->setReadOnly(true);
    m_logView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_logView->hide();
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_openLog->setEnabled(false);
    m_rollback->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("State file:"), m_file);
    form->addRow(tr("Schema:"), m_version);
    form->addRow(tr("Migrate to:"), m_target);

    auto* stepBox = new QWidget(this);
    auto* stepLayout = new QVBoxLayout(stepBox);
    stepLayout->setContentsMargins(0, 0, 0, 0);
    stepLayout->addWidget(new QLabel(tr("Steps (select one to see its diff):"), stepBox));
    stepLayout->addWidget(m_plan, 1);
    auto* effectsBox = new QWidget(this);
    auto* effectsLayout = new QVBoxLayout(effectsBox);
    effectsLayout->setContentsMargins(0, 0, 0, 0);
    effectsLayout->addWidget(new QLabel(tr("Notes, and values each step drops or moves:"), effectsBox));
    effectsLayout->addWidget(m_effects, 1);
    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(stepBox);
    top->addWidget(effectsBox);
    top->setStretchFactor(1, 2);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_diff);
    splitter->addWidget(m_logView);
    splitter->setStretchFactor(1, 3);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_rollback, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openLog, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Plan and dry-run diff (nothing is written until Apply):"), this));
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_target, &QComboBox::currentIndexChanged, this, &MigrationDialog::showPreview);
    connect(m_plan, &QListWidget::currentRowChanged, this, &MigrationDialog::showStep);
    connect(m_apply, &QPushButton::clicked, this, &MigrationDialog::apply);
    connect(m_rollback, &QPushButton::clicked, this, &MigrationDialog::rollback);
    connect(m_openLog, &QPushButton::clicked, this, &MigrationDialog::openLog);
    connect(m_close, &QPushButton::clicked, this, &MigrationDialog::reject);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 40);
    reopen();
}

MigrationDialog::~MigrationDialog() = default;

void MigrationDialog::reject()
{
    if (!m_applying) // the worker writes files; closing waits until it is done
        QDialog::reject();
}

void MigrationDialog::reopen()
{
    auto m = migrate::Migrator::open(m_path, m_options);
    const QSignalBlocker block(m_target);
    m_target->clear();
    if (!m) {
        m_migrator.reset();
        m_version->setText(tr("unknown"));
        m_file->setText(m_path);
        setMessage(m.error().toString(), true);
        m_apply->setEnabled(false);
        m_rollback->setEnabled(false);
        return;
    }
    m_migrator.emplace(std::move(m.value()));
    const migrate::Subject& s = m_migrator->subject();
    m_file->setText(s.file);
    const QStringList newer = m_migrator->newerTargets();
    m_version->setText(tr("%1 \u2014 %2")
                           .arg(SchemaWording::text(s.version, newer.isEmpty() ? QString() : newer.last()),
                               s.versionOrigin));
    const QStringList targets = m_migrator->targets();
    for (const QString& t : targets)
        m_target->addItem(tr("v%1").arg(t), t);
    m_target->addItem(tr("v%1 (current)").arg(s.version), s.version);
    m_target->setCurrentIndex(newer.isEmpty() ? m_target->count() - 1 : m_target->findData(newer.last()));
    showPreview();
    updateRollback();
}

void MigrationDialog::showPreview()
{
    m_preview.reset();
    {
        const QSignalBlocker block(m_plan);
        m_plan->clear();
    }
    m_effects->clear();
    m_diff->setDiff({});
    if (!m_migrator)
        return;
    const QString target = m_target->currentData().toString();
    auto preview = m_migrator->dryRun(target);
    if (!preview) {
        setMessage(preview.error().toString(), true);
        m_apply->setEnabled(false);
        return;
    }
    if (preview->noop) {
        m_plan->addItem(tr("Already at version %1: nothing to do.").arg(target));
        setMessage(m_migrator->problems().isEmpty() ? QString() : m_migrator->problems().first().toString(),
            !m_migrator->problems().isEmpty());
        m_apply->setEnabled(false);
        return;
    }
    m_preview = std::move(preview.value());
    {
        const QSignalBlocker block(m_plan);
        int n = 0;
        for (const migrate::StepReport& s : std::as_const(m_preview->steps)) {
            auto* item = new QListWidgetItem(tr("%1. %2 \u2192 %3: %4 (%5)")
                                                 .arg(++n)
                                                 .arg(s.from, s.to, s.description,
                                                     s.origin == QLatin1String("built-in")
                                                         ? tr("built-in")
                                                         : QFileInfo(s.origin).fileName()),
                m_plan);
            item->setToolTip(s.origin);
        }
    }
    showEffects();
    m_plan->setCurrentRow(0); // shows the first step's diff
    showStep(0);
    setMessage(tr("Dry run: %n change(s) in the state file; nothing has been written.", nullptr,
                   int(m_preview->changes.size())),
        false);
    m_apply->setEnabled(!m_applying);
}

void MigrationDialog::showEffects()
{
    m_effects->clear();
    if (!m_preview)
        return;
    const QPalette pal = palette();
    auto add = [this](const QString& text, EffectKind kind) {
        auto* item = new QListWidgetItem(text, m_effects);
        item->setData(EffectKindRole, int(kind));
        return item;
    };
    auto addFates = [&](const QString& file, const QList<diff::ValueChange>& changes) {
        int n = 0;
        for (const migrate::ValueFate& f : migrate::valueFates(changes)) {
            ++n;
            const QString where = file.isEmpty() ? pointerText(f.from) : tr("%1 in %2").arg(pointerText(f.from), file);
            if (f.kind == migrate::ValueFate::Kind::Dropped) {
                auto* item = add(tr("Dropped: %1 (was %2); only the pre-migration backup keeps it")
                                     .arg(where, brief(f.value)),
                    Dropped);
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            } else {
                add(tr("Moved: %1 \u2192 %2 (%3)").arg(where, pointerText(f.to), brief(f.value)), Moved);
            }
        }
        return n;
    };
    int n = 0;
    for (const migrate::StepReport& s : std::as_const(m_preview->steps)) {
        auto* header = add(tr("Step %1: %2 \u2192 %3").arg(++n).arg(s.from, s.to), StepHeader);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        for (const QString& note : s.notes)
            add(tr("Note: %1").arg(note), Note);
        int fates = addFates({}, s.changes);
        for (const auto& [file, changes] : s.taskChanges)
            fates += addFates(tr("tasks/%1").arg(file), changes);
        if (fates == 0 && s.notes.isEmpty())
            add(tr("Nothing is dropped or moved; values are only added or changed."), NothingLost)
                ->setForeground(pal.color(QPalette::Disabled, QPalette::Text));
    }
}

void MigrationDialog::showStep(int row)
{
    if (!m_preview || row < 0 || row >= m_preview->steps.size()) {
        m_diff->setDiff({});
        return;
    }
    const migrate::StepReport& s = m_preview->steps[row];
    diff::DiffResult d = migrate::asEntryDiff(
        QFileInfo(m_migrator->subject().file).fileName(), s.changes, s.touchedBefore, s.touchedAfter);
    for (const auto& [file, changes] : s.taskChanges)
        merge(d, migrate::asEntryDiff(tr("tasks/%1").arg(file), changes));
    m_diff->setDiff(d);
}

void MigrationDialog::setBusy(bool busy)
{
    m_applying = busy;
    m_target->setEnabled(!busy);
    m_close->setEnabled(!busy);
    if (busy) {
        m_apply->setEnabled(false);
        m_rollback->setEnabled(false);
    }
}

void MigrationDialog::apply()
{
    if (!m_migrator || m_applying)
        return;
    setBusy(true);
    m_progress->setValue(0);
    m_progress->show();
    const QString target = m_target->currentData().toString();
    migrate::Migrator migrator = *m_migrator;
    QPointer<QProgressBar> bar = m_progress;
    QPointer<QLabel> label = m_message;
    auto* watcher = new QFutureWatcher<ApplyResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const ApplyResult r = watcher->result();
        watcher->deleteLater();
        finishApply(r.outcome, r.error);
    });
    watcher->setFuture(runInBackground([migrator, target, bar, label]() mutable {
        auto outcome = migrator.apply(target, [bar, label](int percent, const QString& what) {
            QMetaObject::invokeMethod(
                bar,
                [bar, label, percent, what] {
                    if (bar)
                        bar->setValue(percent);
                    if (label)
                        label->setText(what);
                },
                Qt::QueuedConnection);
        });
        ApplyResult r;
        if (outcome)
            r.outcome = outcome.value();
        else
            r.error = outcome.error();
        return r;
    }));
}

void MigrationDialog::finishApply(const std::optional<migrate::Outcome>& outcome, const Error& error)
{
    setBusy(false);
    if (!outcome) {
        m_progress->hide();
        setMessage(tr("Nothing was migrated: %1").arg(error.toString()), true);
        m_apply->setEnabled(true);
        updateRollback();
        return;
    }
    m_progress->setValue(100);
    m_log = outcome->log;
    m_openLog->setEnabled(!m_log.isEmpty());
    m_logView->setPlainText(outcome->logText);
    m_logView->setVisible(!outcome->logText.isEmpty());
    reopen();
    if (outcome->noop)
        setMessage(tr("Already at version %1: nothing to do.").arg(outcome->to), false);
    else
        setMessage(tr("Migrated from %1 to %2. The state before is in %3; the log is %4.")
                       .arg(outcome->from, outcome->to, QFileInfo(outcome->backup).fileName(),
                           QFileInfo(outcome->log).fileName()),
            false);
    if (!outcome->noop)
        Q_EMIT migrated(outcome->log);
}

void MigrationDialog::updateRollback()
{
    if (!m_migrator || m_applying) {
        m_rollback->setEnabled(false);
        return;
    }
    // Reads the backup and the state file: small files (a batch state, a StatefulObject, state.json).
    const auto preview = m_migrator->rollbackPreview();
    m_rollback->setEnabled(preview && !preview->unchanged);
    if (!preview)
        m_rollback->setToolTip(tr("Nothing to roll back: %1").arg(preview.error().message));
    else if (preview->unchanged)
        m_rollback->setToolTip(tr("The state file already has the bytes of %1.")
                                   .arg(QFileInfo(preview->restoredFrom).fileName()));
    else
        m_rollback->setToolTip(tr("Restore %1 from %2 (%n value(s) change)", nullptr, int(preview->changes.size()))
                                   .arg(QFileInfo(preview->file).fileName(), QFileInfo(preview->restoredFrom).fileName()));
}

bool MigrationDialog::askRollback(const migrate::RollbackOutcome& preview)
{
    QMessageBox box(QMessageBox::Question, tr("Roll Back Migration"),
        tr("Restore %1 byte for byte from the pre-migration backup %2?")
            .arg(QFileInfo(preview.file).fileName(), QFileInfo(preview.restoredFrom).fileName()),
        QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("rollbackConfirm"));
    box.setInformativeText(
        tr("%n value(s) change. The state as it is now is kept as a backup first.", nullptr, int(preview.changes.size())));
    QPushButton* go = box.addButton(tr("&Roll Back"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

void MigrationDialog::rollback()
{
    if (!m_migrator || m_applying)
        return;
    const auto preview = m_migrator->rollbackPreview();
    if (!preview || preview->unchanged) {
        updateRollback();
        return;
    }
    if (!askRollback(preview.value()))
        return;
    setBusy(true);
    m_progress->setRange(0, 0);
    m_progress->show();
    migrate::Migrator migrator = *m_migrator;
    auto* watcher = new QFutureWatcher<RollbackResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const RollbackResult r = watcher->result();
        watcher->deleteLater();
        finishRollback(r.outcome, r.error);
    });
    watcher->setFuture(runInBackground([migrator]() mutable {
        auto outcome = migrator.rollback(); // the one write path: lock, safety copy, atomic write
        RollbackResult r;
        if (outcome)
            r.outcome = outcome.value();
        else
            r.error = outcome.error();
        return r;
    }));
}

void MigrationDialog::finishRollback(const std::optional<migrate::RollbackOutcome>& outcome, const Error& error)
{
    setBusy(false);
    m_progress->setRange(0, 100);
    m_progress->hide();
    if (!outcome) {
        setMessage(tr("Nothing was rolled back: %1").arg(error.toString()), true);
        updateRollback();
        showPreview();
        return;
    }
    reopen();
    setMessage(tr("Rolled back: %1 has the bytes of %2 again; the state before is kept in %3.")
                   .arg(QFileInfo(outcome->file).fileName(), QFileInfo(outcome->restoredFrom).fileName(),
                       outcome->safetyCopy),
        false);
    Q_EMIT rolledBack(outcome->restoredFrom);
}

void MigrationDialog::openLog()
{
    if (!m_log.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_log));
}

void MigrationDialog::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace statelens::ui
