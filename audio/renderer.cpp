// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "renderer.h"

#include "fft.h"
#include "gaussian.h"
#include "cpudispatch.h"
#include "impedance.h"
#include "programme.h"
#include "softclipper.h"
#include "units.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <memory>
#include <numbers>
#include <utility>

namespace headroom {
namespace {

using namespace units;

constexpr std::size_t kClipBlock = 256; // frames per noise run and per decision whether a soft clip can act
constexpr std::size_t kStep = 8192;     // frames the first stage moves ahead per round: the pipeline stays in cache
constexpr std::size_t kNoiseTableSize = 1 << 16;

/// Noise reads a run of the table's values starting at a random place for each clip block: independent values in
/// sequence, so white (physics.md §7), and the loop vectorises.
std::vector<float> noiseTable(std::uint32_t seed) { return unitGaussians(kNoiseTableSize + kClipBlock, seed); }

/// The response curve (dB vs 1 kHz on frequencyGrid()) at any frequency: linear in log-frequency, held beyond the ends.
double responseAt(const std::vector<double> &curve, double hz)
{
    const auto &grid = frequencyGrid();
    if (hz <= grid.front())
        return curve.front();
    if (hz >= grid.back())
        return curve.back();
    const auto upper = std::upper_bound(grid.begin(), grid.end(), hz);
    const auto k = static_cast<std::size_t>(upper - grid.begin());
    const double t = std::log(hz / grid[k - 1]) / std::log(grid[k] / grid[k - 1]);
    return curve[k - 1] + t * (curve[k] - curve[k - 1]);
}

/// One step of the render pipeline. Every step works in place on the audio, behind the one before it: advance() is
/// told how far its input is final (all frames once the step before has finished) and says how far its output is.
/// Steps that need input ahead of what they write (the soft clipper, the response filter) keep copies of what they
/// overwrite and still need.
class Step
{
public:
    virtual ~Step() = default;
    virtual std::size_t advance(AudioBuffer &audio, std::size_t ready) = 0;
};

/// What one block of a linear pass met: samples beyond the limit, and samples loud enough for a soft clipper to act.
struct BlockCounts {
    int beyond = 0;
    int loud = 0;
};

/// How a linear pass treats its samples.
struct LinearSettings {
    float gain = 1;
    float noiseRms = 0;
    ClipKind clip = ClipKind::None;
    float limit = std::numeric_limits<float>::infinity();
    float transparentBelow = std::numeric_limits<float>::infinity(); ///< a soft clipper cannot act below it
};

/// y = x·gain + noise, clamped to ±limit for a hard clip (physics.md §8), counting as it goes.
HEADROOM_AVX2_CLONES BlockCounts gainNoiseClip(float *__restrict v, std::size_t count, const float *__restrict noise, const LinearSettings &s)
{
    const auto [gain, noiseRms, clip, limit, transparent] = s;
    int beyond = 0, loud = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const float y = v[i] * gain + noiseRms * noise[i];
        beyond += std::abs(y) > limit;
        loud += std::abs(y) > transparent;
        v[i] = clip == ClipKind::Hard ? std::clamp(y, -limit, limit) : y;
    }
    return {beyond, loud};
}

/// Gain, added noise, the hard clip of a converter and the count of samples beyond the limit, one clip block at a
/// time (physics.md §3, §7, §8): y = clamp(x·gain + noise, −Vc, +Vc) for Hard, else x·gain + noise. Marks the blocks
/// where a soft clipper may act, and sums the output's power when asked.
class LinearStep final : public Step
{
public:
    using Settings = LinearSettings;

    LinearStep(Settings settings, const std::vector<float> &noise, std::uint64_t seedState, std::size_t channels, std::int64_t *clipped,
               double *power)
        : m_settings(settings)
        , m_noise(noise)
        , m_clipped(clipped)
        , m_power(power)
    {
        // One noise stream per channel (xorshift64), so that the noise does not depend on how the work is cut up.
        for (std::size_t c = 0; c < channels; ++c)
            m_state.push_back((seedState + 0x9E3779B97F4A7C15ull * (c + 1)) | 1);
    }

    /// Per channel, per clip block: whether any sample could set a soft clipper acting.
    [[nodiscard]] const std::vector<std::vector<bool>> &loud() const { return m_loud; }

