// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Passive speakers on a power amplifier (physics.md §6, "Passive speakers and power amplifiers"): sensitivity for
// 1 W or 2.83 V, the amplifier's ceilings from its power ratings, the gain from its input sensitivity, the power
// rating as a limit, noise, connection rules and unbalanced links. Expected values are worked by hand; each case's
// comment shows the sum.

#include "advisor.h"
#include "chainbuilder.h"

#include "findings.h"
#include "units.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace headroom::units;

namespace {

constexpr double kTolDb = 0.01; // hand sums are rounded to 0.001 dB

DeviceSpec ampSpec(double watts8, double gainDb, double outputOhm = 0.02)
{
    DeviceSpec amp = makeSpec(DeviceKind::PowerAmp,
                              {{Field::SpeakerPowerW, watts8},
                               {Field::SpeakerPowerLoadOhm, 8},
                               {Field::OutputImpedanceOhm, outputOhm},
                               {Field::InputImpedanceOhm, 20000},
                               {Field::AmpSnrDb, 100}});
    if (gainDb > 0)
        amp.set(Field::GainDb, gainDb);
    return amp;
}

DeviceSpec speakerSpec(double sensitivity, SpeakerSensitivityRef ref, double handlingW, double ohm = 8)
{
    return makeSpec(DeviceKind::PassiveSpeaker,
                    {{Field::ImpedanceOhm, ohm},
                     {Field::SpeakerSensitivityDb, sensitivity},
                     {Field::SpeakerSensitivityRef, static_cast<double>(ref)},
                     {Field::SpeakerPowerHandlingW, handlingW}});
}

/// A computer through an interface's balanced +10 dBu line output (100 Ω, 110 dB) into the amp and the speakers.
ChainBuilder studio(const DeviceSpec &amp, const DeviceSpec &speakers)
{
    ChainBuilder b;
    b.add(QStringLiteral("daw"), makeSpec(DeviceKind::Player, {{Field::HeadphoneOutputs, 0}}))
        .add(QStringLiteral("iface"),
             makeSpec(DeviceKind::Interface,
                      {{Field::LineOutMaxDbu, 10},
                       {Field::LineOutImpedanceOhm, 100},
                       {Field::LineOutDynamicRangeDb, 110},
                       {Field::LineOutBalanced, 1},
                       {Field::HeadphoneOutputs, 0}}))
        .add(QStringLiteral("amp"), amp)
        .add(QStringLiteral("pair"), speakers)
        .connect(QStringLiteral("daw.usb"), QStringLiteral("iface.usb"))
        .connect(QStringLiteral("iface.line_out1"), QStringLiteral("amp.in"))
        .connect(QStringLiteral("amp.out"), QStringLiteral("pair.in"));
    return b;
}

} // namespace

class TestPassiveSpeakers : public QObject
{
    Q_OBJECT

private slots:
    void splAtTheListener_data();
    void splAtTheListener();
    void gainFromTheInputSensitivity();
    void currentLimitFromTheSecondRating();
    void overloadPastThePowerRating();
    void hissOfTheAmplifier();
    void connectionRules();
    void unbalancedInputOfTheAmplifier();
    void typicalFiguresAreFlagged();
    void advisorOffersAMorePowerfulAmplifier();
};

