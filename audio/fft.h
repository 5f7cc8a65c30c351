// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A small in-place FFT for the renderer's FFT convolution, on split real and imaginary arrays so that the butterflies
// vectorise; radix-2 stages are fused in pairs (radix 4), halving the passes over memory. The forward transform decimates in frequency and leaves the spectrum in bit-reversed order;
// the inverse decimates in time and takes it in that order: a convolution multiplies spectra pointwise, so the order
// never matters and no bit-reversal pass is needed.

#include <cstddef>
#include <vector>

namespace headroom {

/// Complex FFT of one power-of-two size.
class Fft
{
public:
    explicit Fft(std::size_t size);
    [[nodiscard]] std::size_t size() const { return m_size; }
    /// X[k] = Σ x[n]·e^(−2πikn/N), in place; X[k] lands at index reversed(k).
    void forward(float *re, float *im) const;
    /// x[n] = Σ X[k]·e^(+2πikn/N) from X[k] at index reversed(k), in place and unscaled (the caller divides by N).
    void inverse(float *re, float *im) const;
    /// k with its log2(N) bits reversed.
    [[nodiscard]] std::size_t reversed(std::size_t k) const;

private:
    std::size_t m_size;
    std::vector<float> m_cos;  ///< the stage of half-length h holds Re e^(−iπk/h), k < h, at [h, 2h)
    std::vector<float> m_sin;  ///< likewise Im
    std::vector<float> m_cos3; ///< Re e^(−3iπk/h) at [h, 2h), for the radix-4 passes
    std::vector<float> m_sin3; ///< likewise Im
};

} // namespace headroom
