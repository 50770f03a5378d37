// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrate/migrationcatalog.h"
#include "migrate/migrationsubject.h"

namespace statelens::migrate {

/// Adds the built-in steps of `family` (docs/MIGRATIONS.md describes each):
/// StatefulObject 1 → 2 (seed 000's _set_state); autonomous-dev batch state 1.0.0 → 1.1.0 → 2.0.0 (the
/// chain seed 001 names, its steps as StateLens defines them); state folder 0.0.0 → 1.0.0 (a versionless
/// coding-agent state.json becomes the documented format).
void addBuiltinSteps(MigrationCatalog& catalog, Family family);

} // namespace statelens::migrate
