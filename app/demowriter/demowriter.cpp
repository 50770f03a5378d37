// SPDX-License-Identifier: GPL-3.0-or-later
#include "demowriter.h"

#include "io/filestamp.h"
#include "io/safewrite.h"
#include "json/jsondocument.h"
#include "json/jsoneditor.h"
#include "json/jsonpointer.h"
#include "json/jsonstyle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <initializer_list>
#include <map>

namespace statelens {

namespace {
using json::JsonValue;
using json::Pointer;

constexpr int kKeptBackups = 10;
constexpr int kMaxTasks = 40; // past this the writer only moves existing tasks on
constexpr int kSaveAttempts = 3;

Pointer ptr(std::initializer_list<QString> tokens)
{
    return Pointer(QStringList(tokens));
}

// New tasks are drawn from this list (file content, not translated).
const char* const kDescriptions[] = {
    "Add pagination to GET /api/customers",
    "Fix the off-by-one in the invoice number generator",
    "Write integration tests for the PDF export",
    "Replace moment.js with date-fns in the dashboard",
    "Investigate slow queries on the reports page (p95 > 2 s)",
    "Add a health check endpoint for the load balancer",
    "Translate the e-mail templates into French and Italian",
    "Remove the unused feature flag 'new_checkout_v1'",
    "Harden the CSV import against formula injection",
    "Cache exchange rates for 10 minutes (CHF, EUR, USD)",
    "Split billing/service.ts into smaller modules",
    "Update the onboarding guide for the Zürich office",
    "Add retries with backoff to the webhook sender",
    "Fix the timezone bug in the monthly statement (Europe/Zurich)",
};
const char* const kThemes[] = { "dark", "light", "system" };
const char* const kCommands[]
    = { "git status", "npm test", "npm run lint", "git pull --rebase", "npm run dev" };

template <size_t N> QString pick(const char* const (&list)[N], QRandomGenerator& random)
{
    return QString::fromUtf8(list[random.bounded(int(N))]);
}

/// Adds `delta` to the integer at `p` (a missing value counts as 0); returns the new value.
Result<qint64> bump(json::Editor& editor, const Pointer& p, qint64 delta)
{
    auto old = editor.value(p);
    const qint64 value = (old && old->isNumber() ? old->toInt() : 0) + delta;
    if (auto r = editor.set(p, JsonValue::fromInt(value)); !r)
        return r.error();
    return value;
}

Pointer counter(const char* name)
{
    return ptr({ u"namespaces"_qs, u"stats"_qs, u"counters"_qs, QString::fromLatin1(name) });
}
} // namespace

DemoWriter::DemoWriter(QString stateDir, const Options& options, QObject* parent)
    : QObject(parent)
    , m_dir(std::move(stateDir))
    , m_options(options)
    , m_tasks(m_dir + u"/tasks"_qs)
    , m_random(options.seed ? QRandomGenerator(options.seed) : QRandomGenerator::securelySeeded())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DemoWriter::step);
}

Result<void> DemoWriter::start()
{
    const QString statePath = m_dir + u"/state.json"_qs;
    auto text = readFile(statePath);
    if (!text)
        return text.error();
    auto doc = json::Document::parse(*text, statePath);
    if (!doc)
        return doc.error();
    if (!doc->isObject(doc->root()))
        return Error::validation(tr("state.json is not a JSON object"), statePath);
    for (const char* sub : { "tasks", "logs" })
        if (!QDir(m_dir).mkpath(QString::fromLatin1(sub)))
            return Error::io(m_dir + u'/' + QString::fromLatin1(sub), tr("cannot create the folder"));

    m_sessionLog = sessionLogPath();
    print(tr("writing to %1 about every %2 ms (Ctrl+C stops)").arg(m_dir).arg(m_options.intervalMs));
    const QString hello = u"agent attached (pid %1)"_qs.arg(QCoreApplication::applicationPid());
    if (auto r = appendSessionLog(u"INFO"_qs, hello); !r)
        print(r.error().toString(), true);
    scheduleNext();
    return {};
}

void DemoWriter::stop()
{
    m_timer.stop();
    if (!m_sessionLog.isEmpty())
        (void)appendSessionLog(u"INFO"_qs, u"agent detached"_qs);
    m_sessionLog.clear();
}

