// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace statelens::backup {

/// One file as it was when a safety backup was taken.
struct SafetyFile
{
    QString path;          ///< relative to the state root, '/'-separated
    bool existed = false;  ///< false: the file did not exist (restoring removes it)
    qint64 size = 0;
    int mode = 0644;
    QString sha256;        ///< hex, of the copy's bytes
};

/// One database value as it was (rs-llmspell rows are saved by value, not by file).
struct SafetyValue
{
    QString ns;
    QString key;
    bool existed = false;
    json::JsonValue value;
};

/// The manifest.json of a StateLens safety backup: `<root>/.statelens/backups/<id>/` with the copies under
/// `files/<relative path>` (see docs/BACKUPS.md).
struct SafetyManifest
{
    QString id;          ///< "safety-<epoch-ms>" (or "manual-<epoch-ms>" for one made on request)
    QDateTime createdAt;
    QString source;      ///< sourceKindId() of the state
    QString reason;      ///< why it was made, for people
    bool complete = false; ///< true: a copy of the whole state (made on request), not only of what a restore changed
    QList<SafetyFile> files;
    QList<SafetyValue> values;
};

/// What to save: an absolute path and its current content (unset: the file does not exist).
struct SafetyInput
{
    QString path;
    std::optional<QByteArray> content;
    int mode = 0644;
};

/// Writes a safety backup of `files` (their given content, not re-read) and `values` under `root`. The
/// manifest is written last, so that a backup interrupted half-way has none and is shown as unusable.
/// `prefix` is "safety" or "manual".
Result<SafetyManifest> createSafetyBackup(const QString& root, const QString& prefix, const QString& sourceKind,
                                          const QString& reason, bool complete, const QList<SafetyInput>& files,
                                          const QList<SafetyValue>& values);

/// Reads `<folder>/manifest.json`. Errors name the manifest and the line:column.
Result<SafetyManifest> readSafetyManifest(const QString& folder);

/// The bytes of a saved file, checked against the manifest's sha256 (a mismatch is an error).
Result<QByteArray> readSafetyFile(const QString& folder, const SafetyFile& file);

} // namespace statelens::backup
