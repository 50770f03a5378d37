// SPDX-License-Identifier: GPL-3.0-or-later
#include "executor.h"

#include <QCoreApplication>
#include <QThread>
#include <QWaitCondition>

namespace statelens {

Executor& Executor::instance()
{
    static Executor executor; // waits for its work at exit
    return executor;
}

Executor::Executor()
{
    m_pool.setObjectName(QStringLiteral("statelens-executor"));
    m_pool.setMaxThreadCount(QThread::idealThreadCount());
    // Work still running when the program ends must finish while every static object is still alive: the
    // executor itself is a static, constructed before the function-local statics its jobs create (a
    // parser's QRegularExpression), so its destructor would wait only after those were destroyed under
    // the running job (a heap corruption seen in tst_logloader). The application object goes first.
    qAddPostRoutine([] { Executor::instance().waitForDone(); });
}

struct Strand::Queue
{
    QMutex mutex;
    QWaitCondition idle;
    std::deque<std::function<void()>> items;
    bool running = false;
};

Strand::Strand(Priority priority) : m_queue(std::make_shared<Queue>()), m_priority(priority) { }

Strand::~Strand()
{
    waitForDone();
}

void Strand::post(std::function<void()> work)
{
    const std::shared_ptr<Queue> q = m_queue;
    {
        QMutexLocker lock(&q->mutex);
        q->items.push_back(std::move(work));
        if (q->running)
            return; // the running drain takes it
        q->running = true;
    }
    // One drain at a time takes the items in order; it ends when the queue is empty.
    (void)Executor::instance().run(
        [q] {
            for (;;) {
                std::function<void()> next;
                {
                    QMutexLocker lock(&q->mutex);
                    if (q->items.empty()) {
                        q->running = false;
                        q->idle.wakeAll();
                        return;
                    }
                    next = std::move(q->items.front());
                    q->items.pop_front();
                }
                next();
            }
        },
        m_priority);
}

void Strand::waitForDone()
{
    QMutexLocker lock(&m_queue->mutex);
    while (m_queue->running)
        m_queue->idle.wait(&m_queue->mutex);
}

} // namespace statelens
