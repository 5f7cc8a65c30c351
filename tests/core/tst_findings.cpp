// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every finding code: a small chain that must raise it, and the same chain with the problem fixed that must not.
// Also checks that each message is complete plain language (every placeholder filled).

#include "chainbuilder.h"
#include "units.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace headroom;
using namespace headroom::test;

namespace {

const QString kSrc = QStringLiteral("src");

/// Player → headphones; `tweak` adjusts the chain for each case.
ChainBuilder simple(double volts, double outputOhm, double phonesOhm, double dbPerV)
{
    ChainBuilder b;
    b.add(kSrc, playerOutput(volts, outputOhm)).add(QStringLiteral("phones"), phonesPerVolt(phonesOhm, dbPerV));
    b.connect(QStringLiteral("src.hp1"), QStringLiteral("phones.in"));
    return b;
}

DeviceSpec interfaceSpec()
{
    return makeSpec(DeviceKind::Interface,
                    {{Field::GainMinDb, 0},
                     {Field::GainMaxDb, 60},
                     {Field::MicMaxInputDbu, 10},
                     {Field::MicInputImpedanceOhm, 3000},
                     {Field::EinDbu, -128},
                     {Field::LineMaxInputDbu, 20},
                     {Field::LineInputImpedanceOhm, 10000},
                     {Field::InstMaxInputDbu, 10},
                     {Field::InstInputImpedanceOhm, 1e6},
                     {Field::LineOutMaxDbu, 16},
                     {Field::LineOutImpedanceOhm, 100},
                     {Field::LineOutDynamicRangeDb, 110},
                     {Field::HpMaxLevelDbu, 10},
                     {Field::HpOutputImpedanceOhm, 1},
                     {Field::HpDynamicRangeDb, 110}});
}

DeviceSpec micSpec(MicType type)
{
    return makeSpec(DeviceKind::Microphone,
                    {{Field::MicType, double(type)},
                     {Field::SensitivityMvPerPa, type == MicType::Condenser ? 15 : 2.5},
                     {Field::OutputImpedanceOhm, 150},
                     {Field::MaxSplDb, 140},
                     {Field::SelfNoiseDbA, 10},
                     {Field::PhantomRequired, type == MicType::Condenser ? 1.0 : 0.0}});
}

/// Talker → mic → interface input 1.
ChainBuilder micIntoInterface(MicType type, bool phantom)
{
    ChainBuilder b;
    b.add(QStringLiteral("talker"), DeviceSpec(DeviceKind::AcousticSource))
        .add(QStringLiteral("mic"), micSpec(type))
        .add(QStringLiteral("iface"), interfaceSpec())
        .connect(QStringLiteral("talker.sound"), QStringLiteral("mic.sound"))
        .connect(QStringLiteral("mic.out"), QStringLiteral("iface.in1"));
    b.settings(QStringLiteral("talker")).programme = Programme::Speech;
    b.port(QStringLiteral("iface"), QStringLiteral("in1")).phantom = phantom;
    return b;
}

DeviceSpec ampSpec(double maxDbu, double outputOhm)
{
    return makeSpec(DeviceKind::HeadphoneAmp,
                    {{Field::GainDb, 10},
                     {Field::InputImpedanceOhm, 10000},
                     {Field::HpMaxLevelDbu, maxDbu},
                     {Field::HpOutputImpedanceOhm, outputOhm},
                     {Field::HpOutputNoiseUv, 2},
                     {Field::Channels, 2}});
}

struct Case {
    const char *tag;
    FindingCode code;
    std::function<Chain(bool fixed)> build;
};

QList<Case> cases()
{
    using enum FindingCode;
    return {
        {"needs a headphone amp", NeedsHeadphoneAmp, [](bool fixed) { return simple(fixed ? 3.0 : 0.5, 1, 300, 102).chain(); }},
        {"amp too weak", AmpTooWeak,
         [](bool fixed) {
             ChainBuilder b;
             b.add(kSrc, playerOutput(1, 1))
                 .add(QStringLiteral("amp"), ampSpec(fixed ? 20 : 0, 1))
                 .add(QStringLiteral("phones"), phonesPerVolt(300, 100))
                 .connect(QStringLiteral("src.hp1"), QStringLiteral("amp.in"))
                 .connect(QStringLiteral("amp.out1"), QStringLiteral("phones.in"));
             return b.chain();
         }},
        {"marginal", Marginal, [](bool fixed) { return simple(fixed ? 3.2 : 2.8, 0, 300, 100).chain(); }},
        {"output impedance above 1/8", OutputImpedanceHigh, [](bool fixed) { return simple(3, fixed ? 3.9 : 4.1, 32, 110).chain(); }},
        {"splitter loading", SplitterLoading,
         [](bool fixed) {
             ChainBuilder b;
             b.add(kSrc, playerOutput(3, 1))
                 .add(QStringLiteral("split"), splitter(2))
                 .add(QStringLiteral("a"), phonesPerVolt(32, 110))
                 .add(QStringLiteral("b"), phonesPerVolt(32, 110))
                 .connect(QStringLiteral("src.hp1"), QStringLiteral("split.in"))
                 .connect(QStringLiteral("split.out1"), QStringLiteral("a.in"));
             if (!fixed)
                 b.connect(QStringLiteral("split.out2"), QStringLiteral("b.in"));
             return b.chain();
         }},
        {"current limit", CurrentLimit,
         [](bool fixed) {
             ChainBuilder b;
             b.add(kSrc, playerOutput(1, 1, fixed ? 100 : 10))
                 .add(QStringLiteral("phones"), phonesPerVolt(32, 95))
                 .connect(QStringLiteral("src.hp1"), QStringLiteral("phones.in"));
             return b.chain();
         }},
        {"clipping at a converter", Clipping,
         [](bool fixed) {
             ChainBuilder b = simple(2, 0, 300, 100);
             b.settings(kSrc).levelDbfs = fixed ? -20 : -6; // music peaks 18 dB over: +12 dB vs −2 dB of a full-scale sine
             return b.chain();
         }},
        {"preamp gain short", PreampGainShort,
         [](bool fixed) {
             ChainBuilder b = micIntoInterface(MicType::Dynamic, false);
             b.settings(QStringLiteral("talker")).distanceM = fixed ? 0.05 : 1.0;
             return b.chain();
         }},
        {"gain low", GainLow,
         [](bool fixed) {
             ChainBuilder b = micIntoInterface(MicType::Dynamic, false);
             b.port(QStringLiteral("iface"), QStringLiteral("in1")).gainDb = fixed ? 50 : 20;
             return b.chain();
         }},
        {"phantom off for a condenser", PhantomOff, [](bool fixed) { return micIntoInterface(MicType::Condenser, fixed).chain(); }},
        {"phantom off for an inline preamp", PhantomOff,
         [](bool fixed) {
             ChainBuilder b = micIntoInterface(MicType::Dynamic, fixed);
             Chain chain = b.chain();
             chain.connections.pop_back();
             chain.devices.emplace_back(
                 QStringLiteral("cl1"),
                 makeSpec(DeviceKind::InlinePreamp,
                          {{Field::GainDb, 25}, {Field::InputImpedanceOhm, 3000}, {Field::OutputImpedanceOhm, 150}, {Field::EinDbu, -130}}));
             chain.connections.push_back({{QStringLiteral("mic"), QStringLiteral("out")}, {QStringLiteral("cl1"), QStringLiteral("in")}});
             chain.connections.push_back({{QStringLiteral("cl1"), QStringLiteral("out")}, {QStringLiteral("iface"), QStringLiteral("in1")}});
             return chain;
         }},
        {"phantom on a ribbon", PhantomOnRibbon, [](bool fixed) { return micIntoInterface(MicType::Ribbon, !fixed).chain(); }},
        {"instrument without Hi-Z", InstrumentNotHiZ,
         [](bool fixed) {
             ChainBuilder b;
             b.add(QStringLiteral("guitar"), makeSpec(DeviceKind::Instrument, {{Field::OutputImpedanceOhm, 15000}, {Field::OutputLevelDbv, -30}}))
                 .add(QStringLiteral("iface"), interfaceSpec())
                 .connect(QStringLiteral("guitar.out"), QStringLiteral("iface.in1"));
             b.port(QStringLiteral("iface"), QStringLiteral("in1")).hiZ = fixed;
             return b.chain();
         }},
        {"bridging ratio", BridgingRatio,
         [](bool fixed) {
             ChainBuilder b;
             b.add(QStringLiteral("guitar"), makeSpec(DeviceKind::Instrument, {{Field::OutputImpedanceOhm, 15000}, {Field::OutputLevelDbv, -30}}))
                 .add(QStringLiteral("iface"), interfaceSpec())
                 .connect(QStringLiteral("guitar.out"), QStringLiteral("iface.in1"));
             b.port(QStringLiteral("iface"), QStringLiteral("in1")).hiZ = fixed;
             return b.chain();
         }},
        {"double amping", DoubleAmping,
         [](bool fixed) {
             ChainBuilder b;
             b.add(QStringLiteral("iface"), interfaceSpec())
                 .add(QStringLiteral("amp"), ampSpec(20, 0.5))
                 .add(QStringLiteral("phones"), phonesPerVolt(300, 100))
                 .connect(fixed ? QStringLiteral("iface.line_out1") : QStringLiteral("iface.hp1"), QStringLiteral("amp.in"))
                 .connect(QStringLiteral("amp.out1"), QStringLiteral("phones.in"));
             return b.chain();
         }},
        {"loud exposure", LoudExposure,
         [](bool fixed) {
             ChainBuilder b = simple(3, 0, 300, 100);
             b.port(kSrc, QStringLiteral("hp1")).volumeDb = fixed ? -20 : 0;
             return b.chain();
         }},
        {"audible hiss", AudibleHiss,
         [](bool fixed) {
             ChainBuilder b;
             b.add(QStringLiteral("amp"), ampSpec(20, 0.5)).add(QStringLiteral("iem"), phonesPerVolt(16, 130));
             b.connect(QStringLiteral("amp.out1"), QStringLiteral("iem.in"));
             Chain chain = b.chain();
             chain.devices[0].spec.set(Field::HpOutputNoiseUv, fixed ? 0.2 : 20);
             return chain;
         }},
        {"overpowered", Overpowered,
         [](bool fixed) {
             ChainBuilder b = simple(10, 0, 32, 100);
             Chain chain = b.chain();
             chain.devices[1].spec.set(Field::MaxInputPowerMw, fixed ? 2000 : 50); // peaks: a 7.07 V sine into 32 Ω = 1.56 W
             return chain;
         }},
        {"below minimum load", BelowMinLoad,
         [](bool fixed) {
             ChainBuilder b;
             b.add(QStringLiteral("amp"), ampSpec(20, 0.5)).add(QStringLiteral("phones"), phonesPerVolt(fixed ? 300 : 16, 100));
             b.connect(QStringLiteral("amp.out1"), QStringLiteral("phones.in"));
             Chain chain = b.chain();
             chain.devices[0].spec.set(Field::MinLoadOhm, 32);
             return chain;
         }},
        {"needs an adapter", NeedsAdapter,
         [](bool fixed) {
             ChainBuilder b = simple(2, 0, 300, 100);
             Chain chain = b.chain();
             DeviceSpec phones = chain.devices[1].spec;
             phones.set(Field::Connector, double(fixed ? Connector::Trs635 : Connector::Trs35));
             chain.devices[1].setSpec(phones);
             return chain;
         }},
        {"mic level into a line input", LevelMismatch,
         [](bool fixed) {
             ChainBuilder b;
             b.add(QStringLiteral("talker"), DeviceSpec(DeviceKind::AcousticSource))
                 .add(QStringLiteral("mic"), micSpec(MicType::Dynamic))
                 .add(QStringLiteral("amp"), ampSpec(20, 0.5))
                 .add(QStringLiteral("iface"), interfaceSpec())
                 .connect(QStringLiteral("talker.sound"), QStringLiteral("mic.sound"))
                 .connect(QStringLiteral("mic.out"), fixed ? QStringLiteral("iface.in1") : QStringLiteral("amp.in"));
             return b.chain();
         }},
        {"invalid connection", InvalidConnection,
         [](bool fixed) {
             ChainBuilder b = simple(2, 0, 300, 100);
             if (!fixed)
                 b.connect(QStringLiteral("src.hp1"), QStringLiteral("phones.nonexistent"));
             return b.chain();
         }},
        {"input with two cables", InputHasTwoCables,
         [](bool fixed) {
             ChainBuilder b = simple(2, 0, 300, 100);
             b.add(QStringLiteral("other"), playerOutput(1, 0));
             if (!fixed)
                 b.connect(QStringLiteral("other.hp1"), QStringLiteral("phones.in"));
             return b.chain();
         }},
        {"cycle", Cycle,
         [](bool fixed) {
             ChainBuilder b;
             b.add(QStringLiteral("a"), ampSpec(20, 0.5))
                 .add(QStringLiteral("b"), ampSpec(20, 0.5))
                 .add(kSrc, playerOutput(1, 0))
                 .connect(QStringLiteral("a.out1"), QStringLiteral("b.in"))
                 .connect(fixed ? QStringLiteral("src.hp1") : QStringLiteral("b.out1"), QStringLiteral("a.in"));
             return b.chain();
         }},
        {"not connected", NotConnected,
         [](bool fixed) {
             ChainBuilder b;
             b.add(kSrc, playerOutput(2, 0)).add(QStringLiteral("phones"), phonesPerVolt(300, 100));
             if (fixed)
                 b.connect(QStringLiteral("src.hp1"), QStringLiteral("phones.in"));
             return b.chain();
         }},
        {"no signal", NoSignal,
         [](bool fixed) {
             ChainBuilder b;
             b.add(QStringLiteral("iface"), interfaceSpec())
                 .add(QStringLiteral("phones"), phonesPerVolt(300, 100))
                 .add(QStringLiteral("daw"), makeSpec(DeviceKind::Player, {{Field::HeadphoneOutputs, 0}}))
                 .connect(QStringLiteral("iface.hp1"), QStringLiteral("phones.in"));
             if (fixed)
                 b.connect(QStringLiteral("daw.usb"), QStringLiteral("iface.usb"));
             return b.chain();
         }},
        {"output figures unknown", OutputFiguresUnknown,
         [](bool fixed) {
             Chain chain = simple(0.5, 1, 300, 102).chain();
             if (!fixed)
                 chain.devices[0].spec.clear(Field::HpMaxLevelDbu);
             return chain;
         }},
        {"estimated figure", EstimatedFigure,
         [](bool fixed) {
             ChainBuilder b = simple(2, 0, 300, 100);
             Chain chain = b.chain();
             if (!fixed)
                 chain.devices[1].spec.clear(Field::Sensitivity);
             return chain;
         }},
    };
}

bool raises(const AnalysisResult &r, FindingCode code)
{
    return std::any_of(r.findings.begin(), r.findings.end(), [code](const Finding &f) { return f.code == code; });
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

private slots:
    void raisedAndCleared_data();
    void raisedAndCleared();
    void everyCodeIsCovered();
    void severities();
};

void TestFindings::raisedAndCleared_data()
{
    QTest::addColumn<int>("index");
    const QList<Case> all = cases();
    for (qsizetype i = 0; i < all.size(); ++i)
        QTest::newRow(all[i].tag) << int(i);
}

void TestFindings::raisedAndCleared()
{
    QFETCH(int, index);
    const Case c = cases().at(index);
    const Chain broken = c.build(false);
    const AnalysisResult bad = analyze(broken);
    QVERIFY2(raises(bad, c.code), codeKey(c.code));
    QVERIFY2(!raises(analyze(c.build(true)), c.code), codeKey(c.code));

    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    for (const Finding &f : bad.findings) {
        const QString message = describe(f, broken);
        QVERIFY2(!message.isEmpty() && !placeholder.match(message).hasMatch() && !message.contains(u"nan"), qPrintable(message));
    }
}

void TestFindings::everyCodeIsCovered()
{
    QSet<int> covered;
    for (const Case &c : cases())
        covered.insert(int(c.code));
    for (int code = 0; code <= int(FindingCode::EstimatedFigure); ++code)
        QVERIFY2(covered.contains(code), codeKey(FindingCode(code)));
}

void TestFindings::severities()
{
    // A beginner's verdict depends on these: a missing amp and clipping are errors, a marginal output a warning.
    const auto severityOf = [](const Chain &chain, FindingCode code) {
        for (const Finding &f : analyze(chain).findings)
            if (f.code == code)
                return f.severity;
        return Severity::Info;
    };
    QCOMPARE(severityOf(simple(0.5, 1, 300, 102).chain(), FindingCode::NeedsHeadphoneAmp), Severity::Error);
    QCOMPARE(severityOf(simple(2.8, 0, 300, 100).chain(), FindingCode::Marginal), Severity::Warning);
    QCOMPARE(severityOf(micIntoInterface(MicType::Condenser, false).chain(), FindingCode::PhantomOff), Severity::Error);
}

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
