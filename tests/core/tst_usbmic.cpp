// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// USB microphones (physics.md §3, "USB microphones"): the capsule's maximum SPL is full scale at the lowest gain, the
// gain raises the level in dBFS, and headphones on the microphone's own jack hear the computer and, with direct
// monitoring, the voice. Expected values are worked by hand; each case's comment shows the sum.

#include "chainbuilder.h"

#include "findings.h"
#include "units.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace headroom::units;

namespace {

constexpr double kTolDb = 0.01;

/// A voice (74 dB SPL at 0.3 m, physics.md §2) at `distanceM` from a USB microphone whose full scale is 120 dB SPL at
/// no gain, with `spanDb` of gain, a +3 dBu headphone output of 10 Ω and 32 Ω headphones of 110 dB SPL/V on it.
ChainBuilder podcaster(double distanceM, double spanDb)
{
    ChainBuilder b;
    b.add(QStringLiteral("daw"), makeSpec(DeviceKind::Player, {{Field::HeadphoneOutputs, 0}}))
        .add(QStringLiteral("voice"), DeviceSpec(DeviceKind::AcousticSource))
        .add(QStringLiteral("mic"),
             makeSpec(DeviceKind::UsbMic,
                      {{Field::MaxSplDb, 120},
                       {Field::GainRangeDb, spanDb},
                       {Field::HpMaxLevelDbu, 3},
                       {Field::HpOutputImpedanceOhm, 10},
                       {Field::HpDynamicRangeDb, 100},
                       {Field::InterfaceLatencyMs, 3}}))
        .add(QStringLiteral("phones"), phonesPerVolt(32, 110))
        .connect(QStringLiteral("daw.usb"), QStringLiteral("mic.usb"))
        .connect(QStringLiteral("voice.sound"), QStringLiteral("mic.sound"))
        .connect(QStringLiteral("mic.hp1"), QStringLiteral("phones.in"));
    b.settings(QStringLiteral("voice")).programme = Programme::Speech;
    b.settings(QStringLiteral("voice")).distanceM = distanceM;
    b.settings(QStringLiteral("mic")).directMonitor = true;
    return b;
}

} // namespace

class TestUsbMic : public QObject
{
    Q_OBJECT

private slots:
    void gainForSpeech_data();
    void gainForSpeech();
    void headphonesOnItsJack();
    void loudVoiceClips();
    void monitoringThroughTheComputer();
};

void TestUsbMic::gainForSpeech_data()
{
    QTest::addColumn<double>("distanceM");
    QTest::addColumn<double>("spanDb");
    QTest::addColumn<double>("gainDb");
    QTest::addColumn<double>("shortDb"); // 0: enough gain
    // 3 in: 74 + 20·log10(0.3/0.0762) = 85.90 dB SPL; −18 dBFS needs −18 − (85.90 − 120) = 16.10 dB of the 40.
    QTest::newRow("3 in, 40 dB") << 0.0762 << 40.0 << -18.0 - (74 + 20 * std::log10(0.3 / 0.0762) - 120) << 0.0;
    // 1 m: 74 − 20·log10(1/0.3) = 63.54 dB SPL; it needs 38.46 dB: within 40, 8.46 dB more than 30.
    QTest::newRow("1 m, 40 dB") << 1.0 << 40.0 << -18.0 - (74 - 20 * std::log10(1 / 0.3) - 120) << 0.0;
    QTest::newRow("1 m, 30 dB: short") << 1.0 << 30.0 << 30.0 << (-18.0 - (74 - 20 * std::log10(1 / 0.3) - 120)) - 30.0;
}

void TestUsbMic::gainForSpeech()
{
    QFETCH(double, distanceM);
    QFETCH(double, spanDb);
    QFETCH(double, gainDb);
    QFETCH(double, shortDb);
    const AnalysisResult r = podcaster(distanceM, spanDb).analyze();
    const PortResult &capsule = r.port(2, 0);
    QCOMPARE_LE(std::abs(*capsule.gainDb - gainDb), kTolDb);
    QCOMPARE_LE(std::abs(*capsule.dbfs - (shortDb > 0 ? -18.0 - shortDb : -18.0)), kTolDb);
    const Finding *shortGain = findCode(r, FindingCode::PreampGainShort);
    QCOMPARE(shortGain != nullptr, shortDb > 0);
    if (shortGain) {
        QCOMPARE_LE(std::abs(*shortGain->figure("shortDb") - shortDb), kTolDb);
        QVERIFY(!shortGain->figure("boosterDb")); // nothing goes between a USB microphone's capsule and its preamp
        QVERIFY(describe(*shortGain, podcaster(distanceM, spanDb).chain()).contains(QStringLiteral("move closer")));
    }
}

void TestUsbMic::headphonesOnItsJack()
{
    const AnalysisResult r = podcaster(0.0762, 40).analyze();
    const ListenerResult &l = r.listeners.front();
    // +3 dBu (1.0963 V) through 10 Ω into 32 Ω: 0.8353 V → 110 + 20·log10(0.8353) = 108.44 dB SPL, 1.56 dB short of
    // 110: marginal.
    QCOMPARE_LE(std::abs(l.maxSpl - (110 + amplitudeDb(dbuToVolts(3) * 32 / 42))), kTolDb);
    QCOMPARE(l.verdict, Verdict::Marginal);
    // The voice is heard directly, with nothing added.
    QCOMPARE(l.monitoringLatencyMs, std::optional<double>(0.0));
    QVERIFY(l.playing);
}

void TestUsbMic::loudVoiceClips()
{
    ChainBuilder b = podcaster(0.0762, 40);
    b.settings(QStringLiteral("voice")).splDb = 100;
    b.port(QStringLiteral("mic"), QStringLiteral("sound")).gainDb = 20;
    const AnalysisResult r = b.analyze();
    // 100 + 11.90 = 111.90 dB SPL at the capsule; at 20 dB of gain the average is 111.90 − 120 + 20 = +11.90 dBFS and
    // speech's peaks 12 dB above: over a full-scale sine's peak (+3.01 dB) by 11.90 + 12 − 3.01 = 20.89 dB.
    const double spl = 100 + 20 * std::log10(0.3 / 0.0762);
    const Finding *clip = nullptr;
    for (const Finding &f : r.findings)
        if (f.code == FindingCode::Clipping && f.device == 2 && f.port == 0)
            clip = &f;
    QVERIFY(clip);
    QCOMPARE_LE(std::abs(*clip->figure("overDb") - (spl - 120 + 20 + 12 - kSineCrestDb)), kTolDb);
}

void TestUsbMic::monitoringThroughTheComputer()
{
    ChainBuilder b = podcaster(0.0762, 40);
    b.settings(QStringLiteral("mic")).directMonitor = false;
    DeviceSettings &daw = b.settings(QStringLiteral("daw"));
    daw.monitorInputs = true;
    daw.bufferSamples = 512;
    daw.sampleRateHz = 48000;
    const AnalysisResult r = b.analyze();
    // 2·512/48 000 s = 21.33 ms, + 3 ms of its own = 24.33 ms.
    QCOMPARE_LE(std::abs(*r.listeners.front().monitoringLatencyMs - (2.0 * 512 / 48.0 + 3)), 1e-9);
    QVERIFY(findCode(r, FindingCode::MonitoringLatency));
}

QTEST_GUILESS_MAIN(TestUsbMic)
#include "tst_usbmic.moc"
