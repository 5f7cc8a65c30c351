#include "renderer.h"

#include "fft.h"
#include "impedance.h"
#include "units.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <numbers>

namespace headroom {
namespace {

using namespace units;

constexpr int kOversampling = 4;            // physics.md §8: oversample ≥ 4× before nonlinear stages [S77]
constexpr int kHalfTaps = 64;               // the anti-imaging/anti-aliasing FIR has 2·64 + 1 taps at 4×
constexpr double kOversampledCutoff = 0.11; // cycles per oversampled sample: passband to ≈ 18 kHz at 48 kHz
constexpr double kKaiserBeta = 7.0;         // ≈ 70 dB stopband
constexpr double kKnee = 0.7;               // soft clipper: linear up to 70 % of the limit
constexpr std::size_t kClipBlock = 256;     // frames per linear/nonlinear decision
constexpr std::size_t kNoiseTableSize = 1 << 16;

/// Soft clip with a linear region (physics.md §8: tanh, with the "soft knee" of a variable-hardness curve): y = x up to
/// the knee, then tanh towards the limit, with unit slope at the knee; never beyond the limit.
float softClip(float x, float limit)
{
    const float knee = static_cast<float>(kKnee) * limit;
    const float a = std::abs(x);
    if (a <= knee)
        return x;
    const float span = limit - knee;
    return std::copysign(knee + span * std::tanh((a - knee) / span), x);
}

double besselI0(double x)
{
    double sum = 1, term = 1;
    for (int k = 1; k < 30; ++k) {
        term *= (x / (2.0 * k)) * (x / (2.0 * k));
        sum += term;
    }
    return sum;
}

/// Kaiser-windowed sinc low-pass for 4× oversampling, normalised to unit DC gain.
std::vector<float> oversamplingFilter()
{
    std::vector<double> h(2 * kHalfTaps + 1);
    double sum = 0;
    for (int i = -kHalfTaps; i <= kHalfTaps; ++i) {
        const double x = 2.0 * kOversampledCutoff * i;
        const double sinc = i == 0 ? 1.0 : std::sin(std::numbers::pi * x) / (std::numbers::pi * x);
        const double r = static_cast<double>(i) / kHalfTaps;
        h[static_cast<std::size_t>(i + kHalfTaps)] = sinc * besselI0(kKaiserBeta * std::sqrt(1.0 - r * r)) / besselI0(kKaiserBeta);
        sum += h[static_cast<std::size_t>(i + kHalfTaps)];
    }
    std::vector<float> out(h.size());
    for (std::size_t i = 0; i < h.size(); ++i)
        out[i] = static_cast<float>(h[i] / sum);
    return out;
}

/// Unit-RMS Gaussian values, drawn once from the seed. Noise reads a run of them starting at a random place for each
/// clip block: independent values in sequence, so white (physics.md §7), and the loop vectorises.
std::vector<float> noiseTable(std::uint32_t seed)
{
    std::vector<double> g(kNoiseTableSize + kClipBlock);
    std::uint64_t state = seed * 0x9E3779B97F4A7C15ull + 1;
    const auto uniform = [&state] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return (static_cast<double>(state >> 11) + 0.5) * 0x1.0p-53;
    };
    double mean = 0;
    for (double &v : g) {
        v = std::sqrt(-2.0 * std::log(uniform())) * std::cos(2.0 * std::numbers::pi * uniform()); // Box-Muller
        mean += v;
    }
    mean /= static_cast<double>(g.size());
    double power = 0;
    for (double &v : g) {
        v -= mean;
        power += v * v;
    }
    const double scale = 1.0 / std::sqrt(power / static_cast<double>(g.size()));
    std::vector<float> out(g.size());
    for (std::size_t i = 0; i < g.size(); ++i)
        out[i] = static_cast<float>(g[i] * scale);
    return out;
}

/// What a stage's linear pass found: samples beyond the limit, and which clip blocks come near the soft knee.
struct LinearPass {
    std::int64_t clipped = 0;
    std::vector<bool> nearKnee;
};

/// One stage on a channel in a single pass: x·gain + noise, counting samples beyond the limit and, for a converter,
/// the hard clip y = clamp(x, −Vc, +Vc) (physics.md §8). `linear` is the level below which the soft clipper is
/// transparent. r is the noise's random state (xorshift64).
LinearPass gainNoiseClip(std::vector<float> &x, float gain, float noiseRms, ClipKind clip, float limit, float linear,
                         const std::vector<float> &table, std::uint64_t &r)
{
    LinearPass pass;
    pass.nearKnee.resize((x.size() + kClipBlock - 1) / kClipBlock);
    for (std::size_t b = 0; b < pass.nearKnee.size(); ++b) {
        r ^= r << 13;
        r ^= r >> 7;
        r ^= r << 17;
        const float *noise = table.data() + (r >> 48); // a random run of kClipBlock values, < kNoiseTableSize + kClipBlock
        float *v = x.data() + b * kClipBlock;
        const std::size_t count = std::min(kClipBlock, x.size() - b * kClipBlock);
        int beyond = 0, near = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const float y = v[i] * gain + noiseRms * noise[i];
            beyond += std::abs(y) > limit;
            near += std::abs(y) > linear;
            v[i] = clip == ClipKind::Hard ? std::clamp(y, -limit, limit) : y;
        }
        pass.clipped += beyond;
        pass.nearKnee[b] = near > 0;
    }
    return pass;
}

