// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The way a programme takes to a listener, stage by stage, read from the stages the engine recorded (physics.md §3,
// §9): each stage's feeds name where its signal comes from. Where several programmes mix (an interface's monitor
// mix), the way follows the first feed that carries one; the computer's playback leads the mix. The render path and
// the gain-structure plot both follow it.

#include "analysis.h"

#include <utility>
#include <vector>

namespace headroom {

using PortAt = std::pair<int, int>; ///< device index, local port index

/// Whether a programme reaches the stage.
[[nodiscard]] bool stageCarries(const AnalysisResult &result, int stage);

/// The stages from the source of the programme that reaches `stage` to `stage` itself, source first.
[[nodiscard]] std::vector<int> stagesTo(const AnalysisResult &result, int stage);

/// The stages from the programme's source to a listener's input, source first; empty when nothing plays there.
[[nodiscard]] std::vector<int> listenerStages(const AnalysisResult &result, int listenerDevice);

/// The ports on a listener's way, source first (monitor mixes left out, as they are no port).
[[nodiscard]] std::vector<PortAt> signalPath(const AnalysisResult &result, int listenerDevice);

} // namespace headroom
