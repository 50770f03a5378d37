// SPDX-License-Identifier: GPL-3.0-or-later
// LiveDelta and the diff functions that fill it: positions and ids of removed, added and changed items in
// each list (checked by replaying the delta on the old list), key deltas of namespaces read from real files
// rewritten in place, whole snapshots of the coding-agent sample, and the file behind a namespace.
#include "model/livedelta.h"
#include "sources/source.h"
#include "testdir.h"

#include <QRandomGenerator>
#include <QTest>

using namespace statelens;
using statelens::test::TestDir;

namespace {

/// "a b* c": backups with paths a, b, c; a star gives the item other content (size 1 instead of 0).
QList<Backup> backupsOf(const QString& spec)
{
    QList<Backup> out;
    for (QString id : spec.split(u' ', Qt::SkipEmptyParts)) {
        Backup b;
        b.size = id.endsWith(u'*') ? 1 : 0;
        id.remove(u'*');
        b.path = id;
        b.id = id;
        out << b;
    }
    return out;
}

QStringList idsOf(const QList<Backup>& list)
{
    QStringList out;
    for (const Backup& b : list)
        out << b.path;
    return out;
}

/// The documented contract: removing `removed` (old positions, from the last) and inserting `added` (new
/// positions, from the first) turns the old ids into the new ones.
QStringList replay(QStringList ids, const ListDelta& d, const QStringList& after)
{
    for (qsizetype i = d.removed.size() - 1; i >= 0; --i)
        ids.removeAt(d.removed[i]);
    for (int pos : d.added)
        ids.insert(pos, after.value(pos));
    return ids;
}

QList<int> ints(const QString& spec)
{
    QList<int> out;
    for (const QString& n : spec.split(u' ', Qt::SkipEmptyParts))
        out << n.toInt();
    return out;
}

Snapshot load(const QString& path)
{
    auto state = openAndLoad(path);
    if (!state)
        qFatal("%s", qPrintable(state.error().toString()));
    return std::move(state->snapshot);
}

Problem problem(const QString& file, const QString& message, int line = 0)
{
    Problem p;
    p.file = file;
    p.message = message;
    p.line = line;
    return p;
}

} // namespace

class TestLiveDelta : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listDelta_data();
    void listDelta();
    void listDeltaReplaysRandomEdits();
    void sameListIsNoChange();
    void tasksAreKnownByFileThenId();
    void logsAndReportsCompareTheirOwnFields();
    void keys_data();
    void keys();
    void namespacesAddedRemovedAndChanged();
    void onlyListedNamespacesAreCompared();
    void codingAgentSnapshots();
    void problemsAndBatches_data();
    void problemsAndBatches();
    void deltaQueries();
    void namespaceFileOfEachLayout();
};

void TestLiveDelta::listDelta_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("removed");
    QTest::addColumn<QString>("added");
    QTest::addColumn<QString>("changed");
    QTest::addColumn<bool>("reset");

    QTest::newRow("nothing") << "" << "" << "" << "" << "" << false;
    QTest::newRow("same") << "a b c" << "a b c" << "" << "" << "" << false;
    QTest::newRow("all new") << "" << "a b" << "" << "0 1" << "" << false;
    QTest::newRow("all gone") << "a b" << "" << "0 1" << "" << "" << false;
    QTest::newRow("one removed in the middle") << "a b c" << "a c" << "1" << "" << "" << false;
    QTest::newRow("one added in the middle") << "a c" << "a b c" << "" << "1" << "" << false;
    QTest::newRow("content changed") << "a b c" << "a b* c" << "" << "" << "1" << false;
    QTest::newRow("removed, added and changed") << "a b c d" << "b* x d y" << "0 2" << "1 3" << "0" << false;
    QTest::newRow("replaced at the same place") << "a b c" << "a x c" << "1" << "1" << "" << false;
    QTest::newRow("two swapped") << "a b c" << "b a c" << "" << "" << "" << true;
    QTest::newRow("moved to the end") << "a b c" << "b c a" << "" << "" << "" << true;
    QTest::newRow("duplicate id: the second is new") << "a" << "a a" << "" << "1" << "" << false;
}

