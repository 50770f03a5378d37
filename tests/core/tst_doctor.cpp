// SPDX-License-Identifier: GPL-3.0-or-later
// The doctor on copies of the real samples, healthy and damaged in each way: what it finds, and the bytes on
// disk after its safe fixes (with a backup of every changed file).
#include "doctor/diagnosis.h"
#include "doctor/repair.h"
#include "io/filelock.h"
#include "json/jsonvalue.h"
#include "store/statestore.h"
#include "testdir.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace statelens;
using namespace statelens::doctor;

namespace {
const QString kCoding = QStringLiteral("coding-agent/coding-agent-state");
const QString kStateful = QStringLiteral("statefulobject/app");
const QString kAutonomous = QStringLiteral("autonomous-dev/project");
const QString kLlmspell = QStringLiteral("rs-llmspell");

/// The pid of a process that has ended (a real process, started and waited for).

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void makeOld(const QString& path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
}

/// Every file below `dir` (recursively) whose content is `bytes`.
QStringList filesWithContent(const QString& dir, const QByteArray& bytes)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (readBytes(f) == bytes)
            out.append(f);
    }
    return out;
}

/// A documented-format state folder written by StateStore, with the coding-agent sample's real tasks.
QString documentedState(test::TestDir& dir)
{
    const QString root = dir.filePath(QStringLiteral("documented"));
    StateStore store(root);
    if (!store.load())
        return {};
    const QString tasks = test::TestDir::samplePath(kCoding + QStringLiteral("/tasks"));
    for (const QString& name : QDir(tasks).entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        auto task = json::JsonValue::parse(readBytes(tasks + u'/' + name));
        if (!task || !store.saveTask(task.value()))
            return {};
    }
    if (!store.save(QStringLiteral("app"), QStringLiteral("theme"),
            json::JsonValue::fromString(QStringLiteral("dark"))))
        return {};
    return root;
}

enum class Damage {
    None,
    EmptyState,
    TruncatedState,
    InvalidBytes,
    TempFile,
    FreshTempFile,
    StaleLock,
    Metrics,
    BrokenChain
};

/// Damages the copy at `root` in one way; returns the file that was damaged (or created).
QString damage(const QString& root, const QString& sample, Damage how)
{
    Q_UNUSED(sample)
    const QString stateFile = root + QStringLiteral("/state.json");
    switch (how) {
    case Damage::None:
        return {};
    case Damage::EmptyState:
        writeBytes(stateFile, {});
        return stateFile;
    case Damage::TruncatedState: {
        const QByteArray text = readBytes(stateFile);
        writeBytes(stateFile, text.left(text.size() / 2));
        return stateFile;
    }
    case Damage::InvalidBytes: {
        const QString f = root + QStringLiteral("/counter.json");
        QByteArray text = readBytes(f);
        text.insert(text.indexOf(':') + 2, QByteArray("\xff\xfe"));
        writeBytes(f, text);
        return f;
    }
    case Damage::TempFile:
    case Damage::FreshTempFile: {
        const QString f = root + QStringLiteral("/.counter.ab12cd34.tmp");
        writeBytes(f, "{\n  \"count\": 3,\n  \"na");
        if (how == Damage::TempFile)
            makeOld(f);
        return f;
    }
    case Damage::StaleLock: {
        QDir().mkpath(root + QStringLiteral("/.statelens"));
        const QString f = root + QStringLiteral("/.statelens/lock");
        writeBytes(
            f, QStringLiteral("statelens-cli pid %1 since 2026-11-21T12:00:00Z\n").arg(test::TestDir::deadPid()).toUtf8());
        return f;
    }
    case Damage::Metrics: {
        QByteArray text = readBytes(stateFile);
        const qsizetype at = text.indexOf("\"total_tasks\": ") + 15;
        const qsizetype end = text.indexOf(',', at);
        text.replace(at, end - at, "99");
        writeBytes(stateFile, text);
        return stateFile;
    }
    case Damage::BrokenChain: {
        const QString f = root + QStringLiteral("/backups/backup_1795261064_aceb64cc2b69b18e.meta");
        QFile::remove(f);
        return root + QStringLiteral("/backups/backup_1795261065_e1ead74ce49af8a.meta");
    }
    }
    return {};
}

const Finding* findKind(const Diagnosis& d, FindingKind kind)
{
    for (const Finding& f : d.findings)
        if (f.kind == kind)
            return &f;
    return nullptr;
}
} // namespace

Q_DECLARE_METATYPE(Damage)
Q_DECLARE_METATYPE(statelens::doctor::FindingKind)
Q_DECLARE_METATYPE(statelens::doctor::FixKind)

