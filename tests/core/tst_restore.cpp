// SPDX-License-Identifier: GPL-3.0-or-later
// Restoring backups of every sample: everything or a chosen part, the safety backup taken first and
// its exact round trip, refusal of unusable backups, all-or-nothing on failure, the journal, export,
// key history, making and pruning backups.
#include "backup/backupcatalogue.h"
#include "backup/backupmanager.h"
#include "backup/keyhistory.h"
#include "backup/restoreengine.h"
#include "io/restorejournal.h"
#include "sources/source.h"
#include "fixtures.h"
#include "testdir.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace statelens;
using namespace statelens::backup;

namespace {

/// Every file below `root` (outside .statelens/) with its bytes.
QMap<QString, QByteArray> filesOf(const QString& root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        const QString rel = QDir(root).relativeFilePath(f);
        if (rel.startsWith(QLatin1String(".statelens/")) || rel == QLatin1String("state.lock"))
            continue; // StateLens's own; state.lock is the folder's lock sidecar, taken by every writer
        QFile file(f);
        if (file.open(QIODevice::ReadOnly))
            out.insert(rel, file.readAll());
    }
    return out;
}

QJsonObject readObject(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

struct Loaded
{
    std::unique_ptr<Source> source;
    Snapshot snapshot;
};

Loaded load(const QString& path)
{
    auto source = openSource(path);
    if (!source || !source.value())
        qFatal("cannot open %s", qPrintable(path));
    auto s = source.value()->load();
    if (!s)
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(s.error().toString()));
    return { std::move(source.value()), std::move(s.value()) };
}

/// The raw bytes of each top-level member of a JSON object file, by key.
QHash<QString, QByteArray> memberBytes(const QByteArray& text, const QStringList& path = {})
{
    auto doc = json::Document::parse(text);
    QHash<QString, QByteArray> out;
    if (!doc)
        return out;
    quint32 node = 0;
    for (const QString& p : path)
        node = doc->member(node, p);
    doc->forEachMember(node, [&](quint32 k, quint32 v) {
        out.insert(doc->string(k), doc->raw(v).toByteArray());
        return true;
    });
    return out;
}

} // namespace

