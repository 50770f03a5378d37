// SPDX-License-Identifier: GPL-3.0-or-later
// The one executor: results come back, queued work starts by priority, a strand runs its work one item at
// a time in order, release frees on a pool thread, cancellation is shared.
#include "util/executor.h"

#include <QMutex>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace statelens;

class TestExecutor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runGivesTheResultOffTheCallingThread()
    {
        QThread* caller = QThread::currentThread();
        QFuture<QThread*> f = runInBackground([] { return QThread::currentThread(); });
        f.waitForFinished();
        QVERIFY(f.result() != caller);
        QFuture<int> sum = Executor::instance().run([] { return 20 + 22; }, Priority::Interactive);
        QCOMPARE(sum.result(), 42);
        std::atomic<bool> ran { false };
        Executor::instance().run([&] { ran = true; }).waitForFinished();
        QVERIFY(ran);
    }

    /// With every thread busy, what is queued starts by priority, not by arrival.
    void queuedWorkStartsByPriority()
    {
        Executor& ex = Executor::instance();
        const int threads = ex.threadCount();
        QSemaphore started, gate;
        QList<QFuture<void>> blockers;
        for (int i = 0; i < threads; ++i)
            blockers << ex.run([&] {
                started.release();
                gate.acquire();
            });
        QVERIFY(started.tryAcquire(threads, 10000));
        QMutex mutex;
        QStringList order;
        auto record = [&](const char* name) {
            return [&, name] {
                QMutexLocker lock(&mutex);
                order << QString::fromLatin1(name);
            };
        };
        QList<QFuture<void>> queued;
        queued << ex.run(record("release"), Priority::Release) << ex.run(record("background"), Priority::Background)
               << ex.run(record("normal"), Priority::Normal) << ex.run(record("interactive"), Priority::Interactive);
        // Free one thread only: it takes the queued items one after the other, the most urgent first. (With
        // several freed at once the order in which they *finish* is a race, so it proves nothing.)
        gate.release(1);
        for (auto& f : queued)
            f.waitForFinished();
        gate.release(threads - 1);
        for (auto& f : blockers)
            f.waitForFinished();
        QCOMPARE(order, QStringList({ QStringLiteral("interactive"), QStringLiteral("normal"),
                                      QStringLiteral("background"), QStringLiteral("release") }));
    }

    void strandRunsOneAtATimeInOrder()
    {
        Strand strand;
        std::atomic<int> running { 0 };
        std::atomic<int> most { 0 };
        QMutex mutex;
        QList<int> order;
        for (int i = 0; i < 200; ++i)
            strand.post([&, i] {
                const int now = ++running;
                most = std::max(most.load(), now);
                {
                    QMutexLocker lock(&mutex);
                    order << i;
                }
                if (i % 50 == 0)
                    QThread::yieldCurrentThread();
                --running;
            });
        strand.waitForDone();
        QCOMPARE(order.size(), 200);
        for (int i = 0; i < 200; ++i)
            QCOMPARE(order[i], i);
        QCOMPARE(most.load(), 1);
    }

    void releaseFreesOnAPoolThread()
    {
        struct Tracer
        {
            explicit Tracer(std::shared_ptr<std::atomic<QThread*>> w) : where(std::move(w)) { }
            Tracer(Tracer&& o) noexcept : where(std::move(o.where)) { }
            std::shared_ptr<std::atomic<QThread*>> where;
            ~Tracer()
            {
                if (where)
                    where->store(QThread::currentThread());
            }
        };
        auto where = std::make_shared<std::atomic<QThread*>>(nullptr);
        {
            Tracer t(where);
            releaseInBackground(std::move(t));
        }
        // The moved-from tracer on this thread recorded nothing; the one released records its thread.
        QTRY_VERIFY(where->load() != nullptr);
        QVERIFY(where->load() != QThread::currentThread());
    }

    void cancelTokenCopiesShareTheFlag()
    {
        CancelToken a;
        const CancelToken b = a;
        QVERIFY(!b.isCancelled());
        QVERIFY(!b.flag()->load());
        a.cancel();
        QVERIFY(b.isCancelled());
        QVERIFY(b.flag()->load());
        QVERIFY(!CancelToken().isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestExecutor)
#include "tst_executor.moc"
