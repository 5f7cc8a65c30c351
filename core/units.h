// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Level units and their conversions (physics.md §0, §1). Voltages are RMS unless a name says "peak".

#include <cmath>
#include <initializer_list>
#include <limits>

namespace headroom::units {

inline constexpr double kDbuReferenceVolts = 0.7745966692414834; // √0.6 V (physics.md §0)
inline constexpr double kReferencePressurePa = 20e-6;            // p0 = 20 µPa (physics.md §0)
inline constexpr double kBoltzmann = 1.380649e-23;               // J/K (physics.md §0)
inline constexpr double kSineCrestDb = 3.0102999566398120;       // 20·log10(√2) (physics.md §0)
inline constexpr double kSqrt2 = 1.4142135623730951;
inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Decibels through log2/exp2, which are several times cheaper than log10/pow and exact to rounding: the solver
// converts levels on every port and frequency point.
inline constexpr double kDbPerOctaveOfAmplitude = 6.0205999132796239; // 20·log10(2)
inline constexpr double kDbPerOctaveOfPower = 3.0102999566398120;     // 10·log10(2)

/// 20·log10 of an amplitude ratio; −∞ for zero.
[[nodiscard]] inline double amplitudeDb(double ratio) { return kDbPerOctaveOfAmplitude * std::log2(ratio); }
/// 10·log10 of a power ratio.
[[nodiscard]] inline double powerDb(double ratio) { return kDbPerOctaveOfPower * std::log2(ratio); }
[[nodiscard]] inline double amplitudeRatio(double db) { return std::exp2(db / kDbPerOctaveOfAmplitude); }
[[nodiscard]] inline double powerRatio(double db) { return std::exp2(db / kDbPerOctaveOfPower); }

// physics.md §1
[[nodiscard]] inline double voltsToDbu(double v) { return amplitudeDb(v / kDbuReferenceVolts); }
[[nodiscard]] inline double dbuToVolts(double dbu) { return kDbuReferenceVolts * amplitudeRatio(dbu); }
[[nodiscard]] inline double voltsToDbv(double v) { return amplitudeDb(v); }
[[nodiscard]] inline double dbvToVolts(double dbv) { return amplitudeRatio(dbv); }
[[nodiscard]] inline double pascalToSpl(double pa) { return amplitudeDb(pa / kReferencePressurePa); }
[[nodiscard]] inline double splToPascal(double spl) { return kReferencePressurePa * amplitudeRatio(spl); }

/// Microphone sensitivity mV/Pa → dBV/Pa (physics.md §2).
[[nodiscard]] inline double mvPerPaToDbv(double mvPerPa) { return amplitudeDb(mvPerPa / 1000.0); }
[[nodiscard]] inline double dbvToMvPerPa(double dbv) { return 1000.0 * amplitudeRatio(dbv); }

/// Headphone sensitivity dB SPL/mW → dB SPL/V at impedance z (physics.md §4: S_V = S_mW + 10·log10(1000/Z)).
[[nodiscard]] inline double sensitivityMwToV(double dbPerMw, double z) { return dbPerMw + powerDb(1000.0 / z); }
[[nodiscard]] inline double sensitivityVToMw(double dbPerV, double z) { return dbPerV - powerDb(1000.0 / z); }

/// Thermal noise voltage √(4kTRB) of a resistance (physics.md §3).
[[nodiscard]] inline double thermalNoiseVolts(double ohms, double bandwidthHz, double kelvin = 300.0)
{
    return std::sqrt(4.0 * kBoltzmann * kelvin * ohms * bandwidthHz);
}

/// Power sum of uncorrelated RMS amplitudes (physics.md §3: N = 10·log10 Σ 10^(Ni/10), in linear form).
[[nodiscard]] inline double powerSum(std::initializer_list<double> amplitudes)
{
    double sum = 0.0;
    for (double a : amplitudes)
        sum += a * a;
    return std::sqrt(sum);
}

/// Permissible daily exposure at an A-weighted level: NIOSH 85 dB(A)/8 h, 3 dB exchange rate (physics.md §4).
/// Written as a product so that silence (−∞ dB) gives unlimited time without a division by zero.
[[nodiscard]] inline double nioshPermissibleMinutes(double dbA) { return 480.0 * std::pow(2.0, (85.0 - dbA) / 3.0); }

} // namespace headroom::units
