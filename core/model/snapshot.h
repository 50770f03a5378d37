// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/filestamp.h"
#include "json/jsonpointer.h"
#include "model/entrylist.h"
#include "model/valueref.h"
#include "util/result.h"

#include <QDateTime>
#include <QMap>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace statelens {

/// Which tool wrote a state, as far as detection can tell.
enum class SourceKind { Unknown, Documented, CodingAgent, StatefulObject, AutonomousDev, LlmSpell, Sled, PlainJson, LangGraph };

/// Stable machine name ("documented", "coding-agent", "statefulobject", "autonomous-dev", "rs-llmspell",
/// "sled", "json", "langgraph", "unknown").
QString sourceKindId(SourceKind kind);
/// Name for people, translated.
QString sourceKindName(SourceKind kind);

/// A state file that exists but could not be used when the state was read (a crash during a
/// non-atomic save leaves it empty or truncated). Decisions read these fields, never SourceInfo::note.
struct DamagedFile
{
    enum class Damage { Empty, Truncated, Invalid, NotAnObject, Unreadable };
    /// What is shown in the file's place.
    enum class Fallback { None, Backup, TasksOnly };

    QString path;             ///< absolute
    Damage damage = Damage::Invalid;
    Error error;              ///< what is wrong, with line:column where it applies
    Fallback fallback = Fallback::None;
    QString shownFrom;        ///< the backup whose content is shown instead (absolute), for Fallback::Backup
    QString healthyBackupId;  ///< the newest backup that parses and can replace the file (empty: none)
};

/// Stable machine name of a damage ("empty", "truncated", "invalid", "not-an-object", "unreadable").
QString damageId(DamagedFile::Damage damage);
/// For people, translated ("empty (0 bytes)", "truncated", …).
QString damageName(DamagedFile::Damage damage);
/// Classifies why `bytes` (the file's content) failed to parse with `error`: empty, truncated (the
/// error is at the end of the text, so what is there is the start of a valid document) or invalid.
DamagedFile::Damage classifyDamage(const QByteArray& bytes, const Error& error);

struct SourceInfo
{
    SourceKind kind = SourceKind::Unknown;
    QString path;          ///< what was opened (folder or file), absolute
    QString version;       ///< schema version, or "none"
    QString versionOrigin; ///< where the version came from: a field, or "inferred: …"
    QString detectedBy;    ///< what detection was based on
    QString note;          ///< anything a person should know (for example "unknown content, shown as JSON")
    bool readOnly = false;
    /// State files that exist but could not be used; while any is listed, values cannot be edited
    /// (tasks and reports, in their own files, still can) until the file is restored.
    QList<DamagedFile> damaged;

    bool isDamaged() const { return !damaged.isEmpty(); }
    /// The record for `path`, or null.
    const DamagedFile* damageOf(const QString& path) const;
};

struct Namespace
{
    QString name;
    EntryList entries;
};

struct Task
{
    QString id;
    QString description;
    QString status;
    QString tool;
    QString error;
    QDateTime createdAt, updatedAt, startedAt, completedAt;
    QString file;
    /// The whole task object. For a task file it is deferred: read again from `file` when asked for
    /// (ValueRef::deferred), so a folder of tasks costs its summaries, not its documents.
    ValueRef value;
    int logCount = 0;
};

enum class Health { Ok, Empty, Unparsable, ChecksumMismatch, BrokenChain, Unreadable };
QString healthName(Health h);

struct Backup
{
    QString id;
    QString path;
    QString kind; ///< "state-backup", "bak", "pre-migration", "llmspell-full", "llmspell-incremental", "safety",
                  ///< "langgraph-checkpoint" (id: THREAD@CHECKPOINT_ID; the database row, read-only)
    QDateTime time;
    qint64 size = 0;
    int entries = -1; ///< -1: unknown
    QString schemaVersion;
    Health health = Health::Ok;
    QString reason; ///< why it is not usable (with line:column for parse errors)
    QString parentId;
    /// Facts of one kind of backup shown beside it (LangGraph checkpoints: "step", "source", "thread",
    /// "checkpoint_ns", "checkpoint_id", "next", "interrupts").
    QVariantMap meta;
};

