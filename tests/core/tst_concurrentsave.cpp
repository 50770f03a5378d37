// SPDX-License-Identifier: GPL-3.0-or-later
// Saving next to a running tool: the write path takes the folder's lock before it reads, rebases the
// edits onto what the tool wrote meanwhile, and calls only a key both sides changed a conflict, by name.
#include "io/jsonfilewriter.h"
#include "io/safewrite.h"
#include "json/jsondocument.h"
#include "sources/source.h"
#include "testdir.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <ctime>

using namespace statelens;
using json::JsonValue;

namespace {

qint64 monotonicNs()
{
    struct timespec ts;
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

const QByteArray StateJson = R"({
  "version": "1.0.0",
  "last_saved": "2026-01-01T00:00:00.000Z",
  "namespaces": {
    "user": { "value": 0 },
    "writer": { "counter": 0 }
  },
  "sessions": [],
  "metrics": { "total_tasks": 0, "completed_tasks": 0, "failed_tasks": 0, "average_completion_time": 0 }
}
)";

/// One write of the external writer, as it reported it.
struct ToolWrite
{
    int n = 0;
    qint64 readNs = 0;
    qint64 renameNs = 0;
};

/// The external writer (tests/helpers/statewriter_rmw) rewriting state.json at 50 writes per second.
class Tool
{
public:
    Tool(const QString& folder, bool locking, const QString& ns, const QString& key)
    {
        m_process.start(test::TestDir::programPath(QStringLiteral("statewriter_rmw")),
                        { folder, locking ? QStringLiteral("lock") : QStringLiteral("nolock"), QStringLiteral("50"), ns, key });
    }
    ~Tool()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    bool started() { return m_process.waitForStarted(); }
    /// Waits for the next write that began reading after `ns` (CLOCK_MONOTONIC).
    bool waitForWriteAfter(qint64 ns)
    {
        for (;;) {
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine();
                m_seen += line;
                if (parse(line).readNs > ns)
                    return true;
            }
            if (!m_process.waitForReadyRead(5000))
                return false;
        }
    }
    /// Stops it after the write in progress; returns every write it made.
    QList<ToolWrite> stop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000) || m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0)
            return {};
        m_writes.clear();
        const QList<QByteArray> lines = (m_seen + m_process.readAllStandardOutput()).split('\n');
        for (const QByteArray& l : lines)
            if (!l.trimmed().isEmpty())
                m_writes << parse(l);
        return m_writes;
    }
    QByteArray errors() { return m_process.readAllStandardError(); }

private:
    static ToolWrite parse(const QByteArray& line)
    {
        const QList<QByteArray> f = line.trimmed().split(' ');
        return f.size() == 3 ? ToolWrite { f[0].toInt(), f[1].toLongLong(), f[2].toLongLong() } : ToolWrite {};
    }

    QProcess m_process;
    QByteArray m_seen;
    QList<ToolWrite> m_writes;
};

QJsonObject namespacesIn(const QString& stateFile)
{
    QFile f(stateFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("namespaces")).toObject();
}

Change setValue(const QString& ns, const QString& key, qint64 value)
{
    Change c;
    c.address = Address { ns, key, {} };
    c.value = JsonValue::fromInt(value);
    return c;
}

std::optional<JsonValue> optionalJson(const char* text)
{
    if (!text)
        return std::nullopt;
    return JsonValue::parse(text).value();
}

} // namespace

class TestConcurrentSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rebaseDecidesPerKey_data()
    {
        QTest::addColumn<QByteArray>("base");
        QTest::addColumn<QByteArray>("disk");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QByteArray>("value"); // empty: remove
        QTest::addColumn<bool>("checkBase");
        QTest::addColumn<QStringList>("conflicts"); // empty: the save goes through
        QTest::addColumn<QByteArray>("result");

        QTest::newRow("unchanged file") << QByteArray(R"({"a": 1, "b": 1})") << QByteArray(R"({"a": 1, "b": 1})")
                                        << "/a" << QByteArray("5") << true << QStringList() << QByteArray(R"({"a": 5, "b": 1})");
        QTest::newRow("other key changed: rebased, their bytes kept")
            << QByteArray(R"({"a": 1, "b": 1})") << QByteArray("{\"b\":2,  \"a\":1}\n") << "/a" << QByteArray("5") << true
            << QStringList() << QByteArray("{\"b\":2,  \"a\":5}\n");
        QTest::newRow("same key changed") << QByteArray(R"({"a": 1, "b": 1})") << QByteArray(R"({"a": 2, "b": 1})")
                                          << "/a" << QByteArray("5") << true << QStringList { "/a" } << QByteArray(R"({"a": 2, "b": 1})");
        QTest::newRow("same change on both sides") << QByteArray(R"({"a": 1})") << QByteArray(R"({"a": 5, "c": 0})")
                                                   << "/a" << QByteArray("5") << true << QStringList() << QByteArray(R"({"a": 5, "c": 0})");
        QTest::newRow("reordered and respelled, same value")
            << QByteArray(R"({"a": {"x": 1.0, "y": 2}, "b": 0})") << QByteArray(R"({"b": 1, "a": {"y": 2, "x": 1}})") << "/a"
            << QByteArray(R"({"y": 2, "x": 1, "z": 3})") << true << QStringList()
            << QByteArray(R"({"b": 1, "a": {"y": 2, "x": 1, "z": 3}})");
        QTest::newRow("added on both sides") << QByteArray(R"({"a": 1})") << QByteArray(R"({"a": 1, "c": 1})") << "/c"
                                             << QByteArray("2") << true << QStringList { "/c" } << QByteArray(R"({"a": 1, "c": 1})");
        QTest::newRow("removed by them, changed by me") << QByteArray(R"({"a": 1, "b": 1})") << QByteArray(R"({"b": 1})")
                                                        << "/a" << QByteArray("5") << true << QStringList { "/a" } << QByteArray(R"({"b": 1})");
        QTest::newRow("removed on both sides") << QByteArray(R"({"a": 1, "b": 1})") << QByteArray(R"({"b": 2})") << "/a"
                                               << QByteArray() << true << QStringList() << QByteArray(R"({"b": 2})");
        QTest::newRow("inside a value they changed") << QByteArray(R"({"a": {"x": 1}})") << QByteArray(R"({"a": {"x": 1, "y": 1}})")
                                                     << "/a" << QByteArray(R"({"x": 2})") << true << QStringList { "/a" }
                                                     << QByteArray(R"({"a": {"x": 1, "y": 1}})");
        QTest::newRow("our own bookkeeping is no conflict") << QByteArray(R"({"m": 1})") << QByteArray(R"({"m": 2})") << "/m"
                                                            << QByteArray("3") << false << QStringList() << QByteArray(R"({"m": 3})");
    }

    void rebaseDecidesPerKey()
    {
        QFETCH(QByteArray, base);
        QFETCH(QByteArray, disk);
        QFETCH(QString, pointer);
        QFETCH(QByteArray, value);
        QFETCH(bool, checkBase);
        QFETCH(QStringList, conflicts);
        QFETCH(QByteArray, result);

        test::TestDir dir;
        const QString file = dir.createFile(QStringLiteral("s.json"), base);
        const FileStamp expected = FileStamp::ofContent(file, base);
        if (disk != base) // as the tools write: a new file renamed over the old one
            QVERIFY(writeFileAtomically(file, disk));
        JsonEdit edit;
        edit.pointer = json::Pointer::parse(pointer).value();
        edit.value = value.isEmpty() ? std::nullopt : optionalJson(value.constData());
        const json::Document before = json::Document::parse(base).value();
        const quint32 at = before.resolve(edit.pointer);
        edit.base = at == json::Document::npos ? std::nullopt : std::optional(before.toValue(at));
        edit.checkBase = checkBase;
        JsonWriteRequest req;
        req.file = file;
        req.edits = { edit };
        req.expected = expected;

        QCOMPARE(bool(checkJsonEdits(req)), conflicts.isEmpty());
        auto out = applyJsonEdits(req);
        if (conflicts.isEmpty()) {
            QVERIFY2(out, qPrintable(out ? QString() : out.error().toString()));
        } else {
            QVERIFY(!out);
            QCOMPARE(out.error().kind, Error::Kind::Conflict);
            QCOMPARE(out.error().conflicts, conflicts);
            QCOMPARE(out.error().file, file);
        }
        QCOMPARE(dir.read(QStringLiteral("s.json")), result);
    }

    void savesBesideARunningTool_data()
    {
        QTest::addColumn<bool>("locking");
        QTest::newRow("tool takes state.lock") << true;
        QTest::newRow("tool takes no lock") << false;
    }

    /// 100 saves of a key the tool never touches while it rewrites state.json 50 times a second.
    void savesBesideARunningTool()
    {
        QFETCH(bool, locking);
        test::TestDir dir;
        const QString folder = dir.createDir(QStringLiteral("state"));
        const QString stateFile = dir.createFile(QStringLiteral("state/state.json"), StateJson);
        Tool tool(folder, locking, QStringLiteral("writer"), QStringLiteral("counter"));
        QVERIFY(tool.started());
        QVERIFY(tool.waitForWriteAfter(0));

        constexpr int Saves = 100;
        struct Save
        {
            qint64 startNs, endNs; ///< from before the load to after the write
        };
        QList<Save> saves;
        QList<Error> failures;
        QList<int> lost; // saves whose value was gone at a later load
        int lastSaved = 0;
        auto overlaps = [](const ToolWrite& w, const Save& s) { return w.readNs < s.endNs && w.renameNs > s.startNs; };
        for (int i = 1; i <= Saves; ++i) {
            const qint64 start = monotonicNs();
            auto loaded = openAndLoad(folder);
            QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
            QCOMPARE(loaded->snapshot.info.kind, SourceKind::Documented);
            const std::optional<Entry> mine = loaded->snapshot.findEntry(QStringLiteral("user"), QStringLiteral("value"));
            QVERIFY(mine);
            if (lastSaved > 0 && mine->value.toValue().toInt(-1) != lastSaved && !lost.contains(lastSaved))
                lost << lastSaved;
            // Every other save waits until the tool has rewritten the file after our read: what made saves
            // fail before whatever the speed of the machine (the others race it freely).
            if (i % 2)
                QVERIFY(tool.waitForWriteAfter(monotonicNs()));
            auto r = loaded->source->apply(loaded->snapshot, { setValue(QStringLiteral("user"), QStringLiteral("value"), i) });
            saves << Save { start, monotonicNs() };
            if (r)
                lastSaved = i;
            else
                failures << r.error();
        }
        // Let the tool write after the last save, so that its last value is in the file whatever happened.
        QVERIFY(tool.waitForWriteAfter(saves.last().endNs));
        const QList<ToolWrite> writes = tool.stop();
        QVERIFY2(!writes.isEmpty(), tool.errors().constData());
        const QJsonObject ns = namespacesIn(stateFile);
        if (ns.value(QStringLiteral("user")).toObject().value(QStringLiteral("value")).toInt() != lastSaved
            && !lost.contains(lastSaved))
            lost << lastSaved;
        qInfo("%d saves: %d failed, %d lost to a write of the tool; the tool wrote %d times", Saves,
              int(failures.size()), int(lost.size()), int(writes.size()));

        QCOMPARE(ns.value(QStringLiteral("writer")).toObject().value(QStringLiteral("counter")).toInt(), writes.last().n);
        QVERIFY(writes.size() >= Saves / 2);
        if (locking) {
            QStringList messages;
            for (const Error& e : std::as_const(failures))
                messages << e.toString();
            QVERIFY2(failures.isEmpty(), qPrintable(messages.join(u'\n')));
            QCOMPARE(lost, QList<int>());
            QCOMPARE(lastSaved, Saves);
            return;
        }
        // A tool that takes no lock writes back what it read before our rename: that loses our value, and
        // only a write of theirs that overlaps the save can do it (how often depends on how long its fsync
        // takes). Such a stale write-back is also the only way our key can change under a save: a save
        // refused for it names that key and follows a lost save, so there are at most as many as lost ones.
        for (int i : std::as_const(lost))
            QVERIFY2(std::any_of(writes.cbegin(), writes.cend(), [&](const ToolWrite& w) { return overlaps(w, saves[i - 1]); }),
                     qPrintable(QStringLiteral("save %1 was lost without a write of the tool overlapping it").arg(i)));
        for (const Error& e : std::as_const(failures)) {
            QCOMPARE(e.kind, Error::Kind::Conflict);
            QCOMPARE(e.conflicts, QStringList { QStringLiteral("user/value") });
        }
        QVERIFY2(failures.size() <= lost.size(), qPrintable(QStringLiteral("%1 refused, %2 lost").arg(failures.size()).arg(lost.size())));
    }

    /// The tool changes the very key we save: a Conflict that names it, and nothing written.
    void sameKeyIsAConflictNamingIt()
    {
        test::TestDir dir;
        const QString folder = dir.createDir(QStringLiteral("state"));
        const QString stateFile = dir.createFile(QStringLiteral("state/state.json"), StateJson);
        Tool tool(folder, true, QStringLiteral("user"), QStringLiteral("value"));
        QVERIFY(tool.started());
        auto loaded = openAndLoad(folder);
        QVERIFY(loaded);
        QVERIFY(tool.waitForWriteAfter(monotonicNs()));
        auto r = loaded->source->apply(loaded->snapshot, { setValue(QStringLiteral("user"), QStringLiteral("value"), -7),
                                                           setValue(QStringLiteral("other"), QStringLiteral("key"), 1) });
        QVERIFY(!tool.stop().isEmpty());
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
        QCOMPARE(r.error().conflicts, QStringList { QStringLiteral("user/value") });
        QCOMPARE(r.error().file, stateFile);
        const QJsonObject ns = namespacesIn(stateFile);
        QVERIFY(ns.value(QStringLiteral("user")).toObject().value(QStringLiteral("value")).toInt() > 0);
        QVERIFY(!ns.contains(QStringLiteral("other")));
    }

    /// A lock that cannot be taken (state.lock is a folder) stops the save before anything is read or
    /// written, with an error that names the lock file.
    void unusableLockWritesNothing()
    {
        test::TestDir dir;
        const QString folder = dir.createDir(QStringLiteral("state"));
        dir.createFile(QStringLiteral("state/state.json"), StateJson);
        const QString lock = dir.createDir(QStringLiteral("state/state.lock"));
        auto loaded = openAndLoad(folder);
        QVERIFY(loaded);
        auto r = loaded->source->apply(loaded->snapshot, { setValue(QStringLiteral("user"), QStringLiteral("value"), 3) });
        QVERIFY(!r);
        QVERIFY(r.error().kind != Error::Kind::Conflict);
        QVERIFY2(r.error().toString().contains(lock), qPrintable(r.error().toString()));
        QCOMPARE(dir.read(QStringLiteral("state/state.json")), StateJson);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentSave)
#include "tst_concurrentsave.moc"
