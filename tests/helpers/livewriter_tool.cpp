// SPDX-License-Identifier: GPL-3.0-or-later
// An external writer for the live-update tests and benchmark, writing the way the real tools do:
//
//   livewriter_tool statefulobject FILE COUNT [RATE]      json.dump(indent=2, sort_keys) to ".<name>.<8>.tmp",
//                                                         fsync, rename over FILE (chora-base StatefulObject)
//   livewriter_tool codingagent ROOT COUNT NTASKS [RATE]  tasks/<uuid>.json rewritten in place (open O_TRUNC,
//                                                         write in two halves, close: Node's writeFile); write
//                                                         i goes to task (i-1) % NTASKS, created on its first
//                                                         write; status moves pending → in_progress → completed
//   livewriter_tool batch ROOT COUNT [RATE]               .claude/batch_state.json through ".batch_state_<random>
//                                                         .tmp" and rename, no fsync (autonomous-dev)
//   livewriter_tool sqlite DB COUNT KEY [RATE]            UPDATE kv_store row KEY in a transaction (rs-llmspell)
//
// Write i (1 .. COUNT) holds "seq": i (for sqlite: the envelope's value is {"seq": i}). RATE is writes per
// second (0 or absent: as fast as possible). After each write one line "i target t_ns" goes to stdout, t_ns
// being CLOCK_MONOTONIC once the write was visible.
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include "writerio.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

using statelens::test::monotonicNs;

namespace {

[[noreturn]] void fail(const char* what, const QByteArray& path)
{
    statelens::test::failWith("livewriter_tool", what, path);
}

void writeAll(int fd, const char* data, qsizetype size, const QByteArray& path)
{
    statelens::test::writeAll("livewriter_tool", fd, data, size, path);
}

QByteArray randomName(int n)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789_";
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)];
    return out;
}

void replaceFile(const QString& target, const QByteArray& tmpName, const QByteArray& data, bool sync)
{
    const QByteArray dir = QFile::encodeName(QFileInfo(target).absolutePath());
    const QByteArray tmp = dir + '/' + tmpName;
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        fail("cannot create", tmp);
    writeAll(fd, data.constData(), data.size(), tmp);
    if (sync && ::fsync(fd) != 0)
        fail("cannot fsync", tmp);
    ::close(fd);
    if (::rename(tmp.constData(), QFile::encodeName(target).constData()) != 0)
        fail("cannot rename", tmp);
}

void writeInPlace(const QString& target, const QByteArray& data)
{
    const QByteArray path = QFile::encodeName(target);
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        fail("cannot open", path);
    const qsizetype half = data.size() / 2;
    writeAll(fd, data.constData(), half, path);
    writeAll(fd, data.constData() + half, data.size() - half, path);
    ::close(fd);
}

QByteArray isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
}

QByteArray statefulObject(int seq)
{
    // json.dump(state, indent=2, sort_keys=True): keys sorted, no trailing newline.
    return "{\n  \"count\": " + QByteArray::number(seq) + ",\n  \"name\": \"live counter\",\n  \"seq\": "
        + QByteArray::number(seq) + "\n}";
}

QByteArray taskId(int k)
{
    return QByteArray("6f1c2a3b-0000-4000-8000-") + QByteArray::number(k).rightJustified(12, '0');
}

const char* taskStatus(int seq, int count, int tasks)
{
    const int round = (seq - 1) / tasks; // how many times this task was written before
    const int rounds = (count + tasks - 1) / tasks;
    if (round + 1 >= rounds)
        return "completed";
    return round == 0 ? "pending" : "in_progress";
}

QByteArray codingAgentTask(int k, int seq, const char* status)
{
    // JSON.stringify(task, null, 2): no trailing newline; a log entry per write keeps the file growing.
    QByteArray logs;
    for (int i = 0; i < 3; ++i)
        logs += QByteArray(i ? ",\n" : "") + "    {\n      \"timestamp\": \"" + isoNow()
            + "\",\n      \"level\": \"info\",\n      \"type\": \"tool\",\n      \"message\": \"step "
            + QByteArray::number(i) + " of write " + QByteArray::number(seq) + "\"\n    }";
    return "{\n  \"id\": \"" + taskId(k) + "\",\n  \"description\": \"live task " + QByteArray::number(k)
        + "\",\n  \"status\": \"" + status + "\",\n  \"tool\": \"CLAUDECODE\",\n  \"created_at\": \""
        + "2026-11-21T10:00:00.000Z\",\n  \"updated_at\": \"" + isoNow() + "\",\n  \"seq\": " + QByteArray::number(seq)
        + ",\n  \"logs\": [\n" + logs + "\n  ]\n}";
}

