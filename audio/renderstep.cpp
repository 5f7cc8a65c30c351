// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "renderstep.h"

#include "audiobuffer.h"
#include "cpudispatch.h"
#include "fft.h"
#include "impedance.h"
#include "units.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numbers>

namespace headroom::render {
namespace {

/// What one block of a linear pass met: samples beyond the limit, and samples loud enough for a soft clipper to act.
struct BlockCounts {
    int beyond = 0;
    int loud = 0;
};

/// y = x·gain + noise, clamped to ±limit when `hard` (physics.md §8), counting as it goes; branch-free, so it vectorises.
template <bool hard>
inline BlockCounts gainNoiseClip(float *__restrict v, std::size_t count, const float *__restrict noise, const LinearSettings &s)
{
    const auto [gain, noiseRms, clip, limit, transparent] = s;
    int beyond = 0, loud = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const float y = v[i] * gain + noiseRms * noise[i];
        const float magnitude = std::abs(y);
        beyond += magnitude > limit ? 1 : 0;
        loud += magnitude > transparent ? 1 : 0;
        v[i] = hard ? std::min(std::max(y, -limit), limit) : y;
    }
    return {beyond, loud};
}

HEADROOM_AVX2_CLONES BlockCounts gainNoiseClip(float *v, std::size_t count, const float *noise, const LinearSettings &s)
{
    return s.clip == ClipKind::Hard ? gainNoiseClip<true>(v, count, noise, s) : gainNoiseClip<false>(v, count, noise, s);
}

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

/// The response as a linear-phase FIR, applied by overlap-save FFT convolution with the kernel's spectrum computed
/// once, to two hops of the channel per transform (one as the real part, the next as the imaginary part). The FFT is
/// eight kernels long, so each transform yields seven kernels' worth of output per hop (four kernels, three of
/// output, measured a third slower).
class ResponseStep final : public Step
{
public:
    ResponseStep(const std::vector<double> &curveDb, double sampleRate)
        : m_taps(std::bit_ceil(static_cast<std::size_t>(sampleRate / 12.0)))
        , m_fft(8 * m_taps)
        , m_kernelRe(8 * m_taps)
        , m_kernelIm(8 * m_taps)
        , m_re(8 * m_taps)
        , m_im(8 * m_taps)
        , m_last(m_taps)
    {
        // Frequency sampling: the zero-phase magnitude on the FFT grid, back to time, centred and Hann-windowed. The
        // spectrum is real and even, so its forward transform is its inverse (times N), in bit-reversed order.
        const Fft design(m_taps);
        std::vector<float> re(m_taps), im(m_taps);
        for (std::size_t k = 0; k <= m_taps / 2; ++k) {
            const double hz = static_cast<double>(k) * sampleRate / static_cast<double>(m_taps);
            re[k] = static_cast<float>(units::amplitudeRatio(responseAt(curveDb, std::max(hz, 1.0))));
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
    }

    /// A transform's real part holds x[start + delay − history + t], its imaginary part the same one hop later; their
    /// outputs t ≥ history are y[start − history + t] and y[start + hop − history + t].
    std::size_t advance(Window &audio, std::size_t ready) override
    {
        const std::size_t n = audio.total;
        while (m_done < n && (ready == n || m_done + 2 * hop() + delay() <= ready)) {
            pair(audio);
            m_done = std::min(n, m_done + 2 * hop());
        }
        return m_done;
    }

private:
    [[nodiscard]] std::size_t history() const { return m_taps; } // ≥ the kernel length − 1
    [[nodiscard]] std::size_t hop() const { return m_fft.size() - history(); }
    [[nodiscard]] std::size_t delay() const { return m_taps / 2; } // the linear-phase kernel's centre

    /// Copies x[from + t] for t in [begin, size) into `to`, zeros beyond the channel.
    static void input(Window &audio, std::ptrdiff_t from, std::size_t begin, std::size_t size, float *to)
    {
        const auto n = static_cast<std::ptrdiff_t>(audio.total);
        for (std::size_t t = begin; t < size; ++t) {
            const std::ptrdiff_t i = from + static_cast<std::ptrdiff_t>(t);
            to[t] = i >= 0 && i < n ? *audio.at(static_cast<std::size_t>(i)) : 0.0f;
        }
    }

    void pair(Window &audio)
    {
        const std::size_t n = audio.total;
        const std::size_t size = m_fft.size();
        const std::size_t start = m_done;
        const auto first = static_cast<std::ptrdiff_t>(start + delay()) - static_cast<std::ptrdiff_t>(history());
        // The real part's first history() inputs lie before `start`, where this step has written its output already:
        // they are the copy the last transform kept.
        const std::size_t kept = start > 0 ? history() : 0;
        std::copy_n(m_last.begin(), kept, m_re.begin());
        input(audio, first, kept, size, m_re.data());
        input(audio, first + static_cast<std::ptrdiff_t>(hop()), 0, size, m_im.data());
        std::copy(m_im.end() - static_cast<std::ptrdiff_t>(history()), m_im.end(), m_last.begin());
        m_fft.forward(m_re.data(), m_im.data());
        multiply(m_re.data(), m_im.data());
        m_fft.inverse(m_re.data(), m_im.data());
        const std::size_t count = std::min(hop(), n - start);
        std::copy_n(m_re.begin() + static_cast<std::ptrdiff_t>(history()), count, audio.at(start));
        if (start + hop() < n)
            std::copy_n(m_im.begin() + static_cast<std::ptrdiff_t>(history()), std::min(hop(), n - start - hop()), audio.at(start + hop()));
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
    std::vector<float> m_last; ///< the inputs the next transform re-reads
    std::size_t m_done = 0;
};

} // namespace

void Window::dropBefore(std::size_t frame)
{
    constexpr std::size_t kDropRun = 1 << 16;
    if (frame < base + kDropRun)
        return;
    samples.erase(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(frame - base));
    base = frame;
}

LinearStep::LinearStep(LinearSettings settings, NoiseSource noise, std::int64_t *clipped, double *power)
    : m_settings(settings)
    , m_noise(noise)
    , m_clipped(clipped)
    , m_power(power)
{}

std::size_t LinearStep::advance(Window &audio, std::size_t ready)
{
    const std::size_t n = audio.total;
    const std::size_t target = ready == n ? n : ready / kClipBlock * kClipBlock;
    if (m_loud.empty())
        m_loud.resize((n + kClipBlock - 1) / kClipBlock);
    for (std::size_t start = m_done; start < target; start += kClipBlock)
        block(audio.at(start), std::min(kClipBlock, n - start), start / kClipBlock);
    m_done = std::max(m_done, target);
    return m_done;
}

void LinearStep::block(float *v, std::size_t count, std::size_t index)
{
    std::uint64_t &r = m_noise.state; // xorshift64 picks where in the table this block's noise starts
    r ^= r << 13;
    r ^= r >> 7;
    r ^= r << 17;
    const BlockCounts counts = gainNoiseClip(v, count, m_noise.table.data() + (r >> 48), m_settings);
    if (m_clipped)
        *m_clipped += counts.beyond;
    if (m_power)
        *m_power += sumOfSquares(v, count);
    m_loud[index] = counts.loud > 0;
}

SoftClipStep::SoftClipStep(const SoftClipper &clipper, const LinearStep &linear)
    : m_clipper(clipper)
    , m_linear(linear)
    , m_window(kClipBlock + 2 * kContext)
    , m_correction(kClipBlock)
{}

std::size_t SoftClipStep::advance(Window &audio, std::size_t ready)
{
    // A block needs its successor's input and loudness: done when the input reaches two blocks further.
    const std::size_t n = audio.total;
    const std::size_t blocks = ready == n ? (n + kClipBlock - 1) / kClipBlock : (ready / kClipBlock > 0 ? ready / kClipBlock - 1 : 0);
    for (std::size_t b = m_done; b < blocks; ++b)
        block(audio, b);
    m_done = std::max(m_done, blocks);
    return std::min(n, m_done * kClipBlock);
}

void SoftClipStep::block(Window &audio, std::size_t b)
{
    const std::vector<bool> &loud = m_linear.loud();
    const std::size_t b0 = b * kClipBlock;
    const std::size_t len = std::min(kClipBlock, audio.total - b0);
    const std::size_t available = std::min(len + kContext, audio.total - b0); // the block and what follows it
    float *x = audio.at(b0);
    const bool acts = loud[b] || (b > 0 && loud[b - 1]) || (b + 1 < loud.size() && loud[b + 1]);
    if (acts) {
        std::copy(m_before.begin(), m_before.end(), m_window.begin());
        for (std::size_t t = 0; t < len + kContext; ++t)
            m_window[kContext + t] = t < available ? x[t] : 0.0f;
        m_clipper.correction(m_window.data(), len, m_correction.data());
    }
    // The last kContext unclipped samples up to b0 + len become the next block's context.
    if (len >= kContext) {
        std::copy_n(x + len - kContext, kContext, m_before.begin());
    } else {
        std::copy(m_before.begin() + static_cast<std::ptrdiff_t>(len), m_before.end(), m_before.begin());
        std::copy_n(x, len, m_before.end() - static_cast<std::ptrdiff_t>(len));
    }
    if (acts)
        for (std::size_t i = 0; i < len; ++i)
            x[i] += m_correction[i];
}

Pipeline::Pipeline(std::size_t total, Read read) : m_read(std::move(read)) { m_window.total = total; }

std::size_t Pipeline::advanceTo(std::size_t frame)
{
    frame = std::min(frame, m_window.total);
    while (m_done < frame) {
        // Every step runs on a few thousand frames at a time, one after the other, so the audio passes through the
        // whole path while it is in cache, rather than through memory once per step.
        const std::size_t first = m_window.end();
        const std::size_t count = std::min(kStep, m_window.total - first);
        m_window.samples.resize(m_window.samples.size() + count);
        if (count > 0)
            m_read(m_window.at(first), first, count);
        std::size_t done = m_window.end();
        for (const auto &step : m_steps)
            done = step->advance(m_window, done);
        m_done = done;
    }
    return m_done;
}

std::size_t MixStep::advance(Window &audio, std::size_t ready)
{
    m_branch.advanceTo(ready);
    Window &from = m_branch.window();
    const float *in = from.at(m_done);
    float *out = audio.at(m_done);
    for (std::size_t i = 0; i < ready - m_done; ++i)
        out[i] += in[i];
    m_done = std::max(m_done, ready);
    from.dropBefore(m_done);
    return ready;
}

std::unique_ptr<Step> responseStep(const std::vector<double> &curveDb, double sampleRate)
{
    return std::make_unique<ResponseStep>(curveDb, sampleRate);
}

} // namespace headroom::render