/// The soft clipper, 4× oversampled where the signal comes near the knee so that its harmonics do not alias
/// (physics.md §8); other blocks pass unchanged. Polyphase: each of the four phases of the interpolator is a 33-tap
/// filter on the base-rate samples, and the decimator sums the four clipped phases through the same taps.
class Oversampler
{
public:
    Oversampler()
    {
        const std::vector<float> h = oversamplingFilter();
        for (std::size_t j = 0; j < h.size(); ++j)
            m_phases[j % kOversampling][j / kOversampling] = h[j];
    }

    void softClip(std::vector<float> &x, const std::vector<bool> &nearKnee, float limit) const
    {
        const std::size_t n = x.size();
        const std::size_t blocks = nearKnee.size();
        std::vector<float> pending;
        std::size_t pendingStart = 0;
        for (std::size_t b = 0; b < blocks; ++b) {
            // Inter-sample peaks reach into the neighbours' filter spans.
            if (!nearKnee[b] && !(b > 0 && nearKnee[b - 1]) && !(b + 1 < blocks && nearKnee[b + 1]))
                continue;
            const std::size_t b0 = b * kClipBlock;
            const std::size_t len = std::min(n, b0 + kClipBlock) - b0;
            // The block's input with kContext samples either side, zero beyond the ends; read before the previous
            // block's output is written back, since its span overlaps.
            std::vector<float> window(len + 2 * kContext, 0.0f);
            for (std::size_t t = 0; t < window.size(); ++t)
                if (b0 + t >= kContext && b0 + t - kContext < n)
                    window[t] = x[b0 + t - kContext];
            if (!pending.empty())
                std::copy(pending.begin(), pending.end(), x.begin() + static_cast<std::ptrdiff_t>(pendingStart));
            pending = clipBlock(window, len, limit);
            pendingStart = b0;
        }
        if (!pending.empty())
            std::copy(pending.begin(), pending.end(), x.begin() + static_cast<std::ptrdiff_t>(pendingStart));
    }

private:
    static constexpr std::size_t kPhaseTaps = (2 * kHalfTaps) / kOversampling + 1; // 33
    static constexpr std::size_t kContext = 2 * (kPhaseTaps - 1);                 // up and down: 32 base samples

