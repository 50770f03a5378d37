// SPDX-License-Identifier: GPL-3.0-or-later
// StateLens's safety backups: the manifest and copies written by createSafetyBackup() and read back
// (io/safetybackup.h), manifests that are missing, empty, foreign or unsafe, copies that no longer match
// their checksum, a disk that refuses the write; then the same backups as the sources list them
// (scanSafetyBackups, with health), the state root they go below, and the backup taken before "keep my
// changes" overwrites files (sources/safetybackups.h).
#include "io/backupgenerations.h"
#include "io/safetybackup.h"
#include "io/statelayout.h"
#include "io/syscalls.h"
#include "sources/safetybackups.h"
#include "testdir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

#include <cerrno>
#include <sys/stat.h>

using namespace statelens;
using namespace statelens::backup;
using statelens::test::TestDir;

Q_DECLARE_METATYPE(statelens::Error::Kind)
Q_DECLARE_METATYPE(statelens::SourceKind)
Q_DECLARE_METATYPE(statelens::Health)

namespace {

int modeOf(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// A disk that refuses every write with EROFS while it exists (routed through io/syscalls.h, so that it
/// works for root as well).
struct ReadOnlyDisk
{
    ReadOnlyDisk()
    {
        io::syscalls().write = [](int, const void*, size_t) -> ssize_t { return errno = EROFS, -1; };
        io::syscalls().rename = [](const char*, const char*) { return errno = EROFS, -1; };
        io::syscalls().linkat = [](int, const char*, int, const char*, int) { return errno = EROFS, -1; };
    }
    ~ReadOnlyDisk() { io::syscalls() = io::realSyscalls(); }
    Q_DISABLE_COPY_MOVE(ReadOnlyDisk)
};

struct Made
{
    QString root;
    QString folder;
    SafetyManifest manifest;
};

/// A safety backup of the StatefulObject sample's two files (one of them a nested copy), a file that did
/// not exist, and two database values.
Made makeBackup(TestDir& dir, const QString& prefix = QStringLiteral("safety"))
{
    Made made;
    made.root = dir.copySample(QStringLiteral("statefulobject/app"));
    const QString state = made.root + QStringLiteral("/state.json");
    const QList<SafetyInput> files {
        { state, dir.read(state), 0644 },
        { made.root + QStringLiteral("/sub/counter.json"), QByteArray(R"({"count": 1})"), 0600 },
        { made.root + QStringLiteral("/new.json"), std::nullopt, 0644 },
    };
    const QList<SafetyValue> values {
        { QStringLiteral("user"), QStringLiteral("theme"), true, json::JsonValue::fromString(QStringLiteral("dark")) },
        { QStringLiteral("user"), QStringLiteral("added"), false, {} },
    };
    auto m = createSafetyBackup(made.root, prefix, QStringLiteral("statefulobject"), QStringLiteral("before restore"),
                                prefix == u"manual", files, values);
    if (!m)
        qFatal("%s", qPrintable(m.error().toString()));
    made.manifest = m.value();
    made.folder = layout::backupsDir(made.root) + u'/' + made.manifest.id;
    return made;
}

} // namespace

class TestSafetyBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenAndReadBack();
    void backupsInOneMillisecondGetTheirOwnNames();
    void aFileOutsideTheStateIsRefused();
    void aChangedOrMissingCopyIsAnError();
    void badManifests_data();
    void badManifests();
    void aDiskThatRefusesWritesFailsNamingTheFile();
    void aBlockedBackupsFolderFailsNamingIt();
    void scannedWithHealth();
    void stateRoot_data();
    void stateRoot();
    void backUpBeforeOverwrite();
    void backUpBeforeOverwriteFailsWhenNothingCanBeKept();
};

