// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskstore.h"

#include "io/safewrite.h"
#include "json/jsondocument.h"
#include "json/jsoneditor.h"
#include "json/jsonpointer.h"
#include "json/jsonstyle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QUuid>

#include <cmath>
#include <initializer_list>
#include <utility>

namespace statelens {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::TaskStore", s);
}

using json::JsonValue;
using json::Pointer;

JsonValue str(const QString& s)
{
    return JsonValue::fromString(s);
}

JsonValue object(std::initializer_list<std::pair<QString, JsonValue>> members)
{
    JsonValue o = JsonValue::object();
    for (const auto& [key, value] : members)
        o.insert(key, value);
    return o;
}

Pointer ptr(std::initializer_list<QString> tokens)
{
    return Pointer(QStringList(tokens));
}

JsonValue logEntry(const QString& time, const QString& level, const QString& type, const QString& prefix,
    const QString& message, const JsonValue& metadata = {})
{
    JsonValue e
        = object({ { u"timestamp"_qs, str(time) }, { u"level"_qs, str(level) }, { u"type"_qs, str(type) } });
    if (!prefix.isEmpty())
        e.insert(u"prefix"_qs, str(prefix));
    e.insert(u"message"_qs, str(message));
    if (!metadata.isNull())
        e.insert(u"metadata"_qs, metadata);
    return e;
}

JsonValue statusEntry(const QString& time, const QString& id, const QString& from, const QString& to)
{
    return logEntry(time, u"info"_qs, u"system"_qs, {}, u"Status: "_qs + to,
        object({ { u"previousStatus"_qs, str(from) }, { u"newStatus"_qs, str(to) },
            { u"taskId"_qs, str(id) } }));
}

// File content (not translated): what an agent reports; picked at random so that the demo does not repeat
// itself too obviously.
const char* const kResults[] = {
    "Done: all tests pass (48 passed, 0 failed)",
    "Done: updated 3 files and added a regression test",
    "Done: the endpoint now returns 404 instead of 500 for unknown ids",
    "Done: removed 212 lines of dead code",
    "Done: documented the new environment variables in README.md",
};
const char* const kErrors[] = {
    "Process exited with code 1: npm test reported 2 failing tests",
    "Tool timeout after 120000 ms while running the integration suite",
    "Rate limited by the model API (429); giving up after 3 attempts",
    "Patch did not apply cleanly to src/billing/tax.ts",
};
const char* const kCommands[] = {
    "npm test",
    "npm run lint",
    "git diff --stat",
    "tsc --noEmit",
    "npm run build",
};
const char* const kQuestions[] = {
    "Two migrations add the same column; which one should stay?",
    "Should the old API stay available behind a flag?",
    "The spec and the tests disagree on rounding (half-up vs banker's); which is right?",
};

template <size_t N> QString pick(const char* const (&list)[N], QRandomGenerator& random)
{
    return QString::fromUtf8(list[random.bounded(int(N))]);
}

QString agentPrefix(const QString& tool)
{
    return tool == u"GEMINI" ? u"GEMINI"_qs : u"CLAUDE"_qs;
}
} // namespace

QString isoTimestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

TaskStore::TaskStore(QString tasksDir)
    : m_dir(std::move(tasksDir))
{ }

QString TaskStore::filePath(const QString& id) const
{
    return m_dir + u'/' + id + u".json"_qs;
}

bool TaskStore::isFinal(const QString& status)
{
    return status == u"completed" || status == u"failed" || status == u"cancelled";
}

QList<TaskInfo> TaskStore::list(QStringList* problems) const
{
    QList<TaskInfo> tasks;
    const QStringList names = QDir(m_dir).entryList({ u"*.json"_qs }, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString path = m_dir + u'/' + name;
        auto text = readFile(path);
        auto doc = text ? json::Document::parse(*text, path) : Result<json::Document>(text.error());
        if (!doc || !doc->isObject(doc->root())) {
            if (problems)
                problems->append(doc ? tr("%1: not a JSON object").arg(path) : doc.error().toString());
            continue;
        }
        auto field = [&](const char* key) {
            const quint32 n = doc->member(doc->root(), QString::fromLatin1(key));
            return n != json::Document::npos && doc->type(n) == json::NodeType::String ? doc->string(n)
                                                                                       : QString();
        };
        TaskInfo info { field("id"), field("status"), field("description") };
        if (info.id.isEmpty())
            info.id = name.chopped(5);
        tasks.append(info);
    }
    return tasks;
}

TaskMetrics TaskStore::metrics() const
{
    TaskMetrics m;
    double totalMs = 0;
    int timed = 0;
    const QStringList names = QDir(m_dir).entryList({ u"*.json"_qs }, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString path = m_dir + u'/' + name;
        auto text = readFile(path);
        if (!text)
            continue;
        auto doc = json::Document::parse(*text, path);
        if (!doc || !doc->isObject(doc->root()))
            continue;
        auto field = [&](const char* key) {
            const quint32 n = doc->member(doc->root(), QString::fromLatin1(key));
            return n != json::Document::npos && doc->type(n) == json::NodeType::String ? doc->string(n)
                                                                                       : QString();
        };
        ++m.total;
        const QString status = field("status");
        if (status == u"failed")
            ++m.failed;
        if (status != u"completed")
            continue;
        ++m.completed;
        const QDateTime created = QDateTime::fromString(field("created_at"), Qt::ISODateWithMs);
        const QDateTime completed = QDateTime::fromString(field("completed_at"), Qt::ISODateWithMs);
        if (created.isValid() && completed.isValid()) {
            totalMs += double(created.msecsTo(completed));
            ++timed;
        }
    }
    m.averageCompletionMs = timed ? std::llround(totalMs / timed) : 0;
    return m;
}

