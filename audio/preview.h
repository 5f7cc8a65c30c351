// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A preview, the same from `headroom-cli render` and the app's preview panel: which headphones to render (and which
// to compare them with), the programme, the render itself, and the gain that level-matches an A/B comparison.

#include "compare.h"
#include "programme.h"
#include "renderer.h"

#include <optional>
#include <utility>

namespace headroom {

/// What a preview plays, at RMS 1 (the chain's programme level), or why there is nothing.
struct PreviewProgramme {
    std::optional<AudioBuffer> audio;
    QString error;   ///< the file cannot be read
    QString warning; ///< the file plays but is not whole
};

/// The audio file when one is named, else the programme asked for, else the path's own,
/// generated for `seconds`.
[[nodiscard]] PreviewProgramme previewProgramme(const RenderPath &path, const QString &audioFile, std::optional<Programme> programme, double seconds,
                                                double sampleRate = 48000);

/// A copy of the programme through a path. Every render uses the same noise seed, so an A/B differs only by the
/// chain (physics.md §8).
[[nodiscard]] std::pair<AudioBuffer, RenderReport> renderPreview(const RenderPath &path, const AudioBuffer &programme, double referenceSpl,
                                                                 double gainDb = 0);

/// A render from one audio file into another, or why it could not be made.
struct FileRender {
    RenderReport report;
    QString error;   ///< nothing was written (a file already at the output is as it was)
    QString warning; ///< rendered, but the input is not whole
};

/// The audio file at `input` through a path into `output`, a block at a time: one pass measures the input's RMS (to
/// play it at the chain's programme level, as previewProgramme() does), a second renders it, so the memory a render
/// takes does not grow with the file's length. Written atomically.
[[nodiscard]] FileRender renderFile(const RenderPath &path, const QString &input, const QString &output, double referenceSpl, double gainDb = 0);

/// The gain in dB that brings `other` to the computed average SPL of `reference` (physics.md §8: an A/B is
/// level-honest unless asked to match); 0 when either path is silent.
[[nodiscard]] double levelMatchDb(const RenderPath &reference, const RenderPath &other);

/// The gain for a second render of the other path when its render with `gainDb` missed the average SPL measured on the
/// reference's render by more than 0.001 dB; nothing when it did not, or when either is silent. The computed averages
/// leave out the response that an output impedance shapes, which a broadband programme carries (physics.md §8); the
/// render's gain is applied after every stage, so one correction is exact.
[[nodiscard]] std::optional<double> matchedGainDb(const RenderReport &reference, const RenderReport &other, double gainDb);

} // namespace headroom
