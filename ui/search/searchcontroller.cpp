// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcontroller.h"

#include "util/executor.h"
#include "session/pendingchanges.h"
#include "session/statesession.h"


namespace statelens::ui {

SearchController::SearchController(StateSession* session, QObject* parent) : QObject(parent), m_session(session) { }

SearchController::~SearchController()
{
    cancel();
}

void SearchController::cancel()
{
    if (!m_watcher)
        return;
    m_cancel->store(true);
    m_watcher->disconnect(this);
    connect(m_watcher, &QFutureWatcherBase::finished, m_watcher, &QObject::deleteLater);
    m_watcher->setParent(nullptr); // outlives us if needed; it only holds copies
    m_watcher = nullptr;
}

void SearchController::search(const search::Query& query)
{
    cancel();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QList<search::EditedValue> edits;
    for (const PendingEdit& e : m_session->pending()->edits())
        edits << search::EditedValue { e.ns, e.key, e.remove, e.value };
    // The snapshot and the edits are implicitly shared: the copies cost nothing and stay valid if the
    // state is reloaded meanwhile.
    auto work = [snapshot = m_session->snapshot(), edits = std::move(edits), query, flag = m_cancel] {
        return search::searchState(snapshot, edits, query, flag.get());
    };
    m_watcher = new QFutureWatcher<search::Result>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const search::Result result = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        Q_EMIT finished(result);
    });
    m_watcher->setFuture(runInBackground(std::move(work)));
    Q_EMIT started();
}

} // namespace statelens::ui
