// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The soft clipper of an analog stage (physics.md §8): linear up to a knee, then tanh towards the limit, oversampled 4×
// so that its harmonics do not alias. Only the distortion goes through the oversampling filters: the output is the
// input plus the band-limited difference the curve makes (y = x + LPF(f(v) − v), v the 4× interpolated input), so
// wherever the interpolated signal stays below the knee the difference is exactly zero and the stage is transparent.
// That lets the renderer skip quiet stretches with output identical to computing them.

#include <array>
#include <cstddef>
#include <utility>

namespace headroom {

/// A soft-clipping stage at one limit, applied a block at a time.
class SoftClipper
{
public:
    static constexpr int kOversampling = 4;       // physics.md §8: oversample ≥ 4× before nonlinear stages [S77]
    static constexpr std::size_t kPhaseTaps = 33; // taps per polyphase branch of the 2·64 + 1-tap interpolation filter
    /// Input samples on either side of a block that its output depends on (interpolation and decimation, 16 each).
    static constexpr std::size_t kContext = kPhaseTaps - 1;
    /// Whether stretches that provably cannot reach the knee are skipped (the renderer) or computed all the same.
    enum class Path : bool { Skipping, Full };

    explicit SoftClipper(double limit);

    /// The transfer curve itself: y = x up to the knee, then tanh towards the limit with unit slope at the knee.
    [[nodiscard]] float curve(float x) const;
    /// The knee: inputs up to it pass unchanged.
    [[nodiscard]] float knee() const { return m_knee; }
    /// Samples below this cannot reach the knee between samples either: the interpolated signal is at most the
    /// largest sample times the largest absolute sum of a polyphase branch's taps.
    [[nodiscard]] float transparentBelow() const { return m_transparentBelow; }

    /// What the clipper adds to the len samples at window + kContext: window holds the unclipped input from kContext
    /// samples before the block to kContext after it (zeros beyond the signal). Writes len values to correction.
    void correction(const float *window, std::size_t len, float *correction, Path path = Path::Skipping) const;

private:
    /// The taps [first, last) of each branch that hold most of its weight, around its centre (tap 15 or 16).
    static constexpr std::pair<std::size_t, std::size_t> kCentre{11, 21};
    /// A margin of 10⁻⁴ on the bounds covers the rounding of the float sums, so they hold for the computed values too.
    static constexpr double kRoundingMargin = 1.0 + 1e-4;

    /// An upper bound of the central taps' part of the interpolated run that starts at `run` (kRun samples).
    [[nodiscard]] float centralBound(const float *run) const;

    /// The interpolation filter's branch p at tap r is h[p + 4r] (zero beyond the filter).
    std::array<std::array<float, kPhaseTaps>, kOversampling> m_phases{};
    float m_limit;
    float m_knee;
    float m_transparentBelow = 0;
    /// The largest absolute sum of a branch's taps outside kCentre: the rest of the run's interpolated signal is at most
    /// this times the largest input sample, so a run whose central part plus that stays below the knee is not bent.
    float m_outerWeight = 0;
};

} // namespace headroom
