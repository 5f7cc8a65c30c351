// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Independent pieces of work (a programme's or a render's channels) spread over the machine's cores.

#include <algorithm>
#include <cstddef>
#include <future>
#include <thread>
#include <vector>

namespace headroom {

/// Runs work(i) for every i in [0, count) and returns when all are done. Worker w of the min(cores, count) workers
/// takes i = w, w + workers, …; the calling thread is worker 0. The pieces must not share anything they write.
template <typename Work>
void runInParallel(std::size_t count, const Work &work)
{
    const std::size_t workers = std::max<std::size_t>(1, std::min<std::size_t>(std::thread::hardware_concurrency(), count));
    const auto worker = [&](std::size_t w) {
        for (std::size_t i = w; i < count; i += workers)
            work(i);
    };
    std::vector<std::future<void>> others;
    for (std::size_t w = 1; w < workers; ++w)
        others.push_back(std::async(std::launch::async, worker, w));
    worker(0);
    for (std::future<void> &other : others)
        other.get();
}

} // namespace headroom
