// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Mixers and podcast consoles (physics.md §3, "Mixers and podcast consoles"): each channel's gain puts its voice
// 18 dB below the channel's clip point, the faders scale the channels onto a bus that adds them in power, and every
// headphone output has its own level. Expected values are worked by hand; each case's comment shows the sum.

#include "chainbuilder.h"

#include "findings.h"
#include "units.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace headroom::units;

namespace {

constexpr double kTolDb = 0.01;
constexpr int kHosts = 4;
constexpr int kMixer = 2 * kHosts; // after the voices and their microphones
constexpr double kHpMaxDbu = 10;
constexpr double kHpOhm = 10;
constexpr double kPhonesOhm = 32;
constexpr double kPhonesDbPerV = 110;
constexpr double kMouthM = 0.076; // a voice's default distance to its microphone, 3 in

QString id(const char *prefix, int n) { return QString::fromLatin1(prefix) + QString::number(n); }

/// Four hosts, each a voice at 3 in from a 2 mV/Pa dynamic microphone on its own channel of a four-channel mixer,
/// each hearing the mix on their own headphone output (+10 dBu, 10 Ω) through 32 Ω headphones of 110 dB SPL/V.
ChainBuilder podcast(bool usbAudio, bool auxSend = false)
{
    ChainBuilder b;
    for (int n = 1; n <= kHosts; ++n)
        b.add(id("voice", n), DeviceSpec(DeviceKind::AcousticSource));
    for (int n = 1; n <= kHosts; ++n)
        b.add(id("mic", n),
              makeSpec(DeviceKind::Microphone, {{Field::MicType, 0}, {Field::SensitivityMvPerPa, 2}, {Field::OutputImpedanceOhm, 300}}));
    b.add(QStringLiteral("mixer"),
          makeSpec(DeviceKind::Mixer,
                   {{Field::ComboInputs, kHosts},
                    {Field::GainMinDb, 0},
                    {Field::GainMaxDb, 60},
                    {Field::MicMaxInputDbu, 10},
                    {Field::EinDbu, -128},
                    {Field::HasUsbAudio, usbAudio ? 1.0 : 0.0},
                    {Field::HasAuxSend, auxSend ? 1.0 : 0.0},
                    {Field::LineOutMaxDbu, 22},
                    {Field::LineOutImpedanceOhm, 150},
                    {Field::LineOutDynamicRangeDb, 100},
                    {Field::HeadphoneOutputs, kHosts},
                    {Field::HpMaxLevelDbu, kHpMaxDbu},
                    {Field::HpOutputImpedanceOhm, kHpOhm},
                    {Field::HpDynamicRangeDb, 100}}));
    for (int n = 1; n <= kHosts; ++n) {
        b.add(id("phones", n), phonesPerVolt(kPhonesOhm, kPhonesDbPerV));
        b.connect(id("voice", n) + QStringLiteral(".sound"), id("mic", n) + QStringLiteral(".sound"))
            .connect(id("mic", n) + QStringLiteral(".out"), QStringLiteral("mixer.") + id("in", n))
            .connect(QStringLiteral("mixer.") + id("hp", n), id("phones", n) + QStringLiteral(".in"));
        b.settings(id("voice", n)).programme = Programme::Speech;
    }
    return b;
}

/// The average SPL at a host's ears when the mix averages `busDbfs` and their output is at `volumeDb`:
/// the output's full scale through 10 Ω into 32 Ω, at 110 dB SPL/V.
double hostSpl(double busDbfs, double volumeDb = 0)
{
    return kPhonesDbPerV + amplitudeDb(dbuToVolts(kHpMaxDbu) * kPhonesOhm / (kPhonesOhm + kHpOhm)) + busDbfs + volumeDb;
}

const Finding *clippingAt(const AnalysisResult &r, int device, int port)
{
    for (const Finding &f : r.findings)
        if (f.code == FindingCode::Clipping && f.device == device && f.port == port)
            return &f;
    return nullptr;
}

} // namespace

class TestMixer : public QObject
{
    Q_OBJECT

private slots:
    void fourHostsOnTheBus();
    void fadersScaleTheirChannel();
    void busClips_data();
    void busClips();
    void faderDoesNotRescueAClippedChannel();
    void computerPlaybackJoinsTheMix();
    void everyoneHearsThemselfAtOnce();
    void auxSendIsAMixOfItsOwn();
};

