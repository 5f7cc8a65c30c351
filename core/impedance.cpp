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
    const auto toComplex = [](double ohms, double phaseDeg) {
        return std::polar(ohms, phaseDeg * std::numbers::pi / 180.0);
    };
    if (hz <= curve.front().hz)
        return toComplex(curve.front().ohms, curve.front().phaseDeg);
    if (hz >= curve.back().hz)
        return toComplex(curve.back().ohms, curve.back().phaseDeg);
    const auto upper = std::upper_bound(curve.begin(), curve.end(), hz,
                                        [](double f, const ImpedancePoint &p) { return f < p.hz; });
    const ImpedancePoint &b = *upper;
    const ImpedancePoint &a = *(upper - 1);
    const double t = std::log(hz / a.hz) / std::log(b.hz / a.hz);
    const double logMag = std::log(a.ohms) + t * (std::log(b.ohms) - std::log(a.ohms));
    return toComplex(std::exp(logMag), a.phaseDeg + t * (b.phaseDeg - a.phaseDeg));
}

std::vector<Complex> sampleOnGrid(std::span<const ImpedancePoint> curve)
{
    std::vector<Complex> samples;
    if (curve.empty())
        return samples;
    samples.reserve(kGridPoints);
    for (double hz : frequencyGrid())
        samples.push_back(impedanceAt(curve, curve.front().ohms, hz));
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