void TestSafetyBackup::writtenAndReadBack()
{
    TestDir dir;
    const Made made = makeBackup(dir);
    const SafetyManifest& m = made.manifest;
    QVERIFY(m.id.startsWith(QLatin1String("safety-")));
    QCOMPARE(m.id.mid(7).toLongLong(), m.createdAt.toMSecsSinceEpoch());
    QCOMPARE(m.files.size(), 3);
    QCOMPARE(m.files[0].path, QStringLiteral("state.json"));
    QCOMPARE(m.files[1].path, QStringLiteral("sub/counter.json"));
    QCOMPARE(m.files[2].path, QStringLiteral("new.json"));
    QVERIFY(m.files[0].existed && m.files[1].existed && !m.files[2].existed);
    const QByteArray state = dir.read(made.root + QStringLiteral("/state.json"));
    QCOMPARE(m.files[0].size, state.size());
    QCOMPARE(m.files[0].sha256, sha256(state));

    // The copies and the manifest are for the owner only: they hold what the originals hold.
    QCOMPARE(dir.read(made.folder + QStringLiteral("/files/state.json")), state);
    QCOMPARE(dir.read(made.folder + QStringLiteral("/files/sub/counter.json")), QByteArray(R"({"count": 1})"));
    QVERIFY(!QFileInfo::exists(made.folder + QStringLiteral("/files/new.json")));
    QCOMPARE(modeOf(made.folder + QStringLiteral("/files/state.json")), 0600);
    QCOMPARE(modeOf(made.folder + QStringLiteral("/manifest.json")), 0600);

    auto read = readSafetyManifest(made.folder);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(read->id, m.id);
    QCOMPARE(read->createdAt, m.createdAt);
    QCOMPARE(read->source, QStringLiteral("statefulobject"));
    QCOMPARE(read->reason, QStringLiteral("before restore"));
    QCOMPARE(read->complete, false);
    QCOMPARE(read->files.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(read->files[i].path, m.files[i].path);
        QCOMPARE(read->files[i].existed, m.files[i].existed);
        QCOMPARE(read->files[i].size, m.files[i].size);
        QCOMPARE(read->files[i].sha256, m.files[i].sha256);
    }
    QCOMPARE(read->files[1].mode, 0600); // the mode the file is created with again
    QCOMPARE(read->values.size(), 2);
    QCOMPARE(read->values[0].ns, QStringLiteral("user"));
    QCOMPARE(read->values[0].key, QStringLiteral("theme"));
    QVERIFY(read->values[0].existed);
    QCOMPARE(read->values[0].value, json::JsonValue::fromString(QStringLiteral("dark")));
    QVERIFY(!read->values[1].existed);

    auto bytes = readSafetyFile(made.folder, read->files[0]);
    QVERIFY(bytes);
    QCOMPARE(bytes.value(), state);
}

void TestSafetyBackup::backupsInOneMillisecondGetTheirOwnNames()
{
    TestDir dir;
    const Made first = makeBackup(dir);
    QStringList ids { first.manifest.id };
    for (int i = 0; i < 3; ++i) {
        auto m = createSafetyBackup(first.root, QStringLiteral("safety"), QStringLiteral("json"), QStringLiteral("r"), false,
                                    { { first.root + QStringLiteral("/x.json"), QByteArray("{}"), 0644 } }, {});
        QVERIFY(m);
        QVERIFY2(!ids.contains(m->id), qPrintable(m->id));
        ids << m->id;
    }
    // Each is complete on its own.
    for (const QString& id : std::as_const(ids))
        QVERIFY(readSafetyManifest(layout::backupsDir(first.root) + u'/' + id));
}

void TestSafetyBackup::aFileOutsideTheStateIsRefused()
{
    TestDir dir;
    const QString root = dir.createDir(QStringLiteral("state"));
    const QString outside = dir.createFile(QStringLiteral("elsewhere.json"), "{}");
    auto m = createSafetyBackup(root, QStringLiteral("safety"), QStringLiteral("json"), QStringLiteral("r"), false,
                                { { outside, QByteArray("{}"), 0644 } }, {});
    QVERIFY(!m);
    QCOMPARE(m.error().kind, Error::Kind::Validation);
    QCOMPARE(m.error().file, outside);
}

void TestSafetyBackup::aChangedOrMissingCopyIsAnError()
{
    TestDir dir;
    const Made made = makeBackup(dir);
    const QString copy = made.folder + QStringLiteral("/files/state.json");
    dir.createFile(copy, "{}");
    auto changed = readSafetyFile(made.folder, made.manifest.files[0]);
    QVERIFY(!changed);
    QCOMPARE(changed.error().kind, Error::Kind::Validation);
    QCOMPARE(changed.error().file, copy);
    QVERIFY2(changed.error().message.contains(made.manifest.files[0].sha256), qPrintable(changed.error().message));

    QVERIFY(QFile::remove(copy));
    auto missing = readSafetyFile(made.folder, made.manifest.files[0]);
    QVERIFY(!missing);
    QCOMPARE(missing.error().file, copy);
}

