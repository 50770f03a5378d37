// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/simpletablemodel.h"
#include "search/statesearch.h"

namespace statelens::ui {

/// Search hits: namespace, key, where it matched, and the matching text in context.
class SearchHitModel final : public SimpleTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchHitModel)

public:
    enum Column { NamespaceColumn, KeyColumn, WhereColumn, SnippetColumn };
    enum Role { NamespaceRole = Qt::UserRole + 1, KeyRole };

    explicit SearchHitModel(QObject* parent = nullptr);
    void setHits(const QList<SearchHit>& hits);

protected:
    int rows() const override { return int(m_hits.size()); }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace statelens::ui
