// SPDX-License-Identifier: GPL-3.0-or-later
#include "llmspellkeys.h"

namespace statelens::llmspell {

namespace {

// Scopes that carry an identifier: "<scope>:<id>:<key>" (StateScope::storage_key in llmspell-state-traits).
constexpr QStringView IdScopes[]
    = { u"user", u"session", u"agent", u"tool", u"workflow", u"hook", u"custom" };

const QLatin1String StatePrefix("state:");

bool isIdScope(QStringView s)
{
    for (QStringView scope : IdScopes)
        if (s == scope)
            return true;
    return false;
}

} // namespace

KeyParts splitStorageKey(const QString& storageKey)
{
    const qsizetype colon = storageKey.indexOf(u':');
    if (colon <= 0)
        return {};
    const QString scope = storageKey.left(colon);
    const QString rest = storageKey.mid(colon + 1);

    if (scope == u"global") {
        // state:global:user:preferences → user / preferences; state:global:config → global / config.
        const qsizetype c = rest.indexOf(u':');
        if (c <= 0)
            return { GlobalNamespace.toString(), rest, scope };
        return { rest.left(c), rest.mid(c + 1), scope };
    }
    if (!isIdScope(scope))
        return {};

    const qsizetype c = rest.indexOf(u':');
    if (c < 0)
        return {}; // "<scope>:<id>" with no key
    if (c > 0) // agent:agent-1:history → agent:agent-1 / history
        return { storageKey.left(colon + 1 + c), rest.mid(c + 1), scope };

    // An empty identifier (StateScope::Custom("")): custom::workflow:wf1:step → custom::workflow / wf1:step,
    // custom::step → custom: / step. Namespace + ':' + key is always the storage key again.
    const QString key = rest.mid(1);
    const qsizetype k = key.indexOf(u':');
    if (k <= 0)
        return { scope + u':', key, scope };
    return { scope + QLatin1String("::") + key.left(k), key.mid(k + 1), scope };
}

KeyParts splitKvKey(const QString& kvKey)
{
    if (!isMessagePackKey(kvKey)) {
        const QString storageKey = storageKeyOf(kvKey);
        KeyParts parts = splitStorageKey(storageKey);
        if (!parts.scope.isEmpty())
            return parts;
    }
    return { OtherNamespace.toString(), kvKey, {} };
}

QString kvKeyFor(const QString& ns, const QString& key)
{
    if (ns == OtherNamespace)
        return key;
    if (ns == GlobalNamespace)
        return StatePrefix + QLatin1String("global:") + key;
    const qsizetype colon = ns.indexOf(u':');
    if (colon > 0 && isIdScope(QStringView(ns).left(colon)))
        return StatePrefix + ns + u':' + key;
    return StatePrefix + QLatin1String("global:") + ns + u':' + key;
}

QString storageKeyOf(const QString& kvKey)
{
    return kvKey.startsWith(StatePrefix) ? kvKey.mid(StatePrefix.size()) : kvKey;
}

bool isMessagePackKey(const QString& kvKey)
{
    return kvKey.startsWith(u"test:") || kvKey.startsWith(u"benchmark:");
}

bool isFastPathKey(const QString& kvKey)
{
    if (isMessagePackKey(kvKey))
        return true;
    const QString storageKey = storageKeyOf(kvKey);
    const qsizetype colon = storageKey.indexOf(u':');
    if (colon <= 0)
        return false;
    qsizetype userKey = -1;
    if (QStringView(storageKey).left(colon) == u"global") {
        userKey = colon + 1;
    } else if (isIdScope(QStringView(storageKey).left(colon))) {
        const qsizetype idEnd = storageKey.indexOf(u':', colon + 1);
        userKey = idEnd < 0 ? -1 : idEnd + 1;
    }
    return userKey > 0 && isMessagePackKey(storageKey.mid(userKey));
}

} // namespace statelens::llmspell
