// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialreload.h"

#include "model/snapshotcopy.h"

#include <QCoreApplication>

#include <algorithm>

namespace statelens::reload {

ReadFile readChanged(const FileChange& change, QList<DeferredFile>& deferred, bool requireObject)
{
    ReadFile out;
    if (change.kind == FileChange::Kind::Removed) {
        out.outcome = ReadFile::Outcome::Gone;
        return out;
    }
    Result<QByteArray> content = change.readContent();
    if (!content) {
        if (content.error().kind == Error::Kind::NotFound)
            out.outcome = ReadFile::Outcome::Gone;
        else if (content.error().kind == Error::Kind::Conflict)
            out.outcome = ReadFile::Outcome::Skipped;
        else {
            out.outcome = ReadFile::Outcome::Deferred;
            deferred << DeferredFile { change.path, change.stamp, content.error() };
        }
        return out;
    }
    out.stamp = change.stamp;
    out.stamp.hash = FileStamp::hashOf(*content);
    if (content->isEmpty()) {
        out.outcome = ReadFile::Outcome::Deferred;
        deferred << DeferredFile { change.path, change.stamp,
                                   Error { Error::Kind::Parse,
                                           QCoreApplication::translate("statelens::Sources", "file is empty (0 bytes)"),
                                           change.path } };
        return out;
    }
    auto doc = json::Document::parse(std::move(content.value()), change.path);
    if (!doc) {
        out.outcome = ReadFile::Outcome::Deferred;
        deferred << DeferredFile { change.path, change.stamp, doc.error() };
        return out;
    }
    if (requireObject && !doc->isObject(0)) {
        out.outcome = ReadFile::Outcome::Deferred;
        deferred << DeferredFile { change.path, change.stamp,
                                   Error { Error::Kind::Parse,
                                           QCoreApplication::translate("statelens::Sources", "a task file must hold a JSON object"),
                                           change.path } };
        return out;
    }
    out.doc = std::make_shared<const json::Document>(std::move(doc.value()));
    out.outcome = ReadFile::Outcome::Parsed;
    return out;
}

Snapshot lightCopy(const Snapshot& s)
{
    return withTasksAndStamps(s, {}, {});
}

ListDelta taskDelta(const QList<Task>& after, const QHash<QString, QString>& removed, const QStringList& added,
                    const QStringList& changed)
{
    ListDelta d;
    QStringList gone = removed.keys();
    QStringList fresh = added;
    gone.sort();
    fresh.sort();
    for (const QString& f : std::as_const(gone)) {
        // Old position: the new items before it, minus the added ones before it, plus the removed ones.
        const qsizetype addedBefore = std::lower_bound(fresh.cbegin(), fresh.cend(), f) - fresh.cbegin();
        const qsizetype removedBefore = std::lower_bound(gone.cbegin(), gone.cend(), f) - gone.cbegin();
        d.removed << int(insertPosition(after, f) - addedBefore + removedBefore);
        d.removedIds << removed.value(f);
    }
    QList<std::pair<int, QString>> a, c;
    for (const QString& f : std::as_const(fresh))
        if (const int i = findTask(after, f); i >= 0)
            a.append({ i, after[i].id });
    for (const QString& f : changed)
        if (const int i = findTask(after, f); i >= 0)
            c.append({ i, after[i].id });
    std::sort(a.begin(), a.end());
    std::sort(c.begin(), c.end());
    for (const auto& [i, id] : a) {
        d.added << i;
        d.addedIds << id;
    }
    for (const auto& [i, id] : c) {
        d.changed << i;
        d.changedIds << id;
    }
    return d;
}

void dropProblemsOf(Snapshot& s, const QString& file)
{
    s.problems.removeIf([&](const Problem& p) { return p.file == file; });
}

int findTask(const QList<Task>& tasks, const QString& path)
{
    const auto it = std::lower_bound(tasks.cbegin(), tasks.cend(), path,
                                     [](const Task& t, const QString& p) { return t.file < p; });
    if (it != tasks.cend() && it->file == path)
        return int(it - tasks.cbegin());
    for (int i = 0; i < tasks.size(); ++i)
        if (tasks[i].file == path)
            return i;
    return -1;
}

int insertPosition(const QList<Task>& tasks, const QString& path)
{
    const auto it = std::lower_bound(tasks.cbegin(), tasks.cend(), path,
                                     [](const Task& t, const QString& p) { return t.file < p; });
    return int(it - tasks.cbegin());
}

} // namespace statelens::reload
