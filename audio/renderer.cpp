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

/// Where a path's noise comes from: the table, the render's seed and the path's own stream.
struct NoiseStream {
    const std::vector<float> &table;
    std::uint32_t seed;
    std::size_t stream;
};

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

/// The stretch of a programme a render holds at once: frames [base, end()) of `total`, planar. Steps address frames by
/// their place in the whole programme, so a render of an hour holds no more than one of a second.
struct Window {
    std::vector<std::vector<float>> channels;
    std::size_t base = 0;
    std::size_t total = 0;

    [[nodiscard]] std::size_t end() const { return base + (channels.empty() ? 0 : channels.front().size()); }
    [[nodiscard]] float *at(std::size_t channel, std::size_t frame) { return channels[channel].data() + (frame - base); }
    /// Forgets the frames before `frame`, a large run at a time (a shorter one would move the rest too often).
    void dropBefore(std::size_t frame)
    {
        constexpr std::size_t kDropRun = 1 << 16;
        if (frame < base + kDropRun)
            return;
        for (std::vector<float> &channel : channels)
            channel.erase(channel.begin(), channel.begin() + static_cast<std::ptrdiff_t>(frame - base));
        base = frame;
    }
};

/// One step of the render pipeline. Every step works in place on the window, behind the one before it: advance() is
/// told how far its input is final (the whole programme once the step before has finished) and says how far its
/// output is. Steps that need input ahead of what they write (the soft clipper, the response filter) keep copies of
/// what they overwrite and still need; none reads or writes before its own output's end.
class Step
{
public:
    virtual ~Step() = default;
    virtual std::size_t advance(Window &audio, std::size_t ready) = 0;
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

