// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRunnable>
#include <QThreadPool>

#include <type_traits>
#include <utility>

namespace statelens {

/// The thread that frees what the UI thread lets go of (see releaseInBackground()).
QThreadPool* releasePool();

/// Drops `value` on a background thread of lowered priority. Replacing a snapshot of 100,000 tasks and
/// a 100 MB parsed document frees a few hundred ms' worth of memory when the last reference goes; a
/// holder that may be the last one on the UI thread hands the old value here instead. If others still
/// share it, this only drops a reference.
template <typename T>
void releaseInBackground(T&& value)
{
    // The value lives in the task only, so that the last reference cannot stay behind on this thread.
    struct Release final : QRunnable
    {
        explicit Release(std::decay_t<T>&& v) : value(std::move(v)) { }
        void run() override { std::decay_t<T> dead = std::move(value); }
        std::decay_t<T> value;
    };
    releasePool()->start(new Release(std::decay_t<T>(std::forward<T>(value))));
}

} // namespace statelens