struct LogFile
{
    enum class Format { Text, JsonLines };
    QString name;
    QString path;
    Format format = Format::Text;
    qint64 size = 0;
    QString sessionId;
    QDateTime time;
};

struct Report
{
    QString id;
    QString path;
    ValueRef value;
};

struct Problem
{
    enum class Severity { Info, Warning, Error };
    /// What kind of problem it is, for code that acts on problems (the doctor); the message is for people.
    enum class Code {
        General,             ///< anything without a code of its own
        TempFile,            ///< an orphan temp file of an interrupted atomic write (reportTempFiles)
        MetricsMismatch,     ///< a stored metrics member differs from what tasks/ gives
        TaskSnapshotMismatch, ///< a task differs between tasks/ and the state.json snapshot
        NotRegularFile,      ///< a FIFO, socket or device where a state file was expected: skipped, never opened
        LinkOutside,         ///< a file or folder that is, or is reached through, a symlink out of the state folder
        DuplicateKey         ///< an object holds a key more than once; the last one is the value (as JSON.parse)
    };
    Severity severity = Severity::Warning;
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    QString address; ///< NAMESPACE/KEY it concerns, if any
    Code code = Code::General;

    static Problem fromError(const Error& e, Severity s = Severity::Error);
    QString toString() const;
};

/// A batch run of autonomous-dev: its features and where each stands.
struct BatchFeature
{
    int index = 0;
    QString name;
    QString state; ///< completed, failed, current, pending, skipped
    QString error;
    int retries = 0;
    QString reason; ///< why skipped
};

struct Batch
{
    QString id;
    QString status;
    int currentIndex = 0;
    QDateTime createdAt, updatedAt;
    QList<BatchFeature> features;
};

/// How much of a state a snapshot holds.
enum class SnapshotScope {
    Everything, ///< values, tasks, backups, logs, reports, sessions and every check
    Values,     ///< the values and the stamps of their files: what reading or writing a key needs
    /// What reading or writing the addresses of LoadContext::focus needs: their namespaces and values, read
    /// from a file whose other objects and arrays are left collapsed (json::Document::isCollapsed: values
    /// there are parsed only if asked for with toValue()). Other namespaces and the sessions are left out.
    /// A source that cannot focus reads more and says so in Snapshot::scope.
    Focus
};

/// Everything read from a state at one moment. Built off the UI thread, then handed over whole.
struct Snapshot
{
    SourceInfo info;
    /// Values and Focus: tasks, backups, logs, reports and the checks that need them were not read (a source
    /// may read more than it was asked for, and then says so).
    SnapshotScope scope = SnapshotScope::Everything;
    QList<Namespace> namespaces;
    QList<Task> tasks;
    QList<Backup> backups;
    QList<LogFile> logs;
    QList<Report> reports;
    QList<Report> sessions; ///< session records (sessions/<id>.json, or the state file's sessions array)
    QList<Problem> problems;
    std::optional<Batch> batch;
    QDateTime lastSaved;
    /// Stamps of the files that were read, by absolute path; writes check them (conflict detection).
    QHash<QString, FileStamp> stamps;
    /// Wall clock (ns since the epoch) when the reading of this snapshot began; 0 when unknown. A file that
    /// is not in `stamps` but was modified after it may have been created while (or after) it was read.
    qint64 readStartedNs = 0;
    /// For sources whose namespaces are files: the file behind each namespace.
    QHash<QString, QString> namespaceFiles;

    const Namespace* findNamespace(const QString& name) const;
    /// The entry `key` of namespace `ns` (built on the spot: see EntryList), or nothing.
    std::optional<Entry> findEntry(const QString& ns, const QString& key) const;
    int entryCount() const;
};

/// How many of `tasks` have each status, by status; one pass, cheap enough for 100k tasks.
QMap<QString, int> countByStatus(const QList<Task>& tasks);

} // namespace statelens