void TestMixer::fourHostsOnTheBus()
{
    ChainBuilder b = podcast(true);
    b.port(QStringLiteral("mixer"), QStringLiteral("hp2")).volumeDb = -10;
    const AnalysisResult r = b.analyze();
    // Speech at 7.6 cm: 74 + 20·log10(0.3/0.076) = 85.93 dB SPL; 2 mV/Pa gives −53.98 + (85.93 − 93.98) dBV =
    // −59.81 dBu, and a 300 Ω source into the mixer's typical 2 kΩ input loses 1.21 dB: −61.03 dBu. −18 dBFS on a
    // channel that clips at +10 dBu needs 10 − 18 + 61.03 = 53.03 dB of gain, within the 60 dB.
    const double atInput = voltsToDbu(2e-3 * splToPascal(74 + 20 * std::log10(0.3 / kMouthM)) * 2000 / 2300);
    for (int n = 0; n < kHosts; ++n) {
        const PortResult &in = r.port(kMixer, n);
        QCOMPARE_LE(std::abs(*in.gainDb - (10 - 18 - atInput)), kTolDb);
        QCOMPARE_LE(std::abs(*in.dbfs + 18), kTolDb);
    }
    // Four uncorrelated voices at −18 dBFS: −18 + 10·log10 4 = −11.98 dBFS on the bus.
    const double bus = -18 + 10 * std::log10(kHosts);
    QCOMPARE(r.listeners.size(), std::size_t(kHosts));
    for (const ListenerResult &l : r.listeners) {
        const double volume = l.device == 2 * kHosts + 2 ? -10.0 : 0.0; // the second pair, on hp2
        QCOMPARE_LE(std::abs(l.averageSpl - hostSpl(bus, volume)), kTolDb);
    }
    QVERIFY(!findCode(r, FindingCode::Clipping));
}

void TestMixer::fadersScaleTheirChannel()
{
    ChainBuilder b = podcast(true);
    b.port(QStringLiteral("mixer"), QStringLiteral("in1")).faderDb = 10;
    for (int n = 2; n <= kHosts; ++n)
        b.port(QStringLiteral("mixer"), id("in", n)).faderDb = -120;
    const AnalysisResult r = b.analyze();
    // Host 1 at +10 dB: −8 dBFS on the bus; the three closed faders add 3·10^(−13.8) of its power, nothing.
    QCOMPARE_LE(std::abs(r.listeners.front().averageSpl - hostSpl(-8)), kTolDb);
    // The gain is set for the channel, not the fader: still −18 dBFS at the input.
    QCOMPARE_LE(std::abs(*r.port(kMixer, 0).dbfs + 18), kTolDb);
}

void TestMixer::busClips_data()
{
    QTest::addColumn<bool>("usbAudio");
    QTest::addColumn<QString>("at"); // where a mixer records its bus clipping
    QTest::newRow("USB audio: at the USB port") << true << QStringLiteral("usb");
    QTest::newRow("no USB audio: at the main outputs") << false << QStringLiteral("line_out1");
}

void TestMixer::busClips()
{
    QFETCH(bool, usbAudio);
    QFETCH(QString, at);
    ChainBuilder b = podcast(usbAudio);
    for (int n = 1; n <= kHosts; ++n)
        b.port(QStringLiteral("mixer"), id("in", n)).faderDb = 10;
    const AnalysisResult r = b.analyze();
    // −11.98 + 10 = −1.98 dBFS on average; speech's peaks 12 dB above pass a full-scale sine's peak (+3.01 dBFS) by
    // −1.98 + 12 − 3.01 = 7.01 dB.
    const Device &mixer = *b.chain().device(QStringLiteral("mixer"));
    QCOMPARE(mixer.portIndex(u"usb") >= 0, usbAudio);
    const Finding *clip = clippingAt(r, kMixer, mixer.portIndex(at));
    QVERIFY(clip);
    QCOMPARE_LE(std::abs(*clip->figure("overDb") - (-18 + 10 * std::log10(kHosts) + 10 + 12 - kSineCrestDb)), kTolDb);
}

void TestMixer::faderDoesNotRescueAClippedChannel()
{
    ChainBuilder b = podcast(true);
    b.settings(QStringLiteral("voice1")).splDb = 90; // a shout: 16 dB over speech
    b.port(QStringLiteral("mixer"), QStringLiteral("in1")).gainDb = 60;
    b.port(QStringLiteral("mixer"), QStringLiteral("in1")).faderDb = -30;
    const AnalysisResult r = b.analyze();
    // At 60 dB of gain the channel clips at +10 − 60 = −50 dBu. The shout reaches −61.03 + 16 = −45.03 dBu: +4.97 dBFS
    // on average, its peaks 4.97 + 12 − 3.01 = 13.96 dB over. The fader comes after the clip and cannot undo it.
    const double atInput = voltsToDbu(2e-3 * splToPascal(90 + 20 * std::log10(0.3 / kMouthM)) * 2000 / 2300);
    const Finding *clip = clippingAt(r, kMixer, 0);
    QVERIFY(clip);
    QCOMPARE_LE(std::abs(*clip->figure("overDb") - (atInput + 60 - 10 + 12 - kSineCrestDb)), kTolDb);
    QVERIFY(!clippingAt(r, kMixer, b.chain().device(QStringLiteral("mixer"))->portIndex(u"usb"))); // the bus has room
}