void TestLiveDelta::listDelta()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, removed);
    QFETCH(QString, added);
    QFETCH(QString, changed);
    QFETCH(bool, reset);

    const QList<Backup> a = backupsOf(before), b = backupsOf(after);
    const ListDelta d = diffBackups(a, b);
    QCOMPARE(d.removed, ints(removed));
    QCOMPARE(d.added, ints(added));
    QCOMPARE(d.changed, ints(changed));
    QCOMPARE(d.reset, reset);
    QCOMPARE(d.count(), int(d.removed.size() + d.added.size() + d.changed.size()));
    QCOMPARE(d.isEmpty(), removed.isEmpty() && added.isEmpty() && changed.isEmpty() && !reset);
    // The ids go with the positions: old ids for removed rows, new ids for added and changed ones.
    for (int i = 0; i < d.removed.size(); ++i)
        QCOMPARE(d.removedIds[i], a[d.removed[i]].path);
    for (int i = 0; i < d.added.size(); ++i)
        QCOMPARE(d.addedIds[i], b[d.added[i]].path);
    for (int i = 0; i < d.changed.size(); ++i)
        QCOMPARE(d.changedIds[i], b[d.changed[i]].path);
    if (!reset)
        QCOMPARE(replay(idsOf(a), d, idsOf(b)), idsOf(b));
}

void TestLiveDelta::listDeltaReplaysRandomEdits()
{
    // Lists that keep their order (as sorted files do), edited at random: the replay always gives the new list.
    QRandomGenerator rng(13);
    for (int round = 0; round < 300; ++round) {
        QStringList ids;
        for (int i = 0, n = rng.bounded(12); i < n; ++i)
            ids << QStringLiteral("f%1").arg(i * 2, 3, 10, QChar(u'0'));
        QStringList next;
        for (const QString& id : std::as_const(ids))
            if (rng.bounded(4) != 0)
                next << (rng.bounded(3) == 0 ? id + u'*' : id);
        for (int i = 0, n = rng.bounded(4); i < n; ++i)
            next << QStringLiteral("f%1").arg(rng.bounded(24) * 2 + 1, 3, 10, QChar(u'0'));
        next.removeDuplicates();
        std::sort(next.begin(), next.end());
        const QList<Backup> a = backupsOf(ids.join(u' ')), b = backupsOf(next.join(u' '));
        const ListDelta d = diffBackups(a, b);
        QVERIFY(!d.reset);
        QCOMPARE(replay(idsOf(a), d, idsOf(b)), idsOf(b));
        int starred = 0;
        for (const QString& id : std::as_const(next))
            starred += id.endsWith(u'*');
        QCOMPARE(int(d.changed.size()), starred);
    }
}

void TestLiveDelta::sameListIsNoChange()
{
    // A reload shares the lists it did not read again: nothing is compared, nothing is reported.
    const QList<Backup> a = backupsOf(QStringLiteral("a b c"));
    const QList<Backup> shared = a;
    QVERIFY(diffBackups(a, shared).isEmpty());
}

