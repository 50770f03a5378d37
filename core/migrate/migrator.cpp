// SPDX-License-Identifier: GPL-3.0-or-later
// Migrator: detection, catalogue, plans and dry runs (computed in memory). Writing is in migratorwrite.cpp.
#include "migrator.h"

#include "io/safewrite.h"
#include "io/statelayout.h"
#include "json/jsondocument.h"
#include "json/jsoneditor.h"
#include "json/jsonstyle.h"
#include "migrate/builtinmigrations.h"
#include "migrate/migrationfile.h"
#include "migrate/migrationregistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace statelens::migrate {

namespace {
QString tr(const char* s, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("statelens::migrate::Migrator", s, disambiguation, n);
}

json::Style fallbackStyle(Family family)
{
    switch (family) {
    case Family::StatefulObject: {
        json::Style s = json::Style::python();
        s.sortKeys = true;
        return s;
    }
    case Family::BatchState:
        return json::Style::python();
    case Family::StateFolder:
    case Family::Generic:
        break;
    }
    return json::Style::javaScript();
}

QString brief(const json::JsonValue& v)
{
    QString s = QString::fromUtf8(v.toCompactJson());
    return s.size() > 120 ? s.left(117) + QStringLiteral("...") : s;
}

QStringList describeChanges(const QList<diff::ValueChange>& changes, const QString& indent)
{
    QStringList lines;
    for (const diff::ValueChange& c : changes) {
        const QString where = c.pointer.isRoot() ? QStringLiteral("/") : c.pointer.toString();
        switch (c.kind) {
        case diff::ChangeKind::Added:
            lines << indent + QStringLiteral("+ %1 = %2").arg(where, brief(c.after));
            break;
        case diff::ChangeKind::Removed:
            lines << indent + QStringLiteral("- %1 (was %2)").arg(where, brief(c.before));
            break;
        case diff::ChangeKind::Changed:
        case diff::ChangeKind::TypeChanged:
            lines << indent + QStringLiteral("~ %1: %2 -> %3").arg(where, brief(c.before), brief(c.after));
            break;
        }
    }
    return lines;
}
} // namespace

QString Migrator::userConfigFolder()
{
    // The window's AppConfigLocation (organisation and application "StateLens"), spelled out so that
    // statelens-cli, whose application name differs, reads the same folder.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/StateLens/StateLens/migrations");
}

Result<Migrator> Migrator::open(const QString& path, const Options& options)
{
    auto subject = Subject::detect(path);
    if (!subject)
        return subject.error();
    Migrator m;
    m.m_subject = subject.value();
    m.m_options = options;
    for (const Step& step : options.programSteps)
        m.m_catalog.add(step);
    addBuiltinSteps(m.m_catalog, m.m_subject.family);
    QStringList folders = m.m_subject.migrationFolders() + options.extraFolders;
    if (options.userConfigFolder)
        folders.append(userConfigFolder());
    folders.removeDuplicates();
    for (const QString& folder : std::as_const(folders))
        for (const UserMigration& u : MigrationFile::loadFolder(folder, &m.m_problems))
            if (MigrationFile::appliesTo(u, m.m_subject))
                m.m_catalog.add(MigrationFile::toStep(u, m.m_subject));
    return m;
}

QStringList Migrator::targets() const
{
    return m_catalog.reachable(m_subject.version);
}

QStringList Migrator::newerTargets() const
{
    QStringList r;
    for (const QString& v : targets())
        if (MigrationRegistry::compareVersions(v, m_subject.version) > 0)
            r.append(v);
    return r;
}

Result<QList<Step>> Migrator::plan(const QString& target) const
{
    auto p = m_catalog.plan(m_subject.version, normalizeVersion(target));
    if (!p)
        return Error { p.error().kind, p.error().message, m_subject.file };
    return p;
}

Result<Preview> Migrator::dryRun(const QString& target) const
{
    auto text = readFile(m_subject.file);
    if (!text)
        return text.error();
    return compute(target, text.value(), nullptr);
}

