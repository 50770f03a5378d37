// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"

#include <QString>

namespace statelens::langgraph {

/// Compares two channel versions as LangGraph does: numbers (LangGraph.js) by value, anything else
/// (Python's "0000…0005.0.123…" strings) as text. Negative, zero or positive.
int compareVersions(const json::JsonValue& a, const json::JsonValue& b);

/// The version LangGraph gives a channel written after `max`, the highest version of a checkpoint: a
/// number becomes number + 1 (LangGraph.js getNextVersion); a Python string "N.H" becomes N + 1 written
/// with 32 digits, a dot and a 16-character fraction, as Python's SqliteSaver.get_next_version writes it;
/// null (no versions yet) becomes 1.
json::JsonValue nextVersion(const json::JsonValue& max);

/// The highest of the versions in the channel_versions object `versions` (null when it is empty).
json::JsonValue maxVersion(const json::JsonValue& versions);

/// True for a channel of the graph's state; false for LangGraph's own channels ("__start__",
/// "__pregel_tasks", … and the "branch:to:NODE" triggers).
bool isStateChannel(const QString& name);

} // namespace statelens::langgraph
