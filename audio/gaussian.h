// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Tables of Gaussian values for the noise the preview adds and the noise in its generated programmes: drawn once,
// then read at random places, which is as white and as Gaussian as a preview needs and far cheaper than drawing each
// value (physics.md §7).

#include <cstddef>
#include <cstdint>
#include <vector>

namespace headroom {

/// `count` Gaussian values with mean exactly zero and RMS exactly one, from Box-Muller on a 64-bit LCG seeded by
/// `seed`: the same on every machine.
[[nodiscard]] std::vector<float> unitGaussians(std::size_t count, std::uint64_t seed);

} // namespace headroom