    std::size_t advance(AudioBuffer &audio, std::size_t ready) override
    {
        const std::size_t n = audio.frames();
        const std::size_t target = ready == n ? n : ready / kClipBlock * kClipBlock;
        if (m_loud.empty())
            m_loud.assign(audio.channels.size(), std::vector<bool>((n + kClipBlock - 1) / kClipBlock));
        for (std::size_t c = 0; c < audio.channels.size(); ++c)
            for (std::size_t start = m_done; start < target; start += kClipBlock)
                block(audio.channels[c].data() + start, std::min(kClipBlock, n - start), c, start / kClipBlock);
        m_done = std::max(m_done, target);
        return m_done;
    }

private:
    void block(float *v, std::size_t count, std::size_t channel, std::size_t index)
    {
        std::uint64_t &r = m_state[channel];
        r ^= r << 13;
        r ^= r >> 7;
        r ^= r << 17;
        const BlockCounts counts = gainNoiseClip(v, count, m_noise.data() + (r >> 48), m_settings); // a random run of noise
        if (m_clipped)
            *m_clipped += counts.beyond;
        if (m_power)
            *m_power += sumOfSquares(v, count);
        m_loud[channel][index] = counts.loud > 0;
    }

    Settings m_settings;
    const std::vector<float> &m_noise;
    std::int64_t *m_clipped;
    double *m_power;
    std::vector<std::uint64_t> m_state;
    std::vector<std::vector<bool>> m_loud;
    std::size_t m_done = 0;
};

/// The soft clipper after a LinearStep, on the clip blocks where it can act: a block whose neighbours and itself
/// hold no loud sample stays as it is, exactly as the clipper would leave it.
class SoftClipStep final : public Step
{
public:
    SoftClipStep(const SoftClipper &clipper, const LinearStep &linear, std::size_t channels)
        : m_clipper(clipper)
        , m_linear(linear)
        , m_before(channels)
        , m_window(kClipBlock + 2 * SoftClipper::kContext)
        , m_correction(kClipBlock)
    {}

    std::size_t advance(AudioBuffer &audio, std::size_t ready) override
    {
        // A block needs its successor's input and loudness: done when the input reaches two blocks further.
        const std::size_t n = audio.frames();
        const std::size_t blocks = ready == n ? (n + kClipBlock - 1) / kClipBlock : (ready / kClipBlock > 0 ? ready / kClipBlock - 1 : 0);
        for (std::size_t b = m_done; b < blocks; ++b)
            for (std::size_t c = 0; c < audio.channels.size(); ++c)
                block(audio.channels[c], b, c);
        m_done = std::max(m_done, blocks);
        return std::min(n, m_done * kClipBlock);
    }

private:
    static constexpr std::size_t kContext = SoftClipper::kContext;

    void block(std::vector<float> &x, std::size_t b, std::size_t channel)
    {
        const std::vector<bool> &loud = m_linear.loud()[channel];
        const std::size_t b0 = b * kClipBlock;
        const std::size_t len = std::min(kClipBlock, x.size() - b0);
        std::array<float, kContext> &before = m_before[channel]; // the unclipped input just before b0
        const bool acts = loud[b] || (b > 0 && loud[b - 1]) || (b + 1 < loud.size() && loud[b + 1]);
        if (acts) {
            std::copy(before.begin(), before.end(), m_window.begin());
            for (std::size_t t = 0; t < len + kContext; ++t)
                m_window[kContext + t] = b0 + t < x.size() ? x[b0 + t] : 0.0f;
            m_clipper.correction(m_window.data(), len, m_correction.data());
        }
        // The last kContext unclipped samples up to b0 + len become the next block's context.
        if (len >= kContext) {
            std::copy_n(x.begin() + static_cast<std::ptrdiff_t>(b0 + len - kContext), kContext, before.begin());
        } else {
            std::copy(before.begin() + static_cast<std::ptrdiff_t>(len), before.end(), before.begin());
            std::copy_n(x.begin() + static_cast<std::ptrdiff_t>(b0), len, before.end() - static_cast<std::ptrdiff_t>(len));
        }
        if (acts)
            for (std::size_t i = 0; i < len; ++i)
                x[b0 + i] += m_correction[i];
    }

