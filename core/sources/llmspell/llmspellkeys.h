// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace statelens::llmspell {

/// Where one rs-llmspell key is shown: a namespace and a key inside it (see docs/sources/llmspell.md).
struct KeyParts
{
    QString ns;
    QString key;
    QString scope; ///< "global", "user", … "custom"; empty for keys outside any scope
};

/// Namespace of kv_store keys that do not follow the `state:<scope>:…` layout (key = the whole row key).
inline constexpr QStringView OtherNamespace = u"other";
/// Namespace of global keys that have no ':' of their own (`state:global:config`).
inline constexpr QStringView GlobalNamespace = u"global";

/// Maps a storage key as StateScope::storage_key() writes it ("global:user:preferences",
/// "agent:agent-1:history", "custom::workflow:wf1:step"). Keys of no known scope give an empty scope.
KeyParts splitStorageKey(const QString& storageKey);

/// Maps a kv_store row key: "state:" followed by a storage key, or a bare storage key; anything else
/// (test:, benchmark:, agent_state:…) goes to the "other" namespace with the whole row key as key.
KeyParts splitKvKey(const QString& kvKey);

/// The kv_store row key that splitKvKey() maps to (ns, key); used when a new key is inserted.
QString kvKeyFor(const QString& ns, const QString& key);

/// The storage key inside a row key (the row key without "state:"), as the value envelope's "key" holds it.
QString storageKeyOf(const QString& kvKey);

/// True for bare row keys starting `test:` or `benchmark:` (shown whole in the "other" namespace).
bool isMessagePackKey(const QString& kvKey);

/// True for row keys whose value rs-llmspell writes as MessagePack (its fast path, StateClass::Trusted): a bare
/// `test:`/`benchmark:` row key, or a scoped key whose user key (after `global:` or `<scope>:<id>:`) starts so
/// (`state:global:test:run:42`).
bool isFastPathKey(const QString& kvKey);

} // namespace statelens::llmspell
