// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/backupgenerations.h"
#include "io/filestamp.h"
#include "json/jsondocument.h"
#include "json/jsoneditor.h"
#include "json/jsonpointer.h"
#include "json/jsonstyle.h"
#include "json/jsonvalue.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace statelens {

/// One edit inside a JSON file: set the value at `pointer`, or remove it when `value` is empty.
struct JsonEdit
{
    json::Pointer pointer;
    std::optional<json::JsonValue> value;
    /// The value at `pointer` in the version the edit was made against (nullopt: there was none). When the
    /// file changed since JsonWriteRequest::expected, the edit is applied to the new content as long as the
    /// value there is still this one (compared as JSON, not as bytes): only a key the other writer changed
    /// too is a conflict.
    std::optional<json::JsonValue> base;
    /// False for values this writer owns whatever the other side did (the documented format's "metrics" and
    /// "last_saved"): they are written over a concurrent change and never conflict.
    bool checkBase = true;
    /// How a Conflict names this edit in Error::conflicts (an address); empty: by its JSON Pointer.
    QString address;
};

/// Makes the backups of `file` before it is overwritten (StateLens's generation and the tool's own);
/// returns their paths. An error stops the write.
using BackupFunction = std::function<Result<QStringList>(const QString& file)>;

struct JsonWriteRequest
{
    QString file;
    QList<JsonEdit> edits;
    json::Style fallbackStyle = json::Style::javaScript(); ///< for what the file's text does not reveal
    /// The version the edits were made against. If the file differs from it, the edits are rebased onto
    /// the current content when their JsonEdit::base values still hold, else nothing is written (Conflict).
    std::optional<FileStamp> expected;
    /// The parsed content `expected` describes, when the caller still holds it (the snapshot's document).
    /// While the file on disk is that same version (same inode, size and modification time), it is used
    /// instead of reading and parsing the file again.
    std::shared_ptr<const json::Document> known;
    BackupFunction backup;             ///< called once, right before the first write attempt, if anything changed
    QString lockFile;                  ///< sidecar lock taken for the whole read-modify-write (empty: none)
    QString confineTo;                 ///< symlinks may not lead out of this folder (checked before anything)
    bool followLinkAnywhere = false;   ///< the top-level state file: see WriteOptions::followLinkAnywhere
    bool createIfMissing = false;      ///< a missing file starts as `initialContent` instead of an error
    QByteArray initialContent = "{}";
    bool createParents = true;         ///< setting a/b/c creates missing objects a and a/b
};

struct JsonWriteOutcome
{
    bool changed = false;
    QStringList backupPaths;
    FileStamp stamp; ///< of the file as written (or as read, if nothing changed)
    json::SplicedText content; ///< the new content, as the old text and the splices (build() joins them)
};

/// Under `lockFile` (when set), reads `file`, applies the edits with json::Editor (only the edited values'
/// bytes change), makes the backup and writes atomically. If the file changed since `expected`, the edits
/// are applied to the new content unless one of them clashes (see JsonEdit::base): then nothing is written
/// and the Conflict error lists every clashing edit in Error::conflicts. A file replaced again between the
/// read and the write (a writer that takes no lock) is read again, up to 8 times with a growing pause.
Result<JsonWriteOutcome> applyJsonEdits(const JsonWriteRequest& request);

/// The same clash check as applyJsonEdits(), without the lock and without writing: lets a source that
/// writes several files refuse before it writes any. A file that does not parse right now passes (the
/// write checks again under the lock).
Result<void> checkJsonEdits(const JsonWriteRequest& request);

/// Backup naming conventions, one per kind of tool.
namespace backups {
/// "<dir>/state.backup.<epoch-ms>.json" (coding-agent and the documented format); never overwrites an
/// existing backup: a taken millisecond moves on to the next free one. With LinkPolicy::Link (a file that
/// is only ever replaced by rename, as the documented format's is) the backup is a hard link to the
/// current file, so no bytes are copied; it is copied where linking is impossible.
Result<QString> timestamped(const QString& file, LinkPolicy policy = LinkPolicy::Copy);
/// "<file>.bak", one generation (StatefulObject's pattern).
Result<QString> singleBak(const QString& file);
/// The epoch-ms of "state.backup.<ms>.json", or -1.
qint64 timestampOf(const QString& backupFileName);
/// Keeps the newest `keep` state.backup.*.json in `dir` (by name, as the tools sort them) and removes
/// those older than `maxAgeDays` (0: no age limit). Returns the removed paths.
Result<QStringList> prune(const QString& dir, int keep, int maxAgeDays = 0);
} // namespace backups

} // namespace statelens