void DemoWriter::scheduleNext()
{
    // +-40% so that the writes do not tick like a metronome.
    const int base = std::max(0, m_options.intervalMs);
    m_timer.start(base ? int(base * (0.6 + 0.8 * m_random.generateDouble())) : 0);
}

Result<DemoWriter::Outcome> DemoWriter::chooseAction()
{
    QStringList problems;
    const QList<TaskInfo> tasks = m_tasks.list(&problems);
    for (const QString& p : problems)
        print(tr("skipping a task file: %1").arg(p), true);
    const bool canMove = std::any_of(
        tasks.begin(), tasks.end(), [](const TaskInfo& t) { return !TaskStore::isFinal(t.status); });
    const int roll = m_random.bounded(100);
    if (roll < 25 || (roll < 65 && !canMove)) {
        if (tasks.size() < kMaxTasks)
            return createTask();
        // Full: clear a finished task away, as the agent's clean-up would.
        QList<TaskInfo> finished;
        for (const TaskInfo& t : tasks)
            if (TaskStore::isFinal(t.status))
                finished.append(t);
        if (!finished.isEmpty())
            return removeTask(finished.at(m_random.bounded(int(finished.size()))));
    }
    if (roll < 65 && canMove)
        return advanceTask();
    return editValue();
}

void DemoWriter::step()
{
    ++m_step;
    Result<Outcome> outcome = chooseAction();
    if (outcome) {
        if (auto r = saveState(*outcome, m_step % 10 == 0); !r) {
            outcome = r.error();
        } else {
            print(u"#%1  %2"_qs.arg(m_step).arg(outcome->line));
            if (auto l = appendSessionLog(outcome->level, outcome->line); !l)
                print(l.error().toString(), true);
        }
    }
    if (!outcome) {
        // A real agent carries on after a failed write; so does the demo (the user may be editing).
        print(u"#%1  %2"_qs.arg(m_step).arg(outcome.error().toString()), true);
        (void)appendSessionLog(u"ERROR"_qs, outcome.error().toString());
    }

    if (m_options.iterations > 0 && m_step >= m_options.iterations) {
        Q_EMIT finished();
        return;
    }
    scheduleNext();
}

Result<DemoWriter::Outcome> DemoWriter::createTask()
{
    const QString tool = m_random.bounded(100) < 65 ? u"CLAUDECODE"_qs : u"GEMINI"_qs;
    auto task = m_tasks.create(pick(kDescriptions, m_random), tool);
    if (!task)
        return task.error();
    Outcome o;
    o.line = tr("created task %1 (pending, %2): %3").arg(task->id.left(8), tool, task->description);
    o.editState = [](json::Editor& e) -> Result<QString> {
        if (auto r = bump(e, counter("tasks_created"), 1); !r)
            return r.error();
        return QString();
    };
    return o;
}

Result<DemoWriter::Outcome> DemoWriter::removeTask(const TaskInfo& task)
{
    if (auto r = m_tasks.remove(task.id); !r)
        return r.error();
    Outcome o;
    o.line = tr("removed finished task %1 (%2): %3").arg(task.id.left(8), task.status, task.description);
    return o;
}

Result<DemoWriter::Outcome> DemoWriter::advanceTask()
{
    QList<TaskInfo> movable;
    for (const TaskInfo& t : m_tasks.list())
        if (!TaskStore::isFinal(t.status))
            movable.append(t);
    if (movable.isEmpty())
        return createTask();
    auto t = m_tasks.advance(movable.at(m_random.bounded(int(movable.size()))).id, m_random);
    if (!t)
        return t.error();
    Outcome o;
    o.line = tr("task %1: %2 -> %3 (%4)").arg(t->id.left(8), t->from, t->to, t->description);
    o.level = t->to == u"failed" ? u"ERROR"_qs : t->to == u"waiting" ? u"WARN"_qs : u"INFO"_qs;
    const char* name = t->to == u"completed" ? "tasks_completed"
        : t->to == u"failed"                 ? "tasks_failed"
                                             : nullptr;
    o.editState = [name](json::Editor& e) -> Result<QString> {
        if (name)
            if (auto r = bump(e, counter(name), 1); !r)
                return r.error();
        if (auto r = bump(e, counter("tool_calls"), 1); !r)
            return r.error();
        return QString();
    };
    return o;
}

