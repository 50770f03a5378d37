// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/source.h"

namespace statelens::langgraph {

/// Writes `changes` (made against `base`, a snapshot of the database `dbPath`) as LangGraph's updateState
/// does: per thread, one new checkpoint whose parent is the thread's latest, with source "update", step + 1,
/// the written channels at the next channel version, and a new time-ordered (UUID v6) id. Earlier
/// checkpoints are never rewritten. All threads are written in one IMMEDIATE transaction; a thread that got
/// a newer checkpoint since `base` was read makes the whole apply a Conflict. Refused with the reason:
/// subgraph namespaces, threads whose latest checkpoint is not JSON (msgpack, pickle), and threads whose
/// latest checkpoint has pending writes of an unfinished step (LangGraph would fold those in with the
/// graph's reducers, which the database does not hold).
Result<ApplyResult> applyCheckpointChanges(const QString& dbPath, const Snapshot& base, const QList<Change>& changes);

/// A new LangGraph checkpoint id: a UUID version 6 of `msecs` (plus `ticks` of 100 ns) with the clock
/// sequence LangGraph gives it, the step (low 14 bits, variant bits set).
QString makeCheckpointId(qint64 msecs, int ticks, int step);

} // namespace statelens::langgraph
