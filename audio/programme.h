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

/// What the preview plays.
enum class Material : std::uint8_t { Speech, Music, PinkNoise, Sweep, Tone };

[[nodiscard]] const char *materialKey(Material m);
[[nodiscard]] std::optional<Material> materialByKey(QStringView key);
/// The material that stands for a source's programme in the engine.
[[nodiscard]] Material materialFor(Program p);
/// Peak-to-RMS ratio in dB, the same figure the engine assumes for the programme it stands for (chain.h).
[[nodiscard]] double materialCrestDb(Material m);

/// Generates a material, stereo unless asked otherwise, reproducibly from a seed. The log sweep runs from 20 Hz to
/// 20 kHz over the whole duration; the tone is 1 kHz.
[[nodiscard]] AudioBuffer generateProgramme(Material m, double seconds, double sampleRate = 48000, int channels = 2, std::uint32_t seed = 1);

/// Scales every channel to the same RMS, 1.0 over all channels: a file then plays at the chain's programme level.
void normaliseRms(AudioBuffer &audio);

/// The log-sweep's instantaneous frequency at a time (physics-free bookkeeping for measurements).
[[nodiscard]] double sweepFrequencyAt(double seconds, double duration);

} // namespace headroom