Result<TaskInfo> TaskStore::create(const QString& description, const QString& tool)
{
    if (!QDir().mkpath(m_dir))
        return Error::io(m_dir, tr("cannot create the folder"));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = isoTimestamp(QDateTime::currentDateTimeUtc());
    JsonValue logs = JsonValue::array();
    logs.append(logEntry(now, u"info"_qs, u"system"_qs, {}, u"Task created with %1 tool"_qs.arg(tool),
        object({ { u"tool"_qs, str(tool) }, { u"taskId"_qs, str(id) } })));
    const JsonValue task = object({ { u"id"_qs, str(id) }, { u"description"_qs, str(description) },
        { u"tool"_qs, str(tool) }, { u"status"_qs, str(u"pending"_qs) }, { u"created_at"_qs, str(now) },
        { u"updated_at"_qs, str(now) }, { u"logs"_qs, logs } });
    QByteArray text = task.toJson(json::Style::javaScript());
    text += '\n';
    if (auto r = writeInPlace(filePath(id), text); !r)
        return r.error();
    return TaskInfo { id, u"pending"_qs, description };
}

Result<TaskTransition> TaskStore::advance(const QString& id, QRandomGenerator& random)
{
    const QString path = filePath(id);
    auto text = readFile(path);
    if (!text)
        return text.error();
    auto doc = json::Document::parse(*text, path);
    if (!doc)
        return doc.error();
    json::Editor editor(std::move(*doc), json::Style::javaScript(), path);

    auto stringAt = [&](const char* key) {
        auto v = editor.value(ptr({ QString::fromLatin1(key) }));
        return v && v->isString() ? v->toString() : QString();
    };
    TaskTransition t { id, stringAt("description"), stringAt("status"), {} };
    const QString tool = stringAt("tool");
    const QString now = isoTimestamp(QDateTime::currentDateTimeUtc());
    QList<std::pair<Pointer, JsonValue>> edits;
    auto log = [&](const JsonValue& entry) { edits.append({ ptr({ u"logs"_qs, u"-"_qs }), entry }); };

    if (t.from == u"pending" || t.from == u"waiting") {
        t.to = u"in_progress"_qs;
        if (t.from == u"waiting")
            log(logEntry(now, u"info"_qs, u"user"_qs, {}, u"Answered: go with the version on main"_qs,
                object({ { u"author"_qs, str(u"anna"_qs) } })));
        log(statusEntry(now, id, t.from, t.to));
        log(logEntry(now, u"debug"_qs, u"tool"_qs, u"TOOL_USE"_qs, pick(kCommands, random),
            object({ { u"tool"_qs, str(u"Bash"_qs) } })));
        if (t.from == u"pending")
            edits.append({ ptr({ u"started_at"_qs }), str(now) });
    } else if (t.from == u"in_progress") {
        const int roll = random.bounded(100);
        t.to = roll < 70 ? u"completed"_qs : roll < 90 ? u"failed"_qs : u"waiting"_qs;
        if (t.to == u"completed") {
            const QString output = pick(kResults, random);
            const int turns = 2 + random.bounded(20);
            log(logEntry(now, u"info"_qs, u"agent"_qs, agentPrefix(tool) + u"_RESULT"_qs, output,
                object({ { u"success"_qs, JsonValue::fromBool(true) },
                    { u"turns"_qs, JsonValue::fromInt(turns) } })));
            edits.append({ ptr({ u"result"_qs }),
                object({ { u"output"_qs, str(output) }, { u"success"_qs, JsonValue::fromBool(true) },
                    { u"data"_qs, object({ { u"turns"_qs, JsonValue::fromInt(turns) } }) } }) });
        } else if (t.to == u"failed") {
            const QString error = pick(kErrors, random);
            log(logEntry(now, u"error"_qs, u"tool"_qs, u"TOOL_USE"_qs, error));
            edits.append({ ptr({ u"error"_qs }), str(error) });
        } else {
            log(logEntry(now, u"warn"_qs, u"agent"_qs, agentPrefix(tool), pick(kQuestions, random),
                object({ { u"needsInput"_qs, JsonValue::fromBool(true) } })));
        }
        log(statusEntry(now, id, t.from, t.to));
        if (isFinal(t.to))
            edits.append({ ptr({ u"completed_at"_qs }), str(now) });
    } else {
        return Error::validation(tr("task %1 is %2 and does not move on").arg(id, t.from), path);
    }

    edits.prepend({ ptr({ u"updated_at"_qs }), str(now) });
    edits.prepend({ ptr({ u"status"_qs }), str(t.to) });
    for (const auto& [pointer, value] : edits)
        if (auto r = editor.set(pointer, value); !r)
            return r.error();
    auto out = editor.text();
    if (!out)
        return out.error();
    if (auto r = writeInPlace(path, *out); !r)
        return r.error();
    return t;
}

Result<void> TaskStore::remove(const QString& id)
{
    QFile file(filePath(id));
    if (!file.remove())
        return Error::io(file.fileName(), tr("cannot remove: %1").arg(file.errorString()));
    return {};
}

Result<void> TaskStore::writeInPlace(const QString& path, const QByteArray& content) const
{
    // Deliberately not atomic: this is how the agent writes its task files, and what StateLens must cope
    // with (a reader can see the file empty or half-written for a moment).
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::io(path, tr("cannot open for writing: %1").arg(file.errorString()));
    if (file.write(content) != content.size())
        return Error::io(path, tr("cannot write: %1").arg(file.errorString()));
    file.close();
    if (file.error() != QFileDevice::NoError)
        return Error::io(path, tr("cannot write: %1").arg(file.errorString()));
    return {};
}

} // namespace statelens
