// SPDX-License-Identifier: GPL-3.0-or-later
// The restore planner on its own (backup/restoreplan.h), without carrying a plan out: what a plan says
// it will write for a documented state and a chosen part of it (every byte outside the restored values as
// it was), the scope's addresses, a file changed since it was read, a damaged state.json replaced whole,
// a safety backup put back byte for byte, rs-llmspell rows as changes. Planning never writes.
#include "backup/backupcatalogue.h"
#include "backup/restoreplan.h"
#include "io/safetybackup.h"
#include "io/statelayout.h"
#include "json/jsondocument.h"
#include "sources/source.h"
#include "fixtures.h"
#include "testdir.h"

#include <QDirIterator>
#include <QTest>

using namespace statelens;
using namespace statelens::backup;
using statelens::test::TestDir;

namespace {

const QByteArray StateJson = test::documentedState();
const QByteArray BackupJson = test::documentedBackup();

const QString BackupId = QStringLiteral("state.backup.1767139200000.json");

/// Every file below `root` with its bytes (planning must leave all of them as they are).
QMap<QString, QByteArray> filesOf(const QString& root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        QFile file(f);
        if (file.open(QIODevice::ReadOnly))
            out.insert(f, file.readAll());
    }
    return out;
}

Snapshot load(const QString& path)
{
    auto state = openAndLoad(path);
    if (!state)
        qFatal("%s", qPrintable(state.error().toString()));
    return std::move(state->snapshot);
}

/// The raw bytes of `pointer` in a JSON text.
QByteArray rawAt(const QByteArray& text, const QStringList& pointer)
{
    auto doc = json::Document::parse(text);
    if (!doc)
        return "<does not parse>";
    quint32 node = 0;
    for (const QString& p : pointer) {
        node = doc->member(node, p);
        if (node == json::Document::npos)
            return "<missing>";
    }
    return doc->raw(node).toByteArray();
}

QStringList addressesOf(const RestorePlan& plan)
{
    QStringList out;
    for (const diff::EntryDiff& e : plan.entries)
        out << e.address() + u' ' + diff::changeKindId(e.kind);
    out.sort();
    return out;
}

QString documentedState(TestDir& dir)
{
    const QString root = dir.createDir(QStringLiteral("state"));
    dir.createFile(QStringLiteral("state/state.json"), StateJson);
    dir.createFile(QStringLiteral("state/") + BackupId, BackupJson);
    return root;
}

} // namespace

class TestRestorePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everythingOfADocumentedState();
    void aChosenPart_data();
    void aChosenPart();
    void scopeIncludes_data();
    void scopeIncludes();
    void aFileChangedSinceItWasReadIsAConflict();
    void unknownAndUnusableBackups();
    void aDamagedStateIsReplacedWhole();
    void aSafetyBackupIsPutBackExactly();
    void aSafetyManifestThatClimbsOutIsRefused();
    void rsLlmSpellRowsBecomeChanges();
};

void TestRestorePlan::everythingOfADocumentedState()
{
    TestDir dir;
    const QString root = documentedState(dir);
    const Snapshot current = load(root);
    QCOMPARE(current.info.kind, SourceKind::Documented);
    const auto disk = filesOf(root);

    auto plan = planRestore(current, BackupCatalogue(current), BackupId, {});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(filesOf(root), disk); // planned in memory

    QCOMPARE(plan->root, root);
    QCOMPARE(plan->backup.id, BackupId);
    QVERIFY(plan->scope.isEmpty());
    QVERIFY(!plan->exact);
    QVERIFY(plan->changes.isEmpty());
    QCOMPARE(addressesOf(*plan), (QStringList { "config/limit changed", "fresh/x removed", "old/k added",
                                                "user/added_later removed", "user/name changed", "user/prefs changed" }));
    QCOMPARE(plan->files.size(), 1);
    const FileWrite& w = plan->files.first();
    const QString state = layout::stateFile(root);
    QCOMPARE(w.path, state);
    QVERIFY(w.before);
    QCOMPARE(*w.before, StateJson);
    QVERIFY(w.after);
    QVERIFY(!w.damaged);
    QVERIFY(w.stamp.exists);
    QCOMPARE(w.stamp.hash, FileStamp::hashOf(StateJson));
    QCOMPARE(plan->touched(), QStringList { QStringLiteral("state.json") });
    QVERIFY(!plan->isEmpty());

    // The namespaces become the backup's; what is outside them stays byte for byte, but last_saved.
    const auto value = [](const QByteArray& text, const QStringList& p) {
        return json::JsonValue::parse(rawAt(text, p)).value();
    };
    QCOMPARE(value(*w.after, { "namespaces" }), value(BackupJson, { "namespaces" }));
    QCOMPARE(rawAt(*w.after, { "metrics" }), rawAt(StateJson, { "metrics" }));
    QCOMPARE(rawAt(*w.after, { "namespaces", "config", "mode" }), QByteArray("\"fast\""));
    QVERIFY(rawAt(*w.after, { "last_saved" }) != rawAt(StateJson, { "last_saved" }));
    QVERIFY(w.after->endsWith("}\n"));
}

