// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskreader.h"

#include "io/safewrite.h"

#include "util/executor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <condition_variable>
#include <mutex>

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

// memberString() of a node already found: a string decoded, null as empty, anything else as written.
QString textOf(const json::Document& d, quint32 n)
{
    if (n == json::Document::npos || d.type(n) == json::NodeType::Null)
        return {};
    if (d.type(n) == json::NodeType::String)
        return d.string(n);
    return QString::fromUtf8(d.raw(n));
}

/// Fills the summary fields of `t` from the task object at `node`: one pass over its members (a task
/// folder can hold a million files), the last of a repeated member winning as with Document::member().
void readSummary(Task& t, const json::Document& d, quint32 node, const QString& file, TextPool* pool)
{
    enum Field { Id, Description, Status, Tool, Error, CreatedAt, UpdatedAt, StartedAt, CompletedAt, Logs, FieldCount };
    static constexpr QByteArrayView names[FieldCount] = { "id", "description", "status", "tool", "error", "created_at",
                                                          "updated_at", "started_at", "completed_at", "logs" };
    quint32 found[FieldCount];
    std::fill(std::begin(found), std::end(found), json::Document::npos);
    QByteArray decoded;
    d.forEachMember(node, [&](quint32 k, quint32 v) {
        const QByteArrayView raw = d.raw(k);
        QByteArrayView name = raw.sliced(1, raw.size() - 2);
        if (name.contains('\\')) {
            decoded = d.string(k).toUtf8();
            name = decoded;
        }
        if (name.size() > 12)
            return true; // longer than any name above
        for (int f = 0; f < FieldCount; ++f)
            if (name == names[f]) {
                found[f] = v;
                break;
            }
        return true;
    });
    t.id = textOf(d, found[Id]);
    t.description = textOf(d, found[Description]);
    t.status = textOf(d, found[Status]);
    t.tool = textOf(d, found[Tool]);
    t.error = textOf(d, found[Error]);
    t.createdAt = parseTime(textOf(d, found[CreatedAt]));
    t.updatedAt = parseTime(textOf(d, found[UpdatedAt]));
    t.startedAt = parseTime(textOf(d, found[StartedAt]));
    t.completedAt = parseTime(textOf(d, found[CompletedAt]));
    t.logCount = found[Logs] != json::Document::npos ? d.childCount(found[Logs]) : 0;
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

/// The "*.json" files of `dir` as listFiles(dir, {"*.json"}) gives them (not hidden, not folders; FIFOs,
/// devices and dangling links included; sorted by name), each with whether it is a symbolic link. One pass
/// over the folder: the type comes with each name (a stat only where the file system does not say), so a
/// folder of a million tasks costs no lstat per file.
void listTaskFiles(const QString& dir, QStringList& files, std::vector<bool>& links)
{
    struct Item
    {
        QString name;
        bool link;
    };
    std::vector<Item> items;
    const QByteArray encoded = QFile::encodeName(dir);
    if (DIR* d = opendir(encoded.constData())) {
        while (const dirent* e = readdir(d)) {
            const QByteArrayView name(e->d_name);
            if (name.startsWith('.') || name.size() < 5 || qstrnicmp(name.data() + name.size() - 5, ".json", 5) != 0)
                continue;
            unsigned char type = e->d_type;
            if (type == DT_UNKNOWN) {
                struct stat st;
                if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                    continue;
                type = S_ISLNK(st.st_mode) ? DT_LNK : S_ISDIR(st.st_mode) ? DT_DIR : DT_REG;
            }
            if (type == DT_DIR)
                continue;
            if (type == DT_LNK) {
                struct stat target;
                if (fstatat(dirfd(d), e->d_name, &target, 0) == 0 && S_ISDIR(target.st_mode))
                    continue; // a link to a folder is not a file
            }
            items.push_back({ QFile::decodeName(e->d_name), type == DT_LNK });
        }
        closedir(d);
    }
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.name < b.name; });
    files.reserve(qsizetype(items.size()));
    links.reserve(items.size());
    const QString prefix = QDir(dir).absolutePath() + u'/';
    for (const Item& i : items) {
        files.append(prefix + i.name);
        links.push_back(i.link);
    }
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
    // Task folders can hold a million files. They are read in chunks that the calling thread and helpers on
    // the Executor claim one at a time, each chunk into its own partial snapshot (a Snapshot is not shared
    // between threads), then merged in file order. The caller never waits for a helper that has not started:
    // it reads every chunk nobody claimed itself and then waits only for chunks being read, so a busy pool
    // (this load may itself run on it) costs parallelism, never a deadlock.
    struct Part
    {
        QList<Task> tasks;
        Snapshot side; // stamps and problems
        TextPool pool;
    };
    struct Shared
    {
        QStringList files;
        std::vector<bool> links; // of files: a symbolic link
        QString folder;
        LoadContext context; // helpers read cancel and preread; only the caller reports progress
        std::vector<Part> parts;
        std::atomic<qsizetype> next { 0 };
        std::atomic<int> read { 0 };
        std::mutex mutex;
        std::condition_variable finished;
        qsizetype done = 0; // chunks read, under mutex
    };
    constexpr qsizetype ChunkSize = 256;
    auto shared = std::make_shared<Shared>();
    listTaskFiles(dir, shared->files, shared->links);
    shared->folder = QFileInfo(dir).absolutePath();
    shared->context = context;
    shared->context.progress = nullptr;
    const qsizetype total = shared->files.size();
    const qsizetype chunks = (total + ChunkSize - 1) / ChunkSize;
    shared->parts.resize(size_t(chunks));

    // Claims and reads chunks until none is left; returns how many files it read.
    auto claim = [](Shared& sh, qsizetype chunks, bool caller, const LoadContext* progressTo) {
        for (;;) {
            const qsizetype c = sh.next.fetch_add(1);
            if (c >= chunks)
                return;
            Part& part = sh.parts[size_t(c)];
            const qsizetype from = c * ChunkSize, to = qMin(from + ChunkSize, sh.files.size());
            part.tasks.reserve(to - from);
            for (qsizetype i = from; i < to && !sh.context.cancelled(); ++i) {
                const QString& f = sh.files[i];
                // A task file that is a symlink out of the state folder is shown, marked, and never written.
                if (sh.links[size_t(i)])
                    reportLinkOutside(f, sh.folder, part.side);
                auto doc = readJsonFile(f, part.side, sh.context);
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
            }
            const int n = sh.read.fetch_add(int(to - from)) + int(to - from);
            if (caller && progressTo)
                progressTo->report(int(qint64(n) * 100 / sh.files.size()),
                                   QCoreApplication::translate("statelens::Sources", "reading tasks (%1 of %2)")
                                       .arg(n)
                                       .arg(sh.files.size()));
            std::lock_guard lock(sh.mutex);
            if (++sh.done == chunks)
                sh.finished.notify_all();
        }
    };
    const int helpers = int(qMin<qsizetype>(chunks - 1, Executor::instance().threadCount()));
    for (int h = 0; h < helpers; ++h)
        Executor::instance().run([shared, chunks, claim] { claim(*shared, chunks, false, nullptr); });
    claim(*shared, chunks, true, &context);
    {
        std::unique_lock lock(shared->mutex);
        shared->finished.wait(lock, [&] { return shared->done == chunks; });
    }

    QList<Task> tasks;
    tasks.reserve(total);
    for (Part& part : shared->parts) {
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