void TestMixer::computerPlaybackJoinsTheMix()
{
    ChainBuilder b = podcast(true);
    b.add(QStringLiteral("daw"), makeSpec(DeviceKind::Player, {{Field::HeadphoneOutputs, 0}}))
        .connect(QStringLiteral("daw.usb"), QStringLiteral("mixer.usb"));
    b.settings(QStringLiteral("daw")).programme = Programme::Speech; // a remote guest at −18 dBFS
    for (int n = 2; n <= kHosts; ++n)
        b.port(QStringLiteral("mixer"), id("in", n)).faderDb = -120;
    const AnalysisResult r = b.analyze();
    // One host and the guest, each −18 dBFS: −18 + 10·log10 2 = −14.99 dBFS.
    QCOMPARE_LE(std::abs(r.listeners.front().averageSpl - hostSpl(-18 + 10 * std::log10(2))), kTolDb);
}

void TestMixer::everyoneHearsThemselfAtOnce()
{
    ChainBuilder b = podcast(true);
    b.add(QStringLiteral("daw"), makeSpec(DeviceKind::Player, {{Field::HeadphoneOutputs, 0}}))
        .connect(QStringLiteral("daw.usb"), QStringLiteral("mixer.usb"));
    b.settings(QStringLiteral("daw")).monitorInputs = true; // ignored: a mixer mixes its inputs itself
    b.settings(QStringLiteral("daw")).bufferSamples = 1024;
    const AnalysisResult r = b.analyze();
    for (const ListenerResult &l : r.listeners)
        QCOMPARE(l.monitoringLatencyMs, std::optional<double>(0.0));
    QVERIFY(!findCode(r, FindingCode::MonitoringLatency));
}

void TestMixer::auxSendIsAMixOfItsOwn()
{
    // A fifth pair of 32 Ω, 110 dB SPL/V headphones on the aux send (+22 dBu full scale, 150 Ω).
    ChainBuilder b = podcast(true, true);
    b.add(QStringLiteral("wedge"), phonesPerVolt(kPhonesOhm, kPhonesDbPerV)).connect(QStringLiteral("mixer.aux"), QStringLiteral("wedge.in"));
    for (int n = 1; n <= kHosts; ++n)
        b.port(QStringLiteral("mixer"), id("in", n)).faderDb = -120; // the main mix closed: the sends come before the faders
    b.port(QStringLiteral("mixer"), QStringLiteral("in2")).auxSendDb = -6;
    b.port(QStringLiteral("mixer"), QStringLiteral("in3")).auxSendDb = -120;
    b.port(QStringLiteral("mixer"), QStringLiteral("in4")).auxSendDb = -120;
    AnalysisResult r = b.analyze();
    // Host 1 at −18 dBFS and host 2 at −24: 10·log10(10^−1.8 + 10^−2.4) = −17.03 dBFS on the aux bus; its full scale
    // +22 dBu through 150 Ω into 32 Ω.
    const ListenerResult &wedge = r.listeners.back(); // the device added last
    const double auxDbfs = 10 * std::log10(std::pow(10, -1.8) + std::pow(10, -2.4));
    const double expected = kPhonesDbPerV + amplitudeDb(dbuToVolts(22) * kPhonesOhm / (kPhonesOhm + 150)) + auxDbfs;
    QCOMPARE_LE(std::abs(wedge.averageSpl - expected), kTolDb);
    QCOMPARE(wedge.monitoringLatencyMs, std::optional<double>(0.0)); // the mixer's own mix, at once
    // All four sent at +10 dB: −1.98 dBFS, the speech peaks 7.01 dB over the aux bus's full scale.
    for (int n = 1; n <= kHosts; ++n)
        b.port(QStringLiteral("mixer"), id("in", n)).auxSendDb = 10;
    r = b.analyze();
    const Finding *clip = clippingAt(r, kMixer, b.chain().device(QStringLiteral("mixer"))->portIndex(u"aux"));
    QVERIFY(clip);
    QCOMPARE_LE(std::abs(*clip->figure("overDb") - (-18 + 10 * std::log10(kHosts) + 10 + 12 - kSineCrestDb)), kTolDb);
}

QTEST_GUILESS_MAIN(TestMixer)
#include "tst_mixer.moc"
