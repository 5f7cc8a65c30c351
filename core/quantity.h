// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Figures as people read them, in one place for the reports, the findings and the canvas: numbers in the user's
// language (a decimal comma in German, Spanish and French) and levels in the unit that suits the signal
// (physics.md §1). JSON and project files never go through here.

#include <QString>

#include <cstdint>
#include <optional>

namespace headroom {

/// How electrical levels are shown; sound is always in dB SPL and digital signals in dBFS.
enum class LevelUnit : std::uint8_t {
    Dbu,
    Dbv,
    Volts,
    Dbfs, ///< the converter's reading where there is one, else dBu
    All,  ///< volts, dBu and dBV side by side (the report's tables)
};

/// A number with fixed decimals in the user's language; ±∞ as ∞ and −∞.
[[nodiscard]] QString formatNumber(double value, int decimals = 1);

/// A resistance with one decimal, or as many as it takes to show its first significant digit below 1 Ω (three at
/// most): "10.0", "0.5", "0.04", so a speaker amplifier's 0.04 Ω does not read as 0.0.
[[nodiscard]] QString formatOhms(double ohms);

/// A frequency in Hz below 1 kHz and in kHz from there, to three significant digits: "20 Hz", "2.5 kHz".
[[nodiscard]] QString formatFrequency(double hz);

/// A level (RMS in the signal's own units: pascals, volts or full scale) of a signal of this class (a SignalClass
/// bit); `dbfs` is a converter's reading of it. Empty when there is no signal.
[[nodiscard]] QString formatLevel(double rms, std::uint8_t signalClass, LevelUnit unit, std::optional<double> dbfs = {});

} // namespace headroom
