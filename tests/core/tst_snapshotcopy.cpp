// SPDX-License-Identifier: GPL-3.0-or-later
// withTasksAndStamps(): the one copy of a snapshot that replaces its two big lists and shares the rest.
#include "model/snapshotcopy.h"

#include <QTest>

using namespace statelens;

namespace {
Snapshot everyMemberSet()
{
    Snapshot s;
    s.info.kind = SourceKind::Documented;
    s.info.path = QStringLiteral("/s");
    s.info.version = QStringLiteral("1.0.0");
    s.info.note = QStringLiteral("note");
    s.info.readOnly = true;
    s.info.damaged.append(DamagedFile { QStringLiteral("/s/state.json"), DamagedFile::Damage::Truncated, {}, DamagedFile::Fallback::Backup, {}, {} });
    s.scope = SnapshotScope::Values;
    s.namespaces.append(Namespace { QStringLiteral("user"), QList<Entry> { Entry { QStringLiteral("k"), {}, QStringLiteral("/s/state.json"), {} } } });
    Task t;
    t.id = QStringLiteral("t1");
    t.file = QStringLiteral("/s/tasks/t1.json");
    s.tasks.append(t);
    s.backups.append(Backup { QStringLiteral("b1"), QStringLiteral("/s/b1.json"), QStringLiteral("state-backup"), {}, 10, 1, {}, Health::Ok, {}, {}, {} });
    s.logs.append(LogFile { QStringLiteral("a.log"), QStringLiteral("/s/logs/a.log"), LogFile::Format::Text, 3, {}, {} });
    s.reports.append(Report { QStringLiteral("r"), QStringLiteral("/s/reports/r.json"), {} });
    s.sessions.append(Report { QStringLiteral("sess"), QStringLiteral("/s/state.json"), {} });
    Problem p;
    p.message = QStringLiteral("problem");
    s.problems.append(p);
    s.batch = Batch { QStringLiteral("batch"), QStringLiteral("running"), 2, {}, {}, {} };
    s.lastSaved = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
    s.stamps.insert(QStringLiteral("/s/state.json"), FileStamp {});
    s.readStartedNs = 42;
    s.namespaceFiles.insert(QStringLiteral("user"), QStringLiteral("/s/state.json"));
    return s;
}
} // namespace

class TestSnapshotCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesTasksAndStampsAndKeepsTheRest()
    {
        const Snapshot s = everyMemberSet();
        Task other;
        other.id = QStringLiteral("t2");
        QHash<QString, FileStamp> stamps;
        stamps.insert(QStringLiteral("/s/tasks/t2.json"), FileStamp {});
        const Snapshot c = withTasksAndStamps(s, { other }, stamps);
        QCOMPARE(c.tasks.size(), 1);
        QCOMPARE(c.tasks.first().id, QStringLiteral("t2"));
        QCOMPARE(c.stamps.keys(), QStringList { QStringLiteral("/s/tasks/t2.json") });
        // Everything else, as it was, and shared rather than copied.
        QCOMPARE(c.info.path, s.info.path);
        QCOMPARE(c.info.version, s.info.version);
        QCOMPARE(c.info.note, s.info.note);
        QCOMPARE(c.info.readOnly, true);
        QCOMPARE(c.info.damaged.size(), 1);
        QCOMPARE(c.scope, SnapshotScope::Values);
        QVERIFY(c.namespaces.isSharedWith(s.namespaces));
        QVERIFY(c.backups.isSharedWith(s.backups));
        QVERIFY(c.logs.isSharedWith(s.logs));
        QVERIFY(c.reports.isSharedWith(s.reports));
        QVERIFY(c.sessions.isSharedWith(s.sessions));
        QVERIFY(c.problems.isSharedWith(s.problems));
        QVERIFY(c.batch.has_value());
        QCOMPARE(c.batch->id, QStringLiteral("batch"));
        QCOMPARE(c.lastSaved, s.lastSaved);
        QCOMPARE(c.readStartedNs, qint64(42));
        QCOMPARE(c.namespaceFiles, s.namespaceFiles);
        // The source is untouched.
        QCOMPARE(s.tasks.first().id, QStringLiteral("t1"));
        QVERIFY(s.stamps.contains(QStringLiteral("/s/state.json")));
    }

    void emptiedForADelta()
    {
        const Snapshot s = everyMemberSet();
        const Snapshot c = withTasksAndStamps(s, {}, {});
        QVERIFY(c.tasks.isEmpty());
        QVERIFY(c.stamps.isEmpty());
        QCOMPARE(c.namespaces.size(), 1);
        QCOMPARE(s.tasks.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotCopy)
#include "tst_snapshotcopy.moc"
