#include "fft.h"

#include <cmath>
#include <numbers>

namespace headroom {
namespace {

/// One group's butterflies, decimation in frequency: a' = a + b, b' = (a − b)·w.
void difButterflies(float *__restrict ar, float *__restrict ai, float *__restrict br, float *__restrict bi,
                    const float *__restrict wr, const float *__restrict wi, std::size_t half)
{
    for (std::size_t k = 0; k < half; ++k) {
        const float dr = ar[k] - br[k];
        const float di = ai[k] - bi[k];
        ar[k] += br[k];
        ai[k] += bi[k];
        br[k] = dr * wr[k] - di * wi[k];
        bi[k] = dr * wi[k] + di * wr[k];
    }
}

/// One group's butterflies, decimation in time with the conjugate twiddle: a' = a + b·w*, b' = a − b·w*.
void ditButterflies(float *__restrict ar, float *__restrict ai, float *__restrict br, float *__restrict bi,
                    const float *__restrict wr, const float *__restrict wi, std::size_t half)
{
    for (std::size_t k = 0; k < half; ++k) {
        const float tr = br[k] * wr[k] + bi[k] * wi[k];
        const float ti = bi[k] * wr[k] - br[k] * wi[k];
        br[k] = ar[k] - tr;
        bi[k] = ai[k] - ti;
        ar[k] += tr;
        ai[k] += ti;
    }
}

} // namespace

Fft::Fft(std::size_t size) : m_size(size), m_cos(size), m_sin(size)
{
    for (std::size_t half = 1; half < size; half *= 2) {
        for (std::size_t k = 0; k < half; ++k) {
            const double angle = -std::numbers::pi * static_cast<double>(k) / static_cast<double>(half);
            m_cos[half + k] = static_cast<float>(std::cos(angle));
            m_sin[half + k] = static_cast<float>(std::sin(angle));
        }
    }
}

void Fft::forward(float *re, float *im) const
{
    for (std::size_t half = m_size / 2; half >= 1; half /= 2)
        for (std::size_t start = 0; start < m_size; start += 2 * half)
            difButterflies(re + start, im + start, re + start + half, im + start + half, m_cos.data() + half, m_sin.data() + half, half);
}

void Fft::inverse(float *re, float *im) const
{
    for (std::size_t half = 1; half < m_size; half *= 2)
        for (std::size_t start = 0; start < m_size; start += 2 * half)
            ditButterflies(re + start, im + start, re + start + half, im + start + half, m_cos.data() + half, m_sin.data() + half, half);
}

std::size_t Fft::reversed(std::size_t k) const
{
    std::size_t r = 0;
    for (std::size_t bit = 1; bit < m_size; bit *= 2, k /= 2)
        r = 2 * r + (k & 1);
    return r;
}

} // namespace headroom
