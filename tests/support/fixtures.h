// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace statelens::test {

/// A documented-format state.json with uneven spacing (so that byte-exact checks see what a save keeps), and
/// namespaces user (name, prefs, added_later), config and fresh.
QByteArray documentedState();
/// A backup of it a day older: other values in user and config, no added_later, no fresh, and a namespace
/// old that the state no longer has. Stored as state.backup.1767139200000.json.
QByteArray documentedBackup();

} // namespace statelens::test