void TestRestorePlan::aChosenPart_data()
{
    QTest::addColumn<QStringList>("scope");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("untouched"); // pointers (joined by '/') whose bytes stay as they were

    QTest::newRow("one key") << QStringList { "user/prefs" } << QStringList { "user/prefs changed" }
                             << QStringList { "namespaces/user/name", "namespaces/user/added_later", "namespaces/config",
                                              "namespaces/fresh" };
    QTest::newRow("a namespace") << QStringList { "config" } << QStringList { "config/limit changed" }
                                 << QStringList { "namespaces/user", "namespaces/fresh" };
    QTest::newRow("a namespace only the backup has") << QStringList { "old" } << QStringList { "old/k added" }
                                                     << QStringList { "namespaces/user", "namespaces/config",
                                                                      "namespaces/fresh" };
    QTest::newRow("a key removed since") << QStringList { "user/added_later" }
                                         << QStringList { "user/added_later removed" }
                                         << QStringList { "namespaces/user/name", "namespaces/user/prefs",
                                                          "namespaces/config" };
    QTest::newRow("two keys") << QStringList { "user/name", "config/limit" }
                              << QStringList { "config/limit changed", "user/name changed" }
                              << QStringList { "namespaces/user/prefs", "namespaces/config/mode" };
    QTest::newRow("what does not differ") << QStringList { "config/mode" } << QStringList() << QStringList();
    QTest::newRow("what neither has") << QStringList { "nowhere/key" } << QStringList() << QStringList();
}

void TestRestorePlan::aChosenPart()
{
    QFETCH(QStringList, scope);
    QFETCH(QStringList, entries);
    QFETCH(QStringList, untouched);
    TestDir dir;
    const QString root = documentedState(dir);
    const Snapshot current = load(root);
    auto plan = planRestore(current, BackupCatalogue(current), BackupId, RestoreScope { scope });
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->scope, scope);
    QCOMPARE(addressesOf(*plan), entries);
    if (entries.isEmpty()) {
        QVERIFY(plan->isEmpty()); // nothing to write at all
        QVERIFY(plan->touched().isEmpty());
        return;
    }
    QCOMPARE(plan->files.size(), 1);
    const QByteArray after = plan->files.first().after.value();
    for (const QString& p : std::as_const(untouched))
        QCOMPARE(rawAt(after, p.split(u'/')), rawAt(StateJson, p.split(u'/')));
    for (const QString& e : std::as_const(entries)) {
        const QStringList address = e.section(u' ', 0, 0).split(u'/');
        const QStringList pointer { QStringLiteral("namespaces"), address[0], address[1] };
        if (e.endsWith(QLatin1String("removed")))
            QCOMPARE(rawAt(after, pointer), QByteArray("<missing>"));
        else // the backup's value, spelled as the file spells values
            QCOMPARE(json::JsonValue::parse(rawAt(after, pointer)).value(), json::JsonValue::parse(rawAt(BackupJson, pointer)).value());
    }
}