    SoftClipper m_clipper;
    const LinearStep &m_linear;
    std::vector<std::array<float, kContext>> m_before;
    std::vector<float> m_window;
    std::vector<float> m_correction;
    std::size_t m_done = 0; ///< in blocks
};

/// The output-impedance response H(f) = Z(f)/(Z(f)+Z_o) relative to 1 kHz (physics.md §4, §8) as a linear-phase FIR,
/// applied by overlap-save FFT convolution with the kernel's spectrum computed once, to channels two at a time (one
/// as the real part, one as the imaginary part). The FFT is eight kernels long, so each transform yields seven
/// kernels' worth of output (four kernels, three of output, measured a third slower).
class ResponseStep final : public Step
{
public:
    ResponseStep(const std::vector<double> &curveDb, double sampleRate, std::size_t channels)
        : m_taps(std::bit_ceil(static_cast<std::size_t>(sampleRate / 12.0)))
        , m_fft(8 * m_taps)
        , m_kernelRe(8 * m_taps)
        , m_kernelIm(8 * m_taps)
        , m_re(8 * m_taps)
        , m_im(8 * m_taps)
        , m_last((channels + 1) / 2)
    {
        // Frequency sampling: the zero-phase magnitude on the FFT grid, back to time, centred and Hann-windowed. The
        // spectrum is real and even, so its forward transform is its inverse (times N), in bit-reversed order.
        const Fft design(m_taps);
        std::vector<float> re(m_taps), im(m_taps);
        for (std::size_t k = 0; k <= m_taps / 2; ++k) {
            const double hz = static_cast<double>(k) * sampleRate / static_cast<double>(m_taps);
            re[k] = static_cast<float>(amplitudeRatio(responseAt(curveDb, std::max(hz, 1.0))));
            re[(m_taps - k) % m_taps] = re[k];
        }
        design.forward(re.data(), im.data());
        const std::size_t size = m_fft.size();
        for (std::size_t n = 0; n < m_taps; ++n) {
            const double window = 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * static_cast<double>(n) / static_cast<double>(m_taps));
            const float tap = re[design.reversed((n + m_taps / 2) % m_taps)] / static_cast<float>(m_taps);
            m_kernelRe[n] = static_cast<float>(tap * window / static_cast<double>(size)); // with the inverse FFT's 1/N
        }
        m_fft.forward(m_kernelRe.data(), m_kernelIm.data());
        for (auto &[lastRe, lastIm] : m_last) {
            lastRe.resize(m_taps);
            lastIm.resize(m_taps);
        }
    }

    /// Block t of the transform holds x[start + delay − history + t]; its outputs t ≥ history are y[start − history + t].
    std::size_t advance(AudioBuffer &audio, std::size_t ready) override
    {
        const std::size_t n = audio.frames();
        while (m_done < n && (ready == n || m_done + hop() + delay() <= ready)) {
            for (std::size_t c = 0; c < audio.channels.size(); c += 2)
                block(audio.channels[c], c + 1 < audio.channels.size() ? &audio.channels[c + 1] : nullptr, m_last[c / 2]);
            m_done = std::min(n, m_done + hop());
        }
        return m_done;
    }

private:
    using History = std::pair<std::vector<float>, std::vector<float>>; ///< the inputs the next transform re-reads

    [[nodiscard]] std::size_t history() const { return m_taps; } // ≥ the kernel length − 1
    [[nodiscard]] std::size_t hop() const { return m_fft.size() - history(); }
    [[nodiscard]] std::size_t delay() const { return m_taps / 2; } // the linear-phase kernel's centre

    void block(std::vector<float> &a, std::vector<float> *b, History &last)
    {
        const std::size_t n = a.size();
        const std::size_t size = m_fft.size();
        const std::size_t start = m_done;
        const auto first = static_cast<std::ptrdiff_t>(start + delay()) - static_cast<std::ptrdiff_t>(history());
        const auto input = [&](const std::vector<float> *x, std::size_t t) {
            const std::ptrdiff_t i = first + static_cast<std::ptrdiff_t>(t);
            return x && i >= 0 && i < static_cast<std::ptrdiff_t>(n) ? (*x)[static_cast<std::size_t>(i)] : 0.0f;
        };
        const std::size_t fresh = start > 0 ? history() : 0;
        std::copy(last.first.begin(), last.first.begin() + static_cast<std::ptrdiff_t>(fresh), m_re.begin());
        std::copy(last.second.begin(), last.second.begin() + static_cast<std::ptrdiff_t>(fresh), m_im.begin());
        if (first >= 0 && first + static_cast<std::ptrdiff_t>(size) <= static_cast<std::ptrdiff_t>(n)) {
            std::copy_n(a.begin() + first + static_cast<std::ptrdiff_t>(fresh), size - fresh, m_re.begin() + static_cast<std::ptrdiff_t>(fresh));
            if (b)
                std::copy_n(b->begin() + first + static_cast<std::ptrdiff_t>(fresh), size - fresh, m_im.begin() + static_cast<std::ptrdiff_t>(fresh));
            else
                std::fill(m_im.begin() + static_cast<std::ptrdiff_t>(fresh), m_im.end(), 0.0f);
        } else {
            for (std::size_t t = fresh; t < size; ++t) {
                m_re[t] = input(&a, t);
                m_im[t] = input(b, t);
            }
        }
        std::copy(m_re.end() - static_cast<std::ptrdiff_t>(history()), m_re.end(), last.first.begin()); // a and b get overwritten
        std::copy(m_im.end() - static_cast<std::ptrdiff_t>(history()), m_im.end(), last.second.begin());
        m_fft.forward(m_re.data(), m_im.data());
        multiply(m_re.data(), m_im.data());
        m_fft.inverse(m_re.data(), m_im.data());
        const std::size_t count = std::min(hop(), n - start);
        std::copy_n(m_re.begin() + static_cast<std::ptrdiff_t>(history()), count, a.begin() + static_cast<std::ptrdiff_t>(start));
        if (b)
            std::copy_n(m_im.begin() + static_cast<std::ptrdiff_t>(history()), count, b->begin() + static_cast<std::ptrdiff_t>(start));
    }

