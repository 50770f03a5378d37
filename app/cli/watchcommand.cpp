// SPDX-License-Identifier: GPL-3.0-or-later
// statelens-cli watch PATH [--count N] [--poll MS]: one JSON line per change until interrupted.
#include "cli.h"
#include "output.h"

#include "live/livestate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace statelens::cli {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("statelens-cli", s); }

int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

/// Prints lines for what `d` says changed between `before` and `after`.
class LinePrinter
{
public:
    explicit LinePrinter(int limit) : m_limit(limit) { }

    bool done() const { return m_limit > 0 && m_printed >= m_limit; }

    void print(const LiveDelta& d, const Snapshot& before, const Snapshot& after)
    {
        m_time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const KeyDelta& k : d.keys) {
            keys(k.ns, k.added, u"added", after);
            keys(k.ns, k.changed, u"modified", after);
            keys(k.ns, k.removed, u"removed", before);
        }
        for (const QString& ns : d.namespaces.addedIds)
            if (const Namespace* n = after.findNamespace(ns)) {
                QStringList names;
                for (const Entry& e : n->entries)
                    names << e.key;
                keys(ns, names, u"added", after);
            }
        for (const QString& ns : d.namespaces.removedIds)
            line(namespaceFile(before, ns), u"removed", QStringLiteral("address"), Address { ns, {}, {} }.toString());
        items(d.tasks.added, after.tasks, u"added");
        items(d.tasks.changed, after.tasks, u"modified");
        items(d.tasks.removed, before.tasks, u"removed");
        files(d.backups, before.backups, after.backups, QStringLiteral("backup"));
        files(d.reports, before.reports, after.reports, QStringLiteral("report"));
        files(d.sessions, before.sessions, after.sessions, QStringLiteral("session"));
        files(d.logs, before.logs, after.logs, QStringLiteral("log"));
        if (d.problemsChanged)
            for (const Problem& p : after.problems)
                if (std::none_of(before.problems.cbegin(), before.problems.cend(), [&](const Problem& q) {
                        return q.file == p.file && q.message == p.message;
                    }))
                    line(p.file, u"problem", QStringLiteral("message"), p.message);
        if (d.batchChanged && after.batch)
            line(namespaceFile(after, QStringLiteral("batch_state")), u"modified", QStringLiteral("batch"), after.batch->id);
    }

private:
    void keys(const QString& ns, const QStringList& names, QStringView kind, const Snapshot& s)
    {
        for (const QString& key : names) {
            const std::optional<Entry> e = s.findEntry(ns, key);
            line(e ? e->file : namespaceFile(s, ns), kind, QStringLiteral("address"), Address { ns, key, {} }.toString());
        }
    }

    void items(const QList<int>& rows, const QList<Task>& tasks, QStringView kind)
    {
        for (int i : rows)
            if (i >= 0 && i < tasks.size())
                line(tasks[i].file, kind, QStringLiteral("task"), tasks[i].id);
    }

    template<typename T>
    void files(const ListDelta& d, const QList<T>& before, const QList<T>& after, const QString& field)
    {
        auto one = [&](const QList<int>& rows, const QList<T>& list, QStringView kind) {
            for (int i : rows)
                if (i >= 0 && i < list.size())
                    line(list[i].path, kind, field, idOf(list[i]));
        };
        one(d.added, after, u"added");
        one(d.changed, after, u"modified");
        one(d.removed, before, u"removed");
    }

    static QString idOf(const Backup& b) { return b.id; }
    static QString idOf(const Report& r) { return r.id; }
    static QString idOf(const LogFile& l) { return l.name; }

    void line(const QString& file, QStringView kind, const QString& field, const QString& value)
    {
        if (done())
            return;
        json::JsonValue o = json::JsonValue::object();
        o.insert(QStringLiteral("time"), str(m_time));
        o.insert(QStringLiteral("file"), str(file));
        o.insert(QStringLiteral("kind"), str(kind.toString()));
        o.insert(field, str(value));
        const QByteArray out = o.toCompactJson() + '\n';
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
        ++m_printed;
    }

    int m_limit;
    int m_printed = 0;
    QString m_time;
};

} // namespace

int cmdWatch(const Invocation& inv)
{
    const int count = inv.options.value(QStringLiteral("count"), QStringLiteral("0")).toInt();
    if (count < 0)
        return usage(tr("--count needs a number of lines"));
    int code = Ok;
    auto opened = openAndLoad(inv, &code);
    if (!opened)
        return code;
    LiveState live;
    WatchSettings settings;
    if (inv.options.contains(QStringLiteral("poll"))) {
        settings.forcePolling = true;
        settings.pollIntervalMs = qMax(50, inv.options.value(QStringLiteral("poll")).toInt());
    }
    live.setSettings(settings);
    if (auto r = live.start(std::shared_ptr<Source>(std::move(opened->source)), opened->snapshot); !r)
        return fail(r.error(), DataError);

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0)
        return fail(Error::io(inv.path, tr("cannot set up signal handling")), DataError);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [] { QCoreApplication::exit(Ok); });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    ::sigemptyset(&sa.sa_mask);
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);

    // Said once the baseline is taken: from then on every change is reported.
    QObject::connect(&live, &LiveState::ready, &live, [&] {
        std::fprintf(stderr, "%s\n", qPrintable(tr("watching %1 (%2); Ctrl+C stops").arg(inv.path, live.modeDescription())));
    });
    Snapshot previous = opened->snapshot;
    LinePrinter printer(count);
    QObject::connect(&live, &LiveState::updated, &live, [&](const LiveDelta& d) {
        printer.print(d, previous, live.snapshot());
        previous = live.snapshot();
        if (printer.done())
            QCoreApplication::exit(Ok);
    });
    QObject::connect(&live, &LiveState::reloadFailed, &live,
                     [](const QString& message) { std::fprintf(stderr, "statelens-cli: %s\n", qPrintable(message)); });
    const int result = QCoreApplication::exec();
    live.stop();
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    return result;
}

} // namespace statelens::cli
