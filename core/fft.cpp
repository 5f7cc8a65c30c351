#include "fft.h"

#include <cmath>
#include <numbers>
#include <utility>

namespace headroom {

Fft::Fft(std::size_t size) : m_size(size), m_twiddles(size / 2)
{
    for (std::size_t k = 0; k < size / 2; ++k) {
        const double angle = -2.0 * std::numbers::pi * static_cast<double>(k) / static_cast<double>(size);
        m_twiddles[k] = {static_cast<float>(std::cos(angle)), static_cast<float>(std::sin(angle))};
    }
    for (std::size_t i = 1, j = 0; i < size; ++i) {
        std::size_t bit = size >> 1;
        for (; j & bit; bit >>= 1)
            j ^= bit;
        j ^= bit;
        if (i < j)
            m_swaps.emplace_back(i, j);
    }
}

void Fft::transform(std::complex<float> *data, bool inverse) const
{
    for (const auto &[i, j] : m_swaps)
        std::swap(data[i], data[j]);
    // Butterflies written out on real and imaginary parts: std::complex's operator* checks for NaN and infinity
    // through a library call unless -ffast-math, which would dominate the cost.
    auto *d = reinterpret_cast<float *>(data);
    const auto *w = reinterpret_cast<const float *>(m_twiddles.data());
    const float sign = inverse ? -1.0f : 1.0f;
    for (std::size_t half = 1, stride = m_size / 2; half < m_size; half *= 2, stride /= 2) {
        for (std::size_t start = 0; start < m_size; start += 2 * half) {
            for (std::size_t k = 0; k < half; ++k) {
                const float wr = w[2 * k * stride];
                const float wi = sign * w[2 * k * stride + 1];
                float *a = d + 2 * (start + k);
                float *b = a + 2 * half;
                const float br = b[0] * wr - b[1] * wi;
                const float bi = b[0] * wi + b[1] * wr;
                b[0] = a[0] - br;
                b[1] = a[1] - bi;
                a[0] += br;
                a[1] += bi;
            }
        }
    }
}

} // namespace headroom
