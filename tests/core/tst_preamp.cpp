// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Standalone mic preamps and channel strips (physics.md §3, "Standalone preamps"): at gain G the output clips at its
// maximum level, so the input clips at that level less G (or sooner, where the maker states an input limit), and the
// gain is chosen as a converter's: 18 dB below the clip point. Expected values are worked by hand in each comment.

#include "chainbuilder.h"

#include "findings.h"
#include "units.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace headroom::units;

namespace {

constexpr double kTolDb = 0.01;
constexpr int kPreamp = 2;
constexpr int kInterface = 3;

/// A voice at 7.6 cm (the default) from a 1.12 mV/Pa, 150 Ω microphone, into a preamp with 10…`gainMaxDb` dB of gain,
/// a +24 dBu, 50 Ω output and a 1.5 kΩ input, feeding an interface's 10 kΩ line input.
ChainBuilder studio(double gainMaxDb, MicType type = MicType::Dynamic)
{
    ChainBuilder b;
    b.add(QStringLiteral("voice"), DeviceSpec(DeviceKind::AcousticSource))
        .add(QStringLiteral("mic"),
             makeSpec(DeviceKind::Microphone,
                      {{Field::MicType, static_cast<double>(type)}, {Field::SensitivityMvPerPa, 1.12}, {Field::OutputImpedanceOhm, 150}}))
        .add(QStringLiteral("pre"),
             makeSpec(DeviceKind::Preamp,
                      {{Field::Channels, 1},
                       {Field::GainMinDb, 10},
                       {Field::GainMaxDb, gainMaxDb},
                       {Field::MicInputImpedanceOhm, 1500},
                       {Field::EinDbu, -128},
                       {Field::LineOutMaxDbu, 24},
                       {Field::LineOutImpedanceOhm, 50}}))
        .add(QStringLiteral("iface"),
             makeSpec(DeviceKind::Interface,
                      {{Field::ComboInputs, 0},
                       {Field::LineInputs, 1},
                       {Field::LineMaxInputDbu, 22},
                       {Field::LineInputImpedanceOhm, 10000},
                       {Field::GainMinDb, 0},
                       {Field::GainMaxDb, 60}}))
        .connect(QStringLiteral("voice.sound"), QStringLiteral("mic.sound"))
        .connect(QStringLiteral("mic.out"), QStringLiteral("pre.in1"))
        .connect(QStringLiteral("pre.out1"), QStringLiteral("iface.line_in1"));
    b.settings(QStringLiteral("voice")).programme = Programme::Speech;
    return b;
}

/// Speech at 7.6 cm (85.93 dB SPL) from 1.12 mV/Pa, through 150 Ω into 1.5 kΩ: −64.88 dBu at the preamp.
double atPreamp() { return voltsToDbu(1.12e-3 * splToPascal(74 + 20 * std::log10(0.3 / 0.076)) * 1500 / 1650); }

} // namespace

class TestPreamp : public QObject
{
    Q_OBJECT

private slots:
    void gainPutsTheOutputBelowItsClip_data();
    void gainPutsTheOutputBelowItsClip();
    void notEnoughGain();
    void phantomFromThePreamp();
    void nothingInIsSilenceOut();
};

void TestPreamp::gainPutsTheOutputBelowItsClip_data()
{
    QTest::addColumn<double>("micMaxInputDbu"); // NaN: not stated
    QTest::addColumn<double>("outputDbu");
    // The output clips at +24 dBu: the average goes 18 dB below, +6 dBu.
    QTest::newRow("output limit") << std::numeric_limits<double>::quiet_NaN() << 6.0;
    // An input that clips at +4 dBu at the lowest gain (10 dB): at +14 dBu out; the average goes to −4 dBu.
    QTest::newRow("input limit") << 4.0 << 4.0 + 10 - 18;
    // An input limit above what the output allows changes nothing.
    QTest::newRow("input limit above") << 20.0 << 6.0;
}

void TestPreamp::gainPutsTheOutputBelowItsClip()
{
    QFETCH(double, micMaxInputDbu);
    QFETCH(double, outputDbu);
    Chain chain = studio(80).chain();
    if (!std::isnan(micMaxInputDbu))
        chain.devices[kPreamp].spec.set(Field::MicMaxInputDbu, micMaxInputDbu);
    const AnalysisResult r = analyze(chain);
    QCOMPARE_LE(std::abs(*r.port(kPreamp, 0).gainDb - (outputDbu - atPreamp())), kTolDb);
    // The output's 50 Ω into the interface's 10 kΩ: −0.043 dB.
    QCOMPARE_LE(std::abs(voltsToDbu(r.port(kInterface, 0).rms) - (outputDbu + amplitudeDb(10000.0 / 10050))), kTolDb);
    QVERIFY(!findCode(r, FindingCode::Clipping));
}

void TestPreamp::notEnoughGain()
{
    const AnalysisResult r = studio(40).analyze();
    // +6 dBu out needs 6 + 64.88 = 70.88 dB; the preamp has 40: 30.88 dB short, and a booster would help.
    const Finding *shortGain = findCode(r, FindingCode::PreampGainShort);
    QVERIFY(shortGain);
    QCOMPARE(shortGain->device, kPreamp);
    QCOMPARE_LE(std::abs(*shortGain->figure("shortDb") - (6 - atPreamp() - 40)), kTolDb);
    QCOMPARE(*shortGain->figure("boosterDb"), 25.0);
}

void TestPreamp::phantomFromThePreamp()
{
    ChainBuilder b = studio(80, MicType::Condenser);
    QVERIFY(findCode(b.analyze(), FindingCode::PhantomOff));
    b.port(QStringLiteral("pre"), QStringLiteral("in1")).phantom = true;
    QVERIFY(!findCode(b.analyze(), FindingCode::PhantomOff));
}

void TestPreamp::nothingInIsSilenceOut()
{
    // The microphone unplugged: the interface's line input gets silence, not a number that is not one.
    ChainBuilder b = studio(80);
    Chain chain = b.chain();
    std::erase_if(chain.connections, [](const Connection &c) { return c.to.device == u"pre"; });
    const AnalysisResult r = analyze(chain);
    QCOMPARE(r.port(kInterface, 0).rms, 0.0);
    QVERIFY(std::isfinite(r.port(kPreamp, 1).rms));
}

QTEST_GUILESS_MAIN(TestPreamp)
#include "tst_preamp.moc"
