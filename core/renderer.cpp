#include "renderer.h"

#include "fft.h"
#include "impedance.h"
#include "units.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <complex>
#include <numbers>

namespace headroom {
namespace {

using namespace units;
using Cf = std::complex<float>;

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

/// A hard clip at a converter's full scale (physics.md §8: y = clamp(x, −Vc, +Vc)); returns the samples beyond it.
std::int64_t hardClip(std::vector<float> &x, float limit)
{
    std::int64_t clipped = 0;
    for (float &v : x) {
        clipped += std::abs(v) > limit;
        v = std::clamp(v, -limit, limit);
    }
    return clipped;
}

/// A soft clip, 4× oversampled where the signal comes near the knee so that its harmonics do not alias
/// (physics.md §8); blocks that stay linear pass unchanged. Returns the samples beyond the limit.
std::int64_t softClipOversampled(std::vector<float> &x, float limit, const std::vector<float> &h)
{
    const std::size_t n = x.size();
    const std::size_t blocks = (n + kClipBlock - 1) / kClipBlock;
    std::vector<float> peaks(blocks, 0.0f);
    std::int64_t clipped = 0;
    for (std::size_t b = 0; b < blocks; ++b) {
        float peak = 0;
        for (std::size_t i = b * kClipBlock; i < std::min(n, (b + 1) * kClipBlock); ++i) {
            peak = std::max(peak, std::abs(x[i]));
            clipped += std::abs(x[i]) > limit;
        }
        peaks[b] = peak;
    }
    // Inter-sample peaks of band-limited audio stay within +3 dB of the samples, plus 10 % for the filter's ringing.
    const float linear = static_cast<float>(kKnee / (kSqrt2 * 1.1)) * limit;
    const auto nearKnee = [&](std::size_t b) {
        return peaks[b] > linear || (b > 0 && peaks[b - 1] > linear) || (b + 1 < blocks && peaks[b + 1] > linear);
    };
    if (std::none_of(peaks.begin(), peaks.end(), [linear](float p) { return p > linear; }))
        return clipped; // linear throughout: nothing to do
    const std::vector<float> in = x;
    const auto at = [&](std::ptrdiff_t i) { return i >= 0 && i < static_cast<std::ptrdiff_t>(n) ? in[static_cast<std::size_t>(i)] : 0.0f; };
    const std::ptrdiff_t taps = 2 * kHalfTaps + 1;
    std::vector<float> up;
    for (std::size_t b = 0; b < blocks; ++b) {
        if (!nearKnee(b))
            continue;
        const auto b0 = static_cast<std::ptrdiff_t>(b * kClipBlock);
        const auto b1 = static_cast<std::ptrdiff_t>(std::min(n, (b + 1) * kClipBlock));
        // Upsample (zero-stuffing, gain 4, centred filter) and clip over the span the decimator needs.
        const std::ptrdiff_t m0 = kOversampling * b0 - kHalfTaps;
        const std::ptrdiff_t m1 = kOversampling * b1 + kHalfTaps;
        up.assign(static_cast<std::size_t>(m1 - m0), 0.0f);
        for (std::ptrdiff_t m = m0; m < m1; ++m) {
            float v = 0;
            // Taps j with m + kHalfTaps − j on the base-rate grid.
            for (std::ptrdiff_t j = ((m + kHalfTaps) % kOversampling + kOversampling) % kOversampling; j < taps; j += kOversampling)
                v += h[static_cast<std::size_t>(j)] * at((m + kHalfTaps - j) / kOversampling);
            up[static_cast<std::size_t>(m - m0)] = softClip(kOversampling * v, limit);
        }
        for (std::ptrdiff_t i = b0; i < b1; ++i) {
            float v = 0;
            const std::ptrdiff_t centre = kOversampling * i + kHalfTaps - m0;
            for (std::ptrdiff_t j = 0; j < taps; ++j)
                v += h[static_cast<std::size_t>(j)] * up[static_cast<std::size_t>(centre - j)];
            x[static_cast<std::size_t>(i)] = v;
        }
    }
    return clipped;
}

/// Unit-RMS Gaussian values, drawn once; noise picks them at random, which keeps it white and cheap.
std::vector<float> noiseTable(std::uint32_t seed)
{
    std::vector<double> g(kNoiseTableSize);
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

/// x·gain + noise, in one pass.
void gainAndNoise(std::vector<float> &x, float gain, float noiseRms, const std::vector<float> &table, std::uint32_t seed)
{
    if (noiseRms <= 0) {
        if (gain != 1.0f)
            for (float &v : x)
                v *= gain;
        return;
    }
    std::uint32_t r = seed | 1u;
    for (float &v : x) {
        r ^= r << 13; // xorshift32 picks the table entry
        r ^= r >> 17;
        r ^= r << 5;
        v = v * gain + noiseRms * table[r >> 16];
    }
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
/// applied by FFT convolution to channels two at a time (one as the real part, one as the imaginary part).
class ResponseFilter
{
public:
    ResponseFilter(const std::vector<double> &curveDb, double sampleRate)
        : m_taps(std::bit_ceil(static_cast<std::size_t>(sampleRate / 12.0))), m_fft(2 * m_taps), m_kernel(2 * m_taps)
    {
        // Frequency sampling: the zero-phase magnitude on the FFT grid, back to time, centred and Hann-windowed.
        const Fft design(m_taps);
        std::vector<Cf> spectrum(m_taps);
        for (std::size_t k = 0; k <= m_taps / 2; ++k) {
            const double hz = static_cast<double>(k) * sampleRate / static_cast<double>(m_taps);
            spectrum[k] = static_cast<float>(amplitudeRatio(responseAt(curveDb, std::max(hz, 1.0))));
            spectrum[(m_taps - k) % m_taps] = spectrum[k];
        }
        design.inverse(spectrum.data());
        for (std::size_t n = 0; n < m_taps; ++n) {
            const double window = 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * static_cast<double>(n) / static_cast<double>(m_taps));
            const float tap = spectrum[(n + m_taps / 2) % m_taps].real() / static_cast<float>(m_taps);
            m_kernel[n] = static_cast<float>(tap * window / static_cast<double>(2 * m_taps)); // with the inverse FFT's 1/N
        }
        m_fft.forward(m_kernel.data());
    }

    /// Filters two channels (b may be null) in place, delay-compensated.
    void apply(std::vector<float> &a, std::vector<float> *b) const
    {
        const std::size_t n = a.size();
        const std::size_t size = 2 * m_taps;
        const std::size_t delay = m_taps / 2;
        std::vector<Cf> out(n + size + m_taps);
        std::vector<Cf> block(size);
        for (std::size_t start = 0; start < n + delay; start += m_taps) {
            std::fill(block.begin(), block.end(), Cf{});
            for (std::size_t i = 0; i < m_taps && start + i < n; ++i)
                block[i] = {a[start + i], b ? (*b)[start + i] : 0.0f};
            m_fft.forward(block.data());
            multiply(block);
            m_fft.inverse(block.data());
            for (std::size_t i = 0; i < size; ++i)
                out[start + i] += block[i];
        }
        for (std::size_t i = 0; i < n; ++i) {
            a[i] = out[i + delay].real();
            if (b)
                (*b)[i] = out[i + delay].imag();
        }
    }

private:
    void multiply(std::vector<Cf> &block) const
    {
        auto *d = reinterpret_cast<float *>(block.data());
        const auto *k = reinterpret_cast<const float *>(m_kernel.data());
        for (std::size_t i = 0; i < 2 * block.size(); i += 2) {
            const float re = d[i] * k[i] - d[i + 1] * k[i + 1];
            const float im = d[i] * k[i + 1] + d[i + 1] * k[i];
            d[i] = re;
            d[i + 1] = im;
        }
    }

    std::size_t m_taps;
    Fft m_fft;
    std::vector<Cf> m_kernel; ///< spectrum of the centred kernel, scaled for the inverse transform
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
    const std::vector<float> oversampling = oversamplingFilter();
    std::uint32_t noiseSeed = m_options.seed * 2654435761u;
    for (const Op &op : m_ops) {
        for (auto &channel : audio.channels)
            gainAndNoise(channel, static_cast<float>(op.gain), static_cast<float>(op.noiseRms), table, noiseSeed += 0x6F4F2A1Bu);
        if (op.response) {
            const ResponseFilter filter(*m_path.responseCurveDb, audio.sampleRate);
            for (std::size_t c = 0; c < audio.channels.size(); c += 2)
                filter.apply(audio.channels[c], c + 1 < audio.channels.size() ? &audio.channels[c + 1] : nullptr);
        }
        if (op.clip == ClipKind::None)
            continue;
        const RenderStage &stage = m_path.stages[static_cast<std::size_t>(op.stage)];
        StageClipping &clip = report.clipping.emplace_back(StageClipping{stage.device, stage.port, op.clip, op.clipPeak, 0});
        const auto limit = static_cast<float>(op.clipPeak);
        for (auto &channel : audio.channels)
            clip.clippedSamples += op.clip == ClipKind::Hard ? hardClip(channel, limit) : softClipOversampled(channel, limit, oversampling);
    }
    double power = 0;
    std::size_t count = 0;
    for (const auto &channel : audio.channels) {
        for (float v : channel)
            power += static_cast<double>(v) * v;
        count += channel.size();
    }
    report.averageSpl = splOfRms(count ? std::sqrt(power / static_cast<double>(count)) : 0.0, m_options.referenceSpl);
    return report;
}

double renderedSpl(const float *samples, std::size_t count, double referenceSpl)
{
    double power = 0;
    for (std::size_t i = 0; i < count; ++i)
        power += static_cast<double>(samples[i]) * samples[i];
    return Renderer::splOfRms(count ? std::sqrt(power / static_cast<double>(count)) : 0.0, referenceSpl);
}

} // namespace headroom
