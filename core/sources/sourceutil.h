// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/jsonfilewriter.h"
#include "model/snapshot.h"
#include "sources/source.h"

#include <memory>

namespace statelens {

using DocumentPtr = std::shared_ptr<const json::Document>;

/// Reads and parses a JSON file, recording its stamp in `snapshot.stamps`. Errors name the file and the
/// line:column.
/// `shape` says what to read into nodes: its focus and collapse (json::ParseOptions); the rest of it is
/// ignored.
Result<DocumentPtr> readJsonFile(const QString& path, Snapshot& snapshot, const LoadContext& context = {},
                                 const json::ParseOptions& shape = {});

/// Describes `path`, which could not be used because of `error`, as a damaged file (the file is read
/// again to tell empty, truncated and invalid apart). The fallback fields are left for the caller.
DamagedFile describeDamage(const QString& path, const Error& error);

/// Sets each damaged file's healthyBackupId: the newest backup of `snapshot.backups` (newest first) with
/// Health::Ok for which `replaces(backup, damagedPath)` holds.
void findHealthyBackups(Snapshot& snapshot, const std::function<bool(const Backup&, const QString&)>& replaces);

/// Backups of JSON files up to this size are parsed when a state is opened, to tell their health and
/// entries; a bigger one (ten copies of a 100 MB state.json would cost ten parses on every open) is only
/// checked for being whole (it begins with '{' and ends with '}') and read for its schema version, and is
/// parsed in full when it is opened (restore, diff, history).
constexpr qint64 ParseBackupsUpTo = qint64(4) << 20;

/// The record of a backup that is one JSON file (a copy of a state file): id, size, time (`time`, else the
/// file's mtime), health (empty; unreadable; unparsable with line:column) and, when it parses, what `describe` reads
/// from it (entries, schema version); see ParseBackupsUpTo for big ones. The one builder for such records,
/// for every source.
Backup jsonFileBackup(const QString& path, const QString& kind, const QDateTime& time,
                      const std::function<void(const json::Document&, Backup&)>& describe);

/// Parses an ISO-8601 time as the tools write it ("2026-11-21T11:35:20.110Z", Python's isoformat()+"Z").
QDateTime parseTime(const QString& text);

/// A member's decoded string, or empty.
QString memberString(const json::Document& doc, quint32 obj, QStringView key);

/// Files in `dir` matching `nameFilter` (e.g. "*.json"), sorted by name; hidden files included on request.
/// FIFOs, sockets, devices and dangling symlinks with a matching name are listed too, so that reading them
/// gives a problem that names them (readFile() never opens them) instead of skipping them silently.
QStringList listFiles(const QString& dir, const QStringList& nameFilters, bool hidden = false);

/// The real path of `path` when it is, or is reached through, a symlink that leads out of `root`; empty
/// when it stays inside (or does not exist).
QString linkOutside(const QString& path, const QString& root);

/// Adds a LinkOutside warning for `path` when linkOutside() finds one: such a file is shown, never written.
void reportLinkOutside(const QString& path, const QString& root, Snapshot& snapshot);

/// Top-level members of a JSON object file as one namespace (single-file sources: the namespace is the
/// file's stem, the keys its members). A non-object root becomes one entry with key ".". A key given more
/// than once is one entry with the last value (EntryList::fromObject); each such key is added to `duplicates`.
Namespace namespaceFromObject(const QString& name, const DocumentPtr& doc, const QString& file,
                              QStringList* duplicates = nullptr);

/// A DuplicateKey warning for `address` (NAMESPACE/KEY) in `file`.
Problem duplicateKeyProblem(const QString& file, const QString& address);

/// Checks every source shares: secrets stored in state, keys too long, values over the size limit.
void addCommonProblems(Snapshot& snapshot, qsizetype valueLimit = 1 << 20);

/// Orphan temp files of atomic writers in `dir` (".<name>.<random>.tmp", QSaveFile's "<name>.XXXXXX",
/// ".batch_state_*.tmp"), reported as problems.
void reportTempFiles(const QString& dir, Snapshot& snapshot);

/// The value `address` names in `snapshot` (nullopt: none); an address without a key stands for its whole
/// namespace, as an object of its entries.
std::optional<json::JsonValue> valueAt(const Snapshot& snapshot, const Address& address);
/// The edit of a JSON file that carries out `change` at `pointer` inside the file, with the value the
/// change was made against in `base` (JsonEdit::base; a key-less change stands for its whole namespace)
/// and the change's address, so that a concurrent write is rebased or named as a conflict.
JsonEdit jsonEditFor(const Snapshot& base, const Change& change, const json::Pointer& pointer);
/// True if a key name suggests a secret (password, secret, token, api_key …).
bool looksSecret(const QString& key);

} // namespace statelens
