// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "langgraphdatabase.h"

#include "json/jsonvalue.h"
#include "model/snapshot.h"

namespace statelens::langgraph {

/// The kind of Backup a checkpoint is listed as.
inline constexpr QLatin1StringView CheckpointBackupKind { "langgraph-checkpoint" };

/// The namespace of a thread's checkpoint namespace: the thread id for the graph itself, "THREAD/NS" for a
/// subgraph (NS as LangGraph writes it, "<node>:<task id>", levels joined by '|').
QString namespaceName(const QString& thread, const QString& ns);
/// The inverse of namespaceName(): the thread id (up to the first '/') and the checkpoint namespace.
void splitNamespace(const QString& name, QString* thread, QString* ns);
/// "NAMESPACE@CHECKPOINT_ID", the id of a checkpoint in Snapshot::backups.
QString backupId(const QString& thread, const QString& ns, const QString& checkpointId);

/// A checkpoint's channel values as entries: every member of channel_values except LangGraph's own
/// channels (names starting with "__"), in the checkpoint's order, with the channel version in meta.
QList<Entry> entriesOf(const json::JsonValue& checkpoint, const QString& file, const QString& checkpointId);

/// The time encoded in a UUID version 6 (LangGraph's checkpoint ids), or an invalid QDateTime.
QDateTime uuid6Time(const QString& id);

/// What a checkpoint database shows: one namespace per thread (and per subgraph namespace) holding the
/// channels of its latest checkpoint; every checkpoint as a backup (health: blobs parse, parent present,
/// chain complete); one task per thread with its next nodes and pending interrupts; problems for blobs
/// that cannot be read and an Info problem for each thread waiting for a human.
struct BuiltState
{
    QList<Namespace> namespaces;
    QList<Backup> backups;
    QList<Task> tasks;
    QList<Problem> problems;
};
BuiltState buildState(const DatabaseRows& rows, const QString& file);

/// The latest checkpoint of the graph namespace of `thread` in a snapshot built by buildState() (the
/// backup marked "latest"), or null.
const Backup* latestCheckpoint(const Snapshot& snapshot, const QString& thread);

} // namespace statelens::langgraph