    /// window[t] = x[b0 − kContext + t]; returns the len clipped samples from b0.
    std::vector<float> clipBlock(const std::vector<float> &window, std::size_t len, float limit) const
    {
        // phase p at u: 4·Σ_r h[p + 4r]·x[b0 + u − r]; loops run over u innermost so that they vectorise.
        const std::size_t span = len + kPhaseTaps - 1;
        std::array<std::vector<float>, kOversampling> up;
        for (std::size_t p = 0; p < kOversampling; ++p) {
            up[p].assign(span, 0.0f);
            for (std::size_t r = 0; r < kPhaseTaps; ++r) {
                const float tap = kOversampling * m_phases[p][r];
                const float *in = window.data() + kPhaseTaps - 1 - r;
                for (std::size_t u = 0; u < span; ++u)
                    up[p][u] += tap * in[u];
            }
            for (float &v : up[p])
                v = headroom::softClip(v, limit);
        }
        // y[i] = Σ_j h[j]·up[4i + j] (the filter is symmetric), j = p + 4r.
        std::vector<float> out(len, 0.0f);
        for (std::size_t p = 0; p < kOversampling; ++p)
            for (std::size_t r = 0; r < kPhaseTaps; ++r) {
                const float tap = m_phases[p][r];
                const float *in = up[p].data() + r;
                for (std::size_t i = 0; i < len; ++i)
                    out[i] += tap * in[i];
            }
        return out;
    }

    std::array<std::array<float, kPhaseTaps>, kOversampling> m_phases{}; ///< h[p + 4r] at [p][r], zero beyond the filter
};

/// Σx², in float lanes over each clip block (so that it vectorises; a block's sum stays exact to 10⁻⁵) and in double
/// across blocks.
double sumOfSquares(const float *x, std::size_t count)
{
    constexpr std::size_t kLanes = 8;
    double sum = 0;
    for (std::size_t start = 0; start < count; start += kClipBlock) {
        std::array<float, kLanes> lanes{};
        const std::size_t end = std::min(count, start + kClipBlock);
        std::size_t i = start;
        for (; i + kLanes <= end; i += kLanes)
            for (std::size_t l = 0; l < kLanes; ++l)
                lanes[l] += x[i + l] * x[i + l];
        for (; i < end; ++i)
            lanes[0] += x[i] * x[i];
        for (float l : lanes)
            sum += l;
    }
    return sum;
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

/// The output-impedance response H(f) = Z(f)/(Z(f)+Z_o) relative to 1 kHz (physics.md §4, §8) as a linear-phase FIR,
/// applied by overlap-save FFT convolution to channels two at a time (one as the real part, one as the imaginary part).
/// The FFT is four kernels long, so each transform yields three kernels' worth of output.
class ResponseFilter
{
public:
    ResponseFilter(const std::vector<double> &curveDb, double sampleRate)
        : m_taps(std::bit_ceil(static_cast<std::size_t>(sampleRate / 12.0))), m_fft(4 * m_taps), m_kernelRe(4 * m_taps),
          m_kernelIm(4 * m_taps)
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
    }

    /// Filters two channels (b may be null) in place, delay-compensated.
    void apply(std::vector<float> &a, std::vector<float> *b) const
    {
        const std::size_t n = a.size();
        const std::size_t size = m_fft.size();
        const std::size_t history = m_taps;      // ≥ the kernel length − 1: the samples each block re-reads
        const std::size_t hop = size - history;  // outputs per block
        const std::size_t delay = m_taps / 2;    // the linear-phase kernel's centre
        const auto input = [&](const std::vector<float> *x, std::ptrdiff_t i) {
            return x && i >= 0 && i < static_cast<std::ptrdiff_t>(n) ? (*x)[static_cast<std::size_t>(i)] : 0.0f;
        };
        // Block t holds x[start + delay − history + t]; its outputs t ≥ history are y[start − history + t].
        std::vector<float> re(size), im(size), lastRe(history), lastIm(history);
        for (std::size_t start = 0; start < n; start += hop) {
            const auto first = static_cast<std::ptrdiff_t>(start + delay) - static_cast<std::ptrdiff_t>(history);
            for (std::size_t t = 0; t < size; ++t) {
                re[t] = t < history && start > 0 ? lastRe[t] : input(&a, first + static_cast<std::ptrdiff_t>(t));
                im[t] = t < history && start > 0 ? lastIm[t] : input(b, first + static_cast<std::ptrdiff_t>(t));
            }
            std::copy(re.end() - static_cast<std::ptrdiff_t>(history), re.end(), lastRe.begin()); // a and b get overwritten
            std::copy(im.end() - static_cast<std::ptrdiff_t>(history), im.end(), lastIm.begin());
            m_fft.forward(re.data(), im.data());
            multiply(re.data(), im.data());
            m_fft.inverse(re.data(), im.data());
            for (std::size_t t = history; t < size && start + t - history < n; ++t) {
                a[start + t - history] = re[t];
                if (b)
                    (*b)[start + t - history] = im[t];
            }
        }
    }

private:
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
};

} // namespace