Result<Preview> Migrator::compute(
    const QString& targetText, const QByteArray& text, QHash<QString, FileStamp>* taskStamps) const
{
    const QString target = normalizeVersion(targetText);
    Preview preview;
    preview.from = m_subject.version;
    preview.to = target;
    if (target == m_subject.version) {
        preview.noop = true;
        return preview;
    }
    if (!m_problems.isEmpty()) {
        Error e = m_problems.first();
        e.message = tr("%1 (a migration file that cannot be read; fix or remove it)").arg(e.message);
        return e;
    }
    auto plan = this->plan(target);
    if (!plan)
        return plan.error();
    auto doc = json::Document::parse(text, m_subject.file);
    if (!doc)
        return doc.error();
    MigrationState ms;
    ms.state = doc->toValue(0);
    preview.before = ms.state;

    // Task files, read only when a step works on them.
    QHash<QString, QByteArray> taskTexts;
    QList<TaskFile> originalTasks;
    bool needTasks = false;
    for (const Step& s : plan.value())
        needTasks = needTasks || s.needsTasks;
    if (needTasks) {
        auto tasks = readTasks(taskStamps, &taskTexts);
        if (!tasks)
            return tasks.error();
        ms.tasks = tasks.value();
        ms.tasksLoaded = true;
        originalTasks = ms.tasks;
    }

    for (const Step& step : plan.value()) {
        StepReport report { step.from, step.to, step.description, step.origin, {}, {}, {} };
        const MigrationState before = ms;
        if (auto r = step.apply(ms, report.notes); !r) {
            Error e = r.error();
            e.message = tr("step %1 → %2 (%3) failed: %4; nothing was written")
                            .arg(step.from, step.to, step.origin, e.message);
            if (e.file.isEmpty())
                e.file = m_subject.file;
            return e;
        }
        if (ms.state.isObject()) {
            json::JsonValue version = m_subject.versionValue(step.to);
            if (json::JsonValue* v = ms.state.member(QStringLiteral("version")))
                *v = version;
            else if (m_subject.family == Family::StatefulObject)
                ms.state.insert(QStringLiteral("version"), version);
            else
                ms.state.members().insert(
                    ms.state.members().begin(), json::JsonMember { QStringLiteral("version"), version });
        }
        report.changes = diff::diffValues(before.state, ms.state);
        report.touchedBefore = json::JsonValue::object();
        report.touchedAfter = json::JsonValue::object();
        for (const diff::ValueChange& c : std::as_const(report.changes)) {
            const QString key = c.pointer.isRoot() ? QString() : c.pointer.tokens().first();
            if (key.isEmpty() || report.touchedBefore.member(key) || report.touchedAfter.member(key))
                continue;
            if (const json::JsonValue* v = before.state.member(key))
                report.touchedBefore.insert(key, *v);
            if (const json::JsonValue* v = ms.state.member(key))
                report.touchedAfter.insert(key, *v);
        }
        for (qsizetype i = 0; i < ms.tasks.size(); ++i) {
            auto changes = diff::diffValues(before.tasks[i].value, ms.tasks[i].value);
            if (!changes.isEmpty())
                report.taskChanges.append({ QFileInfo(ms.tasks[i].path).fileName(), changes });
        }
        preview.steps.append(report);
    }
    preview.after = ms.state;
    preview.changes = diff::diffValues(preview.before, preview.after);

    json::Editor editor(std::move(doc.value()), fallbackStyle(m_subject.family), m_subject.file);
    if (auto r = editor.set(json::Pointer(), ms.state); !r)
        return r.error();
    auto out = editor.text();
    if (!out)
        return out.error();
    preview.newText = out.value();
    for (qsizetype i = 0; i < ms.tasks.size(); ++i) {
        if (ms.tasks[i].value == originalTasks[i].value)
            continue;
        const QString& path = ms.tasks[i].path;
        auto taskDoc = json::Document::parse(taskTexts.value(path), path);
        if (!taskDoc)
            return taskDoc.error();
        json::Editor taskEditor(std::move(taskDoc.value()), json::Style::javaScript(), path);
        if (auto r = taskEditor.set(json::Pointer(), ms.tasks[i].value); !r)
            return r.error();
        auto taskOut = taskEditor.text();
        if (!taskOut)
            return taskOut.error();
        preview.newTaskTexts.insert(path, taskOut.value());
    }
    return preview;
}

Result<QList<TaskFile>> Migrator::readTasks(
    QHash<QString, FileStamp>* stamps, QHash<QString, QByteArray>* texts) const
{
    QList<TaskFile> tasks;
    const QString dir = layout::tasksDir(m_subject.root);
    for (const QString& name : QDir(dir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        const QString path = dir + u'/' + name;
        auto text = readFile(path);
        if (!text)
            return text.error();
        auto value = json::JsonValue::parse(text.value(), path);
        if (!value)
            return Error { value.error().kind,
                tr("a task file cannot be read, so tasks cannot be migrated: %1").arg(value.error().message),
                path, value.error().line, value.error().column };
        if (stamps)
            stamps->insert(path, FileStamp::ofContent(path, text.value()));
        texts->insert(path, text.value());
        tasks.append({ path, value.value() });
    }
    return tasks;
}

QString Migrator::logText(const Preview& preview, const Outcome& outcome) const
{
    QStringList lines;
    lines << tr("%1 migrating %2 from version %3 to %4 (%n step(s))", nullptr, int(preview.steps.size()))
                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_subject.file,
                     preview.from, preview.to);
    int n = 0;
    for (const StepReport& s : preview.steps) {
        lines << tr("step %1: %2 → %3 (%4): %5").arg(++n).arg(s.from, s.to, s.origin, s.description);
        lines << describeChanges(s.changes, QStringLiteral("  "));
        for (const auto& [file, changes] : s.taskChanges) {
            lines << QStringLiteral("  ") + tr("task file %1:").arg(file);
            lines << describeChanges(changes, QStringLiteral("    "));
        }
        for (const QString& note : s.notes)
            lines << QStringLiteral("  ") + tr("note: %1").arg(note);
    }
    if (!outcome.keptBackup.isEmpty())
        lines << tr("the earlier pre-migration backup was kept as %1")
                     .arg(QFileInfo(outcome.keptBackup).fileName());
    for (const QString& b : outcome.taskBackups)
        lines << tr("task file backup: %1").arg(b);
    lines << tr("done; the state before is in %1").arg(QFileInfo(outcome.backup).fileName());
    return lines.join(u'\n') + u'\n';
}

} // namespace statelens::migrate
