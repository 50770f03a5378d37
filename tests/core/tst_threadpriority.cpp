// SPDX-License-Identifier: GPL-3.0-or-later
// lowerThreadPriority() (util/threadpriority.h): the calling thread, and only it, runs at nice 10 at least,
// once; threads it starts inherit it.
#include "util/threadpriority.h"

#include <QTest>

#include <thread>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace statelens;

namespace {

int niceOfThisThread()
{
    errno = 0;
    return ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
}

} // namespace

class TestThreadPriority : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lowersOnlyTheCallingThread();
    void neverRaisesAgain();
};

void TestThreadPriority::lowersOnlyTheCallingThread()
{
    const int mainBefore = niceOfThisThread();
    int before = 0, after = 0, twice = 0, child = 0;
    std::thread worker([&] {
        before = niceOfThisThread();
        lowerThreadPriority();
        after = niceOfThisThread();
        lowerThreadPriority();
        twice = niceOfThisThread();
        std::thread([&] { child = niceOfThisThread(); }).join();
    });
    worker.join();
    QCOMPARE(before, mainBefore);
    QCOMPARE(after, qMax(before, 10));
    QCOMPARE(twice, after);
    QCOMPARE(child, after); // started by a lowered thread
    QCOMPARE(niceOfThisThread(), mainBefore); // the caller's thread only
}

void TestThreadPriority::neverRaisesAgain()
{
    // A thread that is already lower than 10 stays where it is.
    int after = 0;
    std::thread worker([&] {
        ::setpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)), 15);
        lowerThreadPriority();
        after = niceOfThisThread();
    });
    worker.join();
    QCOMPARE(after, 15);
}

QTEST_GUILESS_MAIN(TestThreadPriority)
#include "tst_threadpriority.moc"