void TestPassiveSpeakers::splAtTheListener_data()
{
    QTest::addColumn<DeviceSpec>("amp");
    QTest::addColumn<DeviceSpec>("speakers");
    QTest::addColumn<double>("distanceM");
    QTest::addColumn<double>("dbSplPerVolt");
    QTest::addColumn<double>("maxSpl");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("limit"); // MonitorLimit of the shortfall finding, −1 for none

    // 86 dB for 1 W at 1 m into 8 Ω: 1 W is √8 V, so S_V = 86 − 10·log10 8 = 76.9691; the pair +3.0103 → 79.9794.
    // The amp: 100 W into 8 Ω is √800 = 28.284 V at the load (+29.0309 dB) → 109.010; 26 dB on +10 dBu asks for more.
    // The speakers' 40 W, peaking as a sine of 80 W: √(80·8) = 25.298 V (+28.0618 dB) → 108.041, the lower ceiling.
    const DeviceSpec amp100 = ampSpec(100, 26);
    const DeviceSpec bookshelf = speakerSpec(86, SpeakerSensitivityRef::OneWatt, 40);
    QTest::newRow("desk, 1 m: their power rating, 8 dB spare") << amp100 << bookshelf << 1.0 << 79.9794 << 108.041 << int(Verdict::Ok) << -1;
    // At 3 m: −20·log10 3 = −9.5424 → 98.499, 1.50 dB short: marginal, stopped by their rating.
    QTest::newRow("couch, 3 m: marginal, their power rating")
        << amp100 << bookshelf << 3.0 << 70.4370 << 98.499 << int(Verdict::Marginal) << int(MonitorLimit::PowerHandling);
    // 84 dB for 2.83 V: S_V = 84 − 20·log10 2.83 = 74.9643, pair 77.9746, at 2 m −6.0206 → 71.9540. A 5 W amp gives
    // √40 = 6.3246 V (+16.0206 dB) → 87.975, 12.03 dB short of 100: too quiet, the amplifier's limit.
    QTest::newRow("5 W amp at 2 m: too quiet, the amplifier") << ampSpec(5, 26, 0.05) << speakerSpec(84, SpeakerSensitivityRef::Volts2p83, 100) << 2.0
                                                              << 71.9540 << 87.975 << int(Verdict::TooQuiet) << int(MonitorLimit::Amplifier);
}

void TestPassiveSpeakers::splAtTheListener()
{
    QFETCH(DeviceSpec, amp);
    QFETCH(DeviceSpec, speakers);
    QFETCH(double, distanceM);
    QFETCH(double, dbSplPerVolt);
    QFETCH(double, maxSpl);
    QFETCH(int, verdict);
    QFETCH(int, limit);
    ChainBuilder b = studio(amp, speakers);
    b.settings(QStringLiteral("pair")).listeningDistanceM = distanceM;
    const AnalysisResult r = b.analyze();
    QCOMPARE(r.listeners.size(), 1u);
    const ListenerResult &l = r.listeners.front();
    QCOMPARE(l.targetPeakSpl, 100.0); // the monitors' target (physics.md §6)
    QCOMPARE_LE(std::abs(l.sensitivityDbPerV - dbSplPerVolt), kTolDb);
    QCOMPARE_LE(std::abs(l.maxSpl - maxSpl), kTolDb);
    QCOMPARE(int(l.verdict), verdict);
    QVERIFY(!l.estimated);
    const Finding *shortfall = findCode(r, FindingCode::MonitorsTooQuiet);
    QCOMPARE(shortfall != nullptr, limit >= 0);
    if (shortfall)
        QCOMPARE(int(*shortfall->figure("limit")), limit);
    QVERIFY(!findCode(r, FindingCode::UnbalancedLink)); // balanced line out into a balanced amp; speaker cable is neither
    QVERIFY(!findCode(r, FindingCode::NeedsHeadphoneAmp));
}

void TestPassiveSpeakers::gainFromTheInputSensitivity()
{
    // No stated gain: +4 dBu (1.2277 V) for 100 W into 8 Ω (28.284 V) is 20·log10(28.284/1.2277) = 27.249 dB; into
    // the 8 Ω load through 0.02 Ω, 20·log10(8/8.02) = −0.0217 → 27.228 dB from the amp's input to the speakers.
    DeviceSpec amp = ampSpec(100, 0); // no gain stated
    amp.set(Field::RatedInputDbu, 4);
    ChainBuilder b = studio(amp, speakerSpec(86, SpeakerSensitivityRef::OneWatt, 200));
    b.settings(QStringLiteral("daw")).levelDbfs = -40; // well below clipping
    const AnalysisResult r = b.analyze();
    QCOMPARE_LE(std::abs(amplitudeDb(r.port(3, 0).rms / r.port(2, 0).rms) - 27.228), kTolDb);
    QVERIFY(!r.listeners.front().estimated);
    // The level control scales it.
    b.settings(QStringLiteral("amp")).ports[1].volumeDb = -12;
    const AnalysisResult quieter = b.analyze();
    QCOMPARE_LE(std::abs(amplitudeDb(quieter.port(3, 0).rms / quieter.port(2, 0).rms) - 15.228), kTolDb);
}

