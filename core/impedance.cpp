// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "impedance.h"

#include "units.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace headroom {

const std::array<double, kGridPoints> &frequencyGrid()
{
    static const auto grid = [] {
        std::array<double, kGridPoints> g{};
        const double ratio = std::log(1000.0) / (kGridPoints - 1);
        for (int i = 0; i < kGridPoints; ++i)
            g[static_cast<std::size_t>(i)] = 20.0 * std::exp(ratio * i);
        return g;
    }();
    return grid;
}

Complex impedanceAt(std::span<const ImpedancePoint> curve, double nominalOhm, double hz)
{
    if (curve.empty())
        return {nominalOhm, 0.0};
    const auto toComplex = [](double ohms, double phaseDeg) { return std::polar(ohms, phaseDeg * std::numbers::pi / 180.0); };
    if (hz <= curve.front().hz)
        return toComplex(curve.front().ohms, curve.front().phaseDeg);
    if (hz >= curve.back().hz)
        return toComplex(curve.back().ohms, curve.back().phaseDeg);
    const auto upper = std::upper_bound(curve.begin(), curve.end(), hz, [](double f, const ImpedancePoint &p) { return f < p.hz; });
    const ImpedancePoint &b = *upper;
    const ImpedancePoint &a = *(upper - 1);
    const double t = std::log(hz / a.hz) / std::log(b.hz / a.hz);
    const double logMag = std::log(a.ohms) + t * (std::log(b.ohms) - std::log(a.ohms));
    return toComplex(std::exp(logMag), a.phaseDeg + t * (b.phaseDeg - a.phaseDeg));
}

std::vector<Complex> sampleOnGrid(std::span<const ImpedancePoint> curve)
{
    // impedanceAt() at every grid point, merged with the curve in one pass. Within a segment log|Z| and the phase
    // are linear in log f, and the grid is evenly spaced in log f, so each point is the one before times a constant
    // phasor: one exp and one sincos per segment rather than per point (rounding differs by a few ulp).
    std::vector<Complex> samples;
    if (curve.empty())
        return samples;
    static const double logGridStep = std::log(frequencyGrid()[1] / frequencyGrid()[0]);
    const auto toComplex = [](double ohms, double phaseDeg) { return std::polar(ohms, phaseDeg * std::numbers::pi / 180.0); };
    const Complex below = toComplex(curve.front().ohms, curve.front().phaseDeg);
    const Complex above = toComplex(curve.back().ohms, curve.back().phaseDeg);
    samples.reserve(kGridPoints);
    std::size_t upper = 1;   // the first point above the frequency, as impedanceAt's upper_bound finds it
    std::size_t segment = 0; // the segment `z` and `step` belong to; 0: none yet
    Complex z;
    Complex step;
    for (std::size_t k = 0; k < kGridPoints; ++k) {
        const double hz = frequencyGrid()[k];
        if (hz <= curve.front().hz || hz >= curve.back().hz) {
            samples.push_back(hz <= curve.front().hz ? below : above);
            continue;
        }
        while (curve[upper].hz <= hz)
            ++upper;
        if (segment == upper) {
            z *= step;
        } else {
            segment = upper;
            const ImpedancePoint &a = curve[upper - 1];
            const ImpedancePoint &b = curve[upper];
            const double perLogHz = 1.0 / std::log(b.hz / a.hz);
            const double logOhmsSlope = std::log(b.ohms / a.ohms);
            const double phaseSlope = b.phaseDeg - a.phaseDeg;
            const double t = std::log(hz / a.hz) * perLogHz;
            z = toComplex(a.ohms * std::exp(t * logOhmsSlope), a.phaseDeg + t * phaseSlope);
            const double dt = logGridStep * perLogHz;
            step = toComplex(std::exp(dt * logOhmsSlope), dt * phaseSlope);
        }
        samples.push_back(z);
    }
    return samples;
}

Complex parallel(std::span<const Complex> loads)
{
    // 1/z as conj(z)/|z|²: the same value without the library's overflow-safe complex division, which dominates
    // the solver's time on large chains.
    const auto inverse = [](Complex z) { return std::conj(z) / std::norm(z); };
    Complex admittance{0.0, 0.0};
    for (const Complex &z : loads)
        admittance += inverse(z);
    return admittance == Complex{0.0, 0.0} ? Complex{units::kInfinity, 0.0} : inverse(admittance);
}

double dividerRatio(Complex load, double sourceOhm)
{
    if (std::isinf(load.real()))
        return 1.0;
    return std::sqrt(std::norm(load) / std::norm(load + sourceOhm));
}

double worstCaseDeviationDb(double zMin, double zMax, double sourceOhm)
{
    return units::amplitudeDb(zMax * (zMin + sourceOhm) / (zMin * (zMax + sourceOhm)));
}

} // namespace headroom
