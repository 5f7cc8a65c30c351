// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What a preview needs around the renderer, shared by `headroom-cli render` and the app's preview panel: which
// headphones to render, the programme for a path, and the gain that level-matches an A/B comparison.

#include "programme.h"
#include "renderpath.h"

#include <optional>

namespace headroom {

/// The headphones with this device id or listener name, or the first headphones when `id` is empty; −1 if none.
[[nodiscard]] int findListener(const Chain &chain, const QString &id);

/// Generated programme for a path: the material asked for, else the one standing for the source's programme.
[[nodiscard]] AudioBuffer programmeFor(const RenderPath &path, std::optional<Material> material, double seconds,
                                       double sampleRate = 48000);

/// The gain in dB that brings `other` to the computed average SPL of `reference` (physics.md §8: an A/B is
/// level-honest unless asked to match); 0 when either path is silent.
[[nodiscard]] double levelMatchDb(const RenderPath &reference, const RenderPath &other);

} // namespace headroom