void TestLiveDelta::tasksAreKnownByFileThenId()
{
    auto task = [](const QString& id, const QString& file, const QByteArray& json) {
        Task t;
        t.id = id;
        t.file = file;
        t.value = ValueRef::fromValue(json::JsonValue::parse(json).value());
        return t;
    };
    // By file: the same file with another id inside is the same row, changed.
    const ListDelta byFile = diffTasks({ task(QStringLiteral("1"), QStringLiteral("/t/a.json"), "{}") },
                                       { task(QStringLiteral("2"), QStringLiteral("/t/a.json"), "{}") });
    QCOMPARE(byFile.changed, QList<int> { 0 });
    QVERIFY(byFile.added.isEmpty() && byFile.removed.isEmpty());
    // Tasks without a file (a state.json snapshot, a LangGraph thread) are known by id.
    const ListDelta byId = diffTasks({ task(QStringLiteral("1"), {}, R"({"status":"pending"})") },
                                     { task(QStringLiteral("1"), {}, R"({"status":"failed"})"),
                                       task(QStringLiteral("2"), {}, "{}") });
    QCOMPARE(byId.changed, QList<int> { 0 });
    QCOMPARE(byId.added, QList<int> { 1 });
    QCOMPARE(byId.addedIds, QStringList { QStringLiteral("2") });
    // The same bytes are the same task, whatever else the summary says.
    const ListDelta same = diffTasks({ task(QStringLiteral("1"), {}, R"({"a":1})") }, { task(QStringLiteral("1"), {}, R"({"a":1})") });
    QVERIFY(same.isEmpty());
}

void TestLiveDelta::logsAndReportsCompareTheirOwnFields()
{
    LogFile log;
    log.path = QStringLiteral("/logs/session_1.log");
    log.size = 10;
    LogFile grown = log;
    grown.size = 20;
    QCOMPARE(diffLogs({ log }, { grown }).changed, QList<int> { 0 });
    LogFile renamed = log;
    renamed.name = QStringLiteral("another name"); // not compared: only path, size, time and format
    QVERIFY(diffLogs({ log }, { renamed }).isEmpty());
    LogFile lines = log;
    lines.format = LogFile::Format::JsonLines;
    QCOMPARE(diffLogs({ log }, { lines }).changedIds, QStringList { log.path });

    // Reports are known by path and id together: one file may hold several (the sessions array).
    auto report = [](const QString& path, const QString& id, const QByteArray& json) {
        Report r;
        r.path = path;
        r.id = id;
        r.value = ValueRef::fromValue(json::JsonValue::parse(json).value());
        return r;
    };
    const QString file = QStringLiteral("/state.json");
    const ListDelta d = diffReports({ report(file, QStringLiteral("s1"), "1"), report(file, QStringLiteral("s2"), "2") },
                                    { report(file, QStringLiteral("s1"), "1"), report(file, QStringLiteral("s2"), "3"),
                                      report(file, QStringLiteral("s3"), "4") });
    QCOMPARE(d.changed, QList<int> { 1 });
    QCOMPARE(d.added, QList<int> { 2 });
    QVERIFY(d.removed.isEmpty());
}

void TestLiveDelta::keys_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("changed");
    QTest::addColumn<bool>("reordered");

    QTest::newRow("unchanged") << QByteArray(R"({"a": 1, "b": [1, 2]})") << QByteArray(R"({"a": 1, "b": [1, 2]})")
                               << QStringList() << QStringList() << QStringList() << false;
    QTest::newRow("one value") << QByteArray(R"({"a": 1, "b": 2})") << QByteArray(R"({"a": 1, "b": 3})")
                               << QStringList() << QStringList() << QStringList { "b" } << false;
    QTest::newRow("nested value") << QByteArray(R"({"a": {"x": [1, 2]}, "b": 2})")
                                  << QByteArray(R"({"a": {"x": [1, 3]}, "b": 2})") << QStringList() << QStringList()
                                  << QStringList { "a" } << false;
    QTest::newRow("type") << QByteArray(R"({"a": "1"})") << QByteArray(R"({"a": 1})") << QStringList() << QStringList()
                          << QStringList { "a" } << false;
    QTest::newRow("added and removed") << QByteArray(R"({"a": 1, "b": 2})") << QByteArray(R"({"b": 2, "c": 3})")
                                       << QStringList { "c" } << QStringList { "a" } << QStringList() << false;
    QTest::newRow("other members moved") << QByteArray("{\"a\": 1,\n \"b\": 2}")
                                         << QByteArray("{\n  \"a\": 1,\n  \"b\": 2,\n  \"pad\": \"x\"\n}")
                                         << QStringList { "pad" } << QStringList() << QStringList() << false;
    QTest::newRow("all keys gone") << QByteArray(R"({"a": 1, "b": 2})") << QByteArray("{}") << QStringList()
                                   << QStringList { "a", "b" } << QStringList() << false;
    // Another order is a change of its own: whatever maps keys to positions maps them again.
    QTest::newRow("keys in another order") << QByteArray(R"({"a": 1, "b": 2})") << QByteArray(R"({"b": 2, "a": 1})")
                                           << QStringList() << QStringList() << QStringList() << true;
    QTest::newRow("another order and a value") << QByteArray(R"({"a": 1, "b": 2, "c": 3})")
                                               << QByteArray(R"({"c": 4, "a": 1, "b": 2})") << QStringList()
                                               << QStringList() << QStringList { "c" } << true;
}

