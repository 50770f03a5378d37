// SPDX-License-Identifier: GPL-3.0-or-later
// The models and proxies of the desktop app, over snapshots built in code, each checked by
// QAbstractItemModelTester.

#include "uitestutil.h"

#include "backup/difffilterproxy.h"
#include "backup/diffmodel.h"
#include "backup/keyhistorymodel.h"
#include "common/valuehints.h"
#include "diff/structuraldiff.h"
#include "editor/jsontreemodel.h"
#include "logs/logfilterproxy.h"
#include "logs/logrecord.h"
#include "logs/logrecordmodel.h"
#include "namespaces/keytreemodel.h"
#include "navigator/navigatormodel.h"
#include "pending/linediff.h"
#include "pending/pendingmodel.h"
#include "search/searchhitmodel.h"
#include "session/editcontroller.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"
#include "tasks/taskfilterproxy.h"
#include "tasks/tasklogmodel.h"
#include "tasks/tasktablemodel.h"
#include "views/backupmodel.h"
#include "views/batchfeaturemodel.h"
#include "views/problemmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace statelens;
using namespace statelens::ui;
using statelens::test::FakeSource;

namespace {
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

/// A session that has loaded `snapshot` through a FakeSource.
std::unique_ptr<StateSession> loadedSession(const Snapshot& snapshot, std::shared_ptr<FakeSource>* source = nullptr)
{
    auto session = std::make_unique<StateSession>();
    auto fake = std::make_shared<FakeSource>(snapshot);
    session->setOpener([fake](const QString&) -> Result<std::shared_ptr<Source>> { return std::shared_ptr<Source>(fake); });
    QSignalSpy loaded(session.get(), &StateSession::loaded);
    session->open(snapshot.info.path);
    if (!loaded.wait(10000))
        qFatal("snapshot did not load");
    if (source)
        *source = fake;
    return session;
}

void walk(QAbstractItemModel* m, const QModelIndex& parent, QStringList* out, int depth = 0)
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex i = m->index(r, 0, parent);
        out->append(QString(depth * 2, u' ') + i.data().toString());
        walk(m, i, out, depth + 1);
    }
}
} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyTreeGroupsBySeparator()
    {
        auto session = loadedSession(test::sampleSnapshot());
        EditController edits(session.get());
        KeyTreeModel model(&edits);
        QAbstractItemModelTester tester(&model, Fatal);
        model.setNamespace(*session->snapshot().findNamespace(QStringLiteral("user")), QStringLiteral(":"));
        QStringList rows;
        walk(&model, {}, &rows);
        QCOMPARE(rows, (QStringList { "user", "  1", "    name", "    email", "  2", "    name", "count", "api_key", "cache" }));
        QCOMPARE(model.index(0, KeyTreeModel::SizeColumn).data().toString(), QStringLiteral("3 keys"));
        // Secrets are masked in the preview.
        const QModelIndex apiKey = model.indexForKey(QStringLiteral("api_key"));
        QCOMPARE(apiKey.siblingAtColumn(KeyTreeModel::PreviewColumn).data().toString(), maskedText());

        // Another separator regroups; none lists flat.
        model.setNamespace(*session->snapshot().findNamespace(QStringLiteral("user")), QString());
        QCOMPARE(model.rowCount(), 6);
    }

    void keyTreeIsLazyOnManyKeys()
    {
        Snapshot s;
        s.info.path = QStringLiteral("/big");
        Namespace ns { QStringLiteral("big"), {} };
        const Entry proto = test::entry(QStringLiteral("x"), "1");
        for (int i = 0; i < 100000; ++i) {
            Entry e = proto;
            e.key = QStringLiteral("group%1:key%2").arg(i % 100).arg(i);
            ns.entries << e;
        }
        s.namespaces << ns;
        auto session = loadedSession(s);
        EditController edits(session.get());
        KeyTreeModel model(&edits);
        QAbstractItemModelTester tester(&model, Fatal);
        QVERIFY(ns.entries.size() > model.asyncKeys());
        QSignalSpy ready(&model, &KeyTreeModel::ready);
        model.setNamespace(session->snapshot().namespaces.first(), QStringLiteral(":"));
        // Grouped on a worker: empty until then; an edit made meanwhile is in the tree that comes.
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexForKey(QStringLiteral("group1:key1")).isValid());
        QVERIFY(edits.setValue(QStringLiteral("big"), QStringLiteral("group7:added"), json::JsonValue::fromInt(7)));
        QVERIFY(ready.wait(30000));
        QCOMPARE(ready.count(), 1); // the first build was dropped
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 100);
        const QModelIndex found = model.indexForKey(QStringLiteral("group42:key99942"));
        QVERIFY(found.isValid());
        QCOMPARE(found.parent().data().toString(), QStringLiteral("group42"));
        QCOMPARE(model.rowCount(found.parent()), 1000);
        const QModelIndex added = model.indexForKey(QStringLiteral("group7:added"));
        QVERIFY(added.isValid());
        QCOMPARE(added.data(KeyTreeModel::KeyStateRole).toInt(), int(KeyState::Added));
        QCOMPARE(model.rowCount(added.parent()), 1001);

        // Below the threshold the same tree comes at once.
        model.setAsyncKeys(1000000);
        model.setNamespace(session->snapshot().namespaces.first(), QStringLiteral(":"));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 100);
    }

    void keyTreeShowsPendingEdits()
    {
        auto session = loadedSession(test::sampleSnapshot());
        EditController edits(session.get());
        KeyTreeModel model(&edits);
        QAbstractItemModelTester tester(&model, Fatal);
        model.setNamespace(*session->snapshot().findNamespace(QStringLiteral("config")), QStringLiteral(":"));
        QVERIFY(edits.setValue(QStringLiteral("config"), QStringLiteral("theme"), json::JsonValue::fromString(QStringLiteral("light"))));
        const QModelIndex theme = model.indexForKey(QStringLiteral("theme"));
        QCOMPARE(theme.siblingAtColumn(KeyTreeModel::PreviewColumn).data().toString(), QStringLiteral("light"));
        QCOMPARE(theme.data(KeyTreeModel::KeyStateRole).toInt(), int(KeyState::Modified));
        QVERIFY(edits.setValue(QStringLiteral("config"), QStringLiteral("new"), json::JsonValue::fromInt(1)));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(edits.removeKey(QStringLiteral("config"), QStringLiteral("limits")));
        QCOMPARE(model.indexForKey(QStringLiteral("limits")).data(KeyTreeModel::KeyStateRole).toInt(), int(KeyState::Removed));
        session->undoStack()->undo();
        session->undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        session->undoStack()->undo();
        QCOMPARE(session->pending()->count(), 0);
        QCOMPARE(model.indexForKey(QStringLiteral("theme")).siblingAtColumn(KeyTreeModel::PreviewColumn).data().toString(),
                 QStringLiteral("dark"));
    }

    void keyTreeFollowsKeysThatMoved()
    {
        // The tool rewrote the namespace with its keys in another order, and one value changed: each key
        // still shows its own value.
        auto session = loadedSession(test::sampleSnapshot());
        EditController edits(session.get());
        KeyTreeModel model(&edits);
        QAbstractItemModelTester tester(&model, Fatal);
        const Namespace config = *session->snapshot().findNamespace(QStringLiteral("config"));
        model.setNamespace(config, QStringLiteral(":"));
        const Namespace moved { QStringLiteral("config"),
                                QList<Entry> { test::entry(QStringLiteral("limits"), R"({"z": 9})"), test::entry(QStringLiteral("theme"), "\"dark\"") } };
        const KeyDelta delta = diffKeys(config, moved);
        QCOMPARE(delta.changed, QStringList { QStringLiteral("limits") });
        model.updateNamespace(moved, delta);
        const auto preview = [&model](const QString& key) {
            return model.indexForKey(key).siblingAtColumn(KeyTreeModel::PreviewColumn).data().toString();
        };
        QCOMPARE(preview(QStringLiteral("theme")), QStringLiteral("dark"));
        QVERIFY2(preview(QStringLiteral("limits")).contains(QLatin1String("9")), qPrintable(preview(QStringLiteral("limits"))));
    }

    void editControllerCancelsNoOpEdits()
    {
        auto session = loadedSession(test::sampleSnapshot());
        EditController edits(session.get());
        const QString ns = QStringLiteral("config"), key = QStringLiteral("theme");
        QVERIFY(!edits.setValue(ns, key, json::JsonValue::fromString(QStringLiteral("dark")))); // unchanged
        QVERIFY(edits.setValue(ns, key, json::JsonValue::fromString(QStringLiteral("x"))));
        QVERIFY(edits.setValue(ns, key, json::JsonValue::fromString(QStringLiteral("dark")))); // back to saved
        QCOMPARE(session->pending()->count(), 0);
        QVERIFY(edits.removeNamespace(QStringLiteral("user")));
        QCOMPARE(edits.keyState(QStringLiteral("user"), QStringLiteral("count")), KeyState::Removed);
        QCOMPARE(session->pending()->changes().first().address.key, QString());
        session->undoStack()->undo();
        QCOMPARE(edits.keyState(QStringLiteral("user"), QStringLiteral("count")), KeyState::Unchanged);
    }

    void saveSendsChangesToTheSource()
    {
        std::shared_ptr<FakeSource> source;
        auto session = loadedSession(test::sampleSnapshot(), &source);
        EditController edits(session.get());
        QVERIFY(edits.setValue(QStringLiteral("config"), QStringLiteral("theme"), json::JsonValue::fromString(QStringLiteral("x"))));
        QSignalSpy loaded(session.get(), &StateSession::loaded);
        QSignalSpy reloaded(session.get(), &StateSession::reloaded);
        QVERIFY(session->save());
        QVERIFY(reloaded.wait(10000)); // read again in place, not opened anew
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(source->applied().size(), 1);
        const Change c = source->applied().first().first();
        QCOMPARE(c.address.ns, QStringLiteral("config"));
        QCOMPARE(c.value.toString(), QStringLiteral("x"));
        QVERIFY(session->pending()->isEmpty());
        QCOMPARE(session->undoStack()->count(), 0);
    }

    void navigatorSectionsAndBatches()
    {
        Snapshot s = test::sampleSnapshot();
        for (int i = 0; i < 1200; ++i)
            s.namespaces << Namespace { QStringLiteral("ns%1").arg(i), QList<Entry> {} };
        NavigatorModel model;
        model.setSnapshot(s, { QStringLiteral("added") }, { QStringLiteral("config") });
        const QModelIndex ns = model.sectionIndex(NavigatorModel::Section::Namespaces);
        QCOMPARE(ns.data().toString(), QStringLiteral("Namespaces (1203)"));
        QCOMPARE(model.rowCount(ns), NavigatorModel::BatchSize);
        QVERIFY(model.canFetchMore(ns));
        // Created after the reset: the 6.4 tester calls fetchMore() from inside modelReset.
        QAbstractItemModelTester tester(&model, Fatal);
        QVERIFY(model.findItem(NavigatorModel::Section::Namespaces, QStringLiteral("added")).isValid());
        QCOMPARE(model.rowCount(ns), 1203);
        const QModelIndex tasks = model.sectionIndex(NavigatorModel::Section::Tasks);
        QCOMPARE(model.index(0, 0, tasks).data().toString(), QStringLiteral("completed (2)"));
        QCOMPARE(model.sectionIndex(NavigatorModel::Section::Problems).data().toString(), QStringLiteral("Problems (1)"));
        QVERIFY(!model.sectionIndex(NavigatorModel::Section::Batch).isValid());
        QVERIFY(model.findItem(NavigatorModel::Section::Namespaces, QStringLiteral("config")).data(Qt::FontRole).value<QFont>().strikeOut());
    }

    void tasksFilterAndSort()
    {
        TaskTableModel model;
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, Fatal);
        QAbstractItemModelTester t2(&proxy, Fatal);
        model.setTasks(test::sampleSnapshot().tasks);
        proxy.sort(TaskTableModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("t3"));
        proxy.setStatus(QStringLiteral("completed"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setText(QStringLiteral("t1"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, TaskTableModel::DurationColumn).data().toString(), QStringLiteral("1 min 30 s"));
    }

    void diffFilterAndKeyHistory()
    {
        // The state now against an older one: a value changed, a key added, a key gone.
        const Snapshot now = test::sampleSnapshot();
        Snapshot before = now;
        before.namespaces[0].entries.replace(3, test::entry(QStringLiteral("count"), "41"));
        before.namespaces[0].entries.removeAt(4); // api_key came later
        before.namespaces[1].entries << test::entry(QStringLiteral("old"), "true");
        DiffModel model;
        DiffFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, Fatal);
        QAbstractItemModelTester t2(&proxy, Fatal);
        model.setDiff(diff::diffSnapshots(before, now));
        auto keysShown = [&proxy] {
            QStringList keys;
            for (int g = 0; g < proxy.rowCount(); ++g) {
                const QModelIndex group = proxy.index(g, 0);
                for (int r = 0; r < proxy.rowCount(group); ++r)
                    keys << proxy.index(r, DiffModel::NameColumn, group).data().toString();
            }
            keys.sort();
            return keys;
        };
        QCOMPARE(keysShown(), (QStringList { QStringLiteral("api_key"), QStringLiteral("count"), QStringLiteral("old") }));
        proxy.setNamespace(QStringLiteral("config"));
        QCOMPARE(keysShown(), QStringList { QStringLiteral("old") });
        proxy.setNamespace({});
        proxy.setSearch(QStringLiteral("API"));
        QCOMPARE(keysShown(), QStringList { QStringLiteral("api_key") });
        proxy.setSearch(QStringLiteral("41")); // a value on the old side
        QCOMPARE(keysShown(), QStringList { QStringLiteral("count") });
        proxy.setSearch(QStringLiteral("nothing like it"));
        QCOMPARE(proxy.rowCount(), 0);

        KeyHistoryModel history;
        QAbstractItemModelTester t3(&history, Fatal);
        backup::HistoryPoint gone { QStringLiteral("b1"), QStringLiteral("timestamped"), QDateTime::currentDateTimeUtc().addDays(-2), false, false, {}, true };
        backup::HistoryPoint old { QStringLiteral("b2"), QStringLiteral("timestamped"), QDateTime::currentDateTimeUtc().addDays(-1), false, true, json::JsonValue::fromInt(41), true };
        backup::HistoryPoint current { QString(), QString(), QDateTime::currentDateTimeUtc(), true, true, json::JsonValue::fromInt(42), true };
        history.setPoints({ gone, old, current });
        QCOMPARE(history.rowCount(), 3);
        QCOMPARE(history.index(2, KeyHistoryModel::BackupColumn).data().toString(), QStringLiteral("now"));
        QCOMPARE(history.index(0, KeyHistoryModel::ChangedColumn).data().toString(), QStringLiteral("gone"));
        QVERIFY(history.index(1, KeyHistoryModel::ValueColumn).data().toString().contains(QLatin1String("41")));
        history.setPoints({});
        QCOMPARE(history.rowCount(), 0);
    }

    void taskTimelineHasMetadataChildren()
    {
        TaskLogModel model;
        QAbstractItemModelTester tester(&model, Fatal);
        model.setTask(test::sampleSnapshot().tasks.first().value.toValue());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data().toString(), QStringLiteral("tool"));
        QCOMPARE(model.index(1, TaskLogModel::MessageColumn).data().toString(), QStringLiteral("boom"));
        QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid()); // errors are coloured
    }

    void logsParseAndFilter()
    {
        const auto text = parseTextLog("[10:00] session started\n2025-01-01T10:00:00Z ERROR disk full\n", QStringLiteral("a.log"));
        QCOMPARE(text.size(), 2);
        QCOMPARE(text[0].time, QStringLiteral("10:00"));
        QCOMPARE(text[1].level, QStringLiteral("error"));
        QCOMPARE(text[1].message, QStringLiteral("disk full"));
        const auto jsonl = parseJsonLinesLog(R"({"timestamp": "t", "event_type": "save", "status": "success", "context": {"n": 3}})" "\nnot json\n",
                                             QStringLiteral("audit.log"));
        QCOMPARE(jsonl.size(), 2);
        QCOMPARE(jsonl[0].message, QStringLiteral("save"));
        QCOMPARE(jsonl[0].level, QStringLiteral("success"));
        QCOMPARE(jsonl[0].details, QStringLiteral(R"({"context":{"n":3}})"));
        QCOMPARE(jsonl[1].level, QStringLiteral("invalid"));

        LogRecordModel model;
        LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, Fatal);
        QAbstractItemModelTester t2(&proxy, Fatal);
        model.setRecords(text + jsonl);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setLevel(QStringLiteral("error"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setLevel(QString());
        proxy.setText(QStringLiteral("SESSION"));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void jsonTreeEdits()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, Fatal);
        model.setValue(json::JsonValue::parse(R"({"a": 1, "b": [true, null], "s": "x"})").value(), QStringLiteral("k"));
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(model.rowCount(root), 3);
        // Rename, edit, retype, add, move, remove.
        QVERIFY(model.setData(model.index(0, JsonTreeModel::KeyColumn, root), QStringLiteral("alpha")));
        QVERIFY(!model.setData(model.index(0, JsonTreeModel::KeyColumn, root), QStringLiteral("s"))); // duplicate
        QVERIFY(model.setData(model.index(0, JsonTreeModel::ValueColumn, root), QStringLiteral("2.50")));
        QVERIFY(!model.setData(model.index(0, JsonTreeModel::ValueColumn, root), QStringLiteral("abc")));
        QVERIFY(model.setType(model.index(2, 0, root), json::JsonValue::Type::Number)); // "x" -> 0
        const QModelIndex b = model.index(1, 0, root);
        const QModelIndex added = model.addItem(b);
        QCOMPARE(added.row(), 2);
        QVERIFY(model.setType(added, json::JsonValue::Type::String));
        QVERIFY(model.setData(added.siblingAtColumn(JsonTreeModel::ValueColumn), QStringLiteral("new")));
        QCOMPARE(model.moveItem(added, -1).row(), 1);
        QVERIFY(model.removeItem(model.index(0, 0, b)));
        QCOMPARE(QString::fromUtf8(model.value().toCompactJson()), QStringLiteral(R"({"alpha":2.50,"b":["new",null],"s":0})"));
        // A string holding JSON becomes that JSON when retyped.
        model.setValue(json::JsonValue::fromString(QStringLiteral("[1,2]")));
        QVERIFY(model.setType(model.index(0, 0), json::JsonValue::Type::Array));
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        model.setReadOnly(true);
        QVERIFY(!model.setData(model.index(0, 0, model.index(0, 0)).siblingAtColumn(JsonTreeModel::ValueColumn), QStringLiteral("5")));
    }

    void smallTables()
    {
        const Snapshot s = test::sampleSnapshot();
        ProblemModel problems;
        QAbstractItemModelTester t1(&problems, Fatal);
        problems.setProblems(s.problems);
        QCOMPARE(problems.index(0, ProblemModel::PositionColumn).data().toString(), QStringLiteral("3:7"));
        BackupModel backups;
        QAbstractItemModelTester t2(&backups, Fatal);
        backups.setBackups(s.backups);
        QVERIFY(backups.flags(backups.index(0, 0)) & Qt::ItemIsEnabled);
        QVERIFY(!(backups.flags(backups.index(1, 0)) & Qt::ItemIsEnabled)); // unusable: greyed
        QVERIFY(backups.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("0 bytes")));
        BatchFeatureModel features;
        QAbstractItemModelTester t3(&features, Fatal);
        features.setFeatures({ BatchFeature { 0, QStringLiteral("login"), QStringLiteral("failed"), QStringLiteral("tests"), 2 } });
        QCOMPARE(features.index(0, BatchFeatureModel::RetriesColumn).data().toInt(), 2);
    }

    void searchHitsGroupedByKind()
    {
        // Hits arrive in the order the search finds them; the model shows them under one row per kind,
        // in the kinds' order.
        auto hit = [](search::HitKind kind, const QString& ns, const QString& key, const QString& field) {
            search::Hit h;
            h.kind = kind;
            h.ns = ns;
            h.key = key;
            h.field = field;
            h.snippet = QStringLiteral("…match…");
            return h;
        };
        QList<search::Hit> hits { hit(search::HitKind::Task, QStringLiteral("@tasks"), QStringLiteral("t1"), QStringLiteral("description")),
                                  hit(search::HitKind::Key, QStringLiteral("config"), QStringLiteral("theme"), QStringLiteral("value")),
                                  hit(search::HitKind::Key, QStringLiteral("user"), QStringLiteral("api_key"), QStringLiteral("value")),
                                  hit(search::HitKind::Task, QStringLiteral("@tasks"), QStringLiteral("t2"), QStringLiteral("log")) };
        hits[0].title = QStringLiteral("Fix the thing");
        SearchHitModel model;
        QAbstractItemModelTester tester(&model, Fatal);
        model.setHits(hits);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex keys = model.index(0, 0);
        const QModelIndex tasks = model.index(1, 0);
        QCOMPARE(keys.data().toString(), QStringLiteral("Keys (2)"));
        QCOMPARE(tasks.data().toString(), QStringLiteral("Tasks (2)"));
        QCOMPARE(model.groupIndex(search::HitKind::Task), tasks);
        QVERIFY(!model.groupIndex(search::HitKind::Log).isValid());
        QCOMPARE(model.index(0, 0, keys).data(SearchHitModel::KeyRole).toString(), QStringLiteral("theme"));
        QCOMPARE(model.index(0, 0, keys).data().toString(), QStringLiteral("config / theme"));
        QCOMPARE(model.index(1, SearchHitModel::SnippetColumn, keys).data().toString(), maskedText()); // a credential
        QCOMPARE(model.index(0, 0, tasks).data().toString(), QStringLiteral("Fix the thing"));
        QCOMPARE(model.index(1, 0, tasks).data().toString(), QStringLiteral("t2")); // no description: the id
        QCOMPARE(model.index(1, SearchHitModel::WhereColumn, tasks).data().toString(), QStringLiteral("log message"));
        QCOMPARE(model.hitAt(model.index(1, 0, tasks))->key, QStringLiteral("t2"));
        QVERIFY(!model.hitAt(tasks));
        model.setHits({});
        QCOMPARE(model.rowCount(), 0);
    }

    void pendingModelLists()
    {
        auto session = loadedSession(test::sampleSnapshot());
        EditController edits(session.get());
        PendingModel model(session->pending());
        QAbstractItemModelTester tester(&model, Fatal);
        edits.setValue(QStringLiteral("config"), QStringLiteral("theme"), json::JsonValue::fromString(QStringLiteral("x")));
        edits.removeKey(QStringLiteral("user"), QStringLiteral("count"));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(1, 0).data().toString().startsWith(QStringLiteral("delete")));
    }

    /// What the navigator marks: a namespace that only pending edits create, and one they remove.
    void pendingNamespaceMarks()
    {
        auto session = loadedSession(test::sampleSnapshot());
        EditController edits(session.get());
        const Snapshot& shown = session->snapshot();
        QVERIFY(session->pending()->namespaceMarks(shown).added.isEmpty());
        QVERIFY(session->pending()->namespaceMarks(shown).removed.isEmpty());
        QVERIFY(edits.setValue(QStringLiteral("fresh"), QStringLiteral("k"), json::JsonValue::fromInt(1)));
        QVERIFY(edits.removeNamespace(QStringLiteral("config")));
        const auto marks = session->pending()->namespaceMarks(shown);
        QCOMPARE(marks.added, QStringList { QStringLiteral("fresh") });
        QCOMPARE(marks.removed, QStringList { QStringLiteral("config") });
        session->undoStack()->undo();
        QVERIFY(session->pending()->namespaceMarks(shown).removed.isEmpty());
    }

    void hints()
    {
        QVERIFY(looksSecret(QStringLiteral("db_password")));
        QVERIFY(looksSecret(QStringLiteral("API_KEY")));
        QVERIFY(looksSecret(QStringLiteral("authToken")));
        QVERIFY(looksSecret(QStringLiteral("access_token")));
        QVERIFY(!looksSecret(QStringLiteral("theme")));
        QVERIFY(!looksSecret(QStringLiteral("context_token_estimate")));
        QVERIFY(!looksSecret(QStringLiteral("keyboard")));
        QVERIFY(!looksSecret(QStringLiteral("password_hash"))); // the last word decides
        QVERIFY(looksSecret(QStringLiteral("gpgPassphrase")));
        QVERIFY(looksSecret(QStringLiteral("signing-key")));
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
        QCOMPARE(ttlText(json::JsonValue::parse(R"({"value": 1, "expires_at": 4600})").value(), now), QStringLiteral("expires in 1 h 0 min"));
        QCOMPARE(ttlText(json::JsonValue::parse(R"({"value": 1, "expires_at": 940})").value(), now), QStringLiteral("expired 1 min 0 s ago"));
        QVERIFY(ttlText(json::JsonValue::parse(R"({"value": 1})").value(), now).isEmpty());
        const LineDiff d = diffLines({ "a", "b", "c" }, { "a", "x", "c", "d" });
        QCOMPARE(d.removed, QSet<int>({ 1 }));
        QCOMPARE(d.added, QSet<int>({ 1, 3 }));
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
