// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/jsonvalue.h"
#include "model/address.h"
#include "model/snapshot.h"

namespace statelens::backup {

class BackupCatalogue;

/// One key as one backup (or the current state) holds it.
struct HistoryPoint
{
    QString backupId;    ///< empty for the current state
    QString backupKind;
    QDateTime time;
    bool isCurrent = false;
    bool present = false; ///< false: the key did not exist then
    json::JsonValue value;
    bool changed = false; ///< differs from the point before (presence or value); the first point counts as changed
};

/// The history of one address (NAMESPACE/KEY[/POINTER], or @tasks/<id>) across every usable backup that
/// covers it, oldest first by the backup's time, ending with the current state, dated by the modification
/// time of the file that holds the address (the file's own `last_saved` only when that is unknown). Backups
/// that cannot be read are left out.
QList<HistoryPoint> keyHistory(const Snapshot& current, const BackupCatalogue& catalogue, const Address& address);

} // namespace statelens::backup
