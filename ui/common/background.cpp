// SPDX-License-Identifier: GPL-3.0-or-later
#include "background.h"

namespace statelens::ui {

namespace {
struct Pool
{
    QThreadPool pool;
    Pool()
    {
        pool.setObjectName(QStringLiteral("statelens-background"));
        pool.setMaxThreadCount(QThread::idealThreadCount());
    }
};
} // namespace

QThreadPool* backgroundPool()
{
    static Pool instance; // waits for its work at exit
    return &instance.pool;
}

} // namespace statelens::ui