Result<DemoWriter::Outcome> DemoWriter::editValue()
{
    Outcome o;
    const int kind = m_random.bounded(4);
    if (kind == 0) {
        const qint64 calls = 1 + m_random.bounded(6), in = 500 + m_random.bounded(5500),
                     out = 100 + m_random.bounded(1400);
        o.editState = [calls, in, out](json::Editor& e) -> Result<QString> {
            auto c = bump(e, counter("tool_calls"), calls);
            auto i = c ? bump(e, counter("tokens_in"), in) : c;
            auto t = i ? bump(e, counter("tokens_out"), out) : i;
            if (!t)
                return t.error();
            return tr("stats: tool_calls = %1, tokens_in = %2, tokens_out = %3").arg(*c).arg(*i).arg(*t);
        };
    } else if (kind == 1) {
        const QString theme = pick(kThemes, m_random);
        o.editState = [theme](json::Editor& e) -> Result<QString> {
            if (auto r = e.set(ptr({ u"namespaces"_qs, u"user"_qs, u"preferences"_qs, u"theme"_qs }),
                    JsonValue::fromString(theme));
                !r)
                return r.error();
            return tr("user preferences: theme = \"%1\"").arg(theme);
        };
    } else if (kind == 2) {
        // Refresh the model list for ten minutes, or (less often) let it expire.
        const bool expire = m_random.bounded(100) < 30;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 expiresAt = expire ? now - 1 : now + 600;
        o.editState = [expiresAt, expire](json::Editor& e) -> Result<QString> {
            if (auto r = e.set(ptr({ u"namespaces"_qs, u"cache"_qs, u"models:list"_qs, u"expires_at"_qs }),
                    JsonValue::fromInt(expiresAt));
                !r)
                return r.error();
            return expire ? tr("cache: models:list expired (expires_at = %1)").arg(expiresAt)
                          : tr("cache: models:list refreshed (expires_at = %1)").arg(expiresAt);
        };
    } else {
        const QString command = pick(kCommands, m_random);
        const QString session = activeSessionId();
        o.editState = [command, session](json::Editor& e) -> Result<QString> {
            if (auto r = e.set(ptr({ u"namespaces"_qs, u"session"_qs, session, u"last_command"_qs }),
                    JsonValue::fromString(command));
                !r)
                return r.error();
            return tr("session %1: last_command = \"%2\"").arg(session, command);
        };
    }
    return o;
}

Result<void> DemoWriter::saveState(Outcome& outcome, bool backupFirst)
{
    const QString path = m_dir + u"/state.json"_qs;
    for (int attempt = 0;; ++attempt) {
        auto text = readFile(path);
        if (!text)
            return text.error();
        const FileStamp stamp = FileStamp::ofContent(path, *text);
        auto doc = json::Document::parse(*text, path);
        if (!doc)
            return doc.error();
        if (!doc->isObject(doc->root()))
            return Error::validation(tr("state.json is not a JSON object"), path);
        json::Editor editor(std::move(*doc), json::Style::javaScript(), path);

        if (outcome.editState) {
            auto line = outcome.editState(editor);
            if (!line)
                return line.error();
            if (!line->isEmpty())
                outcome.line = *line;
        }
        const TaskMetrics m = m_tasks.metrics();
        if (!editor.value(ptr({ u"metrics"_qs })))
            if (auto r = editor.set(ptr({ u"metrics"_qs }), JsonValue::object()); !r)
                return r;
        const std::pair<const char*, qint64> metrics[] = {
            { "total_tasks", m.total },
            { "completed_tasks", m.completed },
            { "failed_tasks", m.failed },
            { "average_completion_time", m.averageCompletionMs },
        };
        for (const auto& [key, value] : metrics)
            if (auto r
                = editor.set(ptr({ u"metrics"_qs, QString::fromLatin1(key) }), JsonValue::fromInt(value));
                !r)
                return r;
        if (auto r = editor.set(ptr({ u"last_saved"_qs }),
                JsonValue::fromString(isoTimestamp(QDateTime::currentDateTimeUtc())));
            !r)
            return r;
        auto out = editor.text();
        if (!out)
            return out.error();

        if (backupFirst && attempt == 0)
            if (auto r = makeBackup(); !r)
                print(r.error().toString(), true);
        WriteOptions options;
        options.expected = stamp;
        auto written = writeFileAtomically(path, *out, options);
        if (written)
            return {};
        // Someone (StateLens, say) saved in between: read their version and apply the change to it.
        if (written.error().kind != Error::Kind::Conflict || attempt + 1 >= kSaveAttempts)
            return written.error();
    }
}

