#pragma once

#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace Gatescope {

// Runs work(i) for every i in [0, count) on every core (this thread included), each i exactly
// once; returns when all are done. Callers write result i into slot i, so what comes out is in
// input order and the same as one by one. Below `minimumPerThread` items per thread it stays on
// this thread: starting threads would cost more than the work.
template<typename Work> void forEachIndexInParallel(qsizetype count, Work work, qsizetype minimumPerThread = 64)
{
    const int cores = std::min(QThread::idealThreadCount(), 8);
    const int helpers = int(std::min<qsizetype>(cores, count / std::max<qsizetype>(1, minimumPerThread))) - 1;
    std::atomic<qsizetype> next { 0 };
    auto drain = [&] {
        for (qsizetype i = next.fetch_add(1, std::memory_order_relaxed); i < count;
             i = next.fetch_add(1, std::memory_order_relaxed))
            work(i);
    };
    if (helpers <= 0) {
        drain();
        return;
    }
    QThreadPool pool;
    pool.setMaxThreadCount(helpers);
    for (int t = 0; t < helpers; ++t)
        pool.start(drain);
    drain();
    pool.waitForDone();
}

} // namespace Gatescope
