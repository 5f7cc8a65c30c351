// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gaussian.h"

#include <cmath>
#include <numbers>

namespace headroom {

std::vector<float> unitGaussians(std::size_t count, std::uint64_t seed)
{
    std::vector<double> g(count);
    std::uint64_t state = seed * 0x9E3779B97F4A7C15ull + 1;
    const auto uniform = [&state] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return (static_cast<double>(state >> 11) + 0.5) * 0x1.0p-53;
    };
    double mean = 0;
    for (double &v : g) {
        v = std::sqrt(-2.0 * std::log(uniform())) * std::cos(2.0 * std::numbers::pi * uniform()); // Box-Muller
        mean += v;
    }
    mean /= static_cast<double>(count);
    double power = 0;
    for (double &v : g) {
        v -= mean;
        power += v * v;
    }
    const double scale = 1.0 / std::sqrt(power / static_cast<double>(count));
    std::vector<float> out(count);
    for (std::size_t i = 0; i < count; ++i)
        out[i] = static_cast<float>(g[i] * scale);
    return out;
}

} // namespace headroom