    std::size_t advance(Window &audio, std::size_t ready) override
    {
        const std::size_t n = audio.total;
        const std::size_t target = ready == n ? n : ready / kClipBlock * kClipBlock;
        if (m_loud.empty())
            m_loud.assign(audio.channels.size(), std::vector<bool>((n + kClipBlock - 1) / kClipBlock));
        for (std::size_t c = 0; c < audio.channels.size(); ++c)
            for (std::size_t start = m_done; start < target; start += kClipBlock)
                block(audio.at(c, start), std::min(kClipBlock, n - start), c, start / kClipBlock);
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

    std::size_t advance(Window &audio, std::size_t ready) override
    {
        // A block needs its successor's input and loudness: done when the input reaches two blocks further.
        const std::size_t n = audio.total;
        const std::size_t blocks = ready == n ? (n + kClipBlock - 1) / kClipBlock : (ready / kClipBlock > 0 ? ready / kClipBlock - 1 : 0);
        for (std::size_t b = m_done; b < blocks; ++b)
            for (std::size_t c = 0; c < audio.channels.size(); ++c)
                block(audio, b, c);
        m_done = std::max(m_done, blocks);
        return std::min(n, m_done * kClipBlock);
    }

private:
    static constexpr std::size_t kContext = SoftClipper::kContext;

    void block(Window &audio, std::size_t b, std::size_t channel)
    {
        const std::vector<bool> &loud = m_linear.loud()[channel];
        const std::size_t b0 = b * kClipBlock;
        const std::size_t len = std::min(kClipBlock, audio.total - b0);
        const std::size_t available = std::min(len + kContext, audio.total - b0); // the block and what follows it
        float *x = audio.at(channel, b0);
        std::array<float, kContext> &before = m_before[channel]; // the unclipped input just before b0
        const bool acts = loud[b] || (b > 0 && loud[b - 1]) || (b + 1 < loud.size() && loud[b + 1]);
        if (acts) {
            std::copy(before.begin(), before.end(), m_window.begin());
            for (std::size_t t = 0; t < len + kContext; ++t)
                m_window[kContext + t] = t < available ? x[t] : 0.0f;
            m_clipper.correction(m_window.data(), len, m_correction.data());
        }
        // The last kContext unclipped samples up to b0 + len become the next block's context.
        if (len >= kContext) {
            std::copy_n(x + len - kContext, kContext, before.begin());
        } else {
            std::copy(before.begin() + static_cast<std::ptrdiff_t>(len), before.end(), before.begin());
            std::copy_n(x, len, before.end() - static_cast<std::ptrdiff_t>(len));
        }
        if (acts)
            for (std::size_t i = 0; i < len; ++i)
                x[i] += m_correction[i];
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
    std::size_t advance(Window &audio, std::size_t ready) override
    {
        const std::size_t n = audio.total;
        while (m_done < n && (ready == n || m_done + hop() + delay() <= ready)) {
            for (std::size_t c = 0; c < audio.channels.size(); c += 2)
                block(audio, c, c + 1 < audio.channels.size() ? c + 1 : kNoChannel, m_last[c / 2]);
            m_done = std::min(n, m_done + hop());
        }
        return m_done;
    }

private:
    using History = std::pair<std::vector<float>, std::vector<float>>; ///< the inputs the next transform re-reads

    [[nodiscard]] std::size_t history() const { return m_taps; } // ≥ the kernel length − 1
    [[nodiscard]] std::size_t hop() const { return m_fft.size() - history(); }
    [[nodiscard]] std::size_t delay() const { return m_taps / 2; } // the linear-phase kernel's centre

    static constexpr std::size_t kNoChannel = std::size_t(-1);

    /// Channels a and b (kNoChannel: silence) as the real and imaginary parts of one transform.
    void block(Window &audio, std::size_t a, std::size_t b, History &last)
    {
        const std::size_t n = audio.total;
        const std::size_t size = m_fft.size();
        const std::size_t start = m_done;
        const auto first = static_cast<std::ptrdiff_t>(start + delay()) - static_cast<std::ptrdiff_t>(history());
        const auto input = [&](std::size_t channel, std::size_t t) {
            const std::ptrdiff_t i = first + static_cast<std::ptrdiff_t>(t);
            return channel != kNoChannel && i >= 0 && i < static_cast<std::ptrdiff_t>(n) ? *audio.at(channel, static_cast<std::size_t>(i)) : 0.0f;
        };
        const std::size_t fresh = start > 0 ? history() : 0;
        std::copy(last.first.begin(), last.first.begin() + static_cast<std::ptrdiff_t>(fresh), m_re.begin());
        std::copy(last.second.begin(), last.second.begin() + static_cast<std::ptrdiff_t>(fresh), m_im.begin());
        if (first >= 0 && first + static_cast<std::ptrdiff_t>(size) <= static_cast<std::ptrdiff_t>(n)) {
            const auto from = static_cast<std::size_t>(first) + fresh;
            std::copy_n(audio.at(a, from), size - fresh, m_re.begin() + static_cast<std::ptrdiff_t>(fresh));
            if (b != kNoChannel)
                std::copy_n(audio.at(b, from), size - fresh, m_im.begin() + static_cast<std::ptrdiff_t>(fresh));
            else
                std::fill(m_im.begin() + static_cast<std::ptrdiff_t>(fresh), m_im.end(), 0.0f);
        } else {
            for (std::size_t t = fresh; t < size; ++t) {
                m_re[t] = input(a, t);
                m_im[t] = input(b, t);
            }
        }
        std::copy(m_re.end() - static_cast<std::ptrdiff_t>(history()), m_re.end(), last.first.begin()); // a and b get overwritten
        std::copy(m_im.end() - static_cast<std::ptrdiff_t>(history()), m_im.end(), last.second.begin());
        m_fft.forward(m_re.data(), m_im.data());
        multiply(m_re.data(), m_im.data());
        m_fft.inverse(m_re.data(), m_im.data());
        const std::size_t count = std::min(hop(), n - start);
        std::copy_n(m_re.begin() + static_cast<std::ptrdiff_t>(history()), count, audio.at(a, start));
        if (b != kNoChannel)
            std::copy_n(m_im.begin() + static_cast<std::ptrdiff_t>(history()), count, audio.at(b, start));
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

/// A path's steps over a window of its programme, which is read in as far as the steps need it.
class Pipeline
{
public:
    Pipeline(std::size_t channels, std::size_t total, ReadFrames read) : m_read(std::move(read))
    {
        m_window.channels.resize(channels);
        m_window.total = total;
    }

    [[nodiscard]] Window &window() { return m_window; }
    void add(std::unique_ptr<Step> step) { m_steps.push_back(std::move(step)); }

    /// Runs the steps until the frames before `frame` are final (or the programme ends); returns how far that is.
    std::size_t advanceTo(std::size_t frame)
    {
        frame = std::min(frame, m_window.total);
        while (m_done < frame) {
            // Every step runs on a few thousand frames at a time, one after the other, so the audio passes through
            // the whole path while it is in cache, rather than through memory once per step.
            const std::size_t first = m_window.end();
            const std::size_t count = std::min(kStep, m_window.total - first);
            std::vector<float *> at;
            for (std::vector<float> &channel : m_window.channels) {
                channel.resize(channel.size() + count);
                at.push_back(channel.data() + (channel.size() - count));
            }
            if (count > 0)
                m_read(at.data(), first, count);
            std::size_t done = m_window.end();
            for (const auto &step : m_steps)
                done = step->advance(m_window, done);
            m_done = done;
        }
        return m_done;
    }

private:
    ReadFrames m_read;
    Window m_window;
    std::vector<std::unique_ptr<Step>> m_steps;
    std::size_t m_done = 0;
};

/// Adds another programme, rendered up to here by its own pipeline, into the audio (a mix, physics.md §3).
class MixStep final : public Step
{
public:
    explicit MixStep(Pipeline &branch) : m_branch(branch) {}

    std::size_t advance(Window &audio, std::size_t ready) override
    {
        m_branch.advanceTo(ready);
        Window &from = m_branch.window();
        for (std::size_t c = 0; c < audio.channels.size(); ++c) {
            const float *in = from.at(c % from.channels.size(), m_done);
            float *out = audio.at(c, m_done);
            for (std::size_t i = 0; i < ready - m_done; ++i)
                out[i] += in[i];
        }
        m_done = std::max(m_done, ready);
        from.dropBefore(m_done);
        return ready;
    }

private:
    Pipeline &m_branch;
    std::size_t m_done = 0;
};

/// The longest stretch of a generated programme a mix's other source holds; longer renders repeat it, so a render's
/// memory does not grow with its length.
constexpr double kBranchLoopSeconds = 60;

/// What steps run one path; the ops' clip counts go into `report` (whose clipping list has room for them all, as the
/// steps keep pointers to the counts) and the output's power into `power` when asked.
void addSteps(Pipeline &pipeline, const std::vector<Renderer::Op> &ops, const RenderPath &path,
              const std::vector<std::unique_ptr<Pipeline>> &branches, RenderReport &report, double *power, const NoiseStream &noise,
              double sampleRate)
{
    const std::vector<float> &table = noise.table;
    // Each path's noise its own: stream 0 is the listener's path, as it was before mixes were rendered.
    const std::uint64_t seedState = (noise.seed | std::uint64_t{1} << 32) * 0x9E3779B97F4A7C15ull + noise.stream * 0xD1B54A32D192ED03ull;
    const std::size_t channels = pipeline.window().channels.size();
    for (std::size_t i = 0; i < ops.size(); ++i) {
        const Renderer::Op &op = ops[i];
        for (std::size_t b : op.joining)
            pipeline.add(std::make_unique<MixStep>(*branches[b]));
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
            pipeline.add(std::move(linear));
            pipeline.add(std::move(soft));
        } else {
            pipeline.add(std::make_unique<LinearStep>(settings, table, stepSeed, channels, clipped, i + 1 == ops.size() ? power : nullptr));
        }
        if (op.response)
            pipeline.add(std::make_unique<ResponseStep>(*path.responseCurveDb, sampleRate, channels));
    }
}

} // namespace

Renderer::Renderer(RenderPath path, RenderOptions options) : m_path(std::move(path)), m_options(options), m_noise(noiseTable(options.seed))
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
    std::vector<float *> channels;
    for (std::vector<float> &channel : audio.channels)
        channels.push_back(channel.data());
    // Frames are read before they are written back, so the render works in place.
    const auto read = [&](float *const *to, std::size_t first, std::size_t count) {
        for (std::size_t c = 0; c < channels.size(); ++c)
            std::copy_n(channels[c] + first, count, to[c]);
    };
    const auto write = [&](const float *const *from, std::size_t first, std::size_t count) {
        for (std::size_t c = 0; c < channels.size(); ++c)
            std::copy_n(from[c], count, channels[c] + first);
        return true;
    };
    return render(audio.frames(), audio.channels.size(), audio.sampleRate, read, write);
}

RenderReport Renderer::render(std::size_t frames, std::size_t channels, double sampleRate, const ReadFrames &read, const WriteFrames &write) const
{
    RenderReport report;
    if (!m_path.playing()) {
        std::vector<std::vector<float>> silence(channels, std::vector<float>(std::min(frames, kStep), 0.0f));
        std::vector<const float *> from;
        for (const std::vector<float> &channel : silence)
            from.push_back(channel.data());
        for (std::size_t first = 0; first < frames && report.complete; first += kStep)
            report.complete = write(from.data(), first, std::min(kStep, frames - first));
        report.averageSpl = -kInfinity;
        return report;
    }
    // The other programmes of a mix: generated for their sources (speech for a microphone), each with its own seed so
    // that they are as uncorrelated as the engine assumes, and rendered up to where they join.
    std::size_t stages = m_ops.size();
    for (const std::vector<Op> &ops : m_branchOps)
        stages += ops.size();
    report.clipping.reserve(stages); // the steps keep pointers to the counts
    std::vector<AudioBuffer> generated;
    generated.reserve(m_path.branches.size()); // the branches' readers keep references to them
    std::vector<std::unique_ptr<Pipeline>> branches;
    for (std::size_t b = 0; b < m_path.branches.size(); ++b) {
        const double seconds = std::min(static_cast<double>(frames) / sampleRate, kBranchLoopSeconds);
        const AudioBuffer &programme = generated.emplace_back(generateProgramme(
            m_path.branches[b].path.programme, seconds, sampleRate, static_cast<int>(channels), m_options.seed + 1 + static_cast<std::uint32_t>(b)));
        const std::size_t period = std::min(programme.frames(), frames);
        const auto loop = [&programme, period](float *const *to, std::size_t first, std::size_t count) {
            for (std::size_t c = 0; c < programme.channels.size(); ++c)
                for (std::size_t i = 0; i < count; ++i)
                    to[c][i] = programme.channels[c][(first + i) % period];
        };
        branches.push_back(std::make_unique<Pipeline>(channels, frames, loop));
        addSteps(*branches.back(), m_branchOps[b], m_path.branches[b].path, {}, report, nullptr, {m_noise, m_options.seed, b + 1}, sampleRate);
    }
    double power = 0;
    Pipeline main(channels, frames, read);
    addSteps(main, m_ops, m_path, branches, report, &power, {m_noise, m_options.seed, 0}, sampleRate);
    std::vector<const float *> from(channels);
    for (std::size_t written = 0; written < frames && report.complete;) {
        const std::size_t done = main.advanceTo(written + kStep);
        for (std::size_t c = 0; c < channels; ++c)
            from[c] = main.window().at(c, written);
        report.complete = write(from.data(), written, done - written);
        written = done;
        main.window().dropBefore(written);
    }
    const std::size_t count = frames * channels;
    report.averageSpl = splOfRms(count ? std::sqrt(power / static_cast<double>(count)) : 0.0, m_options.referenceSpl);
    return report;
}

double renderedSpl(const float *samples, std::size_t count, double referenceSpl)
{
    return Renderer::splOfRms(count ? std::sqrt(sumOfSquares(samples, count) / static_cast<double>(count)) : 0.0, referenceSpl);
}

} // namespace headroom