void TestPassiveSpeakers::currentLimitFromTheSecondRating()
{
    // 100 W into 8 Ω and 160 W into 4 Ω: √640 = 25.298 V at 4 Ω is below the voltage ceiling, so 6.3246 A is the
    // current limit. A 2 Ω pair: the voltage ceiling gives 28.355·2/2.02 = 28.074 V, the current 12.649 V: the current
    // limit wins, 22.041 dB; at 86 dB/W into 2 Ω, S_V = 86 − 3.0103 + 3.0103 = 86.000 → 108.041 dB SPL.
    DeviceSpec amp = ampSpec(100, 26);
    amp.set(Field::SpeakerPower2W, 160);
    amp.set(Field::SpeakerPower2LoadOhm, 4);
    const AnalysisResult r = studio(amp, speakerSpec(86, SpeakerSensitivityRef::OneWatt, 1000, 2)).analyze();
    QCOMPARE_LE(std::abs(r.listeners.front().maxSpl - 108.041), kTolDb);
}

void TestPassiveSpeakers::overloadPastThePowerRating()
{
    // 10 W speakers on the 100 W amp with the computer near full scale: the peaks pass √(2·10·8) = 12.649 V.
    ChainBuilder b = studio(ampSpec(100, 26), speakerSpec(86, SpeakerSensitivityRef::OneWatt, 10));
    b.settings(QStringLiteral("daw")).levelDbfs = -12;
    AnalysisResult r = b.analyze();
    const Finding *over = findCode(r, FindingCode::MonitorOverload);
    QVERIFY(over);
    QCOMPARE(int(*over->figure("limit")), int(MonitorLimit::PowerHandling));
    QCOMPARE_LE(std::abs(*over->figure("overDb") - amplitudeDb(r.port(3, 0).peak / (kSqrt2 * std::sqrt(2.0 * 10 * 8)))), 1e-9);
    QVERIFY(describe(*over, b.chain()).contains(QStringLiteral("power rating")));
    // The speakers do not clip there: a power rating is heat, not a limiter.
    QCOMPARE(r.stages[static_cast<std::size_t>(r.portBase[3])].clip, ClipKind::None);
    // Turned down on the amplifier, nothing is overdriven.
    b.settings(QStringLiteral("amp")).ports[1].volumeDb = -20;
    QVERIFY(!findCode(b.analyze(), FindingCode::MonitorOverload));
}

void TestPassiveSpeakers::hissOfTheAmplifier()
{
    // The line output's noise: +10 dBu − 110 dB = 7.7460 µV, into 20 kΩ/20.1 kΩ and 26 dB: 153.79 µV. The amp's own:
    // 100 dB below its 28.355 V open-circuit ceiling, 283.55 µV. Power sum 322.57 µV, into 8 Ω through 0.02 Ω: 321.77 µV
    // (−69.849 dBV) → 79.9794 − 69.849 = 10.130 dB SPL.
    const AnalysisResult r = studio(ampSpec(100, 26), speakerSpec(86, SpeakerSensitivityRef::OneWatt, 40)).analyze();
    QCOMPARE_LE(std::abs(r.listeners.front().hissSpl - 10.130), kTolDb);
}

void TestPassiveSpeakers::connectionRules()
{
    ChainBuilder b;
    b.add(QStringLiteral("iface"), makeSpec(DeviceKind::Interface, {{Field::HeadphoneOutputs, 1}}))
        .add(QStringLiteral("amp"), ampSpec(100, 26))
        .add(QStringLiteral("pair"), speakerSpec(86, SpeakerSensitivityRef::OneWatt, 40))
        .add(QStringLiteral("phones"), DeviceSpec(DeviceKind::Headphones))
        .add(QStringLiteral("y"), makeSpec(DeviceKind::Splitter, {}));
    const Chain &c = b.chain();
    const auto refused = [&c](const char *from, const char *to) {
        const QStringList a = QString::fromLatin1(from).split(u'.');
        const QStringList z = QString::fromLatin1(to).split(u'.');
        return c.checkConnection({a[0], a[1]}, {z[0], z[1]}).refused;
    };
    QVERIFY(!refused("amp.out", "pair.in"));
    QVERIFY(!refused("iface.line_out1", "amp.in"));
    QVERIFY(!refused("iface.hp1", "amp.in"));
    // Tens of volts never reach headphones, a splitter or a line input; a line output cannot drive speakers.
    QCOMPARE(c.checkConnection({QStringLiteral("amp"), QStringLiteral("out")}, {QStringLiteral("phones"), QStringLiteral("in")}).refusal,
             QStringLiteral("speaker level output into a line level input")); // headphones take line level too
    QVERIFY(refused("amp.out", "y.in"));
    QVERIFY(refused("iface.line_out1", "pair.in"));
    QVERIFY(refused("iface.hp1", "pair.in"));
}

