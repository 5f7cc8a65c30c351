// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The steps a render runs over one channel of a programme (physics.md §8): gain, noise and hard clip; the soft clipper;
// the output-impedance response; the mix of another programme. Each works in place on a window of the channel,
// behind the step before it, so a render holds a few thousand frames whatever the programme's length.

#include "analysis.h"
#include "softclipper.h"

#include <array>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

namespace headroom::render {

/// Frames a pipeline reads in and moves ahead per round: the audio stays in cache on its way through the steps.
inline constexpr std::size_t kStep = 8192;
/// Frames per noise run and per decision whether a soft clip can act.
inline constexpr std::size_t kClipBlock = 256;

/// The stretch of one channel a render holds at once: frames [base, end()) of `total`. Steps address frames by their
/// place in the whole programme, so a render of an hour holds no more than one of a second.
struct Window {
    std::vector<float> samples;
    std::size_t base = 0;
    std::size_t total = 0;

    [[nodiscard]] std::size_t end() const { return base + samples.size(); }
    [[nodiscard]] float *at(std::size_t frame) { return samples.data() + (frame - base); }
    /// Forgets the frames before `frame`, a large run at a time (a shorter one would move the rest too often).
    void dropBefore(std::size_t frame);
};

/// One step of a pipeline. advance() is told how far its input is final (the whole channel once the step before has
/// finished) and says how far its output is. Steps that need input ahead of what they write (the soft clipper, the
/// response filter) keep copies of what they overwrite and still need; none reads or writes before its own output's end.
class Step
{
public:
    virtual ~Step() = default;
    virtual std::size_t advance(Window &audio, std::size_t ready) = 0;
};

/// How a linear pass treats its samples.
struct LinearSettings {
    float gain = 1;
    float noiseRms = 0;
    ClipKind clip = ClipKind::None;
    float limit = std::numeric_limits<float>::infinity();
    float transparentBelow = std::numeric_limits<float>::infinity(); ///< a soft clipper cannot act below it
};

/// Where a step's noise comes from: a table of unit Gaussians read in runs from random places (physics.md §7), and
/// the state of the stream that picks the places. A stream per stage and channel keeps a render independent of how
/// its work is cut up.
struct NoiseSource {
    const std::vector<float> &table;
    std::uint64_t state;
};

/// Gain, added noise, the hard clip of a converter and the count of samples beyond the limit, one clip block at a
/// time (physics.md §3, §7, §8): y = clamp(x·gain + noise, −Vc, +Vc) for Hard, else x·gain + noise. Marks the blocks
/// where a soft clipper may act, and sums the output's power when asked.
class LinearStep final : public Step
{
public:
    LinearStep(LinearSettings settings, NoiseSource noise, std::int64_t *clipped, double *power);

    /// Per clip block: whether any sample could set a soft clipper acting.
    [[nodiscard]] const std::vector<bool> &loud() const { return m_loud; }
    std::size_t advance(Window &audio, std::size_t ready) override;

private:
    void block(float *v, std::size_t count, std::size_t index);

    LinearSettings m_settings;
    NoiseSource m_noise;
    std::int64_t *m_clipped;
    double *m_power;
    std::vector<bool> m_loud;
    std::size_t m_done = 0;
};

/// The soft clipper after a LinearStep, on the clip blocks where it can act: a block whose neighbours and itself
/// hold no loud sample stays as it is, exactly as the clipper would leave it.
class SoftClipStep final : public Step
{
public:
    SoftClipStep(const SoftClipper &clipper, const LinearStep &linear);
    std::size_t advance(Window &audio, std::size_t ready) override;

private:
    static constexpr std::size_t kContext = SoftClipper::kContext;
    void block(Window &audio, std::size_t b);

    SoftClipper m_clipper;
    const LinearStep &m_linear;
    std::array<float, kContext> m_before{}; ///< the unclipped input just before the next block
    std::vector<float> m_window;
    std::vector<float> m_correction;
    std::size_t m_done = 0; ///< in blocks
};

/// A channel's steps over a window of it, which is read in as far as the steps need it.
class Pipeline
{
public:
    /// Fills `count` frames of the channel, from frame `first` on.
    using Read = std::function<void(float *to, std::size_t first, std::size_t count)>;

    Pipeline(std::size_t total, Read read);

    [[nodiscard]] Window &window() { return m_window; }
    void add(std::unique_ptr<Step> step) { m_steps.push_back(std::move(step)); }
    /// Runs the steps until the frames before `frame` are final (or the channel ends); returns how far that is.
    std::size_t advanceTo(std::size_t frame);

private:
    Read m_read;
    Window m_window;
    std::vector<std::unique_ptr<Step>> m_steps;
    std::size_t m_done = 0;
};

/// Adds another programme, rendered up to here by its own pipeline, into the audio (a mix, physics.md §3).
class MixStep final : public Step
{
public:
    explicit MixStep(Pipeline &branch) : m_branch(branch) {}
    std::size_t advance(Window &audio, std::size_t ready) override;

private:
    Pipeline &m_branch;
    std::size_t m_done = 0;
};

/// The output-impedance response H(f) = Z(f)/(Z(f)+Z_o) relative to 1 kHz (physics.md §4, §8), curveDb in dB on
/// frequencyGrid(), as a step.
[[nodiscard]] std::unique_ptr<Step> responseStep(const std::vector<double> &curveDb, double sampleRate);

} // namespace headroom::render
