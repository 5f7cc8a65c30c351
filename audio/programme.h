// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Built-in programme material for the audio preview, calibrated as the engine assumes it: RMS 1.0 per channel
// (the programme's level is applied by the renderer) and the crest factor of its kind (physics.md §0, §3).

#include "audiobuffer.h"
#include "chain.h"

#include <QStringView>

#include <cstdint>
#include <optional>

namespace headroom {

/// Generates a programme, stereo unless asked otherwise, reproducibly from a seed. The log sweep runs from 20 Hz to
/// 20 kHz over the whole duration; the tone is 1 kHz.
[[nodiscard]] AudioBuffer generateProgramme(Programme p, double seconds, double sampleRate = 48000, int channels = 2, std::uint32_t seed = 1);

/// Scales every channel to the same RMS, 1.0 over all channels: a file then plays at the chain's programme level.
void normaliseRms(AudioBuffer &audio);

/// The log-sweep's instantaneous frequency at a time (physics-free bookkeeping for measurements).
[[nodiscard]] double sweepFrequencyAt(double seconds, double duration);

} // namespace headroom
