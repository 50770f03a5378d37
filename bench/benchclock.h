// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <vector>

#include <ctime>
#include <sys/resource.h>

namespace statelens::bench {

/// CLOCK_MONOTONIC in nanoseconds (comparable across processes on this machine).
inline qint64 monotonicNs()
{
    struct timespec ts;
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

/// User plus system CPU time of this process, in seconds.
inline double cpuSeconds()
{
    struct rusage ru;
    ::getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

/// The p-quantile (0..1) of `v`, nearest rank; 0 for no samples.
inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

/// The tests' writer_files program, which the latency benchmarks drive as the external writer.
inline QString defaultWriterProgram()
{
#ifdef STATELENS_WRITER_FILES
    return QStringLiteral(STATELENS_WRITER_FILES);
#else
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../tests/writer_files");
#endif
}

} // namespace statelens::bench
