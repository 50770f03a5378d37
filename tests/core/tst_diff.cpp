// SPDX-License-Identifier: GPL-3.0-or-later
// The structural diff: value-level changes, snapshot-level changes, checked against expectations computed
// independently (QJsonDocument, and applying the changes back).
#include "backup/backupcatalogue.h"
#include "backup/backuploader.h"
#include "diff/structuraldiff.h"
#include "sources/source.h"
#include "testdir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace statelens;
using json::JsonValue;
using json::Pointer;
using diff::ChangeKind;

namespace {
JsonValue parse(const char* text)
{
    return JsonValue::parse(text).value();
}

/// Applies a change list to `v` (removals of array elements from the end first), as an independent check
/// that the changes describe exactly the difference.
void applyChanges(JsonValue& root, const QList<diff::ValueChange>& changes)
{
    auto at = [&root](const Pointer& p) {
        JsonValue* v = &root;
        for (const QString& t : p.tokens())
            v = v->isObject() ? v->member(t) : &v->items()[size_t(t.toInt())];
        return v;
    };
    QList<diff::ValueChange> removals;
    for (const diff::ValueChange& c : changes) {
        if (c.kind == ChangeKind::Removed) {
            removals.prepend(c);
            continue;
        }
        if (c.pointer.isRoot()) {
            root = c.after;
            continue;
        }
        JsonValue* parent = at(c.pointer.parent());
        if (parent->isObject())
            parent->insert(c.pointer.last(), c.after);
        else if (c.kind == ChangeKind::Added)
            parent->append(c.after);
        else
            parent->items()[size_t(c.pointer.last().toInt())] = c.after;
    }
    for (const diff::ValueChange& c : removals) {
        JsonValue* parent = at(c.pointer.parent());
        if (parent->isObject())
            parent->remove(c.pointer.last());
        else
            parent->items().erase(parent->items().begin() + c.pointer.last().toInt());
    }
}

JsonValue randomValue(QRandomGenerator& rng, int depth)
{
    const int kind = depth > 3 ? int(rng.bounded(4)) : int(rng.bounded(6));
    switch (kind) {
    case 0: return JsonValue();
    case 1: return JsonValue::fromBool(rng.bounded(2));
    case 2: return JsonValue::fromInt(rng.bounded(100));
    case 3: return JsonValue::fromString(QStringLiteral("s%1").arg(rng.bounded(10)));
    case 4: {
        JsonValue o = JsonValue::object();
        const int n = int(rng.bounded(5));
        for (int i = 0; i < n; ++i)
            o.insert(QStringLiteral("k%1").arg(rng.bounded(8)), randomValue(rng, depth + 1));
        return o;
    }
    default: {
        JsonValue a = JsonValue::array();
        const int n = int(rng.bounded(5));
        for (int i = 0; i < n; ++i)
            a.append(randomValue(rng, depth + 1));
        return a;
    }
    }
}

/// A random edit somewhere inside `v`.
void mutate(QRandomGenerator& rng, JsonValue& v, int depth = 0)
{
    if (v.isObject() && !v.members().empty() && rng.bounded(3) != 0) {
        auto& m = v.members()[size_t(rng.bounded(int(v.members().size())))];
        if (rng.bounded(4) == 0)
            v.remove(QString(m.key));
        else
            mutate(rng, m.value, depth + 1);
        return;
    }
    if (v.isArray() && !v.items().empty() && rng.bounded(3) != 0) {
        mutate(rng, v.items()[size_t(rng.bounded(int(v.items().size())))], depth + 1);
        return;
    }
    if (v.isObject() && rng.bounded(2)) {
        v.insert(QStringLiteral("new%1").arg(rng.bounded(100)), randomValue(rng, depth + 1));
        return;
    }
    if (v.isArray() && rng.bounded(2)) {
        v.append(randomValue(rng, depth + 1));
        return;
    }
    v = randomValue(rng, depth);
}

QString kindOf(const diff::EntryDiff& d) { return diff::changeKindId(d.kind); }
} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesLeafLevel()
    {
        const JsonValue a = parse(R"({"theme": "dark", "size": 12, "tags": ["a", "b", "c"], "nested": {"x": 1, "y": [1]}, "gone": true})");
        const JsonValue b = parse(R"({"theme": "light", "size": "12", "tags": ["a", "B"], "nested": {"x": 1, "y": [1, 2]}, "new": null})");
        const QList<diff::ValueChange> c = diff::diffValues(a, b);
        QStringList got;
        for (const diff::ValueChange& x : c)
            got.append(x.pointer.toString() + u' ' + diff::changeKindId(x.kind));
        const QStringList expected = { QStringLiteral("/theme changed"),   QStringLiteral("/size type-changed"),
                                       QStringLiteral("/tags/1 changed"),  QStringLiteral("/tags/2 removed"),
                                       QStringLiteral("/nested/y/1 added"), QStringLiteral("/gone removed"),
                                       QStringLiteral("/new added") };
        QCOMPARE(got, expected);
        QCOMPARE(c[0].before, JsonValue::fromString(QStringLiteral("dark")));
        QCOMPARE(c[0].after, JsonValue::fromString(QStringLiteral("light")));
        QVERIFY(c[3].after.isNull());
        QCOMPARE(c[4].after, JsonValue::fromInt(2));
    }

    void valuesEqualAndRoot()
    {
        QVERIFY(diff::diffValues(parse(R"({"a": [1, {"b": 2}]})"), parse(R"({"a": [1, {"b": 2}]})")).isEmpty());
        const auto root = diff::diffValues(JsonValue::fromInt(1), JsonValue::fromInt(2));
        QCOMPARE(root.size(), 1);
        QVERIFY(root[0].pointer.isRoot());
        QCOMPARE(root[0].kind, ChangeKind::Changed);
        QCOMPARE(diff::diffValues(JsonValue::object(), JsonValue::array())[0].kind, ChangeKind::TypeChanged);
    }

    void valuesLimit()
    {
        JsonValue a = JsonValue::array(), b = JsonValue::array();
        for (int i = 0; i < 50; ++i) {
            a.append(JsonValue::fromInt(i));
            b.append(JsonValue::fromInt(i + 1));
        }
        QCOMPARE(diff::diffValues(a, b, 10).size(), 10);
        QCOMPARE(diff::diffValues(a, b).size(), 50);
    }

    void randomEditsRoundTrip()
    {
        // Applying the changes to `before` must give `after`: the diff describes the whole difference.
        QRandomGenerator rng(20261121);
        for (int round = 0; round < 400; ++round) {
            const JsonValue before = randomValue(rng, 0);
            JsonValue after = before;
            const int edits = 1 + int(rng.bounded(4));
            for (int i = 0; i < edits; ++i)
                mutate(rng, after);
            const auto changes = diff::diffValues(before, after, 100000);
            JsonValue rebuilt = before;
            applyChanges(rebuilt, changes);
            QVERIFY2(rebuilt == after, qPrintable(QStringLiteral("round %1: %2 -> %3, rebuilt %4")
                                                      .arg(round)
                                                      .arg(QString::fromUtf8(before.toCompactJson()), QString::fromUtf8(after.toCompactJson()),
                                                           QString::fromUtf8(rebuilt.toCompactJson()))));
            QCOMPARE(changes.isEmpty(), before == after);
        }
    }

    void snapshotsAgainstQJsonDocument()
    {
        // The current coding-agent state against each usable backup, checked key by key and task by task with
        // Qt's own JSON parser.
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        auto source = openSource(root);
        QVERIFY(source.ok());
        auto current = source.value()->load();
        QVERIFY(current.ok());
        const backup::BackupCatalogue catalogue(current.value());
        QFile stateFile(root + QStringLiteral("/state.json"));
        QVERIFY(stateFile.open(QIODevice::ReadOnly));
        const QJsonObject now = QJsonDocument::fromJson(stateFile.readAll()).object();
        QHash<QString, QJsonObject> nowTasks;
        for (const QString& name : QDir(root + QStringLiteral("/tasks")).entryList({ QStringLiteral("*.json") })) {
            QFile f(root + QStringLiteral("/tasks/") + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject t = QJsonDocument::fromJson(f.readAll()).object();
            nowTasks.insert(t.value(QStringLiteral("id")).toString(), t);
        }
        int compared = 0;
        for (const Backup& b : catalogue.backups()) {
            if (b.health != Health::Ok)
                continue;
            auto loaded = backup::loadBackup(current.value(), b);
            QVERIFY2(loaded.ok(), qPrintable(b.id));
            const diff::DiffResult d = backup::compareWithCurrent(current.value(), loaded.value());
            QFile f(b.path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject then = QJsonDocument::fromJson(f.readAll()).object();

            QSet<QString> expected;
            QStringList keys = now.keys() + then.keys();
            keys.removeDuplicates();
            for (const QString& k : keys) {
                if (!now.contains(k))
                    expected.insert(QStringLiteral("state/%1 added").arg(k));
                else if (!then.contains(k))
                    expected.insert(QStringLiteral("state/%1 removed").arg(k));
                else if (now.value(k).type() != then.value(k).type())
                    expected.insert(QStringLiteral("state/%1 type-changed").arg(k));
                else if (now.value(k) != then.value(k))
                    expected.insert(QStringLiteral("state/%1 changed").arg(k));
            }
            QHash<QString, QJsonObject> thenTasks;
            for (const QJsonValue& t : then.value(QStringLiteral("tasks")).toArray())
                thenTasks.insert(t.toObject().value(QStringLiteral("id")).toString(), t.toObject());
            for (auto it = nowTasks.cbegin(); it != nowTasks.cend(); ++it) {
                if (!thenTasks.contains(it.key()))
                    expected.insert(QStringLiteral("@tasks/%1 removed").arg(it.key()));
                else if (thenTasks.value(it.key()) != it.value())
                    expected.insert(QStringLiteral("@tasks/%1 changed").arg(it.key()));
            }
            for (auto it = thenTasks.cbegin(); it != thenTasks.cend(); ++it)
                if (!nowTasks.contains(it.key()))
                    expected.insert(QStringLiteral("@tasks/%1 added").arg(it.key()));

            QSet<QString> got;
            for (const diff::EntryDiff& e : d.entries)
                got.insert(e.address() + u' ' + kindOf(e));
            QCOMPARE(got, expected);
            QCOMPARE(d.added + d.removed + d.changed, int(d.entries.size()));
            ++compared;
        }
        QCOMPARE(compared, 8); // ten backups, two of them 0 bytes
    }

    void snapshotDetailsAndOrder()
    {
        Snapshot a, b;
        auto entry = [](const QString& key, const char* json) {
            Entry e;
            e.key = key;
            e.value = ValueRef::fromValue(parse(json));
            return e;
        };
        a.namespaces << Namespace { QStringLiteral("user"), QList<Entry> { entry(QStringLiteral("name"), R"("Ada")"),
                                                              entry(QStringLiteral("prefs"), R"({"theme": "dark", "lang": "en"})"),
                                                              entry(QStringLiteral("old"), "1") } };
        a.namespaces << Namespace { QStringLiteral("gone"), QList<Entry> { entry(QStringLiteral("k"), "true") } };
        // Same value, other formatting: not a change.
        b.namespaces << Namespace { QStringLiteral("user"), QList<Entry> { entry(QStringLiteral("name"), R"(  "Ada" )"),
                                                              entry(QStringLiteral("prefs"), R"({"lang": "fr", "theme": "dark"})"),
                                                              entry(QStringLiteral("new"), "[1]") } };
        const diff::DiffResult d = diff::diffSnapshots(a, b);
        QStringList got;
        for (const diff::EntryDiff& e : d.entries)
            got.append(e.address() + u' ' + kindOf(e));
        QCOMPARE(got, (QStringList { QStringLiteral("user/prefs changed"), QStringLiteral("user/old removed"),
                                     QStringLiteral("user/new added"), QStringLiteral("gone/k removed") }));
        QCOMPARE(d.changed, 1);
        QCOMPARE(d.removed, 2);
        QCOMPARE(d.added, 1);
        QCOMPARE(d.entries[0].details.size(), 1);
        QCOMPARE(d.entries[0].details[0].pointer.toString(), QStringLiteral("/lang"));
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