QByteArray batchState(int seq, int count)
{
    const int features = 5;
    const int current = qMin(features - 1, (seq - 1) * features / qMax(1, count));
    QByteArray completed;
    for (int i = 0; i < current; ++i)
        completed += QByteArray(i ? ",\n    " : "\n    ") + QByteArray::number(i);
    QByteArray list;
    for (int i = 0; i < features; ++i)
        list += QByteArray(i ? ",\n    " : "\n    ") + "\"Feature " + QByteArray::number(i) + "\"";
    const bool last = seq == count;
    return "{\n  \"batch_id\": \"batch-20261121-120000-000001\",\n  \"features_file\": \"\",\n  \"total_features\": "
        + QByteArray::number(features) + ",\n  \"features\": [" + list + "\n  ],\n  \"current_index\": "
        + QByteArray::number(current) + ",\n  \"completed_features\": [" + completed + (completed.isEmpty() ? "" : "\n  ")
        + "],\n  \"failed_features\": [],\n  \"seq\": " + QByteArray::number(seq) + ",\n  \"created_at\": "
        + "\"2026-11-21T12:00:00Z\",\n  \"updated_at\": \"" + isoNow() + "\",\n  \"status\": \""
        + (last ? "completed" : "in_progress") + "\"\n}";
}

int runSqlite(const QString& db, int count, const QString& key, double rate, qint64 start);

void pace(int i, double rate, qint64 start)
{
    if (rate <= 0)
        return;
    const qint64 due = start + qint64(double(i - 1) * 1e9 / rate);
    struct timespec ts
    {
        time_t(due / 1000000000LL), long(due % 1000000000LL)
    };
    while (::clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) { }
}

void report(int i, int target)
{
    std::printf("%d %d %lld\n", i, target, static_cast<long long>(monotonicNs()));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() < 4) {
        std::fprintf(stderr, "usage: livewriter_tool statefulobject|codingagent|batch|sqlite PATH COUNT ...\n");
        return 1;
    }
    const QString mode = a[1];
    const QString path = a[2];
    const int count = a[3].toInt();
    const qint64 start = monotonicNs();
    if (mode == u"statefulobject") {
        const double rate = a.value(4).toDouble();
        const QFileInfo fi(path);
        for (int i = 1; i <= count; ++i) {
            pace(i, rate, start);
            replaceFile(path, '.' + QFile::encodeName(fi.fileName()) + '.' + randomName(8) + ".tmp", statefulObject(i), true);
            report(i, 0);
        }
    } else if (mode == u"codingagent") {
        const int tasks = qMax(1, a.value(4).toInt());
        const double rate = a.value(5).toDouble();
        QDir().mkpath(path + QStringLiteral("/tasks"));
        for (int i = 1; i <= count; ++i) {
            pace(i, rate, start);
            const int k = (i - 1) % tasks;
            writeInPlace(path + QStringLiteral("/tasks/") + QString::fromLatin1(taskId(k)) + QStringLiteral(".json"),
                         codingAgentTask(k, i, taskStatus(i, count, tasks)));
            report(i, k);
        }
    } else if (mode == u"batch") {
        const double rate = a.value(4).toDouble();
        QDir().mkpath(path + QStringLiteral("/.claude"));
        for (int i = 1; i <= count; ++i) {
            pace(i, rate, start);
            replaceFile(path + QStringLiteral("/.claude/batch_state.json"), ".batch_state_" + randomName(8) + ".tmp",
                        batchState(i, count), false);
            report(i, 0);
        }
    } else if (mode == u"sqlite") {
        return runSqlite(path, count, a.value(4), a.value(5).toDouble(), start);
    } else {
        std::fprintf(stderr, "livewriter_tool: unknown mode %s\n", qPrintable(mode));
        return 1;
    }
    return 0;
}

namespace {

int runSqlite(const QString& dbPath, int count, const QString& key, double rate, qint64 start)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("livewriter"));
    db.setDatabaseName(dbPath);
    if (!db.open()) {
        std::fprintf(stderr, "livewriter_tool: cannot open %s: %s\n", qPrintable(dbPath), qPrintable(db.lastError().text()));
        return 2;
    }
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    const QString envelopeKey = key.startsWith(QLatin1String("state:")) ? key.mid(6) : key;
    for (int i = 1; i <= count; ++i) {
        pace(i, rate, start);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray value = "{\"key\":\"" + envelopeKey.toUtf8() + "\",\"value\":{\"seq\":" + QByteArray::number(i)
            + "},\"timestamp\":{\"secs_since_epoch\":" + QByteArray::number(now)
            + ",\"nanos_since_epoch\":0},\"schema_version\":1}";
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE kv_store SET value = ?, updated_at = ? WHERE key = ?"));
        q.addBindValue(value);
        q.addBindValue(now);
        q.addBindValue(key);
        if (!q.exec() || q.numRowsAffected() != 1 || !db.commit()) {
            std::fprintf(stderr, "livewriter_tool: cannot update %s in %s: %s\n", qPrintable(key), qPrintable(dbPath),
                         qPrintable(q.lastError().text()));
            return 2;
        }
        report(i, 0);
    }
    return 0;
}

} // namespace
