// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskreader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace statelens {

Task readTask(const DocumentPtr& doc, quint32 node, const QString& file)
{
    Task t;
    const json::Document& d = *doc;
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
    t.value = ValueRef(doc, node);
    if (t.id.isEmpty())
        t.id = QFileInfo(file).completeBaseName();
    return t;
}

QList<Task> readTaskFolder(const QString& dir, Snapshot& snapshot, const LoadContext& context)
{
    QList<Task> tasks;
    const QStringList files = listFiles(dir, { QStringLiteral("*.json") });
    tasks.reserve(files.size());
    int i = 0;
    for (const QString& f : files) {
        if (context.cancelled())
            break;
        if (++i % 512 == 0)
            context.report(int(qint64(i) * 100 / files.size()),
                           QCoreApplication::translate("statelens::Sources", "reading tasks (%1 of %2)").arg(i).arg(files.size()));
        auto doc = readJsonFile(f, snapshot, context);
        if (!doc) {
            snapshot.problems.append(Problem::fromError(doc.error()));
            continue;
        }
        if (!doc.value()->isObject(0)) {
            Problem p;
            p.file = f;
            p.message = QCoreApplication::translate("statelens::Sources", "a task file must hold a JSON object");
            snapshot.problems.append(p);
            continue;
        }
        tasks.append(readTask(doc.value(), 0, f));
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
