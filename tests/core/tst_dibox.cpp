// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// DI boxes (physics.md §6, "DI boxes"): a bass or keyboard into a microphone input with and without one. The
// expected levels are voltage dividers and a transformer's 1/N, worked by hand; each case's comment shows the sum.

#include "chainbuilder.h"

#include "findings.h"
#include "units.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace headroom::units;

namespace {

constexpr double kTolDb = 0.01;

/// A passive bass of 16.8 kΩ at −35 dBV (physics.md §1) and an interface whose inputs are 3 kΩ for microphones and
/// 10 kΩ for line (Hi-Z off).
ChainBuilder bassAndInterface()
{
    ChainBuilder b;
    b.add(QStringLiteral("bass"), makeSpec(DeviceKind::Instrument, {{Field::OutputLevelDbv, -35}, {Field::OutputImpedanceOhm, 16800}}))
        .add(QStringLiteral("iface"),
             makeSpec(DeviceKind::Interface,
                      {{Field::MicInputImpedanceOhm, 3000},
                       {Field::LineInputImpedanceOhm, 10000},
                       {Field::GainMinDb, 0},
                       {Field::GainMaxDb, 60},
                       {Field::MicMaxInputDbu, 10},
                       {Field::LineMaxInputDbu, 20},
                       {Field::EinDbu, -128}}));
    return b;
}

/// A 12:1 passive DI (−21.58 dB) of 200 kΩ in and 150 Ω out.
DeviceSpec passiveDi()
{
    return makeSpec(DeviceKind::DiBox,
                    {{Field::GainDb, amplitudeDb(1.0 / 12.0)},
                     {Field::InputImpedanceOhm, 200000},
                     {Field::OutputImpedanceOhm, 150},
                     {Field::InstMaxInputDbu, 10}});
}

} // namespace

class TestDiBox : public QObject
{
    Q_OBJECT

private slots:
    void bassIntoAMicInputWithAndWithout();
    void activeDiNeedsPhantom();
    void hotInputClips();
    void diIntoALineInputIsMicLevel();
};

void TestDiBox::bassIntoAMicInputWithAndWithout()
{
    // Without: the pickup into the 10 kΩ input (Hi-Z off): 10/26.8 → −8.563 dB, and the findings say why.
    ChainBuilder direct = bassAndInterface();
    direct.connect(QStringLiteral("bass.out"), QStringLiteral("iface.in1"));
    AnalysisResult r = direct.analyze();
    QCOMPARE_LE(std::abs(voltsToDbv(r.port(1, 0).rms) - (-35 - 8.563)), kTolDb);
    QVERIFY(findCode(r, FindingCode::InstrumentNotHiZ));
    QVERIFY(findCode(r, FindingCode::BridgingRatio));

    // With: the pickup into 200 kΩ (200/216.8: −0.7005 dB), 1/12 (−21.5836 dB), 150 Ω into 3 kΩ (−0.4238 dB):
    // −35 − 22.7079 = −57.708 dBV at the preamp, as a microphone's signal.
    ChainBuilder withDi = bassAndInterface();
    withDi.add(QStringLiteral("di"), passiveDi())
        .connect(QStringLiteral("bass.out"), QStringLiteral("di.in"))
        .connect(QStringLiteral("di.out"), QStringLiteral("iface.in1"));
    r = withDi.analyze();
    QCOMPARE_LE(std::abs(voltsToDbv(r.port(2, 0).rms) - (-35 - 0.7005)), kTolDb);
    const PortResult &preamp = r.port(1, 0);
    QCOMPARE_LE(std::abs(voltsToDbv(preamp.rms) - (-57.708)), kTolDb);
    QCOMPARE(preamp.signalClass, bit(SignalClass::Mic));
    QVERIFY(!findCode(r, FindingCode::InstrumentNotHiZ));
    QVERIFY(!findCode(r, FindingCode::BridgingRatio));
    QVERIFY(!findCode(r, FindingCode::PhantomOff)); // a passive DI needs no power
    // The preamp brings it to −18 dBFS: −57.708 dBV = −55.490 dBu; the input's full scale is +10 dBu at 0 dB gain,
    // so the gain is 10 − 18 + 55.490 = 47.49 dB, within the 60 dB it has.
    QCOMPARE_LE(std::abs(*preamp.gainDb - 47.49), kTolDb);
    QVERIFY(!findCode(r, FindingCode::PreampGainShort));
}