class TestDoctor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Healthy copies: no error, and warnings only where the sample has them by nature.
    void healthySamples_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<bool>("healthy");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("statefulobject") << kStateful << true << QStringList {};
        QTest::newRow("statefulobject file")
            << kStateful + QStringLiteral("/counter.json") << true << QStringList {};
        QTest::newRow("autonomous-dev") << kAutonomous << true << QStringList {};
        QTest::newRow("rs-llmspell") << kLlmspell << true << QStringList {};
        // Two 0-byte backups, by nature (the tool copies state.json while a concurrent save has just
        // truncated it). Its metrics and task snapshot agree with tasks/ in this sample.
        QTest::newRow("coding-agent")
            << kCoding << false
            << QStringList { QStringLiteral("empty-backup"), QStringLiteral("empty-backup") };
    }
    void healthySamples()
    {
        QFETCH(QString, sample);
        QFETCH(bool, healthy);
        QFETCH(QStringList, ids);
        test::TestDir dir;
        auto d = diagnose(dir.copySample(sample));
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().toString()));
        QStringList got;
        for (const Finding& f : d->findings) {
            QVERIFY2(f.severity != Problem::Severity::Error, qPrintable(f.summary));
            got.append(f.id());
        }
        got.sort();
        ids.sort();
        QCOMPARE(got, ids);
        QCOMPARE(d->healthy(), healthy);
    }

    // Each way of damaging a copy gives its finding, at the right place, with the right fix.
    void damagedSamples_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<Damage>("how");
        QTest::addColumn<FindingKind>("kind");
        QTest::addColumn<Problem::Severity>("severity");
        QTest::addColumn<FixKind>("fix");
        QTest::addColumn<bool>("safe");
        QTest::newRow("0-byte state.json, .bak")
            << kStateful << Damage::EmptyState << FindingKind::DamagedState << Problem::Severity::Error
            << FixKind::RestoreBackup << true;
        QTest::newRow("0-byte state.json, backups")
            << kCoding << Damage::EmptyState << FindingKind::DamagedState << Problem::Severity::Error
            << FixKind::RestoreBackup << true;
        QTest::newRow("truncated state.json")
            << kCoding << Damage::TruncatedState << FindingKind::DamagedState << Problem::Severity::Error
            << FixKind::RestoreBackup << true;
        QTest::newRow("invalid bytes, no backup")
            << kStateful << Damage::InvalidBytes << FindingKind::DamagedState << Problem::Severity::Error
            << FixKind::None << false;
        QTest::newRow("orphan temp file") << kStateful << Damage::TempFile << FindingKind::OrphanTempFile
                                          << Problem::Severity::Warning << FixKind::MoveTempFile << true;
        QTest::newRow("temp file of a write in progress")
            << kStateful << Damage::FreshTempFile << FindingKind::OrphanTempFile << Problem::Severity::Warning
            << FixKind::MoveTempFile << false;
        QTest::newRow("lock naming a dead pid")
            << kCoding << Damage::StaleLock << FindingKind::StaleLock << Problem::Severity::Warning
            << FixKind::ClearLockRecord << true;
        QTest::newRow("coding-agent metrics by hand")
            << kCoding << Damage::Metrics << FindingKind::MetricsMismatch << Problem::Severity::Info
            << FixKind::None << false;
        QTest::newRow("incremental without its parent")
            << kLlmspell << Damage::BrokenChain << FindingKind::BrokenBackupChain
            << Problem::Severity::Warning << FixKind::None << false;
    }
    void damagedSamples()
    {
        QFETCH(QString, sample);
        QFETCH(Damage, how);
        QFETCH(FindingKind, kind);
        QFETCH(Problem::Severity, severity);
        QFETCH(FixKind, fix);
        QFETCH(bool, safe);
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        const QString file = damage(root, sample, how);
        auto d = diagnose(root);
        QVERIFY(d.ok());
        const Finding* f = findKind(d.value(), kind);
        QVERIFY2(f, qPrintable(findingId(kind)));
        QCOMPARE(f->file, QFileInfo(file).absoluteFilePath());
        QCOMPARE(f->severity, severity);
        QCOMPARE(f->fix, fix);
        QCOMPARE(f->safe, safe);
        QVERIFY(!f->summary.isEmpty() && !f->meaning.isEmpty() && !f->fixText.isEmpty());
        QCOMPARE(d->healthy(), false);
        if (kind == FindingKind::DamagedState)
            QVERIFY(f->line > 0 && f->column > 0);
        if (fix == FixKind::RestoreBackup)
            QVERIFY(!f->backupId.isEmpty());
    }

    void truncatedStatePointsAtTheEnd()
    {
        test::TestDir dir;
        const QString root = dir.copySample(kCoding);
        const QString file = damage(root, kCoding, Damage::TruncatedState);
        auto d = diagnose(root);
        QVERIFY(d.ok());
        const Finding* f = findKind(d.value(), FindingKind::DamagedState);
        QVERIFY(f);
        // The parser reports the end of the text: the last line of the truncated file.
        QCOMPARE(f->line, int(readBytes(file).count('\n')) + 1);
    }

    void diagnoseWritesNothing()
    {
        test::TestDir dir;
        const QString root = dir.copySample(kStateful);
        const QString temp = damage(root, kStateful, Damage::TempFile);
        const QByteArray state = readBytes(root + QStringLiteral("/state.json"));
        QVERIFY(diagnose(root).ok());
        QVERIFY(QFile::exists(temp));
        QCOMPARE(readBytes(root + QStringLiteral("/state.json")), state);
        QVERIFY(!QFile::exists(root + QStringLiteral("/.statelens")));
    }

    void missingPathIsAnError()
    {
        test::TestDir dir;
        auto d = diagnose(dir.filePath(QStringLiteral("nothing-here")));
        QVERIFY(!d.ok());
        QVERIFY(d.error().toString().contains(QLatin1String("nothing-here")));
    }

    // The safe fixes, checked on the bytes on disk, each with a backup of what it changed.
    void repairMovesTempFile()
    {
        test::TestDir dir;
        const QString root = dir.copySample(kStateful);
        const QString temp = damage(root, kStateful, Damage::TempFile);
        const QByteArray bytes = readBytes(temp);
        const QByteArray counter = readBytes(root + QStringLiteral("/counter.json"));
        auto d = diagnose(root);
        QVERIFY(d.ok());
        const RepairOutcome out = repair(root, d->findings);
        QCOMPARE(out.steps.size(), 1);
        QVERIFY(out.steps.first().applied);
        QVERIFY(!QFile::exists(temp));
        QCOMPARE(filesWithContent(root + QStringLiteral("/.statelens/backups"), bytes).size(), 1);
        QCOMPARE(
            out.steps.first().backups, filesWithContent(root + QStringLiteral("/.statelens/backups"), bytes));
        QCOMPARE(readBytes(root + QStringLiteral("/counter.json")), counter);
        auto again = diagnose(root);
        QVERIFY(again.ok());
        QVERIFY(again->healthy());
    }

    void repairLeavesAFreshTempFile()
    {
        test::TestDir dir;
        const QString root = dir.copySample(kStateful);
        const QString temp = damage(root, kStateful, Damage::FreshTempFile);
        auto d = diagnose(root);
        QVERIFY(d.ok());
        QCOMPARE(repair(root, d->findings).steps.size(), 0);
        QVERIFY(QFile::exists(temp));
    }

    void repairFailsCleanlyWhenTheBackupFolderCannotBeMade()
    {
        test::TestDir dir;
        const QString root = dir.copySample(kStateful);
        const QString temp = damage(root, kStateful, Damage::TempFile);
        writeBytes(root + QStringLiteral("/.statelens"), "a file where the folder should be");
        auto d = diagnose(root);
        QVERIFY(d.ok());
        const RepairOutcome out = repair(root, d->findings);
        QCOMPARE(out.steps.size(), 1);
        QVERIFY(!out.steps.first().applied);
        QVERIFY(out.steps.first().error.has_value());
        QVERIFY(out.steps.first().error->toString().contains(QLatin1String(".statelens")));
        QVERIFY(QFile::exists(temp));
    }

    void repairEmptiesStaleLock()
    {
        test::TestDir dir;
        const QString root = dir.copySample(kCoding);
        const QString lock = damage(root, kCoding, Damage::StaleLock);
        const QByteArray record = readBytes(lock);
        const QByteArray state = readBytes(root + QStringLiteral("/state.json"));
        auto d = diagnose(root);
        QVERIFY(d.ok());
        const RepairOutcome out = repair(root, d->findings);
        QCOMPARE(out.steps.size(), 1);
        QVERIFY(out.steps.first().applied);
        QVERIFY(QFile::exists(lock));
        QCOMPARE(readBytes(lock), QByteArray());
        QCOMPARE(filesWithContent(root + QStringLiteral("/.statelens/backups"), record),
            out.steps.first().backups);
        QCOMPARE(readBytes(root + QStringLiteral("/state.json")), state);
        auto again = diagnose(root);
        QVERIFY(again.ok());
        QVERIFY(!findKind(again.value(), FindingKind::StaleLock));
    }

    void heldLockIsNotStale()
    {
        test::TestDir dir;
        const QString root = dir.copySample(kCoding);
        const QString lock = damage(root, kCoding, Damage::StaleLock);
        auto held = FileLock::acquire(lock, 0);
        QVERIFY(held.ok());
        auto d = diagnose(root);
        QVERIFY(d.ok());
        QVERIFY(!findKind(d.value(), FindingKind::StaleLock));
        held->release();
        QCOMPARE(readBytes(lock), QByteArray()); // release() empties the record
    }

    void repairRecomputesDocumentedMetrics()
    {
        test::TestDir dir;
        const QString root = documentedState(dir);
        QVERIFY(!root.isEmpty());
        const QString stateFile = root + QStringLiteral("/state.json");
        const QByteArray good = readBytes(stateFile);
        {
            auto d = diagnose(root);
            QVERIFY(d.ok());
            QVERIFY(!findKind(d.value(), FindingKind::MetricsMismatch));
        }
        damage(root, kCoding, Damage::Metrics);
        const QByteArray edited = readBytes(stateFile);
        QVERIFY(edited != good);
        auto d = diagnose(root);
        QVERIFY(d.ok());
        const Finding* f = findKind(d.value(), FindingKind::MetricsMismatch);
        QVERIFY(f);
        QCOMPARE(f->severity, Problem::Severity::Warning);
        QVERIFY(f->safe);
        const RepairOutcome out = repair(root, d->findings);
        QCOMPARE(out.steps.size(), 1);
        QVERIFY2(out.steps.first().applied,
            qPrintable(out.steps.first().error ? out.steps.first().error->toString() : QString()));
        // Only the edited member changed back: every other byte is as the store wrote it.
        QCOMPARE(readBytes(stateFile), good);
        // StateLens's generation and the format's own state.backup.<ms>.json, both of the bytes before.
        QCOMPARE(out.steps.first().backups.size(), 2);
        for (const QString& b : out.steps.first().backups)
            QCOMPARE(readBytes(b), edited);
        auto again = diagnose(root);
        QVERIFY(again.ok());
        QVERIFY(again->healthy());
    }

    void unsafeFixesAreNotApplied()
    {
        test::TestDir dir;
        const QString root = dir.copySample(kLlmspell);
        damage(root, kLlmspell, Damage::BrokenChain);
        const QStringList before = QDir(root + QStringLiteral("/backups")).entryList(QDir::Files);
        auto d = diagnose(root);
        QVERIFY(d.ok());
        QCOMPARE(d->safeFixCount(), 0);
        QCOMPARE(repair(root, d->findings).steps.size(), 0);
        QCOMPARE(QDir(root + QStringLiteral("/backups")).entryList(QDir::Files), before);
    }

    // Needs the restore engine to write the whole file when the file on disk is damaged (the lead's
    // change to core/backup/restore*): until that is merged, the engine refuses and this test fails.
    void repairDamagedState_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<Damage>("how");
        QTest::newRow("statefulobject 0-byte") << kStateful << Damage::EmptyState;
        QTest::newRow("coding-agent 0-byte") << kCoding << Damage::EmptyState;
        QTest::newRow("coding-agent truncated") << kCoding << Damage::TruncatedState;
    }
    void repairDamagedState()
    {
        QFETCH(QString, sample);
        QFETCH(Damage, how);
        test::TestDir dir;
        const QString root = dir.copySample(sample);
        const QString file = damage(root, sample, how);
        const QByteArray damaged = readBytes(file);
        auto d = diagnose(root);
        QVERIFY(d.ok());
        const Finding* f = findKind(d.value(), FindingKind::DamagedState);
        QVERIFY(f && f->safe);
        const QString backupPath = QDir(root).filePath(f->backupId);
        const QByteArray backupBytes = readBytes(backupPath);
        QVERIFY(!backupBytes.isEmpty());
        const RepairOutcome out = repair(root, { *f });
        QCOMPARE(out.steps.size(), 1);
        QVERIFY2(out.steps.first().applied,
            qPrintable(out.steps.first().error ? out.steps.first().error->toString() : QString()));
        QCOMPARE(readBytes(file), backupBytes);
        QVERIFY(!filesWithContent(root + QStringLiteral("/.statelens/backups"), damaged).isEmpty());
        auto again = diagnose(root);
        QVERIFY(again.ok());
        QVERIFY(!findKind(again.value(), FindingKind::DamagedState));
    }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
