// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationdialog.h"

#include "util/executor.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace statelens::ui {

namespace {
struct ApplyResult
{
    std::optional<migrate::Outcome> outcome;
    Error error;
};

QString changeName(diff::ChangeKind kind)
{
    switch (kind) {
    case diff::ChangeKind::Added:
        return MigrationDialog::tr("added");
    case diff::ChangeKind::Removed:
        return MigrationDialog::tr("removed");
    case diff::ChangeKind::Changed:
        return MigrationDialog::tr("changed");
    case diff::ChangeKind::TypeChanged:
        return MigrationDialog::tr("type changed");
    }
    return {};
}

QString brief(const json::JsonValue& v)
{
    const QString s = QString::fromUtf8(v.toCompactJson());
    return s.size() > 200 ? s.left(199) + QChar(0x2026) : s;
}

void addChanges(QTreeWidgetItem* parent, const QList<diff::ValueChange>& changes)
{
    for (const diff::ValueChange& c : changes) {
        auto* item = new QTreeWidgetItem(parent);
        item->setText(0, c.pointer.isRoot() ? QStringLiteral("/") : c.pointer.toString());
        item->setText(1, changeName(c.kind));
        item->setText(2, c.kind == diff::ChangeKind::Added ? QString() : brief(c.before));
        item->setText(3, c.kind == diff::ChangeKind::Removed ? QString() : brief(c.after));
    }
}
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
    , m_diff(new QTreeWidget(this))
    , m_logView(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply Migration"), this))
    , m_openLog(new QPushButton(tr("Open &Log"), this))
    , m_close(new QPushButton(tr("&Close"), this))
{
    setObjectName(QStringLiteral("migrationDialog"));
    setWindowTitle(tr("Schema Migrations"));
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_plan->setObjectName(QStringLiteral("planList"));
    m_diff->setObjectName(QStringLiteral("diffTree"));
    m_logView->setObjectName(QStringLiteral("logView"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_openLog->setObjectName(QStringLiteral("openLogButton"));
    m_version->setObjectName(QStringLiteral("versionLabel"));
    m_version->setWordWrap(true);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_diff->setColumnCount(4);
    m_diff->setHeaderLabels({ tr("Path"), tr("Change"), tr("Before"), tr("After") });
    m_diff->setUniformRowHeights(true);
    m_diff->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_logView->setReadOnly(true);
    m_logView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_logView->hide();
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_openLog->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("State file:"), m_file);
    form->addRow(tr("Current version:"), m_version);
    form->addRow(tr("Migrate to:"), m_target);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_plan);
    splitter->addWidget(m_diff);
    splitter->addWidget(m_logView);
    splitter->setStretchFactor(1, 3);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
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
    connect(m_apply, &QPushButton::clicked, this, &MigrationDialog::apply);
    connect(m_openLog, &QPushButton::clicked, this, &MigrationDialog::openLog);
    connect(m_close, &QPushButton::clicked, this, &MigrationDialog::reject);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 36);
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
        return;
    }
    m_migrator.emplace(std::move(m.value()));
    const migrate::Subject& s = m_migrator->subject();
    m_file->setText(s.file);
    m_version->setText(tr("%1 \u2014 %2").arg(s.version, s.versionOrigin));
    const QStringList targets = m_migrator->targets();
    for (const QString& t : targets)
        m_target->addItem(t, t);
    m_target->addItem(tr("%1 (current)").arg(s.version), s.version);
    const QStringList newer = m_migrator->newerTargets();
    m_target->setCurrentIndex(newer.isEmpty() ? m_target->count() - 1 : m_target->findData(newer.last()));
    showPreview();
}

void MigrationDialog::showPreview()
{
    m_plan->clear();
    m_diff->clear();
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
    int n = 0;
    for (const migrate::StepReport& s : preview->steps) {
        auto* item = new QListWidgetItem(
            tr("%1. %2 \u2192 %3: %4 (%5)")
                .arg(++n)
                .arg(s.from, s.to, s.description,
                    s.origin == QLatin1String("built-in") ? tr("built-in") : QFileInfo(s.origin).fileName()),
            m_plan);
        item->setToolTip(s.notes.isEmpty() ? s.origin : s.origin + u'\n' + s.notes.join(u'\n'));
    }
    auto* state = new QTreeWidgetItem(m_diff, { QFileInfo(m_migrator->subject().file).fileName() });
    addChanges(state, preview->changes);
    state->setExpanded(true);
    // Task files: the per-step changes, merged by file.
    QMap<QString, QList<diff::ValueChange>> tasks;
    for (const migrate::StepReport& s : preview->steps)
        for (const auto& [file, changes] : s.taskChanges)
            tasks[file] += changes;
    for (auto it = tasks.cbegin(); it != tasks.cend(); ++it)
        addChanges(new QTreeWidgetItem(m_diff, { tr("tasks/%1").arg(it.key()) }), it.value());
    m_diff->resizeColumnToContents(0);
    setMessage(tr("Dry run: %n change(s) in the state file; nothing has been written.", nullptr,
                   int(preview->changes.size())),
        false);
    m_apply->setEnabled(!m_applying);
}

void MigrationDialog::apply()
{
    if (!m_migrator || m_applying)
        return;
    m_applying = true;
    m_apply->setEnabled(false);
    m_target->setEnabled(false);
    m_close->setEnabled(false);
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
    m_applying = false;
    m_target->setEnabled(true);
    m_close->setEnabled(true);
    if (!outcome) {
        m_progress->hide();
        setMessage(tr("Nothing was migrated: %1").arg(error.toString()), true);
        m_apply->setEnabled(true);
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
