// SPDX-License-Identifier: GPL-3.0-or-later
// The doctor's findings (doctor/finding.h): the stable machine ids that scripts read (statelens-cli doctor
// --json), one per kind, fix and severity, and a finding's location.
#include "doctor/finding.h"

#include <QTest>

using namespace statelens;
using namespace statelens::doctor;

Q_DECLARE_METATYPE(statelens::doctor::FindingKind)
Q_DECLARE_METATYPE(statelens::doctor::FixKind)

class TestFinding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findingIds_data();
    void findingIds();
    void fixIds_data();
    void fixIds();
    void severityIds();
    void location_data();
    void location();
};

void TestFinding::findingIds_data()
{
    QTest::addColumn<FindingKind>("kind");
    QTest::addColumn<QString>("id");
    QTest::newRow("damaged") << FindingKind::DamagedState << "damaged-state";
    QTest::newRow("temp") << FindingKind::OrphanTempFile << "orphan-temp-file";
    QTest::newRow("lock") << FindingKind::StaleLock << "stale-lock";
    QTest::newRow("chain") << FindingKind::BrokenBackupChain << "broken-backup-chain";
    QTest::newRow("empty") << FindingKind::EmptyBackup << "empty-backup";
    QTest::newRow("unparsable") << FindingKind::UnparsableBackup << "unparsable-backup";
    QTest::newRow("checksum") << FindingKind::BackupChecksumMismatch << "backup-checksum-mismatch";
    QTest::newRow("unreadable") << FindingKind::UnreadableBackup << "unreadable-backup";
    QTest::newRow("metrics") << FindingKind::MetricsMismatch << "metrics-mismatch";
    QTest::newRow("tasks") << FindingKind::TaskSnapshotMismatch << "task-snapshot-mismatch";
}

void TestFinding::findingIds()
{
    QFETCH(FindingKind, kind);
    QFETCH(QString, id);
    QCOMPARE(findingId(kind), id);
    Finding f;
    f.kind = kind;
    QCOMPARE(f.id(), id);
}

void TestFinding::fixIds_data()
{
    QTest::addColumn<FixKind>("fix");
    QTest::addColumn<QString>("id");
    QTest::newRow("none") << FixKind::None << "none";
    QTest::newRow("restore") << FixKind::RestoreBackup << "restore-backup";
    QTest::newRow("move") << FixKind::MoveTempFile << "move-temp-file";
    QTest::newRow("lock") << FixKind::ClearLockRecord << "clear-lock-record";
    QTest::newRow("metrics") << FixKind::RecomputeMetrics << "recompute-metrics";
    QTest::newRow("remove") << FixKind::RemoveTempFile << "remove-temp-file";
}

void TestFinding::fixIds()
{
    QFETCH(FixKind, fix);
    QFETCH(QString, id);
    QCOMPARE(fixKindId(fix), id);
}

void TestFinding::severityIds()
{
    QCOMPARE(severityId(Problem::Severity::Info), QStringLiteral("info"));
    QCOMPARE(severityId(Problem::Severity::Warning), QStringLiteral("warning"));
    QCOMPARE(severityId(Problem::Severity::Error), QStringLiteral("error"));
    // A fresh finding is a warning with nothing to apply.
    const Finding f;
    QCOMPARE(f.severity, Problem::Severity::Warning);
    QCOMPARE(f.fix, FixKind::None);
    QVERIFY(!f.safe);
}

void TestFinding::location_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("location");
    QTest::newRow("file, line and column") << "/s/state.json" << 1 << 1 << "/s/state.json:1:1";
    QTest::newRow("file and line") << "/s/state.json" << 7 << 0 << "/s/state.json:7";
    QTest::newRow("file") << "/s/state.json" << 0 << 0 << "/s/state.json";
    QTest::newRow("a column alone is not shown") << "/s/state.json" << 0 << 5 << "/s/state.json";
}

void TestFinding::location()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, location);
    Finding f;
    f.file = file;
    f.line = line;
    f.column = column;
    QCOMPARE(f.location(), location);
}

QTEST_GUILESS_MAIN(TestFinding)
#include "tst_finding.moc"