void TestPassiveSpeakers::unbalancedInputOfTheAmplifier()
{
    DeviceSpec rca = ampSpec(100, 26);
    rca.set(Field::InputBalanced, 0);
    const AnalysisResult r = studio(rca, speakerSpec(86, SpeakerSensitivityRef::OneWatt, 40)).analyze();
    const Finding *link = findCode(r, FindingCode::UnbalancedLink);
    QVERIFY(link);
    QCOMPARE(link->device, 2);
    QCOMPARE(link->related, std::vector<int>{1});
}

void TestPassiveSpeakers::typicalFiguresAreFlagged()
{
    // Nothing known: 8 Ω, 85 dB for 1 W, 50 W into 8 Ω, 26 dB, 0.04 Ω, 10 kΩ and 100 dB, each flagged.
    const AnalysisResult r = studio(DeviceSpec(DeviceKind::PowerAmp), DeviceSpec(DeviceKind::PassiveSpeaker)).analyze();
    QVERIFY(r.listeners.front().estimated);
    int amp = 0;
    int speakers = 0;
    for (const Finding &f : r.findings) {
        amp += f.code == FindingCode::EstimatedFigure && f.device == 2;
        speakers += f.code == FindingCode::EstimatedFigure && f.device == 3;
    }
    QCOMPARE(amp, 6);
    QCOMPARE(speakers, 2);
    // 85 − 9.0309 + 3.0103 = 78.979 dB SPL/V; √(50·8) = 20 V at the load (+26.0206) → 105.000 dB SPL at 1 m.
    QCOMPARE_LE(std::abs(r.listeners.front().maxSpl - 105.0), kTolDb);
}

void TestPassiveSpeakers::advisorOffersAMorePowerfulAmplifier()
{
    // The 5 W amp at 2 m above: 87.975 dB SPL, 12.025 dB short, the amplifier's limit. In its place, on its cables,
    // 100 W gives +10·log10(100/5) = +13.010 dB → 100.985 (0.985 dB to spare; the speakers' 100 W, peaking as a sine of
    // 200 W, is not reached); 20 W gives +6.021 → 93.996, still 6.004 dB short.
    ChainBuilder b = studio(ampSpec(5, 26, 0.05), speakerSpec(84, SpeakerSensitivityRef::Volts2p83, 100));
    b.settings(QStringLiteral("pair")).listeningDistanceM = 2;
    const Chain chain = b.chain();
    const std::vector<Suggestion> s =
        advise(chain, analyze(chain), {{QStringLiteral("20w"), ampSpec(20, 26, 0.05)}, {QStringLiteral("100w"), ampSpec(100, 26, 0.05)}});
    QCOMPARE(s.size(), std::size_t{2});
    QVERIFY(suggestionChange(s[0]).endsWith(u"as the amplifier"));
    QCOMPARE(s[0].candidateId, QStringLiteral("100w"));
    QCOMPARE(s[0].kind, AdviceKind::ReplacePowerAmp);
    QCOMPARE(s[0].changedDevice, QStringLiteral("amp"));
    QCOMPARE(s[0].chain.connections, chain.connections);
    QVERIFY(s[0].solved);
    QCOMPARE_LE(std::abs(s[0].before - -12.025), kTolDb);
    QCOMPARE_LE(std::abs(s[0].after - 0.985), kTolDb);
    QVERIFY(!s[1].solved);
    QCOMPARE_LE(std::abs(s[1].after - -6.004), kTolDb);
    // Speakers 14 dB more sensitive on the same amplifier: 87.975 + 14 = 101.975, as speakers rather than monitors.
    const std::vector<Suggestion> louder =
        advise(chain, analyze(chain), {{QStringLiteral("louder"), speakerSpec(98, SpeakerSensitivityRef::Volts2p83, 100)}});
    QCOMPARE(louder.size(), std::size_t{1});
    QCOMPARE(louder[0].kind, AdviceKind::ReplaceMonitors);
    QCOMPARE_LE(std::abs(louder[0].after - 1.975), kTolDb);
    QVERIFY(suggestionChange(louder[0]).endsWith(u"as the speakers"));
}

QTEST_GUILESS_MAIN(TestPassiveSpeakers)
#include "tst_passivespeakers.moc"
