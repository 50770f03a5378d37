// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinmigrations.h"

#include <QCoreApplication>

namespace statelens::migrate {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("statelens::migrate", s);
}

using json::JsonValue;

int indexOfMember(const JsonValue& obj, const QString& key)
{
    for (size_t i = 0; i < obj.members().size(); ++i)
        if (obj.members()[i].key == key)
            return int(i);
    return -1;
}

/// Sets `key` in place if it exists, else inserts it at `index` (clamped; -1 appends).
void putAt(JsonValue& obj, int index, const QString& key, JsonValue value)
{
    if (JsonValue* existing = obj.member(key)) {
        *existing = std::move(value);
        return;
    }
    auto& m = obj.members();
    const size_t at = index < 0 || size_t(index) > m.size() ? m.size() : size_t(index);
    m.insert(m.begin() + qsizetype(at), json::JsonMember { key, std::move(value) });
}

Result<void> needObject(const JsonValue& state)
{
    if (!state.isObject())
        return Error::validation(tr("the state is not a JSON object"));
    return {};
}

// --- StatefulObject (seed 000) -----------------------------------------------------------------------

Result<void> statefulObjectV1toV2(MigrationState& ms, QStringList& notes)
{
    JsonValue& state = ms.state;
    if (auto r = needObject(state); !r)
        return r;
    // version = state.get("version", 1); old_config = state.get("settings", {})
    const JsonValue* settings = state.member(QStringLiteral("settings"));
    if (settings && !settings->isObject())
        return Error::validation(tr("\"settings\" is not an object, so the v1 layout cannot be read"));
    const JsonValue none = JsonValue::object();
    const JsonValue& old = settings ? *settings : none;
    // config = {"theme": old.get("ui_theme", "dark"), "timeout": old.get("request_timeout", 30)}
    JsonValue config = JsonValue::object();
    const JsonValue* theme = old.member(QStringLiteral("ui_theme"));
    const JsonValue* timeout = old.member(QStringLiteral("request_timeout"));
    config.insert(QStringLiteral("theme"), theme ? *theme : JsonValue::fromString(QStringLiteral("dark")));
    config.insert(QStringLiteral("timeout"), timeout ? *timeout : JsonValue::fromInt(30));
    if (!theme)
        notes.append(tr("settings.ui_theme missing: theme set to the seed's default \"dark\""));
    if (!timeout)
        notes.append(tr("settings.request_timeout missing: timeout set to the seed's default 30"));
    for (const json::JsonMember& m : old.members())
        if (m.key != QLatin1String("ui_theme") && m.key != QLatin1String("request_timeout"))
            notes.append(tr(
                "settings.%1 is not carried into config (the seed's _set_state keeps only theme and timeout)")
                             .arg(m.key));
    const int at = indexOfMember(state, QStringLiteral("settings"));
    state.remove(QStringLiteral("settings"));
    putAt(state, at, QStringLiteral("config"), std::move(config));
    putAt(state, -1, QStringLiteral("version"), JsonValue::fromInt(2));
    return {};
}

// --- autonomous-dev batch state (seed 001) -------------------------------------------------------

/// Feature names for the indices in `indices` (a list of ints, or of objects with "feature_index").
JsonValue featureNames(
    const JsonValue& state, const JsonValue* indices, const QString& what, QStringList& notes)
{
    JsonValue names = JsonValue::array();
    const JsonValue* features = state.member(QStringLiteral("features"));
    if (!indices || !indices->isArray())
        return names;
    for (const JsonValue& item : indices->items()) {
        const JsonValue* index = item.isObject() ? item.member(QStringLiteral("feature_index")) : &item;
        const qint64 i = index && index->isNumber() ? index->toInt(-1) : -1;
        if (features && features->isArray() && i >= 0 && i < qint64(features->items().size()))
            names.append(features->items()[size_t(i)]);
        else
            notes.append(
                tr("%1: index %2 names no feature; left out")
                    .arg(what, index ? QString::fromUtf8(index->toCompactJson()) : QStringLiteral("?")));
    }
    return names;
}

