// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sources/jsonfilessource.h"

namespace statelens {

/// Files of chora-base's StatefulObject mixin: one JSON file per object (json.dump, indent=2,
/// sort_keys=True, ASCII-escaped), a single "<file>.bak" generation, temp files ".<name>.<random>.tmp".
/// Opens a single file or a folder of them.
class StatefulObjectSource final : public JsonFilesSource
{
public:
    explicit StatefulObjectSource(const QString& path);

    SourceKind kind() const override { return SourceKind::StatefulObject; }
    Result<Snapshot> load(const LoadContext& context = {}) const override;

protected:
    json::Style fallbackStyle() const override;
    Result<QStringList> backup(const QString& file) const override;
    void namespaceReloaded(Snapshot& snapshot, const QString& name, const DocumentPtr& doc) const override;

private:
    /// Sets info.version and its origin from the files' "version" members (or "settings", the v1 layout).
    static void readVersion(Snapshot& snapshot);
};

/// Any JSON files: the fallback for content no detector recognises.
class PlainJsonSource final : public JsonFilesSource
{
public:
    explicit PlainJsonSource(const QString& path, QString note = {});

    SourceKind kind() const override { return SourceKind::PlainJson; }
    Result<Snapshot> load(const LoadContext& context = {}) const override;

private:
    QString m_note;
};

} // namespace statelens