void TestRestorePlan::scopeIncludes_data()
{
    QTest::addColumn<QStringList>("scope");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("included");

    QTest::newRow("everything") << QStringList() << "any" << "thing" << true;
    QTest::newRow("the key") << QStringList { "user/name" } << "user" << "name" << true;
    QTest::newRow("another key") << QStringList { "user/name" } << "user" << "prefs" << false;
    QTest::newRow("its namespace") << QStringList { "user" } << "user" << "prefs" << true;
    QTest::newRow("another namespace") << QStringList { "user" } << "users" << "prefs" << false;
    QTest::newRow("escaped namespace") << QStringList { "a~1b" } << "a/b" << "k" << true;
    QTest::newRow("escaped key") << QStringList { "a~1b/c~0d" } << "a/b" << "c~d" << true;
    QTest::newRow("unescaped is another name") << QStringList { "a/b" } << "a/b" << "k" << false;
    QTest::newRow("tasks") << QStringList { "@tasks" } << "@tasks" << "t1" << true;
    QTest::newRow("one task") << QStringList { "@tasks/t1" } << "@tasks" << "t2" << false;
}

void TestRestorePlan::scopeIncludes()
{
    QFETCH(QStringList, scope);
    QFETCH(QString, ns);
    QFETCH(QString, key);
    QFETCH(bool, included);
    diff::EntryDiff e;
    e.scope = ns == u"@tasks" ? diff::EntryDiff::Scope::Task : diff::EntryDiff::Scope::Key;
    e.ns = ns;
    e.key = key;
    const RestoreScope s { scope };
    QCOMPARE(s.everything(), scope.isEmpty());
    QCOMPARE(s.includes(e), included);
}

void TestRestorePlan::aFileChangedSinceItWasReadIsAConflict()
{
    TestDir dir;
    const QString root = documentedState(dir);
    const Snapshot current = load(root);
    const QByteArray changed = QByteArray(StateJson).replace("\"fast\"", "\"slow\"");
    dir.createFile(QStringLiteral("state/state.json"), changed);
    auto plan = planRestore(current, BackupCatalogue(current), BackupId, {});
    QVERIFY(!plan);
    QCOMPARE(plan.error().kind, Error::Kind::Conflict);
    QCOMPARE(plan.error().file, layout::stateFile(root));
    QCOMPARE(dir.read(QStringLiteral("state/state.json")), changed);

    // Removed since: a conflict as well, not a file made again.
    QVERIFY(QFile::remove(layout::stateFile(root)));
    auto removed = planRestore(current, BackupCatalogue(current), BackupId, {});
    QVERIFY(!removed);
    QCOMPARE(removed.error().kind, Error::Kind::Conflict);
}

void TestRestorePlan::unknownAndUnusableBackups()
{
    TestDir dir;
    const QString root = documentedState(dir);
    dir.createFile(QStringLiteral("state/state.backup.1767139300000.json"), QByteArray());
    const Snapshot current = load(root);
    const BackupCatalogue catalogue(current);
    auto unknown = planRestore(current, catalogue, QStringLiteral("state.backup.1.json"), {});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
    QCOMPARE(unknown.error().file, root);
    auto empty = planRestore(current, catalogue, QStringLiteral("state.backup.1767139300000.json"), {});
    QVERIFY(!empty);
    QVERIFY(!empty.error().message.isEmpty());
}

void TestRestorePlan::aDamagedStateIsReplacedWhole()
{
    TestDir dir;
    const QString root = documentedState(dir);
    const QByteArray truncated = StateJson.left(StateJson.size() / 2);
    dir.createFile(QStringLiteral("state/state.json"), truncated);
    const Snapshot current = load(root);
    QVERIFY(current.info.isDamaged());
    // Whatever the scope, the damaged file is replaced by the backup's copy of it, byte for byte.
    for (const QStringList& scope : { QStringList(), QStringList { QStringLiteral("user/name") } }) {
        auto plan = planRestore(current, BackupCatalogue(current), BackupId, RestoreScope { scope });
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->files.size(), 1);
        const FileWrite& w = plan->files.first();
        QVERIFY(w.damaged);
        QCOMPARE(w.before.value(), truncated);
        QCOMPARE(w.after.value(), BackupJson);
    }
    QCOMPARE(dir.read(QStringLiteral("state/state.json")), truncated);
}

