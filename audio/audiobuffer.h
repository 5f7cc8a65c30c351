// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Audio in memory: planar float channels at one sample rate. Programme material, renders and files share it.

#include <array>
#include <cstddef>
#include <vector>

namespace headroom {

/// Planar audio; every channel holds the same number of frames.
struct AudioBuffer {
    double sampleRate = 48000;
    std::vector<std::vector<float>> channels;

    [[nodiscard]] std::size_t frames() const { return channels.empty() ? 0 : channels.front().size(); }
    [[nodiscard]] double seconds() const { return static_cast<double>(frames()) / sampleRate; }
};

/// Σx², in eight float lanes over runs of 256 samples (so that it vectorises; a run's sum stays exact to 10⁻⁵) and in
/// double across runs.
[[nodiscard]] inline double sumOfSquares(const float *x, std::size_t count)
{
    constexpr std::size_t kLanes = 8;
    constexpr std::size_t kRun = 256;
    double sum = 0;
    for (std::size_t start = 0; start < count; start += kRun) {
        std::array<float, kLanes> lanes{};
        const std::size_t end = start + kRun < count ? start + kRun : count;
        std::size_t i = start;
        for (; i + kLanes <= end; i += kLanes)
            for (std::size_t l = 0; l < kLanes; ++l)
                lanes[l] += x[i + l] * x[i + l];
        for (; i < end; ++i)
            lanes[0] += x[i] * x[i];
        for (float l : lanes)
            sum += l;
    }
    return sum;
}

} // namespace headroom
