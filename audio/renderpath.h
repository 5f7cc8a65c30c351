// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The path a listener's programme takes through the chain, stage by stage, as the audio-preview renderer needs it:
// gains, clip limits, added noise, and the listener's sensitivity and response. Derived from the engine's own
// results, so a render reproduces the analysis (physics.md §8, §9).

#include "analysis.h"
#include "chain.h"

#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

namespace headroom {

/// One port on the programme's way, in signal-flow order.
struct RenderStage {
    int device = -1;
    int port = -1;                                             ///< local port index in the device
    double gain = 1;                                           ///< linear, from the previous stage's signal to this port's (units of each port)
    double noiseRms = 0;                                       ///< noise this stage adds, RMS in this port's units
    double clipPeak = std::numeric_limits<double>::infinity(); ///< peak limit in this port's units
    ClipKind clip = ClipKind::None;
    bool response = false; ///< the listener's node: apply the output-impedance response here (physics.md §4)
};

struct RenderBranch;

/// A listener's programme path, source first; empty stages when nothing plays.
struct RenderPath {
    int listener = -1; ///< device index of the headphones
    Programme programme = Programme::Music;
    double sourceRms = 0;         ///< programme RMS at the source, in the source port's units (FS, Pa or V)
    double sourceCrestDb = 0;     ///< the crest factor the engine assumed
    double sensitivityDbPerV = 0; ///< at the listener
    double averageSpl = 0;        ///< the engine's figures, for reports and tests
    double peakSpl = 0;
    double hissSpl = 0;
    /// Level per frequencyGrid() point vs 1 kHz at the listener's node, when a curve is known.
    std::shared_ptr<const std::vector<double>> responseCurveDb;
    std::vector<RenderStage> stages;
    /// The other programmes mixed into this path (an interface's monitor bus), each with its own path.
    std::vector<RenderBranch> branches;
    [[nodiscard]] bool playing() const { return !stages.empty(); }
};

/// Another source's programme joining a path where several mix (the computer's playback and the direct-monitored
/// microphones on an interface's monitor bus, physics.md §3): its own stages from its source, the last of which
/// brings it to the units of the main path's signal just before stage `joins`, so that the two add there and
/// that stage's gain, noise and clip act on the sum.
struct RenderBranch {
    RenderPath path;
    std::size_t joins = 0;
};

/// The programme path to one listener (a Headphones device index), from the stages the engine recorded: each
/// stage's gain from the one before, the noise it adds and where it clips. Where several programmes mix (an
/// interface's monitor mix), the path follows the first feed that carries a programme (the computer's playback
/// leads) and the others join it there as branches, each with its own gain into the mix.
[[nodiscard]] RenderPath renderPath(const Chain &chain, const AnalysisResult &result, int listenerDevice);

} // namespace headroom