void TestLiveDelta::keys()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QStringList, added);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, changed);
    QFETCH(bool, reordered);

    // The file is rewritten in place, as a tool does, and read again.
    TestDir dir;
    dir.createFile(QStringLiteral("prefs.json"), before);
    const Snapshot a = load(dir.path());
    dir.createFile(QStringLiteral("prefs.json"), after);
    const Snapshot b = load(dir.path());
    const Namespace* na = a.findNamespace(QStringLiteral("prefs"));
    const Namespace* nb = b.findNamespace(QStringLiteral("prefs"));
    QVERIFY(na && nb);

    const KeyDelta k = diffKeys(*na, *nb);
    QCOMPARE(k.ns, QStringLiteral("prefs"));
    QCOMPARE(k.added, added);
    QCOMPARE(k.removed, removed);
    QCOMPARE(k.changed, changed);
    QCOMPARE(k.reordered, reordered);
    QCOMPARE(k.isEmpty(), added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !reordered);

    // The whole snapshot says the same about the namespace.
    const LiveDelta d = diffSnapshots(a, b);
    QVERIFY(d.full);
    if (k.isEmpty()) {
        QVERIFY(d.namespaces.isEmpty());
        QCOMPARE(d.keysOf(QStringLiteral("prefs")), nullptr);
    } else {
        QCOMPARE(d.namespaces.changedIds, QStringList { QStringLiteral("prefs") });
        const KeyDelta* same = d.keysOf(QStringLiteral("prefs"));
        QVERIFY(same);
        QCOMPARE(same->added, added);
        QCOMPARE(same->removed, removed);
        QCOMPARE(same->changed, changed);
        QCOMPARE(same->reordered, reordered);
    }
}

void TestLiveDelta::namespacesAddedRemovedAndChanged()
{
    TestDir dir;
    dir.createFile(QStringLiteral("alpha.json"), R"({"n": 1})");
    dir.createFile(QStringLiteral("beta.json"), R"({"n": 1})");
    dir.createFile(QStringLiteral("gamma.json"), R"({"n": 1})");
    const Snapshot a = load(dir.path());
    QFile::remove(dir.filePath(QStringLiteral("alpha.json")));
    dir.createFile(QStringLiteral("beta.json"), R"({"n": 2})");
    dir.createFile(QStringLiteral("delta.json"), R"({"n": 1})");
    const Snapshot b = load(dir.path());

    const LiveDelta d = diffSnapshots(a, b);
    QCOMPARE(d.namespaces.removedIds, QStringList { QStringLiteral("alpha") });
    QCOMPARE(d.namespaces.addedIds, QStringList { QStringLiteral("delta") });
    QCOMPARE(d.namespaces.changedIds, QStringList { QStringLiteral("beta") });
    // Keys are listed for namespaces present on both sides only.
    QCOMPARE(d.keys.size(), 1);
    QCOMPARE(d.keys.first().ns, QStringLiteral("beta"));
    QCOMPARE(d.keys.first().changed, QStringList { QStringLiteral("n") });
    QStringList names = d.changedNamespaceNames();
    names.sort();
    QCOMPARE(names, (QStringList { QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("delta") }));
    QVERIFY(!d.isEmpty());
}

