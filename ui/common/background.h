// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/threadpriority.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace statelens::ui {

/// The threads that load, save, sort and search for the window: as many as there are cores, each at
/// a lower priority than the UI thread (see lowerThreadPriority()).
QThreadPool* backgroundPool();

/// QtConcurrent::run() on backgroundPool().
template <typename Function>
auto runInBackground(Function&& work)
{
    return QtConcurrent::run(backgroundPool(), [work = std::forward<Function>(work)]() mutable {
        lowerThreadPriority();
        return work();
    });
}

} // namespace statelens::ui
