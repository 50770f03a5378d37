// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/snapshot.h"
#include "session/pendingedit.h"

#include <QList>
#include <QString>

#include <atomic>

namespace statelens::ui {

struct SearchQuery
{
    QString text;
    bool regex = false;
    bool caseSensitive = false;
    bool inKeys = true;
    bool inValues = true;
};

struct SearchHit
{
    QString ns;
    QString key;
    bool inKey = false; ///< the key name matched (else the value did)
    QString snippet;    ///< the match with some context
};

struct SearchResult
{
    QList<SearchHit> hits;
    bool truncated = false;
    QString error; ///< an invalid regular expression
};

/// Searches every key name and value of `snapshot` as the pending edits leave them. Safe to run on any
/// thread; stops early when `cancel` is set or after `maxHits` hits.
SearchResult searchState(const Snapshot& snapshot, const QList<PendingEdit>& pending, const SearchQuery& query,
                         const std::atomic<bool>* cancel = nullptr, int maxHits = 5000);

} // namespace statelens::ui