void TestLiveDelta::onlyListedNamespacesAreCompared()
{
    TestDir dir;
    dir.createFile(QStringLiteral("alpha.json"), R"({"n": 1})");
    dir.createFile(QStringLiteral("beta.json"), R"({"n": 1})");
    const Snapshot a = load(dir.path());
    dir.createFile(QStringLiteral("alpha.json"), R"({"n": 2})");
    dir.createFile(QStringLiteral("beta.json"), R"({"n": 2})");
    const Snapshot b = load(dir.path());

    // A partial reload that read only beta.json: alpha is taken as unchanged.
    LiveDelta d;
    const QSet<QString> only { QStringLiteral("beta") };
    diffNamespacesInto(d, a, b, &only);
    QCOMPARE(d.namespaces.changedIds, QStringList { QStringLiteral("beta") });
    QCOMPARE(d.keys.size(), 1);
    QCOMPARE(d.keys.first().ns, QStringLiteral("beta"));
    // Without the list both are compared; an earlier key list is replaced, not appended to.
    diffNamespacesInto(d, a, b);
    QCOMPARE(d.namespaces.changedIds, (QStringList { QStringLiteral("alpha"), QStringLiteral("beta") }));
    QCOMPARE(d.keys.size(), 2);
}

void TestLiveDelta::codingAgentSnapshots()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
    const Snapshot a = load(root);
    QVERIFY(a.tasks.size() >= 2);
    QVERIFY(diffSnapshots(a, load(root)).isEmpty()); // read twice, nothing changed

    // A task's status changes in its file, another task file goes, and a backup appears.
    const Task& first = a.tasks.first();
    QFile f(first.file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray text = f.readAll();
    f.close();
    const qsizetype at = text.indexOf("\"status\": \"");
    QVERIFY(at > 0);
    const qsizetype end = text.indexOf('"', at + 11);
    text.replace(at + 11, end - (at + 11), "cancelled");
    dir.createFile(first.file, text);
    const QString gone = a.tasks.last().file;
    QVERIFY(QFile::remove(gone));
    const QString newest = root + QStringLiteral("/state.backup.1895260929605.json");
    QVERIFY(QFile::copy(root + QStringLiteral("/state.json"), newest));

    const Snapshot b = load(root);
    const LiveDelta d = diffSnapshots(a, b);
    QVERIFY(d.full);
    QCOMPARE(d.tasks.changed, QList<int> { 0 });
    QCOMPARE(d.tasks.changedIds, QStringList { first.file });
    QCOMPARE(d.tasks.removed, QList<int> { int(a.tasks.size() - 1) });
    QCOMPARE(d.tasks.removedIds, QStringList { gone });
    QVERIFY(d.tasks.added.isEmpty());
    QCOMPARE(d.backups.addedIds, QStringList { newest });
    QVERIFY(d.backups.removed.isEmpty());
    QVERIFY(d.logs.isEmpty());
    QVERIFY(d.reports.isEmpty());
}

void TestLiveDelta::problemsAndBatches_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<bool>("same");
    // Problems: 0 equal lists, 1 another message, 2 another line, 3 one more, 4 another severity.
    QTest::newRow("problems equal") << 0 << true;
    QTest::newRow("problem message") << 1 << false;
    QTest::newRow("problem line") << 2 << false;
    QTest::newRow("problem added") << 3 << false;
    QTest::newRow("problem severity") << 4 << false;
    // Batches: 10 both none, 11 none and one, 12 equal, 13 feature state, 14 current index, 15 feature added.
    QTest::newRow("no batches") << 10 << true;
    QTest::newRow("batch appears") << 11 << false;
    QTest::newRow("batches equal") << 12 << true;
    QTest::newRow("feature state") << 13 << false;
    QTest::newRow("current index") << 14 << false;
    QTest::newRow("feature added") << 15 << false;
}

