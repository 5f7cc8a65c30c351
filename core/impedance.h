// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Complex impedance and the Thevenin divider (physics.md §0, §4, §5).

#include <array>
#include <complex>
#include <span>
#include <vector>

namespace headroom {

using Complex = std::complex<double>;

/// One point of an impedance curve (physics.md §0: complex Z(f) when a curve is available).
struct ImpedancePoint {
    double hz = 0;
    double ohms = 0;
    double phaseDeg = 0;
    friend bool operator==(const ImpedancePoint &, const ImpedancePoint &) = default;
};

inline constexpr int kGridPoints = 61;
inline constexpr double kReferenceHz = 1000.0; // physics.md §0: specs are at 1 kHz

/// Log-spaced analysis frequencies from 20 Hz to 20 kHz (1/6 octave).
[[nodiscard]] const std::array<double, kGridPoints> &frequencyGrid();

/// Z(f) of a curve, interpolated linearly in log-frequency on log-magnitude and phase, held flat beyond its ends;
/// the nominal value, resistive, when there is no curve.
[[nodiscard]] Complex impedanceAt(std::span<const ImpedancePoint> curve, double nominalOhm, double hz);

/// A curve sampled at every frequencyGrid() point, in one pass over the curve.
[[nodiscard]] std::vector<Complex> sampleOnGrid(std::span<const ImpedancePoint> curve);

/// Parallel combination 1/Σ(1/Zi) (physics.md §5); an empty set is an open circuit (infinite).
[[nodiscard]] Complex parallel(std::span<const Complex> loads);

/// |Z_L/(Z_L+Z_o)|: the fraction of the open-circuit voltage that reaches a load (physics.md §4).
[[nodiscard]] double dividerRatio(Complex load, double sourceOhm);

/// Worst-case response deviation of a load swinging between zMin and zMax on a source of zo (physics.md §4, [S81]).
[[nodiscard]] double worstCaseDeviationDb(double zMin, double zMax, double sourceOhm);

} // namespace headroom