void TestSafetyBackup::badManifests_data()
{
    QTest::addColumn<bool>("present");
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<int>("line");

    const QByteArray head = R"({"format": "statelens-safety-backup", "id": "safety-1", "files": [)";
    QTest::newRow("interrupted: no manifest") << false << QByteArray() << Error::Kind::NotFound << 0;
    QTest::newRow("empty") << true << QByteArray() << Error::Kind::Parse << 0;
    QTest::newRow("cut off") << true << QByteArray("{\n  \"format\": \"statelens-safety-backup\",\n  \"files\": [")
                             << Error::Kind::Parse << 3;
    QTest::newRow("another format") << true << QByteArray(R"({"format": "something-else"})") << Error::Kind::Parse << 0;
    QTest::newRow("not an object") << true << QByteArray("[]") << Error::Kind::Parse << 0;
    QTest::newRow("a path that climbs out") << true << head + R"({"path": "../outside.json", "existed": true}]})"
                                            << Error::Kind::Validation << 0;
    QTest::newRow("a path that climbs out in the middle")
        << true << head + R"({"path": "a/../../outside.json", "existed": true}]})" << Error::Kind::Validation << 0;
    QTest::newRow("an absolute path") << true << head + R"({"path": "/etc/passwd", "existed": true}]})"
                                      << Error::Kind::Validation << 0;
    QTest::newRow("no path") << true << head + R"({"existed": false}]})" << Error::Kind::Validation << 0;
}

void TestSafetyBackup::badManifests()
{
    QFETCH(bool, present);
    QFETCH(QByteArray, manifest);
    QFETCH(Error::Kind, kind);
    QFETCH(int, line);
    TestDir dir;
    const QString folder = dir.createDir(QStringLiteral(".statelens/backups/safety-1"));
    if (present)
        dir.createFile(folder + QStringLiteral("/manifest.json"), manifest);
    auto m = readSafetyManifest(folder);
    QVERIFY(!m);
    QCOMPARE(m.error().kind, kind);
    QCOMPARE(m.error().file, folder + QStringLiteral("/manifest.json"));
    if (line > 0)
        QCOMPARE(m.error().line, line);
}

void TestSafetyBackup::aDiskThatRefusesWritesFailsNamingTheFile()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
    const QString state = root + QStringLiteral("/state.json");
    Result<SafetyManifest> m = Error::io({}, {});
    {
        ReadOnlyDisk disk;
        m = createSafetyBackup(root, QStringLiteral("safety"), QStringLiteral("statefulobject"), QStringLiteral("r"), false,
                               { { state, dir.read(state), 0644 } }, {});
    }
    QVERIFY(!m);
    QCOMPARE(m.error().kind, Error::Kind::Io);
    QVERIFY2(m.error().file.startsWith(layout::backupsDir(root)), qPrintable(m.error().toString()));
    // What was begun has no manifest: it is listed as unusable, never as a backup to restore.
    const QList<Backup> listed = scanSafetyBackups(root);
    for (const Backup& b : listed)
        QVERIFY(b.health != Health::Ok);
}

void TestSafetyBackup::aBlockedBackupsFolderFailsNamingIt()
{
    TestDir dir;
    const QString root = dir.createDir(QStringLiteral("state"));
    dir.createFile(QStringLiteral("state/.statelens"), "a file where the folder should be");
    auto m = createSafetyBackup(root, QStringLiteral("safety"), QStringLiteral("json"), QStringLiteral("r"), false,
                                { { root + QStringLiteral("/a.json"), QByteArray("{}"), 0644 } }, {});
    QVERIFY(!m);
    QVERIFY2(m.error().file.startsWith(root + QStringLiteral("/.statelens")), qPrintable(m.error().toString()));
}