    void multiply(float *__restrict re, float *__restrict im) const
    {
        const float *__restrict kr = m_kernelRe.data();
        const float *__restrict ki = m_kernelIm.data();
        for (std::size_t i = 0; i < m_fft.size(); ++i) {
            const float r = re[i] * kr[i] - im[i] * ki[i];
            im[i] = re[i] * ki[i] + im[i] * kr[i];
            re[i] = r;
        }
    }

    std::size_t m_taps;
    Fft m_fft;
    std::vector<float> m_kernelRe; ///< spectrum of the centred kernel (bit-reversed order), scaled for the inverse transform
    std::vector<float> m_kernelIm;
    std::vector<float> m_re; ///< the transform's working arrays
    std::vector<float> m_im;
    std::vector<History> m_last; ///< per channel pair
    std::size_t m_done = 0;
};

/// Adds another programme, rendered up to here, into the audio (a mix, physics.md §3).
class MixStep final : public Step
{
public:
    explicit MixStep(const AudioBuffer &branch) : m_branch(branch) {}

    std::size_t advance(AudioBuffer &audio, std::size_t ready) override
    {
        for (std::size_t c = 0; c < audio.channels.size(); ++c) {
            const std::vector<float> &from = m_branch.channels[c % m_branch.channels.size()];
            for (std::size_t i = m_done; i < ready; ++i)
                audio.channels[c][i] += from[i];
        }
        m_done = std::max(m_done, ready);
        return ready;
    }

private:
    const AudioBuffer &m_branch;
    std::size_t m_done = 0;
};

} // namespace

Renderer::Renderer(RenderPath path, RenderOptions options) : m_path(std::move(path)), m_options(options)
{
    m_ops = opsFor(m_path);
    // physics.md §4: SPL = S_V + 20·log10(V_L); a sine at the reference SPL has the RMS of a full-scale sine, 1/√2.
    const double toOutput = amplitudeRatio(m_path.sensitivityDbPerV - m_options.referenceSpl + m_options.gainDb) / kSqrt2;
    m_ops.back().gain *= toOutput;
    m_ops.back().noiseRms *= toOutput;
    for (const RenderBranch &branch : m_path.branches)
        m_branchOps.push_back(opsFor(branch.path));
}

std::vector<Renderer::Op> Renderer::opsFor(const RenderPath &path)
{
    // Consecutive linear stages merge into one gain and one noise (powers add, physics.md §3, §7); a stage with a
    // limit or the response ends a run, so noise passes the clip points it meets upstream of them, and a run ends
    // before a stage where branches join, so they add to the signal that reaches it.
    std::vector<Op> ops;
    Op op;
    op.gain = path.sourceRms;
    for (std::size_t i = 0; i < path.stages.size(); ++i) {
        std::vector<std::size_t> joining;
        for (std::size_t b = 0; b < path.branches.size(); ++b)
            if (path.branches[b].joins == i)
                joining.push_back(b);
        if (!joining.empty()) {
            ops.push_back(std::move(op));
            op = Op{};
            op.joining = std::move(joining);
        }
        const RenderStage &s = path.stages[i];
        op.gain *= s.gain;
        op.noiseRms = std::hypot(op.noiseRms * s.gain, s.noiseRms);
        if (s.clip != ClipKind::None || s.response) {
            op.response = s.response;
            op.clip = s.clip;
            op.clipPeak = s.clipPeak;
            op.stage = static_cast<int>(i);
            ops.push_back(std::move(op));
            op = Op{};
        }
    }
    ops.push_back(std::move(op));
    return ops;
}

