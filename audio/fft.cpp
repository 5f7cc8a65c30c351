// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fft.h"

#include "cpudispatch.h"

#include <bit>
#include <cmath>
#include <numbers>

namespace headroom {
namespace {

/// Split complex arrays at one offset, for four quarters of a radix-4 group.
struct Quarters {
    float *re[4];
    float *im[4];
};

Quarters quarters(float *re, float *im, std::size_t start, std::size_t quarter)
{
    return {{re + start, re + start + quarter, re + start + 2 * quarter, re + start + 3 * quarter},
            {im + start, im + start + quarter, im + start + 2 * quarter, im + start + 3 * quarter}};
}

/// Twiddle tables: W = e^(−iπk/h) for the stage of half-length h at [h, 2h), and W³ likewise.
struct Twiddles {
    const float *cos1, *sin1, *cos3, *sin3;
};

/// What a radix-4 pass over groups of 2h multiplies by: W^k, W^2k and W^3k for k < h/2, W = e^(−iπ/h).
struct PassTwiddles {
    const float *__restrict r1, *__restrict i1, *__restrict r2, *__restrict i2, *__restrict r3, *__restrict i3;
};

PassTwiddles passTwiddles(const Twiddles &w, std::size_t half)
{
    return {w.cos1 + half, w.sin1 + half, w.cos1 + half / 2, w.sin1 + half / 2, w.cos3 + half, w.sin3 + half};
}

/// One group's butterflies of a single radix-2 stage, decimation in frequency: a' = a + b, b' = (a − b)·w.
inline void difRadix2(float *__restrict ar, float *__restrict ai, float *__restrict br, float *__restrict bi, const float *__restrict wr,
                      const float *__restrict wi, std::size_t half)
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

/// One group's butterflies of a single radix-2 stage, decimation in time with the conjugate twiddle: a' = a + b·w*,
/// b' = a − b·w*.
inline void ditRadix2(float *__restrict ar, float *__restrict ai, float *__restrict br, float *__restrict bi, const float *__restrict wr,
                      const float *__restrict wi, std::size_t half)
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

/// Two radix-2 stages fused in one pass over a group of 2h, with W = e^(−iπ/h) and quarters x0…x3 at k, k + h/2,
/// k + h, k + 3h/2.
/// Forward, decimation in frequency (halves h, then h/2): a = x0 + x2, b = x0 − x2, c = x1 + x3, d = −i·(x1 − x3);
/// y0 = a + c, y1 = (a − c)·W^2k, y2 = (b + d)·W^k, y3 = (b − d)·W^3k, which is the two stages' result in place.
/// Inverse, decimation in time (halves h/2, then h) with conjugate twiddles: p = x1·W*^2k, q = x2·W*^k,
/// r = x3·W*^3k; a0 = x0 + p, a1 = x0 − p, c = q + r, d = i·(q − r); y0 = a0 + c, y1 = a1 + d, y2 = a0 − c, y3 = a1 − d.
template <bool inverse>
inline void radix4(const Quarters &q, const PassTwiddles &w, std::size_t quarter)
{
    float *__restrict r0 = q.re[0], *__restrict r1 = q.re[1], *__restrict r2 = q.re[2], *__restrict r3 = q.re[3];
    float *__restrict i0 = q.im[0], *__restrict i1 = q.im[1], *__restrict i2 = q.im[2], *__restrict i3 = q.im[3];
    const float *__restrict w1r = w.r1, *__restrict w1i = w.i1, *__restrict w2r = w.r2, *__restrict w2i = w.i2;
    const float *__restrict w3r = w.r3, *__restrict w3i = w.i3;
#pragma GCC ivdep // the quarters never overlap
    for (std::size_t k = 0; k < quarter; ++k) {
        if constexpr (!inverse) {
            const float ar = r0[k] + r2[k], ai = i0[k] + i2[k];
            const float br = r0[k] - r2[k], bi = i0[k] - i2[k];
            const float cr = r1[k] + r3[k], ci = i1[k] + i3[k];
            const float dr = i1[k] - i3[k], di = r3[k] - r1[k]; // −i·(x1 − x3)
            r0[k] = ar + cr;
            i0[k] = ai + ci;
            const float er = ar - cr, ei = ai - ci;
            r1[k] = er * w2r[k] - ei * w2i[k];
            i1[k] = er * w2i[k] + ei * w2r[k];
            const float fr = br + dr, fi = bi + di;
            r2[k] = fr * w1r[k] - fi * w1i[k];
            i2[k] = fr * w1i[k] + fi * w1r[k];
            const float gr = br - dr, gi = bi - di;
            r3[k] = gr * w3r[k] - gi * w3i[k];
            i3[k] = gr * w3i[k] + gi * w3r[k];
        } else {
            const float pr = r1[k] * w2r[k] + i1[k] * w2i[k], pi = i1[k] * w2r[k] - r1[k] * w2i[k];
            const float qr = r2[k] * w1r[k] + i2[k] * w1i[k], qi = i2[k] * w1r[k] - r2[k] * w1i[k];
            const float sr = r3[k] * w3r[k] + i3[k] * w3i[k], si = i3[k] * w3r[k] - r3[k] * w3i[k];
            const float a0r = r0[k] + pr, a0i = i0[k] + pi;
            const float a1r = r0[k] - pr, a1i = i0[k] - pi;
            const float cr = qr + sr, ci = qi + si;
            const float dr = si - qi, di = qr - sr; // i·(q − r)
            r0[k] = a0r + cr;
            i0[k] = a0i + ci;
            r1[k] = a1r + dr;
            i1[k] = a1i + di;
            r2[k] = a0r - cr;
            i2[k] = a0i - ci;
            r3[k] = a1r - dr;
            i3[k] = a1i - di;
        }
    }
}

/// The twiddles of the passes at h = 2: W^0 = 1.
constexpr float kOne[1] = {1.0f};
constexpr float kZero[1] = {0.0f};
constexpr PassTwiddles kUnity{kOne, kZero, kOne, kZero, kOne, kZero};

/// The passes at h = 2, over all groups of four: the last of a forward transform, the first of an inverse.
template <bool inverse>
inline void unityRadix4(float *re, float *im, std::size_t size)
{
    for (std::size_t g = 0; g < size; g += 4)
        radix4<inverse>(quarters(re, im, g, 1), kUnity, 1);
}

/// Blocks up to this many points are transformed pass by pass; they fit the L1 cache with their twiddles.
constexpr std::size_t kLeaf = 2048;

/// A whole DIF transform of a block, largest stage first.
HEADROOM_AVX2_CLONES void forwardBlock(float *re, float *im, std::size_t size, const Twiddles &w)
{
    std::size_t half = size / 2;
    if (size > kLeaf) {
        // The top two stages span the block; after them its quarters are independent transforms, each done while in
        // cache rather than one pass at a time over the whole block.
        radix4<false>(quarters(re, im, 0, half / 2), passTwiddles(w, half), half / 2);
        for (std::size_t q = 0; q < 4; ++q)
            forwardBlock(re + q * size / 4, im + q * size / 4, size / 4, w);
        return;
    }
    if (std::countr_zero(size) % 2 == 1) { // an odd number of stages: one radix-2 pass first
        difRadix2(re, im, re + half, im + half, w.cos1 + half, w.sin1 + half, half);
        forwardBlock(re, im, half, w);
        forwardBlock(re + half, im + half, half, w);
        return;
    }
    for (; half >= 4; half /= 4) {
        const std::size_t quarter = half / 2;
        for (std::size_t start = 0; start < size; start += 2 * half)
            radix4<false>(quarters(re, im, start, quarter), passTwiddles(w, half), quarter);
    }
    if (half == 2)
        unityRadix4<false>(re, im, size);
}

/// A whole DIT transform of a block, the mirror of forwardBlock: smallest stage first.
HEADROOM_AVX2_CLONES void inverseBlock(float *re, float *im, std::size_t size, const Twiddles &w)
{
    const std::size_t half = size / 2;
    if (size > kLeaf) {
        for (std::size_t q = 0; q < 4; ++q)
            inverseBlock(re + q * size / 4, im + q * size / 4, size / 4, w);
        radix4<true>(quarters(re, im, 0, half / 2), passTwiddles(w, half), half / 2);
        return;
    }
    if (std::countr_zero(size) % 2 == 1) { // an odd number of stages: one radix-2 pass last
        inverseBlock(re, im, half, w);
        inverseBlock(re + half, im + half, half, w);
        ditRadix2(re, im, re + half, im + half, w.cos1 + half, w.sin1 + half, half);
        return;
    }
    if (size < 4)
        return;
    unityRadix4<true>(re, im, size);
    for (std::size_t h = 8; h < size; h *= 4) {
        const std::size_t quarter = h / 2;
        for (std::size_t start = 0; start < size; start += 2 * h)
            radix4<true>(quarters(re, im, start, quarter), passTwiddles(w, h), quarter);
    }
}

} // namespace

Fft::Fft(std::size_t size) : m_size(size), m_cos(size), m_sin(size), m_cos3(size), m_sin3(size)
{
    for (std::size_t half = 1; half < size; half *= 2) {
        for (std::size_t k = 0; k < half; ++k) {
            const double angle = -std::numbers::pi * static_cast<double>(k) / static_cast<double>(half);
            m_cos[half + k] = static_cast<float>(std::cos(angle));
            m_sin[half + k] = static_cast<float>(std::sin(angle));
            m_cos3[half + k] = static_cast<float>(std::cos(3 * angle));
            m_sin3[half + k] = static_cast<float>(std::sin(3 * angle));
        }
    }
}

void Fft::forward(float *re, float *im) const { forwardBlock(re, im, m_size, {m_cos.data(), m_sin.data(), m_cos3.data(), m_sin3.data()}); }

void Fft::inverse(float *re, float *im) const { inverseBlock(re, im, m_size, {m_cos.data(), m_sin.data(), m_cos3.data(), m_sin3.data()}); }

std::size_t Fft::reversed(std::size_t k) const
{
    std::size_t r = 0;
    for (std::size_t bit = 1; bit < m_size; bit *= 2, k /= 2)
        r = 2 * r + (k & 1);
    return r;
}

} // namespace headroom
