// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The audio-preview renderer: plays programme material through a listener's path as the engine computed it, stage
// by stage (physics.md §8): gains, noise at its computed level, the output-impedance response, and clipping at
// each stage's limit, hard at converters and soft (oversampled 4×) at analog stages. DSP only.

#include "audiobuffer.h"
#include "renderpath.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace headroom {

/// The SPL a full-scale sine stands for in a rendered file: by default the engine's peak target (physics.md §4);
/// people may set it from a quiet to a loud playback calibration, within these bounds, in the app and the CLI alike.
inline constexpr double kDefaultReferenceSpl = 110;
inline constexpr double kMinReferenceSpl = 80;
inline constexpr double kMaxReferenceSpl = 130;

/// How a render is scaled and seeded.
struct RenderOptions {
    /// The SPL a full-scale sine stands for in the output file: its RMS (0 dBFS, physics.md §0) is this many dB SPL,
    /// so the file's level in dBFS is the SPL minus this.
    double referenceSpl = kDefaultReferenceSpl;
    double gainDb = 0;      ///< added at the very end: level matching for an A/B
    std::uint32_t seed = 1; ///< noise is reproducible from it
};

/// Clipping at one stage of the path.
struct StageClipping {
    int device = -1;
    int port = -1;
    ClipKind clip = ClipKind::None;
    double clipPeak = 0;             ///< the limit, in the stage's units
    std::int64_t clippedSamples = 0; ///< samples (all channels) beyond the limit where it was reached
};

/// What a render did.
struct RenderReport {
    std::vector<StageClipping> clipping; ///< every stage with a limit, in signal-flow order
    double averageSpl = 0;               ///< measured on the output: RMS over all channels
    bool complete = true;                ///< false when the writer stopped the render
};

/// Fills `count` frames of the programme, from frame `first` on, into one buffer per channel. A render calls it from
/// the threads its channels run on, never two calls at once, and always for the frames after the last ones read.
using ReadFrames = std::function<void(float *const *channels, std::size_t first, std::size_t count)>;
/// Takes `count` rendered frames, from frame `first` on, one buffer per channel; false stops the render. Called on the
/// thread that called render().
using WriteFrames = std::function<bool(const float *const *channels, std::size_t first, std::size_t count)>;

/// Renders one listener's path.
class Renderer
{
public:
    explicit Renderer(RenderPath path, RenderOptions options = {});

    /// Replaces a programme at RMS 1 (generateProgramme(), normaliseRms()) by what reaches the listener, scaled to
    /// the reference.
    RenderReport render(AudioBuffer &audio) const;
    /// The same for a programme of `frames` frames that is read and written a block at a time: the memory a render
    /// takes does not grow with its length (physics.md §8).
    RenderReport render(std::size_t frames, std::size_t channels, double sampleRate, const ReadFrames &read, const WriteFrames &write) const;

    /// The sample scale for a pressure in dB SPL (RMS), per the reference convention.
    [[nodiscard]] static double splOfRms(double rms, double referenceSpl);

    /// Stages merged between nonlinear points: the branches that join there added, a gain, then noise, then the
    /// response and a clip.
    struct Op {
        double gain = 1;
        double noiseRms = 0;
        bool response = false;
        ClipKind clip = ClipKind::None;
        double clipPeak = 0;
        int stage = -1;
        std::vector<std::size_t> joining; ///< indices into the path's branches
    };

private:
    /// A path's stages as ops; the last one holds the gain and noise after the last nonlinear point.
    [[nodiscard]] static std::vector<Op> opsFor(const RenderPath &path);

    RenderPath m_path;
    RenderOptions m_options;
    std::vector<Op> m_ops;
    std::vector<std::vector<Op>> m_branchOps;
    std::vector<float> m_noise; ///< white noise at RMS 1, read in runs (physics.md §7)
};

/// dB SPL of a span of rendered samples (RMS), the inverse of the output scaling.
[[nodiscard]] double renderedSpl(const float *samples, std::size_t count, double referenceSpl);

} // namespace headroom
