// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The FFT against a direct DFT: radix-4 passes with a radix-2 pass where the number of stages is odd, and blocks
// beyond the cache-sized leaf finished quarter by quarter, must all give X[k] at index reversed(k) and invert exactly.

#include "fft.h"

#include <QTest>

#include <cmath>
#include <complex>
#include <numbers>
#include <vector>

using namespace headroom;

namespace {

/// Reproducible test input in [−1, 1).
std::vector<float> values(std::size_t n, unsigned seed)
{
    std::vector<float> v(n);
    std::uint64_t state = seed * 0x9E3779B97F4A7C15ull + 1;
    for (float &x : v) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        x = static_cast<float>(static_cast<double>(state >> 11) * 0x1.0p-52 - 1.0);
    }
    return v;
}

/// An input and its forward transform.
struct Transformed {
    std::vector<float> xr, xi; ///< the input
    std::vector<float> re, im; ///< its transform, in bit-reversed order
};

Transformed transformed(const Fft &fft, unsigned seed)
{
    Transformed t{values(fft.size(), seed), values(fft.size(), seed + 1), {}, {}};
    t.re = t.xr;
    t.im = t.xi;
    fft.forward(t.re.data(), t.im.data());
    return t;
}

} // namespace

class TestFft : public QObject
{
    Q_OBJECT

private slots:
    void forwardIsTheDft_data();
    void forwardIsTheDft();
    void inverseUndoesForward_data();
    void inverseUndoesForward();
};

void TestFft::forwardIsTheDft_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("2: one radix-2 stage") << 2;
    QTest::newRow("4: one radix-4 pass") << 4;
    QTest::newRow("8: radix-2 then radix-4") << 8;
    QTest::newRow("64: three radix-4 passes") << 64;
    QTest::newRow("512: odd, inside the leaf") << 512;
    QTest::newRow("4096: one pass above the leaf") << 4096;
    QTest::newRow("8192: odd, above the leaf") << 8192;
}

void TestFft::forwardIsTheDft()
{
    QFETCH(int, size);
    const auto n = static_cast<std::size_t>(size);
    const Fft fft(n);
    const auto [xr, xi, re, im] = transformed(fft, 1);
    // Every bin of the small sizes, a spread of bins of the large ones.
    const std::size_t stride = n <= 512 ? 1 : 37;
    double worst = 0;
    for (std::size_t k = 0; k < n; k += stride) {
        std::complex<double> sum;
        for (std::size_t t = 0; t < n; ++t)
            sum += std::complex<double>(xr[t], xi[t])
                * std::polar(1.0, -2.0 * std::numbers::pi * static_cast<double>((k * t) % n) / static_cast<double>(n));
        const std::size_t at = fft.reversed(k);
        worst = std::max(worst, std::abs(sum - std::complex<double>(re[at], im[at])));
    }
    // Float rounding grows with log2(N); the bins' magnitude is about √N.
    QVERIFY2(worst < 1e-5 * std::sqrt(static_cast<double>(n)) * std::log2(static_cast<double>(n) + 1), qPrintable(QString::number(worst)));
}

void TestFft::inverseUndoesForward_data()
{
    QTest::addColumn<int>("size");
    for (int size : {2, 4, 8, 16, 2048, 4096, 32768, 65536})
        QTest::addRow("%d", size) << size;
}

void TestFft::inverseUndoesForward()
{
    QFETCH(int, size);
    const auto n = static_cast<std::size_t>(size);
    const Fft fft(n);
    auto [xr, xi, re, im] = transformed(fft, 3);
    fft.inverse(re.data(), im.data());
    double worst = 0;
    for (std::size_t t = 0; t < n; ++t)
        worst = std::max({worst, std::abs(re[t] / static_cast<double>(n) - xr[t]), std::abs(im[t] / static_cast<double>(n) - xi[t])});
    QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));
}

QTEST_GUILESS_MAIN(TestFft)
#include "tst_fft.moc"