void TestDiBox::activeDiNeedsPhantom()
{
    DeviceSpec active = passiveDi();
    active.set(Field::PhantomRequired, 1);
    active.set(Field::InputImpedanceOhm, 1e6);
    ChainBuilder b = bassAndInterface();
    b.add(QStringLiteral("di"), active)
        .connect(QStringLiteral("bass.out"), QStringLiteral("di.in"))
        .connect(QStringLiteral("di.out"), QStringLiteral("iface.in1"));
    AnalysisResult r = b.analyze();
    const Finding *off = findCode(r, FindingCode::PhantomOff);
    QVERIFY(off);
    QCOMPARE(off->device, 2);
    QCOMPARE(r.port(1, 0).rms, 0.0);
    b.port(QStringLiteral("iface"), QStringLiteral("in1")).phantom = true;
    r = b.analyze();
    QVERIFY(!findCode(r, FindingCode::PhantomOff));
    // 1 MΩ against 16.8 kΩ: −0.1451 dB; then −21.5836 and −0.4238 as above: −57.152 dBV.
    QCOMPARE_LE(std::abs(voltsToDbv(r.port(1, 0).rms) - (-57.152)), kTolDb);
}

void TestDiBox::hotInputClips()
{
    // A keyboard's line output at +4 dBV RMS (music, 18 dB crest) from 100 Ω into the DI's 200 kΩ (−0.0043 dB):
    // peaks at +21.996 dBV = +24.214 dBu against the input's largest clean sine of +10 dBu: √2·V_max is +13.010 dBu
    // at its peak, so the peaks are 24.214 − 13.010 = 11.20 dB over.
    ChainBuilder b = bassAndInterface();
    b.settings(QStringLiteral("bass")).levelDbv = 4;
    Chain chain = b.chain();
    chain.device(QStringLiteral("bass"))->spec.set(Field::OutputImpedanceOhm, 100);
    chain.devices.emplace_back(QStringLiteral("di"), passiveDi());
    chain.connections.push_back({{QStringLiteral("bass"), QStringLiteral("out")}, {QStringLiteral("di"), QStringLiteral("in")}});
    chain.connections.push_back({{QStringLiteral("di"), QStringLiteral("out")}, {QStringLiteral("iface"), QStringLiteral("in1")}});
    const AnalysisResult r = analyze(chain);
    const Finding *clip = nullptr;
    for (const Finding &f : r.findings)
        if (f.code == FindingCode::Clipping && f.device == 2)
            clip = &f;
    QVERIFY(clip);
    QCOMPARE_LE(std::abs(*clip->figure("overDb") - 11.20), kTolDb);
}

void TestDiBox::diIntoALineInputIsMicLevel()
{
    ChainBuilder b = bassAndInterface();
    Chain chain = b.chain();
    chain.device(QStringLiteral("iface"))->spec.set(Field::LineInputs, 1);
    chain.device(QStringLiteral("iface"))->setSpec(chain.device(QStringLiteral("iface"))->spec);
    chain.devices.emplace_back(QStringLiteral("di"), passiveDi());
    chain.connections.push_back({{QStringLiteral("bass"), QStringLiteral("out")}, {QStringLiteral("di"), QStringLiteral("in")}});
    chain.connections.push_back({{QStringLiteral("di"), QStringLiteral("out")}, {QStringLiteral("iface"), QStringLiteral("line_in1")}});
    const AnalysisResult r = analyze(chain);
    const Finding *gap = findCode(r, FindingCode::LevelMismatch);
    QVERIFY(gap);
    QCOMPARE(*gap->figure("gapDb"), -44.0); // mic level (−40 dBu) into a +4 dBu line input
}

QTEST_GUILESS_MAIN(TestDiBox)
#include "tst_dibox.moc"
