// SPDX-License-Identifier: GPL-3.0-or-later
// The default partial reload: read everything and compare.
#include "sources/source.h"

namespace statelens {

Result<Reload> Source::reloadFiles(Snapshot current, const QList<FileChange>& changes,
                                   const LoadContext& context) const
{
    auto loaded = load(context);
    if (!loaded)
        return loaded.error();
    Reload r;
    r.snapshot = std::move(loaded.value());
    r.delta = diffSnapshots(current, r.snapshot);
    r.delta.files = changes;
    return r;
}

} // namespace statelens
