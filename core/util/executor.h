// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/threadpriority.h"

#include <QFuture>
#include <QMutex>
#include <QPromise>
#include <QThreadPool>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <type_traits>

namespace statelens {

/// How soon queued work starts when every thread is busy (never preempts running work).
enum class Priority { Release = 0, Background = 1, Normal = 2, Interactive = 3 };

/// A flag that the one who asked sets, and the work reads between steps (LoadContext::cancel and the
/// parser take its flag()). Copies share the flag.
class CancelToken
{
public:
    CancelToken() : m_flag(std::make_shared<std::atomic<bool>>(false)) { }
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }
    const std::atomic<bool>* flag() const { return m_flag.get(); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};

/// The one way StateLens runs work off the calling thread, for core and UI alike: a pool of as many
/// threads as there are cores, each at lowered scheduling priority (lowerThreadPriority()), taking
/// queued work by Priority. Results come back as QFuture (watch them with QFutureWatcher on the UI
/// thread). Work that must run in order goes through a Strand. The file watcher keeps its own thread,
/// because it is an event loop, not a task (docs/ARCHITECTURE.md).
class Executor final
{
public:
    static Executor& instance();

    /// Runs `work` on the pool; the future holds its result.
    template <typename Function>
    auto run(Function&& work, Priority priority = Priority::Normal)
    {
        using R = std::invoke_result_t<std::decay_t<Function>&>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        // Held by pointer: QThreadPool takes a copyable std::function, and work may be move-only.
        auto task = std::make_shared<std::decay_t<Function>>(std::forward<Function>(work));
        m_pool.start(
            [promise, task]() {
                lowerThreadPriority();
                if constexpr (std::is_void_v<R>) {
                    (*task)();
                } else {
                    promise->addResult((*task)());
                }
                promise->finish();
            },
            int(priority));
        return future;
    }

    /// Drops `value` on a pool thread at the lowest priority. Replacing a snapshot of 100,000 tasks and a
    /// 100 MB parsed document frees a few hundred ms' worth of memory when the last reference goes; a
    /// holder that may be the last one on the UI thread hands the old value here instead.
    template <typename T>
    void release(T&& value)
    {
        auto held = std::make_shared<std::decay_t<T>>(std::forward<T>(value));
        m_pool.start([held = std::move(held)]() mutable { held.reset(); }, int(Priority::Release));
    }

    /// Waits for everything queued (tests, and the end of the program).
    void waitForDone() { m_pool.waitForDone(); }
    int threadCount() const { return m_pool.maxThreadCount(); }

private:
    Executor();
    QThreadPool m_pool;
};

/// Runs work on the Executor one item at a time, in the order it was posted (a live reload must not
/// overtake the one before it). Holds no thread of its own.
class Strand final
{
public:
    explicit Strand(Priority priority = Priority::Normal);
    ~Strand();
    Strand(const Strand&) = delete;
    Strand& operator=(const Strand&) = delete;

    void post(std::function<void()> work);
    /// Waits until everything posted so far has run.
    void waitForDone();

private:
    struct Queue;
    std::shared_ptr<Queue> m_queue;
    Priority m_priority;
};

/// Executor::instance().run(work): the form the UI uses.
template <typename Function>
auto runInBackground(Function&& work, Priority priority = Priority::Normal)
{
    return Executor::instance().run(std::forward<Function>(work), priority);
}

/// Executor::instance().release(value).
template <typename T>
void releaseInBackground(T&& value)
{
    Executor::instance().release(std::forward<T>(value));
}

} // namespace statelens