class TestRestore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codingAgentRestoreEverythingAndUndo()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const auto before = filesOf(root);
        Loaded l = load(root);
        const BackupCatalogue catalogue(l.snapshot);
        const Backup* chosen = catalogue.find(QStringLiteral("state.backup.1795260926850.json"));
        QVERIFY(chosen);
        auto outcome = restoreBackup(root, chosen->id);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
        QVERIFY(outcome->entries > 0);
        QVERIFY(outcome->safetyId.startsWith(QLatin1String("safety-")));

        // state.json now holds the backup's values; tasks/ holds exactly the backup's tasks.
        const QJsonObject backup = readObject(chosen->path);
        const QJsonObject state = readObject(root + QStringLiteral("/state.json"));
        QCOMPARE(state, backup);
        QSet<QString> ids;
        for (const QJsonValue& t : backup.value(QStringLiteral("tasks")).toArray()) {
            const QString id = t.toObject().value(QStringLiteral("id")).toString();
            ids.insert(id);
            QCOMPARE(readObject(root + QStringLiteral("/tasks/%1.json").arg(id)), t.toObject());
        }
        QCOMPARE(QDir(root + QStringLiteral("/tasks")).entryList(QDir::Files).size(), ids.size());
        // The tool's own rotation is untouched: still the same ten state.backup files.
        QCOMPARE(QDir(root).entryList({ QStringLiteral("state.backup.*.json") }).size(), 10);
        // Reports are not part of a state.json backup and stay.
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (it.key().startsWith(QLatin1String("reports/")) || it.key().startsWith(QLatin1String("logs/")))
                QCOMPARE(dir.read(root + u'/' + it.key()), it.value());

        // The journal records it.
        auto journal = readJournal(root);
        QVERIFY(journal.ok());
        QCOMPARE(journal->size(), 1);
        QCOMPARE(journal->first().backupId, chosen->id);
        QCOMPARE(journal->first().safetyId, outcome->safetyId);
        QCOMPARE(journal->first().entries, outcome->entries);
        QCOMPARE(journal->first().status, QStringLiteral("ok"));

        // Restoring the safety backup gives back the exact bytes.
        RestoreOptions undo;
        undo.action = QStringLiteral("undo");
        auto back = restoreBackup(root, outcome->safetyId, {}, undo);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(filesOf(root), before);
        QCOMPARE(readJournal(root)->size(), 2);
        QCOMPARE(readJournal(root)->last().action, QStringLiteral("undo"));
    }

    void unusableBackupsAreRefusedWithTheReason()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        dir.createFile(root + QStringLiteral("/state.backup.1795260929999.json"), "{\n  \"tasks\": [\n    {\"id\": 1,\n");
        const auto before = filesOf(root);
        Loaded l = load(root);
        const BackupCatalogue catalogue(l.snapshot);

        const Backup* empty = catalogue.find(QStringLiteral("state.backup.1795260929602.json"));
        QVERIFY(empty);
        QCOMPARE(empty->health, Health::Empty);
        auto r = restoreBackup(root, empty->id);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("0 bytes")), qPrintable(r.error().toString()));

        const Backup* broken = catalogue.find(QStringLiteral("state.backup.1795260929999.json"));
        QVERIFY(broken);
        QCOMPARE(broken->health, Health::Unparsable);
        r = restoreBackup(root, broken->id);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String(":4:")) || r.error().toString().contains(QLatin1String(":4:")),
                 qPrintable(r.error().toString()));
        QCOMPARE(catalogue.newestHealthy()->id, QStringLiteral("state.backup.1795260929605.json"));
        QCOMPARE(filesOf(root), before);
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/.statelens/backups")));
    }

    void checksumMismatchIsRefused()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
        const QString file = root + QStringLiteral("/backups/backup_1795261064_aceb64cc2b69b18e.backup");
        QByteArray bytes = dir.read(file);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
        dir.createFile(file, bytes);
        Loaded l = load(root);
        const BackupCatalogue catalogue(l.snapshot);
        const Backup* full = catalogue.find(QStringLiteral("backup_1795261064_aceb64cc2b69b18e"));
        QVERIFY(full);
        QCOMPARE(full->health, Health::ChecksumMismatch);
        const Backup* child = catalogue.find(QStringLiteral("backup_1795261065_e1ead74ce49af8a"));
        QCOMPARE(child->health, Health::BrokenChain);
        for (const QString& id : { full->id, child->id }) {
            auto r = restoreBackup(root, id);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QLatin1String("sha256")), qPrintable(r.error().toString()));
        }
    }

    void llmspellRestoresIntoTheDatabase()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("rs-llmspell"));
        Loaded l = load(root);
        const BackupCatalogue catalogue(l.snapshot);
        const Backup* newest = catalogue.newestHealthy();
        QVERIFY(newest);
        QCOMPARE(newest->id, QStringLiteral("backup_1795261065_e1ead74ce49af8a"));
        auto loaded = loadBackup(l.snapshot, *newest);
        QVERIFY(loaded.ok());
        const auto diffBefore = compareWithCurrent(l.snapshot, loaded.value());
        QVERIFY(!diffBefore.isEmpty());

        auto outcome = restoreBackup(root, newest->id);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
        QCOMPARE(outcome->entries, int(diffBefore.entries.size()));
        QCOMPARE(outcome->files, QStringList { QStringLiteral("database") });

        // The database now matches the backup (every key the backup has, with its value).
        Loaded after = load(root);
        QVERIFY(compareWithCurrent(after.snapshot, loadBackup(after.snapshot, *newest).value()).isEmpty());
        for (const Namespace& ns : loaded->snapshot.namespaces)
            for (const Entry& e : ns.entries) {
                const std::optional<Entry> now = after.snapshot.findEntry(ns.name, e.key);
                QVERIFY2(now, qPrintable(ns.name + u'/' + e.key));
                QCOMPARE(now->value.toValue(), e.value.toValue());
            }

        // Undo: the values from before.
        auto back = restoreBackup(root, outcome->safetyId);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        Loaded undone = load(root);
        QVERIFY(diff::diffSnapshots(l.snapshot, undone.snapshot).isEmpty());
    }

    void statefulObjectBak()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        const auto before = filesOf(root);
        Loaded l = load(root);
        const BackupCatalogue catalogue(l.snapshot);
        const Backup* bak = catalogue.find(QStringLiteral("state.json.bak"));
        QVERIFY(bak);
        auto loaded = loadBackup(l.snapshot, *bak);
        QVERIFY(loaded.ok());
        const auto d = compareWithCurrent(l.snapshot, loaded.value());
        QCOMPARE(d.entries.size(), 1);
        QCOMPARE(d.entries[0].address(), QStringLiteral("state/config"));
        QCOMPARE(d.entries[0].details[0].pointer.toString(), QStringLiteral("/theme"));

        auto outcome = restoreBackup(root, bak->id);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
        QCOMPARE(outcome->entries, 1);
        // json.dump(indent=2, sort_keys=True) of the backup's content: here the very bytes of the .bak.
        QCOMPARE(dir.read(root + QStringLiteral("/state.json")), dir.read(root + QStringLiteral("/state.json.bak")));
        QCOMPARE(dir.read(root + QStringLiteral("/counter.json")), before.value(QStringLiteral("counter.json")));
        auto back = restoreBackup(root, outcome->safetyId);
        QVERIFY(back.ok());
        QCOMPARE(filesOf(root), before);
    }

    void selectiveRestoreLeavesOtherKeysByteIdentical()
    {
        test::TestDir dir;
        const QString root = dir.createDir(QStringLiteral("state"));
        dir.createFile(QStringLiteral("state/state.json"), test::documentedState());
        dir.createFile(QStringLiteral("state/state.backup.1767139200000.json"), test::documentedBackup());
        const QByteArray original = dir.read(QStringLiteral("state/state.json"));
        Loaded l = load(root);
        QCOMPARE(l.snapshot.info.kind, SourceKind::Documented);

        RestoreScope scope;
        scope.addresses = { QStringLiteral("user/prefs") };
        auto outcome = restoreBackup(root, QStringLiteral("state.backup.1767139200000.json"), scope);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
        QCOMPARE(outcome->entries, 1);
        const QByteArray after = dir.read(QStringLiteral("state/state.json"));
        auto userBefore = memberBytes(original, { QStringLiteral("namespaces"), QStringLiteral("user") });
        auto userAfter = memberBytes(after, { QStringLiteral("namespaces"), QStringLiteral("user") });
        // Only the changed bytes inside the value are replaced (its own spacing stays).
        QCOMPARE(userAfter.take(QStringLiteral("prefs")), QByteArray(R"({"theme": "light",  "lang": "en"})"));
        userBefore.remove(QStringLiteral("prefs"));
        QCOMPARE(userAfter, userBefore);
        auto nsBefore = memberBytes(original, { QStringLiteral("namespaces") });
        auto nsAfter = memberBytes(after, { QStringLiteral("namespaces") });
        nsBefore.remove(QStringLiteral("user"));
        nsAfter.remove(QStringLiteral("user"));
        QCOMPARE(nsAfter, nsBefore);
        auto topBefore = memberBytes(original);
        auto topAfter = memberBytes(after);
        for (const QString& k : { QStringLiteral("namespaces"), QStringLiteral("last_saved") }) {
            topBefore.remove(k);
            topAfter.remove(k);
        }
        QCOMPARE(topAfter, topBefore);

        // A namespace and a key, then everything: namespaces the backup lacks go, the ones it has come back.
        scope.addresses = { QStringLiteral("config"), QStringLiteral("user/name") };
        outcome = restoreBackup(root, QStringLiteral("state.backup.1767139200000.json"), scope);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->entries, 2);
        auto everything = restoreBackup(root, QStringLiteral("state.backup.1767139200000.json"));
        QVERIFY(everything.ok());
        const QJsonObject nss = readObject(root + QStringLiteral("/state.json")).value(QStringLiteral("namespaces")).toObject();
        QCOMPARE(nss, QJsonDocument::fromJson(test::documentedBackup()).object().value(QStringLiteral("namespaces")).toObject());

        // Undo each, newest first: back to the original bytes, last_saved included.
        auto journal = readJournal(root);
        QCOMPARE(journal->size(), 3);
        for (qsizetype i = journal->size() - 1; i >= 0; --i)
            QVERIFY(restoreBackup(root, journal->at(i).safetyId).ok());
        QCOMPARE(dir.read(QStringLiteral("state/state.json")), original);
    }

    void selectiveTaskRestore()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const auto before = filesOf(root);
        Loaded l = load(root);
        const BackupCatalogue catalogue(l.snapshot);
        auto loaded = loadBackup(l.snapshot, *catalogue.find(QStringLiteral("state.backup.1795260926850.json")));
        QVERIFY(loaded.ok());
        QString changedTask;
        for (const diff::EntryDiff& d : compareWithCurrent(l.snapshot, loaded.value()).entries)
            if (d.scope == diff::EntryDiff::Scope::Task && d.kind == diff::ChangeKind::Changed)
                changedTask = d.key;
        QVERIFY(!changedTask.isEmpty());
        RestoreScope scope;
        scope.addresses = { QStringLiteral("@tasks/") + changedTask };
        auto outcome = restoreBackup(root, QStringLiteral("state.backup.1795260926850.json"), scope);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->entries, 1);
        const auto after = filesOf(root);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (it.key() != QStringLiteral("tasks/%1.json").arg(changedTask))
                QCOMPARE(after.value(it.key()), it.value());
        QCOMPARE(after.size(), before.size());
    }

    void failurePartWayLeavesEverythingAsItWas()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const auto before = filesOf(root);
        Loaded l = load(root);
        const BackupCatalogue catalogue(l.snapshot);
        auto plan = planRestore(l.snapshot, catalogue, QStringLiteral("state.backup.1795260926847.json"), {});
        QVERIFY(plan.ok());
        QVERIFY(plan->files.size() >= 3);
        QCOMPARE(QFileInfo(plan->files[0].path).fileName(), QStringLiteral("state.json"));
        // A later target becomes a folder right before it is written: the write fails part-way.
        const int failAt = int(plan->files.size()) - 1;
        const QString victim = plan->files[failAt].path;
        RestoreOptions options;
        options.beforeWrite = [&](int index, const QString& file) {
            if (index == failAt) {
                QFile::remove(file);
                QDir().mkpath(file);
            }
        };
        auto outcome = executeRestore(*l.source, plan.value(), options);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error().message.contains(QLatin1String("nothing was changed")), qPrintable(outcome.error().toString()));
        QDir().rmdir(victim);
        auto after = filesOf(root);
        // Everything the restore had written was put back; only the file the test removed is missing.
        auto expected = before;
        expected.remove(QDir(root).relativeFilePath(victim));
        QCOMPARE(after, expected);
        QCOMPARE(readJournal(root)->last().status, QStringLiteral("failed"));
    }

    void conflictWritesNothing()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        Loaded l = load(root);
        const BackupCatalogue catalogue(l.snapshot);
        // The state changes after it was read: the plan refuses, nothing is written.
        dir.createFile(root + QStringLiteral("/state.json"), "{\"tasks\": []}");
        const auto before = filesOf(root);
        auto plan = planRestore(l.snapshot, catalogue, QStringLiteral("state.backup.1795260926850.json"), {});
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, Error::Kind::Conflict);
        QCOMPARE(filesOf(root), before);
    }

    void exportLeavesTheOriginal()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
        const auto before = filesOf(root);
        const QString target = dir.filePath(QStringLiteral("exported"));
        auto outcome = exportRestored(root, QStringLiteral("state.json.bak"), {}, target);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
        QCOMPARE(filesOf(root), before);
        QCOMPARE(dir.read(target + QStringLiteral("/state.json")), before.value(QStringLiteral("state.json.bak")));
        QCOMPARE(readJournal(root)->last().target, target);
        QVERIFY(!exportRestored(root, QStringLiteral("state.json.bak"), {}, target).ok()); // not empty now
    }

    void keyHistoryAcrossBackups()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        Loaded l = load(root);
        const BackupCatalogue catalogue(l.snapshot);
        const auto points = keyHistory(l.snapshot, catalogue, Address::parse(QStringLiteral("state/metrics/total_tasks")).value());
        QCOMPARE(points.size(), 9); // eight usable backups and now
        QVERIFY(points.last().isCurrent);
        for (qsizetype i = 1; i < points.size(); ++i) {
            if (!points[i].isCurrent)
                QVERIFY(points[i - 1].time <= points[i].time);
            QCOMPARE(points[i].changed, points[i].value != points[i - 1].value);
        }
        for (const HistoryPoint& p : points) {
            QVERIFY(p.present);
            if (p.isCurrent)
                continue;
            const int expected = readObject(catalogue.find(p.backupId)->path).value(QStringLiteral("metrics")).toObject().value(QStringLiteral("total_tasks")).toInt();
            QCOMPARE(p.value.toInt(), expected);
        }
        QCOMPARE(points.last().value.toInt(), 6);
    }

    void historyIsInTimeOrderAfterASave()
    {
        // StateLens's generation of the task file is made at the save, months after the sample's own
        // last_saved: the current point is dated by the file it lives in, so it still comes after it.
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const QString id = QStringLiteral("8a821726-f4d8-4f0b-bf80-3b674aa5d7f8");
        Loaded l = load(root);
        Change set;
        set.address = Address::parse(QStringLiteral("@tasks/%1/status").arg(id)).value();
        set.value = json::JsonValue::fromString(QStringLiteral("pending"));
        auto applied = l.source->apply(l.snapshot, { set });
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().toString()));
        Loaded after = load(root);
        QVERIFY(after.snapshot.lastSaved.isValid());
        const BackupCatalogue catalogue(after.snapshot);
        const auto points = keyHistory(after.snapshot, catalogue, Address::parse(QStringLiteral("@tasks/") + id).value());
        QVERIFY(points.size() >= 2);
        QVERIFY(points.last().isCurrent);
        QCOMPARE(points.last().value.member(QStringLiteral("status"))->toString(), QStringLiteral("pending"));
        const HistoryPoint& generation = points[points.size() - 2];
        QCOMPARE(generation.value.member(QStringLiteral("status"))->toString(), QStringLiteral("failed"));
        QVERIFY(generation.time > after.snapshot.lastSaved); // what dating "now" by last_saved got wrong
        for (qsizetype i = 1; i < points.size(); ++i)
            QVERIFY2(points[i - 1].time <= points[i].time,
                     qPrintable(points[i - 1].time.toString(Qt::ISODateWithMs) + u' ' + points[i].time.toString(Qt::ISODateWithMs)));
    }

    void createDeleteAndPrune()
    {
        test::TestDir dir;
        const QString root = dir.copySample(QStringLiteral("coding-agent/coding-agent-state"));
        const auto before = filesOf(root);
        Loaded l = load(root);
        auto made = createBackup(l.snapshot);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
        QVERIFY(made->id.startsWith(QLatin1String("manual-")));
        QCOMPARE(QDir(root).entryList({ QStringLiteral("state.backup.*.json") }).size(), 10);

        // Change things, then restore the manual backup: exactly as before (a task added later goes too).
        dir.createFile(root + QStringLiteral("/state.json"), "{\"tasks\": [], \"sessions\": []}");
        QFile::remove(root + QStringLiteral("/tasks/05d17637-812f-4f11-9f20-09cf8d590ec0.json"));
        auto restored = restoreBackup(root, made->id);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().toString()));
        QCOMPARE(filesOf(root), before);

        Loaded again = load(root);
        BackupCatalogue catalogue(again.snapshot);
        QVERIFY(catalogue.find(made->id));
        QCOMPARE(catalogue.find(made->id)->health, Health::Ok);
        const QList<Backup> plan = planPrune(catalogue, 3, 0, QDateTime::currentDateTimeUtc());
        int stateBackups = 0;
        for (const Backup& b : plan) {
            QVERIFY(b.kind == QLatin1String("state-backup") || b.kind == QLatin1String("safety") || b.kind == QLatin1String("manual"));
            stateBackups += b.kind == QLatin1String("state-backup");
        }
        QCOMPARE(stateBackups, 7);
        QCOMPARE(QDir(root).entryList({ QStringLiteral("state.backup.*.json") }).size(), 10); // planning removes nothing
        auto removed = prune(catalogue, plan);
        QVERIFY(removed.ok());
        QCOMPARE(QDir(root).entryList({ QStringLiteral("state.backup.*.json") }, QDir::Files, QDir::Name),
                 (QStringList { QStringLiteral("state.backup.1795260929602.json"), QStringLiteral("state.backup.1795260929604.json"),
                                QStringLiteral("state.backup.1795260929605.json") }));
        auto gone = deleteBackup(catalogue, made->id);
        QVERIFY(gone.ok());
        QVERIFY(!QFileInfo::exists(made->id));
    }
};

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