Result<void> DemoWriter::makeBackup()
{
    const QString statePath = m_dir + u"/state.json"_qs;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    QString backup;
    do
        backup = m_dir + u"/state.backup.%1.json"_qs.arg(ms++);
    while (QFileInfo::exists(backup));
    if (auto r = copyFileAtomically(statePath, backup); !r)
        return r.error();
    print(tr("backed up state.json to %1").arg(QFileInfo(backup).fileName()));

    static const QRegularExpression name(u"^state\\.backup\\.(\\d+)\\.json$"_qs);
    std::map<qint64, QString> backups; // oldest first
    for (const QString& file : QDir(m_dir).entryList({ u"state.backup.*.json"_qs }, QDir::Files))
        if (const auto match = name.match(file); match.hasMatch())
            backups.emplace(match.captured(1).toLongLong(), file);
    while (backups.size() > size_t(kKeptBackups)) {
        const QString old = backups.begin()->second;
        backups.erase(backups.begin());
        if (auto r = removeFileDurably(m_dir + u'/' + old); !r)
            return r;
        print(tr("removed old backup %1").arg(old));
    }
    return {};
}

QString DemoWriter::sessionLogPath()
{
    // Append to the newest session log (by the epoch in its name); start one when there is none.
    static const QRegularExpression name(u"^session_(.+)_(\\d+)\\.log$"_qs);
    const QDir logs(m_dir + u"/logs"_qs);
    QString newest;
    qint64 newestMs = -1;
    for (const QString& file : logs.entryList({ u"session_*.log"_qs }, QDir::Files))
        if (const auto match = name.match(file);
            match.hasMatch() && match.captured(2).toLongLong() > newestMs) {
            newestMs = match.captured(2).toLongLong();
            newest = file;
        }
    if (newest.isEmpty())
        newest = u"session_%1_%2.log"_qs.arg(activeSessionId()).arg(QDateTime::currentMSecsSinceEpoch());
    return logs.filePath(newest);
}

QString DemoWriter::activeSessionId() const
{
    const QString path = m_dir + u"/state.json"_qs;
    auto text = readFile(path);
    auto doc = text ? json::Document::parse(*text, path) : Result<json::Document>(text.error());
    QString id;
    if (doc && doc->isObject(doc->root())) {
        const quint32 sessions = doc->member(doc->root(), u"sessions"_qs);
        if (sessions != json::Document::npos && doc->isArray(sessions))
            doc->forEachElement(sessions, [&](int, quint32 s) {
                const quint32 status = doc->isObject(s) ? doc->member(s, u"status"_qs) : json::Document::npos;
                const quint32 sid = doc->isObject(s) ? doc->member(s, u"id"_qs) : json::Document::npos;
                if (status != json::Document::npos && sid != json::Document::npos
                    && doc->type(status) == json::NodeType::String && doc->string(status) == u"active"
                    && doc->type(sid) == json::NodeType::String)
                    id = doc->string(sid);
                return true;
            });
    }
    return id.isEmpty() ? u"demo"_qs : id;
}

Result<void> DemoWriter::appendSessionLog(const QString& level, const QString& message)
{
    QFile file(m_sessionLog);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error::io(m_sessionLog, tr("cannot open for appending: %1").arg(file.errorString()));
    const QByteArray line
        = u"[%1] %2 %3\n"_qs.arg(QTime::currentTime().toString(u"HH:mm:ss"_qs), level, message).toUtf8();
    if (file.write(line) != line.size())
        return Error::io(m_sessionLog, tr("cannot write: %1").arg(file.errorString()));
    return {};
}

void DemoWriter::print(const QString& line, bool error) const
{
    QTextStream out(error ? stderr : stdout);
    out << QTime::currentTime().toString(u"HH:mm:ss.zzz"_qs) << u"  "_qs << line << Qt::endl;
}

} // namespace statelens
