// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace statelens::migrate {

/// Which schema line a state belongs to; each has its own built-in steps.
enum class Family {
    StatefulObject, ///< integer versions; v1 has "settings" (seed 000)
    BatchState, ///< autonomous-dev .claude/batch_state.json; 1.0.0 → 1.1.0 → 2.0.0 (seed 001)
    StateFolder, ///< state.json of the documented format, or of the coding-agent server (0.0.0)
    Generic, ///< any other JSON file with a "version" field: user migrations only
};

/// Stable machine name: "statefulobject", "autonomous-dev", "state-folder", "json".
QString familyId(Family family);

/// The file a migration works on, its schema version and where that version came from.
class Subject
{
public:
    /// Finds the state file behind `path` (a folder or a file) and reads its version: the "version" field
    /// (a string, or an integer), else what the state's shape implies. Errors name the file.
    static Result<Subject> detect(const QString& path);

    Family family = Family::Generic;
    SourceKind kind = SourceKind::Unknown;
    QString root; ///< the opened folder or file, absolute
    QString file; ///< the JSON file migrations rewrite
    QString version; ///< "2", "1.0.0"
    QString versionOrigin; ///< "field \"version\"" or "inferred: …"
    bool inferred = false;
    bool integerVersions = false; ///< the version is written as a JSON integer

    /// State folders: the folder (tasks/ holds task files). Empty otherwise.
    QString stateFolder() const;
    /// The name of the namespace the file is shown as, for single-file states (the file's stem).
    QString fileNamespace() const;
    /// The newest pre-migration backup: "state.pre-migration.backup.json" in a state folder,
    /// "<file>.pre-migration.backup" beside a single file.
    QString preMigrationBackup() const;
    /// Where an existing newest pre-migration backup is kept when a new one is made (epoch-ms in the name).
    QString keptPreMigrationBackup(qint64 epochMs) const;
    /// "state.migration-v<from>-to-v<to>.log", or "<file>.migration-v<from>-to-v<to>.log".
    QString logFile(const QString& from, const QString& to) const;
    /// migrations/ beside the state (the opened folder, and the state file's folder).
    QStringList migrationFolders() const;
    /// The version spelled the way this state writes it (integer or string).
    json::JsonValue versionValue(const QString& version) const;
};

/// Normalises a version typed by a person: "v2" → "2".
QString normalizeVersion(const QString& text);

} // namespace statelens::migrate