double Renderer::splOfRms(double rms, double referenceSpl) { return referenceSpl + amplitudeDb(rms * kSqrt2); }

RenderReport Renderer::render(AudioBuffer &audio) const
{
    RenderReport report;
    if (!m_path.playing()) {
        for (auto &channel : audio.channels)
            std::fill(channel.begin(), channel.end(), 0.0f);
        report.averageSpl = -kInfinity;
        return report;
    }
    // The other programmes of a mix: generated for their sources (speech for a microphone), each with its own seed so
    // that they are as uncorrelated as the engine assumes, and rendered up to where they join.
    std::vector<AudioBuffer> branches;
    for (std::size_t b = 0; b < m_path.branches.size(); ++b) {
        AudioBuffer &branch = branches.emplace_back(
            generateProgramme(m_path.branches[b].path.programme, static_cast<double>(audio.frames()) / audio.sampleRate, audio.sampleRate,
                              static_cast<int>(audio.channels.size()), m_options.seed + 1 + static_cast<std::uint32_t>(b)));
        for (std::vector<float> &channel : branch.channels)
            channel.resize(audio.frames());
        run(m_branchOps[b], m_path.branches[b].path, branch, {}, report, nullptr, b + 1);
    }
    double power = 0;
    run(m_ops, m_path, audio, branches, report, &power, 0);
    const std::size_t count = audio.frames() * audio.channels.size();
    report.averageSpl = splOfRms(count ? std::sqrt(power / static_cast<double>(count)) : 0.0, m_options.referenceSpl);
    return report;
}

void Renderer::run(const std::vector<Op> &ops, const RenderPath &path, AudioBuffer &audio, const std::vector<AudioBuffer> &branches,
                   RenderReport &report, double *power, std::size_t stream) const
{
    // Every stage runs on a few thousand frames at a time, one after the other, so the audio passes through the whole
    // path while it is in cache, rather than through memory once per stage.
    const std::vector<float> table = noiseTable(m_options.seed);
    // Each path's noise its own: stream 0 is the listener's path, as it was before mixes were rendered.
    const std::uint64_t seedState = (m_options.seed | std::uint64_t{1} << 32) * 0x9E3779B97F4A7C15ull + stream * 0xD1B54A32D192ED03ull;
    const std::size_t channels = audio.channels.size();
    report.clipping.reserve(report.clipping.size() + ops.size()); // the steps keep pointers to the counts
    std::vector<std::unique_ptr<Step>> steps;
    for (std::size_t i = 0; i < ops.size(); ++i) {
        const Op &op = ops[i];
        for (std::size_t b : op.joining)
            steps.push_back(std::make_unique<MixStep>(branches[b]));
        std::int64_t *clipped = nullptr;
        if (op.clip != ClipKind::None) {
            const RenderStage &stage = path.stages[static_cast<std::size_t>(op.stage)];
            clipped = &report.clipping.emplace_back(StageClipping{stage.device, stage.port, op.clip, op.clipPeak, 0}).clippedSamples;
        }
        LinearStep::Settings settings{static_cast<float>(op.gain), static_cast<float>(op.noiseRms), op.clip};
        if (op.clip != ClipKind::None)
            settings.limit = static_cast<float>(op.clipPeak);
        const std::uint64_t stepSeed = seedState * (i + 1);
        if (op.clip == ClipKind::Soft) {
            const SoftClipper clipper(op.clipPeak);
            settings.transparentBelow = clipper.transparentBelow();
            auto linear = std::make_unique<LinearStep>(settings, table, stepSeed, channels, clipped, nullptr);
            auto soft = std::make_unique<SoftClipStep>(clipper, *linear, channels);
            steps.push_back(std::move(linear));
            steps.push_back(std::move(soft));
        } else {
            steps.push_back(std::make_unique<LinearStep>(settings, table, stepSeed, channels, clipped, i + 1 == ops.size() ? power : nullptr));
        }
        if (op.response)
            steps.push_back(std::make_unique<ResponseStep>(*path.responseCurveDb, audio.sampleRate, channels));
    }
    const std::size_t n = audio.frames();
    for (std::size_t end = kStep, done = 0; done < n; end += kStep) {
        done = std::min(end, n);
        for (const auto &step : steps)
            done = step->advance(audio, done);
    }
}

double renderedSpl(const float *samples, std::size_t count, double referenceSpl)
{
    return Renderer::splOfRms(count ? std::sqrt(sumOfSquares(samples, count) / static_cast<double>(count)) : 0.0, referenceSpl);
}

} // namespace headroom
