// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskreader.h"

#include "io/safewrite.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <atomic>
#include <thread>

#include <cmath>

namespace statelens {

QString TextPool::take(QString text)
{
    if (const auto it = m_texts.constFind(text); it != m_texts.cend())
        return *it;
    if (m_texts.size() < 256 && text.size() <= 64) // a status or a tool name, not free text
        m_texts.insert(text);
    return text;
}

namespace {

/// Fills the summary fields of `t` from the task object at `node`.
void readSummary(Task& t, const json::Document& d, quint32 node, const QString& file, TextPool* pool)
{
    t.id = memberString(d, node, u"id");
    t.description = memberString(d, node, u"description");
    t.status = memberString(d, node, u"status");
    t.tool = memberString(d, node, u"tool");
    t.error = memberString(d, node, u"error");
    t.createdAt = parseTime(memberString(d, node, u"created_at"));
    t.updatedAt = parseTime(memberString(d, node, u"updated_at"));
    t.startedAt = parseTime(memberString(d, node, u"started_at"));
    t.completedAt = parseTime(memberString(d, node, u"completed_at"));
    const quint32 logs = d.member(node, u"logs");
    t.logCount = logs != json::Document::npos ? d.childCount(logs) : 0;
    t.file = file;
    if (t.id.isEmpty())
        t.id = QFileInfo(file).completeBaseName();
    if (pool) {
        t.status = pool->take(std::move(t.status));
        t.tool = pool->take(std::move(t.tool));
    }
}

/// The root object of the task file `file`, read and parsed now; null when it is gone or not an object.
std::shared_ptr<const json::Document> loadTaskFile(const QString& file)
{
    auto content = readFile(file);
    if (!content)
        return nullptr;
    auto doc = json::Document::parse(std::move(content.value()), file);
    if (!doc || !doc->isObject(0))
        return nullptr;
    return std::make_shared<const json::Document>(std::move(doc.value()));
}

} // namespace

Task readTask(const DocumentPtr& doc, quint32 node, const QString& file, TextPool* pool)
{
    Task t;
    readSummary(t, *doc, node, file, pool);
    t.value = ValueRef(doc, node);
    return t;
}

Task readTaskFile(const json::Document& doc, const QString& file, TextPool* pool)
{
    Task t;
    readSummary(t, doc, 0, file, pool);
    const QByteArrayView raw = doc.raw(0);
    t.value = ValueRef::deferred([file] { return loadTaskFile(file); }, raw.size(), ValueRef::digestOf(raw));
    return t;
}

QList<Task> readTaskFolder(const QString& dir, Snapshot& snapshot, const LoadContext& context)
{
    const QStringList files = listFiles(dir, { QStringLiteral("*.json") });
    // Task folders can hold 100k files: read them on every core, each worker into its own partial snapshot
    // (a Snapshot is not shared between threads), then merge in file order.
    const int workers = files.size() < 512 ? 1 : qBound(1, QThread::idealThreadCount(), 8);
    struct Part
    {
        QList<Task> tasks;
        Snapshot side; // stamps and problems
        TextPool pool;
    };
    std::vector<Part> parts(size_t(workers), Part {});
    std::atomic<int> done { 0 };
    auto work = [&](int w) {
        Part& part = parts[size_t(w)];
        const qsizetype from = files.size() * w / workers, to = files.size() * (w + 1) / workers;
        part.tasks.reserve(to - from);
        for (qsizetype i = from; i < to && !context.cancelled(); ++i) {
            const QString& f = files[i];
            // A task file that is a symlink out of the state folder is shown, marked, and never written.
            if (QFileInfo(f).isSymLink())
                reportLinkOutside(f, QFileInfo(dir).absolutePath(), part.side);
            auto doc = readJsonFile(f, part.side, context);
            if (!doc) {
                part.side.problems.append(Problem::fromError(doc.error()));
            } else if (!doc.value()->isObject(0)) {
                Problem p;
                p.file = f;
                p.message = QCoreApplication::translate("statelens::Sources", "a task file must hold a JSON object");
                part.side.problems.append(p);
            } else {
                part.tasks.append(readTaskFile(*doc.value(), f, &part.pool));
            }
            const int n = done.fetch_add(1, std::memory_order_relaxed) + 1;
            if (w == 0 && n % 512 == 0)
                context.report(int(qint64(n) * 100 / files.size()),
                               QCoreApplication::translate("statelens::Sources", "reading tasks (%1 of %2)").arg(n).arg(files.size()));
        }
    };
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(work, w);
    work(0);
    for (std::thread& t : threads)
        t.join();
    QList<Task> tasks;
    tasks.reserve(files.size());
    for (Part& part : parts) {
        tasks.append(std::move(part.tasks));
        snapshot.problems.append(part.side.problems);
        snapshot.stamps.insert(part.side.stamps);
    }
    return tasks;
}

TaskMetrics computeMetrics(const QList<Task>& tasks)
{
    TaskMetrics m;
    m.total = int(tasks.size());
    qint64 sum = 0;
    int timed = 0;
    for (const Task& t : tasks) {
        if (t.status == QLatin1String("completed")) {
            ++m.completed;
            if (t.completedAt.isValid() && t.createdAt.isValid()) {
                sum += t.createdAt.msecsTo(t.completedAt);
                ++timed;
            }
        } else if (t.status == QLatin1String("failed")) {
            ++m.failed;
        }
    }
    m.averageCompletionMs = timed ? qint64(std::floor(double(sum) / timed + 0.5)) : 0;
    return m;
}

} // namespace statelens