void TestRestorePlan::aSafetyBackupIsPutBackExactly()
{
    TestDir dir;
    const QString root = documentedState(dir);
    const QString state = layout::stateFile(root);
    const QString task = layout::tasksDir(root) + QStringLiteral("/11111111-1111-4111-8111-111111111111.json");
    // Saved while state.json was as it is now and the task file did not exist.
    auto m = createSafetyBackup(root, QStringLiteral("safety"), QStringLiteral("documented"), QStringLiteral("test"), false,
                                { { state, StateJson, 0640 }, { task, std::nullopt, 0644 } }, {});
    QVERIFY(m);
    // Since then: state.json was edited and the task file appeared.
    const QByteArray edited = QByteArray(StateJson).replace("\"Ada\"", "\"Lovelace\"");
    dir.createFile(state, edited);
    dir.createFile(task, R"({"id": "11111111-1111-4111-8111-111111111111", "status": "pending"})");
    const Snapshot current = load(root);
    const auto disk = filesOf(root);

    auto plan = planRestore(current, BackupCatalogue(current), m->id, {});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QVERIFY(plan->exact);
    QCOMPARE(plan->files.size(), 2);
    QCOMPARE(plan->files[0].path, state);
    QCOMPARE(plan->files[0].before.value(), edited);
    QCOMPARE(plan->files[0].after.value(), StateJson);
    QCOMPARE(plan->files[0].mode, 0640);
    QCOMPARE(plan->files[1].path, task);
    QVERIFY(plan->files[1].before);
    QVERIFY(!plan->files[1].after); // removed again
    QCOMPARE(plan->touched(), (QStringList { QStringLiteral("state.json"),
                                             QStringLiteral("tasks/11111111-1111-4111-8111-111111111111.json") }));
    QCOMPARE(filesOf(root), disk);

    // A part of it is restored key by key, not as exact bytes.
    auto part = planRestore(current, BackupCatalogue(current), m->id, RestoreScope { { QStringLiteral("user/name") } });
    QVERIFY(part);
    QVERIFY(!part->exact);
    QCOMPARE(addressesOf(*part), QStringList { QStringLiteral("user/name changed") });
}

void TestRestorePlan::aSafetyManifestThatClimbsOutIsRefused()
{
    TestDir dir;
    const QString root = documentedState(dir);
    auto m = createSafetyBackup(root, QStringLiteral("safety"), QStringLiteral("documented"), QStringLiteral("test"), false,
                                { { layout::stateFile(root), StateJson, 0644 } }, {});
    QVERIFY(m);
    // Someone edits the manifest to point at a file outside the state.
    const QString manifest = layout::backupsDir(root) + u'/' + m->id + QStringLiteral("/manifest.json");
    QByteArray text = dir.read(manifest);
    text.replace("\"state.json\"", "\"sub/../../outside.json\"");
    dir.createFile(manifest, text);
    dir.createFile(QStringLiteral("outside.json"), "{}");
    const Snapshot current = load(root);
    auto plan = planRestore(current, BackupCatalogue(current), m->id, {});
    QVERIFY(!plan);
    QCOMPARE(dir.read(QStringLiteral("outside.json")), QByteArray("{}"));
}

void TestRestorePlan::rsLlmSpellRowsBecomeChanges()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
    const Snapshot current = load(root);
    const BackupCatalogue catalogue(current);
    const Backup* backup = catalogue.newestHealthy();
    QVERIFY(backup);
    const auto disk = filesOf(root);
    auto plan = planRestore(current, catalogue, backup->id, {});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QVERIFY(plan->files.isEmpty());
    QVERIFY(!plan->changes.isEmpty());
    QCOMPARE(plan->changes.size(), plan->entries.size());
    QCOMPARE(plan->valuesBefore.size(), plan->changes.size());
    for (int i = 0; i < plan->changes.size(); ++i) {
        const Change& c = plan->changes[i];
        const diff::EntryDiff& e = plan->entries[i];
        QCOMPARE(c.address.ns, e.ns);
        QCOMPARE(c.address.key, e.key);
        QCOMPARE(c.op == Change::Op::Remove, e.kind == diff::ChangeKind::Removed);
        // What the safety backup will keep: the value now, where there is one.
        const std::optional<Entry> now = current.findEntry(e.ns, e.key);
        QCOMPARE(plan->valuesBefore[i].existed, now.has_value());
        if (now)
            QCOMPARE(plan->valuesBefore[i].value, now->value.toValue());
    }
    QCOMPARE(plan->touched(), QStringList { QStringLiteral("database") });
    QCOMPARE(filesOf(root), disk);
}

QTEST_GUILESS_MAIN(TestRestorePlan)
#include "tst_restoreplan.moc"
