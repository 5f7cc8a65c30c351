#pragma once

// A small in-place radix-2 FFT for the renderer's FFT convolution: twiddles and bit reversal computed once per size.

#include <complex>
#include <cstddef>
#include <vector>

namespace headroom {

/// Complex FFT of one power-of-two size.
class Fft
{
public:
    explicit Fft(std::size_t size);
    [[nodiscard]] std::size_t size() const { return m_size; }
    /// X[k] = Σ x[n]·e^(−2πikn/N), in place.
    void forward(std::complex<float> *data) const { transform(data, false); }
    /// x[n] = Σ X[k]·e^(+2πikn/N), unscaled (the caller divides by N where it needs to).
    void inverse(std::complex<float> *data) const { transform(data, true); }

private:
    void transform(std::complex<float> *data, bool inverse) const;

    std::size_t m_size;
    std::vector<std::complex<float>> m_twiddles; ///< e^(−2πik/N), k < N/2
    std::vector<std::pair<std::size_t, std::size_t>> m_swaps; ///< bit-reversal pairs
};

} // namespace headroom
