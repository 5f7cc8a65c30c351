#include "softclipper.h"

#include "cpudispatch.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace headroom {
namespace {

constexpr int kHalfTaps = 64;               // the anti-imaging/anti-aliasing FIR has 2·64 + 1 taps at 4×
constexpr double kOversampledCutoff = 0.11; // cycles per oversampled sample: passband to ≈ 18 kHz at 48 kHz
constexpr double kKaiserBeta = 7.0;         // ≈ 70 dB stopband
constexpr double kKnee = 0.7;               // linear up to 70 % of the limit
constexpr std::size_t kRun = 32;            // interpolated samples are computed in runs of this many base samples

static_assert(2 * kHalfTaps / SoftClipper::kOversampling + 1 == static_cast<int>(SoftClipper::kPhaseTaps));

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
std::vector<double> oversamplingFilter()
{
    std::vector<double> h(2 * kHalfTaps + 1);
    double sum = 0;
    for (int i = -kHalfTaps; i <= kHalfTaps; ++i) {
        const double x = 2.0 * kOversampledCutoff * i;
        const double sinc = i == 0 ? 1.0 : std::sin(std::numbers::pi * x) / (std::numbers::pi * x);
        const double r = static_cast<double>(i) / kHalfTaps;
        const double w = besselI0(kKaiserBeta * std::sqrt(1.0 - r * r)) / besselI0(kKaiserBeta);
        h[static_cast<std::size_t>(i + kHalfTaps)] = 2.0 * kOversampledCutoff * sinc * w;
        sum += h[static_cast<std::size_t>(i + kHalfTaps)];
    }
    for (double &v : h)
        v /= sum;
    return h;
}

float largestMagnitude(const float *x, std::size_t count)
{
    float m = 0;
    for (std::size_t i = 0; i < count; ++i)
        m = std::max(m, std::abs(x[i]));
    return m;
}

/// tanh for x ≥ 0 as a rational function (the minimax fit Eigen uses), within 4·10⁻⁷ of it and never above 1; unlike
/// std::tanh it vectorises.
inline float tanhOfPositive(float x)
{
    x = std::min(x, 9.0f); // tanh(9) is 1 in float
    const float x2 = x * x;
    float p = -2.76076847742355e-16f;
    p = p * x2 + 2.00018790482477e-13f;
    p = p * x2 - 8.60467152213735e-11f;
    p = p * x2 + 5.12229709037114e-08f;
    p = p * x2 + 1.48572235717979e-05f;
    p = p * x2 + 6.37261928875436e-04f;
    p = p * x2 + 4.89352455891786e-03f;
    float q = 1.19825839466702e-06f;
    q = q * x2 + 1.18534705686654e-04f;
    q = q * x2 + 2.26843463243900e-03f;
    q = q * x2 + 4.89352518554385e-03f;
    return std::min(p * x / q, 1.0f);
}

/// y = x up to the knee, then tanh towards the limit with unit slope at the knee (physics.md §8); branch-free.
inline float softClip(float x, float knee, float limit)
{
    const float a = std::abs(x);
    const float bent = knee + (limit - knee) * tanhOfPositive((a - knee) / (limit - knee));
    return a <= knee ? x : std::copysign(bent, x);
}

} // namespace

SoftClipper::SoftClipper(double limit) : m_limit(static_cast<float>(limit)), m_knee(static_cast<float>(kKnee * limit))
{
    const std::vector<double> h = oversamplingFilter();
    double bound = 0;
    for (std::size_t p = 0; p < kOversampling; ++p) {
        double sum = 0;
        for (std::size_t r = 0; r < kPhaseTaps && p + kOversampling * r < h.size(); ++r) {
            m_phases[p][r] = static_cast<float>(h[p + kOversampling * r]);
            sum += kOversampling * std::abs(h[p + kOversampling * r]);
        }
        bound = std::max(bound, sum);
    }
    // A margin of 10⁻⁴ covers the rounding of the float sums, so the bound holds for the computed values too.
    m_transparentBelow = static_cast<float>(m_knee / (bound * (1.0 + 1e-4)));
}

float SoftClipper::curve(float x) const { return softClip(x, m_knee, m_limit); }

HEADROOM_AVX2_CLONES void SoftClipper::correction(const float *window, std::size_t len, float *correction, Path path) const
{
    // The interpolated sample of branch p at base index u (relative to the block) is v = 4·Σ_r h[p + 4r]·x[u − r],
    // for u from 0 to len + kContext; the output at i gains Σ_p Σ_r h[p + 4r]·(f(v) − v) over the samples at u = i + r.
    // Both sums run in runs of kRun base samples; a run whose input stays below transparentBelow() has no distortion.
    const std::size_t span = len + kContext;
    const std::size_t runs = (span + kRun - 1) / kRun;
    std::vector<float> distortion(kOversampling * runs * kRun, 0.0f); // branch p at [p·runs·kRun + u]
    std::vector<bool> bent(runs, false);
    for (std::size_t run = 0; run < runs; ++run) {
        const std::size_t u0 = run * kRun;
        const std::size_t count = std::min(kRun, span - u0);
        // x[u0 − kContext] … x[u0 + count − 1] is all the run reads.
        if (path == Path::Skipping && largestMagnitude(window + u0, count + kContext) <= m_transparentBelow)
            continue;
        bent[run] = true;
        for (std::size_t p = 0; p < kOversampling; ++p) {
            float *d = distortion.data() + p * runs * kRun + u0;
            for (std::size_t r = 0; r < kPhaseTaps; ++r) {
                const float tap = kOversampling * m_phases[p][r];
                const float *in = window + kContext + u0 - r;
                for (std::size_t u = 0; u < count; ++u)
                    d[u] += tap * in[u];
            }
            for (std::size_t u = 0; u < count; ++u)
                d[u] = softClip(d[u], m_knee, m_limit) - d[u];
        }
    }
    // Outputs of a run read the distortion of that run and the next.
    for (std::size_t run = 0; run * kRun < len; ++run) {
        const std::size_t i0 = run * kRun;
        const std::size_t count = std::min(kRun, len - i0);
        std::fill(correction + i0, correction + i0 + count, 0.0f);
        if (!bent[run] && !(run + 1 < runs && bent[run + 1]))
            continue;
        for (std::size_t p = 0; p < kOversampling; ++p)
            for (std::size_t r = 0; r < kPhaseTaps; ++r) {
                const float tap = m_phases[p][r];
                const float *d = distortion.data() + p * runs * kRun + i0 + r;
                for (std::size_t i = 0; i < count; ++i)
                    correction[i0 + i] += tap * d[i];
            }
    }
}

} // namespace headroom
