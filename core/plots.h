// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the plots of a listener show, as numbers the engine computed: the SPL at the ears across the volume control's
// range (the engine run at each setting, physics.md §4), and the frequency-response change that the output impedance
// makes with the headphones' impedance curve (physics.md §4), with the curve itself. Drawing is elsewhere
// (documents/plotdrawing.h); these are the figures, tested against the analysis.

#include "analysis.h"
#include "chain.h"

#include <QString>

#include <optional>
#include <vector>

namespace headroom {

struct VolumePoint {
    double volumeDb = 0;
    double averageSpl = 0;
    double peakSpl = 0;
};

/// SPL against the setting of the volume control that drives a listener.
struct SplVolumeCurve {
    std::vector<VolumePoint> points; ///< from kLowestPlottedVolumeDb to 0 dB (full) in 1 dB steps
    double currentVolumeDb = 0;      ///< where the control is set now
    double targetPeakSpl = 110;      ///< the listener's peak target
    double exposureSpl = 85;         ///< the 85 dB(A) daily-exposure line (physics.md §4, NIOSH)
    /// The setting from which the driving output clips on the programme's peaks (its headroom used up); none when it
    /// never does below full volume.
    std::optional<double> clipVolumeDb;
};

inline constexpr double kLowestPlottedVolumeDb = -60;

/// The curve for one listener (a Headphones device index); no points when nothing plays there.
[[nodiscard]] SplVolumeCurve splVersusVolume(const Chain &chain, const AnalysisResult &result, int listenerDevice);

/// The response change at a listener and the headphones' impedance, on frequencyGrid().
struct ResponsePlot {
    std::vector<double> hz;
    std::vector<double> deviationDb;  ///< vs 1 kHz; empty when no impedance curve is known
    std::vector<double> impedanceOhm; ///< |Z(f)|; the nominal impedance, flat, without a curve
    bool curveKnown = false;
};

[[nodiscard]] ResponsePlot responsePlot(const Chain &chain, const AnalysisResult &result, int listenerDevice);

/// One stage of a listener's path in the gain-structure plot, in the unit that suits its signal (physics.md §0, §1):
/// dBu for electrical ports, dBFS for digital ones, dB SPL for sound (the last stage is the listener's ears).
struct GainStage {
    int device = -1;
    int port = -1; ///< −1 for the ears
    QString name;  ///< "Focusrite Scarlett 2i2 (4th Gen) headphone output 1"
    QString unit;
    double average = 0;          ///< the programme's RMS
    double peak = 0;             ///< the programme's peak, as the RMS of a sine with that peak (so it compares with `clip`)
    std::optional<double> clip;  ///< the largest clean sine's RMS; none where nothing clips
    std::optional<double> noise; ///< the noise floor; none where it is not known
    bool limiting = false;       ///< the stage with the least headroom: where the chain clips first
};

/// The gain structure of a listener's path, source first, the ears last; empty when nothing plays there.
[[nodiscard]] std::vector<GainStage> gainStructure(const Chain &chain, const AnalysisResult &result, int listenerDevice);

} // namespace headroom
