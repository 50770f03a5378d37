// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace statelens {

/// True when `name` (a file name in folder `dir`) is the temp file of an atomic writer, which is renamed
/// over its target once complete:
/// - `.<name>.<random>.tmp` (Python mkstemp as StatefulObject uses it), `.batch_state_<random>.tmp`, and
///   StateLens's own `.<name>.statelens-<hex>.tmp`: every hidden file that ends in `.tmp`;
/// - QSaveFile's `<name>.XXXXXX` (six random letters, at least one upper case), while `<name>` exists.
bool isAtomicWriterTempName(const QString& dir, const QString& name);

} // namespace statelens
