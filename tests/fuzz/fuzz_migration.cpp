// SPDX-License-Identifier: GPL-3.0-or-later
// User migration files and JSON Patch: any bytes give a migration or an error; the operations of a
// migration that loads are applied to a small state (errors are fine, crashes are not).
#include "fuzzsupport.h"

#include "migrate/jsonpatch.h"
#include "migrate/migrationfile.h"

using namespace statelens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    auto m = migrate::MigrationFile::parse(fuzz::bytes(data, size), QStringLiteral("fuzz-migration.json"));
    if (!m)
        return 0;
    static const json::JsonValue start = json::JsonValue::parse(
        R"({"version":"1.0","settings":{"theme":"dark","list":[1,2,{"a":null}]},"tasks":{"t1":{"status":"done"}},"":{"~/":0}})")
                                             .value();
    json::JsonValue state = start;
    for (const migrate::PatchOperation& op : m->operations)
        if (!migrate::JsonPatch::apply(state, op))
            state = start; // the engine works on a copy and drops it on error
    return 0;
}
