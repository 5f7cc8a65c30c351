// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The soft clipper: its curve (physics.md §8), and the skipping the renderer relies on. Skipping stretches that cannot
// reach the knee must give exactly what computing them gives, on quiet blocks and on blocks that are quiet only in
// part; a block that crosses the knee must still be clipped, and no further than the limit.

#include "softclipper.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <vector>

using namespace headroom;

namespace {

constexpr double kLimit = 2.0;
constexpr std::size_t kLen = 256;
constexpr std::size_t kContext = SoftClipper::kContext;

/// A window (kContext before, the block, kContext after) of a sine of this peak, with a burst of a second peak in
/// the samples [burstFrom, burstTo) of the block.
std::vector<float> window(double peak, double burstPeak = 0, std::size_t burstFrom = 0, std::size_t burstTo = 0)
{
    std::vector<float> w(kLen + 2 * kContext);
    for (std::size_t t = 0; t < w.size(); ++t) {
        const bool burst = t >= kContext + burstFrom && t < kContext + burstTo;
        w[t] = static_cast<float>((burst ? burstPeak : peak) * std::sin(2.0 * std::numbers::pi * 997.0 / 48000.0 * static_cast<double>(t)));
    }
    return w;
}

std::vector<float> correction(const SoftClipper &clipper, const std::vector<float> &w, SoftClipper::Path path)
{
    std::vector<float> c(kLen, -1.0f);
    clipper.correction(w.data(), kLen, c.data(), path);
    return c;
}

} // namespace

class TestSoftClipper : public QObject
{
    Q_OBJECT

private slots:
    void curveFollowsTanhAboveTheKnee_data();
    void curveFollowsTanhAboveTheKnee();
    void skippingIsExact_data();
    void skippingIsExact();
    void crossingTheKneeClips();
};

void TestSoftClipper::curveFollowsTanhAboveTheKnee_data()
{
    QTest::addColumn<double>("x");
    // Knee at 0.7·2 = 1.4, span 0.6: y = 1.4 + 0.6·tanh((|x| − 1.4)/0.6).
    QTest::newRow("below the knee: unchanged") << 1.0;
    QTest::newRow("at the knee") << 1.4;
    QTest::newRow("just above the knee") << 1.45;
    QTest::newRow("at the limit: 1.4 + 0.6·tanh 1") << 2.0;
    QTest::newRow("negative, far beyond") << -8.0;
    QTest::newRow("huge") << 1e6;
}

void TestSoftClipper::curveFollowsTanhAboveTheKnee()
{
    QFETCH(double, x);
    const SoftClipper clipper(kLimit);
    const double knee = 0.7 * kLimit;
    const double expected = std::abs(x) <= knee ? x : std::copysign(knee + (kLimit - knee) * std::tanh((std::abs(x) - knee) / (kLimit - knee)), x);
    const float y = clipper.curve(static_cast<float>(x));
    QVERIFY2(std::abs(y - expected) < 1e-6 * kLimit, qPrintable(QString::number(y - expected)));
    QVERIFY(std::abs(y) <= kLimit);
}

void TestSoftClipper::skippingIsExact_data()
{
    QTest::addColumn<double>("peak");
    QTest::addColumn<double>("burstPeak");
    QTest::addColumn<bool>("clips");
    // The peak is in units of transparentBelow(), about the knee / 1.96 (the largest absolute tap sum of a branch); the
    // burst covers samples 100–140 of the block.
    QTest::newRow("silence") << 0.0 << 0.0 << false;
    QTest::newRow("quiet: half the transparent level") << 0.5 << 0.0 << false;
    QTest::newRow("quiet: just under the transparent level") << 0.999 << 0.0 << false;
    // Above the transparent level the central taps' part and a bound on the rest decide: two thirds of the knee is
    // skipped, nine tenths of it is computed and found below the knee, 102 % of it clips.
    QTest::newRow("between the transparent level and the knee") << 1.3 << 0.0 << false;
    QTest::newRow("nine tenths of the knee") << 1.77 << 0.0 << false;
    QTest::newRow("just over the knee") << 2.0 << 0.0 << true;
    QTest::newRow("quiet block with a burst over the knee") << 0.5 << 3.0 << true;
    QTest::newRow("loud throughout") << 3.0 << 0.0 << true;
}

void TestSoftClipper::skippingIsExact()
{
    QFETCH(double, peak);
    QFETCH(double, burstPeak);
    QFETCH(bool, clips);
    const SoftClipper clipper(kLimit);
    const std::vector<float> w = window(peak * clipper.transparentBelow(), burstPeak, 100, 140);
    const std::vector<float> skipping = correction(clipper, w, SoftClipper::Path::Skipping);
    const std::vector<float> full = correction(clipper, w, SoftClipper::Path::Full);
    QVERIFY(skipping == full); // bit for bit
    bool changed = false;
    for (float c : full)
        changed = changed || c != 0.0f;
    QCOMPARE(changed, clips);
}

void TestSoftClipper::crossingTheKneeClips()
{
    // A sine peaking at 1.5 times the limit, 3.5 dB over: the output stays within the limit (plus the ripple of the
    // band limit on what the curve removed) and loses most of the excess.
    const SoftClipper clipper(kLimit);
    const std::vector<float> w = window(1.5 * kLimit);
    const std::vector<float> c = correction(clipper, w, SoftClipper::Path::Skipping);
    float inPeak = 0, outPeak = 0;
    for (std::size_t i = 0; i < kLen; ++i) {
        inPeak = std::max(inPeak, std::abs(w[kContext + i]));
        outPeak = std::max(outPeak, std::abs(w[kContext + i] + c[i]));
    }
    QVERIFY(inPeak > 1.45 * kLimit);
    QVERIFY2(outPeak < 1.05 * kLimit && outPeak > 0.8 * kLimit, qPrintable(QString::number(outPeak)));
}

QTEST_GUILESS_MAIN(TestSoftClipper)
#include "tst_softclipper.moc"