Result<void> batch100to110(MigrationState& ms, QStringList& notes)
{
    JsonValue& state = ms.state;
    if (auto r = needObject(state); !r)
        return r;
    putAt(state, 0, QStringLiteral("version"), JsonValue::fromString(QStringLiteral("1.1.0")));
    const struct
    {
        const char* from;
        const char* to;
    } lists[] = { { "completed_features", "completed" }, { "failed_features", "failed" } };
    for (const auto& l : lists) {
        const QString from = QString::fromLatin1(l.from), to = QString::fromLatin1(l.to);
        if (state.member(to)) {
            notes.append(tr("\"%1\" exists already; left as it is").arg(to));
            continue;
        }
        JsonValue names = featureNames(state, state.member(from), from, notes);
        const int at = indexOfMember(state, from);
        putAt(state, at < 0 ? -1 : at + 1, to, std::move(names));
    }
    return {};
}

Result<void> batch110to200(MigrationState& ms, QStringList& notes)
{
    JsonValue& state = ms.state;
    if (auto r = needObject(state); !r)
        return r;
    // BatchState's name for the time of the last change.
    if (state.member(QStringLiteral("updated_at"))) {
        if (state.member(QStringLiteral("last_updated")))
            return Error::validation(
                tr("both \"updated_at\" and \"last_updated\" exist; cannot rename one to the other"));
        for (json::JsonMember& m : state.members())
            if (m.key == QLatin1String("updated_at"))
                m.key = QStringLiteral("last_updated");
    }
    // Context clearing was removed from the library (Issue #218): its fields move aside, kept.
    const QStringList deprecated = { QStringLiteral("auto_clear_count"), QStringLiteral("auto_clear_events"),
        QStringLiteral("context_tokens_before_clear"), QStringLiteral("paused_at_feature_index") };
    JsonValue moved = JsonValue::object();
    int at = -1;
    for (const QString& key : deprecated) {
        if (const JsonValue* v = state.member(key)) {
            const int i = indexOfMember(state, key);
            at = at < 0 ? i : qMin(at, i);
            moved.insert(key, *v);
            state.remove(key);
        }
    }
    if (moved.size() > 0) {
        if (state.member(QStringLiteral("deprecated_context_clearing")))
            return Error::validation(tr("\"deprecated_context_clearing\" exists already"));
        putAt(state, at, QStringLiteral("deprecated_context_clearing"), std::move(moved));
        notes.append(tr("context-clearing fields moved into \"deprecated_context_clearing\""));
    }
    putAt(state, 0, QStringLiteral("version"), JsonValue::fromString(QStringLiteral("2.0.0")));
    return {};
}

// --- state folder -------------------------------------------------------------------------------

Result<void> stateFolder000to100(MigrationState& ms, QStringList& notes)
{
    JsonValue& state = ms.state;
    if (auto r = needObject(state); !r)
        return r;
    putAt(state, 0, QStringLiteral("version"), JsonValue::fromString(QStringLiteral("1.0.0")));
    if (!state.member(QStringLiteral("namespaces"))) {
        const int sessions = indexOfMember(state, QStringLiteral("sessions"));
        putAt(state, sessions, QStringLiteral("namespaces"), JsonValue::object());
    }
    if (state.member(QStringLiteral("tasks")))
        notes.append(tr("\"tasks\" stays in state.json as the coding-agent server wrote it; tasks/ remains "
                        "the source of truth"));
    return {};
}

Step builtin(const char* from, const char* to, const QString& description,
    std::function<Result<void>(MigrationState&, QStringList&)> apply)
{
    Step s;
    s.from = QString::fromLatin1(from);
    s.to = QString::fromLatin1(to);
    s.description = description;
    s.origin = QStringLiteral("built-in");
    s.apply = std::move(apply);
    return s;
}
} // namespace

void addBuiltinSteps(MigrationCatalog& catalog, Family family)
{
    switch (family) {
    case Family::StatefulObject:
        catalog.add(builtin("1", "2",
            tr("settings → config (ui_theme → theme, request_timeout → timeout, defaults \"dark\" and 30), "
               "version 2"),
            statefulObjectV1toV2));
        break;
    case Family::BatchState:
        catalog.add(builtin("1.0.0", "1.1.0",
            tr("adds \"version\", and the feature names \"completed\" and \"failed\" beside the index lists"),
            batch100to110));
        catalog.add(builtin("1.1.0", "2.0.0",
            tr("renames updated_at → last_updated; moves the context-clearing fields into "
               "\"deprecated_context_clearing\""),
            batch110to200));
        break;
    case Family::StateFolder:
        catalog.add(builtin("0.0.0", "1.0.0",
            tr("coding-agent snapshot → documented format: adds \"version\" and an empty \"namespaces\""),
            stateFolder000to100));
        break;
    case Family::Generic:
        break;
    }
}

} // namespace statelens::migrate
