// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Impedance curves from the text exports of measurement programs: REW ("Export impedance data as text"), ARTA and
// LIMP (.zma, .txt), Dayton DATS (.zma), and spreadsheets saved as CSV. A line of two or three numbers (hertz, ohms,
// and the phase in degrees when there is one) is a point; lines that start otherwise are headers or comments. Columns
// are separated by spaces, tabs, commas or semicolons; where semicolons separate them, a comma is the decimal mark.

#include "impedance.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace headroom {

/// What reading an export gave.
struct CurveText {
    std::vector<ImpedancePoint> points; ///< rising, 1 Hz to 200 kHz, at most kMaxPointsPerOctave per octave
    QString error;                      ///< why nothing was read, naming the line; empty when read
    std::size_t linesRead = 0;          ///< points in the file, before thinning
    std::size_t outsideRange = 0;       ///< points below 1 Hz or above 200 kHz, left out
    bool hasPhase = false;              ///< false: the file has magnitudes only, taken as resistive
};

/// A denser measurement is thinned to the first point of each 1/48 octave: finer than the analysis needs (1/6 octave)
/// and than any headphone's resonance, and small enough to keep in a project.
inline constexpr int kMaxPointsPerOctave = 48;

[[nodiscard]] CurveText readCurveText(const QByteArray &text);

} // namespace headroom