void TestSafetyBackup::scannedWithHealth()
{
    TestDir dir;
    const Made safety = makeBackup(dir);
    auto manual = createSafetyBackup(safety.root, QStringLiteral("manual"), QStringLiteral("statefulobject"),
                                     QStringLiteral("on request"), true,
                                     { { safety.root + QStringLiteral("/state.json"), QByteArray("{}"), 0644 } }, {});
    QVERIFY(manual);
    const QString backups = layout::backupsDir(safety.root);
    // A copy tampered with, a folder without a manifest, an empty manifest, a generation, and a temp file.
    auto broken = createSafetyBackup(safety.root, QStringLiteral("safety"), QStringLiteral("json"), QStringLiteral("r"), false,
                                     { { safety.root + QStringLiteral("/x.json"), QByteArray("[1]"), 0644 } }, {});
    QVERIFY(broken);
    dir.createFile(backups + u'/' + broken->id + QStringLiteral("/files/x.json"), "[2]");
    dir.createDir(backups + QStringLiteral("/safety-100"));
    dir.createFile(backups + QStringLiteral("/safety-200/manifest.json"), "");
    const QString generation = backups + QStringLiteral("/state.json.1700000000000.bak");
    dir.createFile(generation, R"({"a": 1, "b": 2})");
    QVERIFY(backups::parseGenerationName(QFileInfo(generation).fileName(), nullptr, nullptr));
    dir.createFile(backups + QStringLiteral("/.state.json.AbCdEf.tmp"), "{");

    QHash<QString, Backup> byId;
    for (const Backup& b : scanSafetyBackups(safety.root))
        byId.insert(b.id, b);
    QCOMPARE(byId.size(), 6);

    const Backup& ok = byId.value(safety.manifest.id);
    QCOMPARE(ok.health, Health::Ok);
    QCOMPARE(ok.kind, QStringLiteral("safety"));
    QCOMPARE(ok.entries, 5); // three files and two values
    QCOMPARE(ok.size, safety.manifest.files[0].size + safety.manifest.files[1].size);
    QCOMPARE(ok.time, safety.manifest.createdAt);
    QCOMPARE(ok.path, safety.folder);
    QCOMPARE(byId.value(manual->id).kind, QStringLiteral("manual"));
    QCOMPARE(byId.value(manual->id).health, Health::Ok);
    QCOMPARE(byId.value(broken->id).health, Health::ChecksumMismatch);
    QVERIFY(byId.value(broken->id).reason.contains(QLatin1String("x.json")));
    QCOMPARE(byId.value(QStringLiteral("safety-100")).health, Health::Unreadable);
    QCOMPARE(byId.value(QStringLiteral("safety-200")).health, Health::Unparsable);
    const Backup& gen = byId.value(QStringLiteral("state.json.1700000000000.bak"));
    QCOMPARE(gen.kind, QStringLiteral("generation"));
    QCOMPARE(gen.health, Health::Ok);
    QCOMPARE(gen.entries, 2);
    QCOMPARE(gen.time.toMSecsSinceEpoch(), 1700000000000);

    // No backups folder: nothing, and no folder is made by looking.
    TestDir empty;
    QVERIFY(scanSafetyBackups(empty.path()).isEmpty());
    QVERIFY(!QFileInfo::exists(layout::backupsDir(empty.path())));
}

void TestSafetyBackup::stateRoot_data()
{
    QTest::addColumn<QString>("opened"); // relative to the test folder
    QTest::addColumn<SourceKind>("kind");
    QTest::addColumn<QString>("root");

    QTest::newRow("a folder") << "st" << SourceKind::Documented << "st";
    QTest::newRow("a file") << "st/prefs.json" << SourceKind::PlainJson << "st";
    QTest::newRow("rs-llmspell data/*.db") << "st/data/llmspell.db" << SourceKind::LlmSpell << "st";
    QTest::newRow("another file in data/") << "st/data/llmspell.db" << SourceKind::PlainJson << "st/data";
    QTest::newRow("rs-llmspell database elsewhere") << "st/store.db" << SourceKind::LlmSpell << "st";
}

void TestSafetyBackup::stateRoot()
{
    QFETCH(QString, opened);
    QFETCH(SourceKind, kind);
    QFETCH(QString, root);
    TestDir dir;
    dir.createDir(QStringLiteral("st"));
    if (opened.endsWith(QLatin1String(".json")) || opened.endsWith(QLatin1String(".db")))
        dir.createFile(opened, "x");
    SourceInfo info;
    info.kind = kind;
    info.path = dir.filePath(opened);
    QCOMPARE(stateRootOf(info), dir.filePath(root));
}

void TestSafetyBackup::backUpBeforeOverwrite()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
    SourceInfo info;
    info.kind = SourceKind::StatefulObject;
    info.path = root;
    const QString state = root + QStringLiteral("/state.json");
    const QString counter = root + QStringLiteral("/counter.json");
    auto saved = backup::backUpBeforeOverwrite(info, { state, root + QStringLiteral("/gone.json"), counter });
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QCOMPARE(saved->size(), 2); // the missing file has nothing to keep
    QCOMPARE(dir.read(saved->at(0)), dir.read(state));
    QCOMPARE(dir.read(saved->at(1)), dir.read(counter));
    for (const QString& copy : saved.value())
        QVERIFY(copy.startsWith(layout::backupsDir(root) + u'/'));
    // The sources list them, with the rest of StateLens's backups.
    QCOMPARE(scanSafetyBackups(root).size(), 2);
}

void TestSafetyBackup::backUpBeforeOverwriteFailsWhenNothingCanBeKept()
{
    TestDir dir;
    const QString root = dir.copySample(QStringLiteral("statefulobject/app"));
    dir.createFile(root + QStringLiteral("/.statelens"), "in the way");
    SourceInfo info;
    info.kind = SourceKind::StatefulObject;
    info.path = root;
    auto saved = backup::backUpBeforeOverwrite(info, { root + QStringLiteral("/state.json") });
    QVERIFY(!saved);
    QVERIFY2(saved.error().file.startsWith(root + QStringLiteral("/.statelens")), qPrintable(saved.error().toString()));
}

QTEST_GUILESS_MAIN(TestSafetyBackup)
#include "tst_safetybackup.moc"
