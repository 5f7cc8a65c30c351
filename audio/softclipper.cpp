// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

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

/// One run of a polyphase branch: out[u] = scale·Σ_r taps[r]·in[u + direction·r] for u < kRun, over the taps
/// [first, last), summed in order of r. A fixed length lets the sums stay in vector registers across the taps.
template <int direction>
inline std::array<float, kRun> runSum(const float *in, const std::array<float, SoftClipper::kPhaseTaps> &taps, int scale, std::size_t first = 0,
                                      std::size_t last = SoftClipper::kPhaseTaps)
{
    std::array<float, kRun> out{};
    for (std::size_t r = first; r < last; ++r) {
        const float tap = static_cast<float>(scale) * taps[r];
        const float *at = direction > 0 ? in + r : in - r;
        for (std::size_t u = 0; u < kRun; ++u)
            out[u] += tap * at[u];
    }
    return out;
}

/// y = x up to the knee, then tanh towards the limit with unit slope at the knee (physics.md §8); branch-free.
inline float softClip(float x, float knee, float limit)
{
    const float a = std::abs(x);
    const float bent = knee + (limit - knee) * tanhOfPositive((a - knee) / (limit - knee));
    return a <= knee ? x : std::copysign(bent, x);
}

} // namespace

HEADROOM_AVX2_CLONES float SoftClipper::centralBound(const float *run) const
{
    float largest = 0;
    for (std::size_t p = 0; p < kOversampling; ++p) {
        const std::array<float, kRun> v = runSum<-1>(run, m_phases[p], kOversampling, kCentre.first, kCentre.second);
        largest = std::max(largest, largestMagnitude(v.data(), kRun));
    }
    return static_cast<float>(largest * kRoundingMargin);
}

SoftClipper::SoftClipper(double limit) : m_limit(static_cast<float>(limit)), m_knee(static_cast<float>(kKnee * limit))
{
    const std::vector<double> h = oversamplingFilter();
    double bound = 0;
    for (std::size_t p = 0; p < kOversampling; ++p) {
        double sum = 0, outer = 0;
        for (std::size_t r = 0; r < kPhaseTaps && p + kOversampling * r < h.size(); ++r) {
            m_phases[p][r] = static_cast<float>(h[p + kOversampling * r]);
            const double weight = kOversampling * std::abs(h[p + kOversampling * r]);
            sum += weight;
            if (r < kCentre.first || r >= kCentre.second)
                outer += weight;
        }
        bound = std::max(bound, sum);
        m_outerWeight = std::max(m_outerWeight, static_cast<float>(outer * kRoundingMargin));
    }
    m_transparentBelow = static_cast<float>(m_knee / (bound * kRoundingMargin));
}

float SoftClipper::curve(float x) const { return softClip(x, m_knee, m_limit); }

HEADROOM_AVX2_CLONES void SoftClipper::correction(const float *window, std::size_t len, float *correction, Path path) const
{
    // The interpolated sample of branch p at base index u (relative to the block) is v = 4·Σ_r h[p + 4r]·x[u − r],
    // for u from 0 to len + kContext; the output at i gains Σ_p Σ_r h[p + 4r]·(f(v) − v) over the samples at u = i + r.
    // Both sums run in runs of kRun base samples, each run's sums in registers. A run has no distortion when its
    // input stays below transparentBelow(), or when the central taps' part of v plus a bound on the rest stays below
    // the knee (most runs of noise that come near the knee); outputs whose runs have none are zero without the second
    // sum.
    const std::size_t runs = (len + kContext + kRun - 1) / kRun;
    std::vector<float> x(runs * kRun + kContext, 0.0f); // the window, padded with zeros to whole runs
    std::copy(window, window + len + 2 * kContext, x.begin());
    std::vector<float> distortion(kOversampling * runs * kRun, 0.0f); // branch p at [p·runs·kRun + u]
    std::vector<bool> bent(runs, false);
    for (std::size_t run = 0; run < runs; ++run) {
        const std::size_t u0 = run * kRun;
        // x[u0 − kContext] … x[u0 + kRun − 1] is all the run reads.
        if (path == Path::Skipping) {
            const float largest = largestMagnitude(x.data() + u0, kRun + kContext);
            if (largest <= m_transparentBelow || centralBound(x.data() + kContext + u0) + largest * m_outerWeight <= m_knee)
                continue;
        }
        for (std::size_t p = 0; p < kOversampling; ++p) {
            const std::array<float, kRun> v = runSum<-1>(x.data() + kContext + u0, m_phases[p], kOversampling);
            float *d = distortion.data() + p * runs * kRun + u0;
            float bends = 0;
            for (std::size_t u = 0; u < kRun; ++u) {
                d[u] = softClip(v[u], m_knee, m_limit) - v[u];
                bends = std::max(bends, std::abs(d[u]));
            }
            bent[run] = bent[run] || bends > 0 || path == Path::Full;
        }
    }
    // Outputs of a run read the distortion of that run and the next.
    for (std::size_t run = 0; run * kRun < len; ++run) {
        const std::size_t i0 = run * kRun;
        const std::size_t count = std::min(kRun, len - i0);
        std::array<float, kRun> sum{};
        if (bent[run] || (run + 1 < runs && bent[run + 1]))
            for (std::size_t p = 0; p < kOversampling; ++p) {
                const std::array<float, kRun> branch = runSum<+1>(distortion.data() + p * runs * kRun + i0, m_phases[p], 1);
                for (std::size_t i = 0; i < kRun; ++i)
                    sum[i] += branch[i];
            }
        std::copy_n(sum.begin(), count, correction + i0);
    }
}

} // namespace headroom