void TestLiveDelta::problemsAndBatches()
{
    QFETCH(int, which);
    QFETCH(bool, same);
    if (which < 10) {
        const QList<Problem> a { problem(QStringLiteral("/s/a.json"), QStringLiteral("bad"), 3) };
        QList<Problem> b = a;
        if (which == 1)
            b[0].message = QStringLiteral("worse");
        else if (which == 2)
            b[0].line = 4;
        else if (which == 3)
            b << problem(QStringLiteral("/s/b.json"), QStringLiteral("bad"));
        else if (which == 4)
            b[0].severity = Problem::Severity::Error;
        QCOMPARE(sameProblems(a, b), same);
        QCOMPARE(sameProblems(b, a), same);
        return;
    }
    Batch batch;
    batch.id = QStringLiteral("batch-1");
    batch.status = QStringLiteral("running");
    BatchFeature f;
    f.name = QStringLiteral("login");
    f.state = QStringLiteral("current");
    batch.features << f;
    std::optional<Batch> a = which == 10 ? std::nullopt : std::optional<Batch>(batch);
    std::optional<Batch> b = a;
    if (which == 11)
        a.reset();
    else if (which == 13)
        b->features[0].state = QStringLiteral("failed");
    else if (which == 14)
        b->currentIndex = 1;
    else if (which == 15)
        b->features << f;
    QCOMPARE(sameBatch(a, b), same);
    QCOMPARE(sameBatch(b, a), same);
}

void TestLiveDelta::deltaQueries()
{
    LiveDelta d;
    QVERIFY(d.isEmpty());
    QCOMPARE(d.keysOf(QStringLiteral("x")), nullptr);
    d.infoChanged = true;
    QVERIFY(!d.isEmpty());
    d.infoChanged = false;
    d.keys << KeyDelta { QStringLiteral("user"), {}, {}, { QStringLiteral("name") } };
    d.namespaces.addedIds << QStringLiteral("new");
    d.namespaces.changedIds << QStringLiteral("user");
    QVERIFY(!d.isEmpty());
    QVERIFY(d.keysOf(QStringLiteral("user")));
    QCOMPARE(d.keysOf(QStringLiteral("user"))->changed, QStringList { QStringLiteral("name") });
    // A namespace is named once, whether it changed as a whole or by its keys.
    QCOMPARE(d.changedNamespaceNames(), (QStringList { QStringLiteral("new"), QStringLiteral("user") }));
}

void TestLiveDelta::namespaceFileOfEachLayout()
{
    // One file per namespace: namespaceFiles names it; an unknown namespace has none.
    TestDir files;
    files.createFile(QStringLiteral("alpha.json"), R"({"n": 1})");
    files.createFile(QStringLiteral("empty.json"), "{}");
    const Snapshot perFile = load(files.path());
    QCOMPARE(namespaceFile(perFile, QStringLiteral("alpha")), files.filePath(QStringLiteral("alpha.json")));
    QCOMPARE(namespaceFile(perFile, QStringLiteral("empty")), files.filePath(QStringLiteral("empty.json")));
    QCOMPARE(namespaceFile(perFile, QStringLiteral("nowhere")), QString());

    // The documented format keeps every namespace in state.json, an empty or a new one too.
    TestDir documented;
    documented.createFile(QStringLiteral("state.json"),
                          R"({"version": "1.0.0", "namespaces": {"user": {"name": "Ada"}, "empty": {}}})");
    const Snapshot one = load(documented.path());
    QCOMPARE(one.info.kind, SourceKind::Documented);
    const QString state = documented.filePath(QStringLiteral("state.json"));
    QCOMPARE(namespaceFile(one, QStringLiteral("user")), state);
    QCOMPARE(namespaceFile(one, QStringLiteral("empty")), state);
    QCOMPARE(namespaceFile(one, QStringLiteral("new")), state);
    const Namespace* user = one.findNamespace(QStringLiteral("user"));
    QVERIFY(user);
    QCOMPARE(namespaceFile(one, *user), state);
}

QTEST_GUILESS_MAIN(TestLiveDelta)
#include "tst_livedelta.moc"
