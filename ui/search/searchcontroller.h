// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/statesearch.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace statelens::ui {

class StateSession;

/// Runs searches over the open state on a worker thread; a new search cancels the one before.
class SearchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchController)

public:
    explicit SearchController(StateSession* session, QObject* parent = nullptr);
    ~SearchController() override;

    /// Starts `query` over the open state as the pending edits leave it, on the Executor.
    void search(const search::Query& query);
    void cancel();
    bool isSearching() const { return m_watcher != nullptr; }

Q_SIGNALS:
    void started();
    void finished(const statelens::search::Result& result);

private:
    StateSession* m_session;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<search::Result>* m_watcher = nullptr;
};

} // namespace statelens::ui