Renderer::Renderer(RenderPath path, RenderOptions options) : m_path(std::move(path)), m_options(options)
{
    // Consecutive linear stages merge into one gain and one noise (powers add, physics.md §3, §7); a stage with a
    // limit or the response ends a run, so noise passes the clip points it meets upstream of them.
    double gain = m_path.sourceRms;
    double noise = 0;
    for (std::size_t i = 0; i < m_path.stages.size(); ++i) {
        const RenderStage &s = m_path.stages[i];
        gain *= s.gain;
        noise = std::hypot(noise * s.gain, s.noiseRms);
        if (s.clip != ClipKind::None || s.response) {
            m_ops.push_back({gain, noise, s.response, s.clip, s.clipPeak, static_cast<int>(i)});
            gain = 1;
            noise = 0;
        }
    }
    // physics.md §4: SPL = S_V + 20·log10(V_L); a sine at the reference SPL has the RMS of a full-scale sine, 1/√2.
    const double toOutput = amplitudeRatio(m_path.sensitivityDbPerV - m_options.referenceSpl + m_options.gainDb) / kSqrt2;
    m_ops.push_back({gain * toOutput, noise * toOutput, false, ClipKind::None, 0, -1});
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
    const std::vector<float> table = noiseTable(m_options.seed);
    const Oversampler oversampler;
    std::uint64_t noiseState = (m_options.seed | std::uint64_t{1} << 32) * 0x9E3779B97F4A7C15ull; // never zero
    for (const Op &op : m_ops) {
        StageClipping *clip = nullptr;
        if (op.clip != ClipKind::None) {
            const RenderStage &stage = m_path.stages[static_cast<std::size_t>(op.stage)];
            clip = &report.clipping.emplace_back(StageClipping{stage.device, stage.port, op.clip, op.clipPeak, 0});
        }
        const auto limit = static_cast<float>(op.clip == ClipKind::None ? kInfinity : op.clipPeak);
        // Inter-sample peaks of band-limited audio stay within +3 dB of the samples, plus 10 % for the filter's ringing.
        const auto linear = static_cast<float>(kKnee / (kSqrt2 * 1.1)) * limit;
        for (auto &channel : audio.channels) {
            const LinearPass pass = gainNoiseClip(channel, static_cast<float>(op.gain), static_cast<float>(op.noiseRms), op.clip,
                                                  limit, linear, table, noiseState);
            if (clip)
                clip->clippedSamples += pass.clipped;
            if (op.clip == ClipKind::Soft)
                oversampler.softClip(channel, pass.nearKnee, limit);
        }
        if (op.response) {
            const ResponseFilter filter(*m_path.responseCurveDb, audio.sampleRate);
            for (std::size_t c = 0; c < audio.channels.size(); c += 2)
                filter.apply(audio.channels[c], c + 1 < audio.channels.size() ? &audio.channels[c + 1] : nullptr);
        }
    }
    double power = 0;
    std::size_t count = 0;
    for (const auto &channel : audio.channels) {
        power += sumOfSquares(channel.data(), channel.size());
        count += channel.size();
    }
    report.averageSpl = splOfRms(count ? std::sqrt(power / static_cast<double>(count)) : 0.0, m_options.referenceSpl);
    return report;
}

double renderedSpl(const float *samples, std::size_t count, double referenceSpl)
{
    return Renderer::splOfRms(count ? std::sqrt(sumOfSquares(samples, count) / static_cast<double>(count)) : 0.0, referenceSpl);
}

} // namespace headroom
