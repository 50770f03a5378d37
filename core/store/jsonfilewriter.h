// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/filestamp.h"
#include "json/jsonpointer.h"
#include "json/jsonstyle.h"
#include "json/jsonvalue.h"
#include "store/backupgenerations.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace statelens {

/// One edit inside a JSON file: set the value at `pointer`, or remove it when `value` is empty.
struct JsonEdit
{
    json::Pointer pointer;
    std::optional<json::JsonValue> value;
};

/// Makes the backups of `file` before it is overwritten (StateLens's generation and the tool's own);
/// returns their paths. An error stops the write.
using BackupFunction = std::function<Result<QStringList>(const QString& file)>;

struct JsonWriteRequest
{
    QString file;
    QList<JsonEdit> edits;
    json::Style fallbackStyle = json::Style::javaScript(); ///< for what the file's text does not reveal
    std::optional<FileStamp> expected; ///< the version the edits were made against (conflict check)
    BackupFunction backup;             ///< called once, right before the write, if anything changed
    QString lockFile;                  ///< sidecar lock taken for the whole read-modify-write (empty: none)
    QString confineTo;                 ///< symlinks may not lead out of this folder
    bool createIfMissing = false;      ///< a missing file starts as `initialContent` instead of an error
    QByteArray initialContent = "{}";
    bool createParents = true;         ///< setting a/b/c creates missing objects a and a/b
};

struct JsonWriteOutcome
{
    bool changed = false;
    QStringList backupPaths;
    FileStamp stamp; ///< of the file as written (or as read, if nothing changed)
    QByteArray text; ///< the new content
};

/// Reads `file`, applies the edits with json::Editor (only the edited values' bytes change), makes the
/// backup, and writes atomically. If the file changed since `expected`, nothing is written (Conflict).
Result<JsonWriteOutcome> applyJsonEdits(const JsonWriteRequest& request);

/// Backup naming conventions, one per kind of tool.
namespace backups {
/// "<dir>/state.backup.<epoch-ms>.json" (coding-agent and the documented format); never overwrites an
/// existing backup: a taken millisecond moves on to the next free one.
Result<QString> timestamped(const QString& file);
/// "<file>.bak", one generation (StatefulObject's pattern).
Result<QString> singleBak(const QString& file);
/// The epoch-ms of "state.backup.<ms>.json", or -1.
qint64 timestampOf(const QString& backupFileName);
/// Keeps the newest `keep` state.backup.*.json in `dir` (by name, as the tools sort them) and removes
/// those older than `maxAgeDays` (0: no age limit). Returns the removed paths.
Result<QStringList> prune(const QString& dir, int keep, int maxAgeDays = 0);
} // namespace backups

} // namespace statelens
