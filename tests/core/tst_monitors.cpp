// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Studio monitors as listeners (physics.md §6, "Studio monitors"): SPL at the listening distance, the limit that
// stops them first, overload, hiss and unbalanced links. Expected values are worked by hand from the data sheet
// convention (an input level for a stated SPL at 1 m), the inverse-square law and the power sum of two speakers;
// each case's comment shows the sum.

#include "chainbuilder.h"

#include "findings.h"
#include "projectfile.h"
#include "units.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace headroom::units;

namespace {

constexpr double kTolDb = 0.01; // hand sums are rounded to 0.001 dB

/// An interface playing from a computer, its line outputs at `maxDbu` full scale through `outputOhm`.
ChainBuilder interfaceInto(const DeviceSpec &monitors, double maxDbu, double outputOhm, bool balanced = true)
{
    ChainBuilder b;
    b.add(QStringLiteral("daw"), makeSpec(DeviceKind::Player, {{Field::HeadphoneOutputs, 0}}))
        .add(QStringLiteral("iface"),
             makeSpec(DeviceKind::Interface,
                      {{Field::LineOutMaxDbu, maxDbu},
                       {Field::LineOutImpedanceOhm, outputOhm},
                       {Field::LineOutDynamicRangeDb, 110},
                       {Field::LineOutBalanced, balanced ? 1.0 : 0.0},
                       {Field::HeadphoneOutputs, 0}}))
        .add(QStringLiteral("pair"), monitors)
        .connect(QStringLiteral("daw.usb"), QStringLiteral("iface.usb"))
        .connect(QStringLiteral("iface.line_out1"), QStringLiteral("pair.in"));
    return b;
}

DeviceSpec monitorSpec(double sensitivityDbu, double referenceSpl, double maxSpl, double maxInputDbu, double inputOhm = 10000)
{
    return makeSpec(DeviceKind::Monitor,
                    {{Field::InputSensitivityDbu, sensitivityDbu},
                     {Field::ReferenceSplDb, referenceSpl},
                     {Field::MaxSplDb, maxSpl},
                     {Field::LineMaxInputDbu, maxInputDbu},
                     {Field::InputImpedanceOhm, inputOhm}});
}

} // namespace

class TestMonitors : public QObject
{
    Q_OBJECT

private slots:
    void splAtTheListener_data();
    void splAtTheListener();
    void targetDefaultsToTheReferenceLevel();
    void overloadNamesTheLimit();
    void hissAddsTheSpeakersOwn();
    void unbalancedLinks();
    void theRendererClipsWhereTheMonitorsDo();
    void settingsRoundTrip();
};

void TestMonitors::splAtTheListener_data()
{
    QTest::addColumn<DeviceSpec>("monitors");
    QTest::addColumn<double>("lineOutDbu");
    QTest::addColumn<double>("lineOutOhm");
    QTest::addColumn<double>("distanceM");
    QTest::addColumn<bool>("both");
    QTest::addColumn<double>("levelControlDb");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("dbSplPerVolt");
    QTest::addColumn<double>("maxSpl");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("limit"); // MonitorLimit of the shortfall finding, −1 for none

    const DeviceSpec genelecLike = monitorSpec(-6, 100, 110, 20);
    // S_V(1 m) = 100 − (−6 − 2.2185) = 108.2185 dB SPL/V; pair +3.0103 → 111.2288. Acoustic limit 110 + 3.0103 = 113.010;
    // from the line out: 10 kΩ/(10 kΩ + 100 Ω) of +10 dBu (2.4495 V) = 2.4252 V → 111.2288 + 7.6951 = 118.924.
    QTest::newRow("desk, 1 m, pair: the speakers' limit, 13 dB spare")
        << genelecLike << 10.0 << 100.0 << 1.0 << true << 0.0 << 100.0 << 111.2288 << 113.010 << int(Verdict::Ok) << -1;
    // At 3 m: −20·log10(3) = −9.5424 → acoustic 103.468 (3.47 dB to spare).
    QTest::newRow("couch, 3 m, pair: enough") << genelecLike << 10.0 << 100.0 << 3.0 << true << 0.0 << 100.0 << 101.6864 << 103.468
                                              << int(Verdict::Ok) << -1;
    // At 5 m: −13.9794 → 99.031: 0.97 dB short, marginal, stopped by the speakers.
    QTest::newRow("5 m, pair: marginal, the speakers' limit")
        << genelecLike << 10.0 << 100.0 << 5.0 << true << 0.0 << 100.0 << 97.2494 << 99.031 << int(Verdict::Marginal) << int(MonitorLimit::Speakers);
    // One speaker at 1 m: no pair sum, 110.000.
    QTest::newRow("one speaker, 1 m") << genelecLike << 10.0 << 100.0 << 1.0 << false << 0.0 << 100.0 << 108.2185 << 110.0 << int(Verdict::Ok) << -1;

    const DeviceSpec insensitive = monitorSpec(4, 100, 112, 20);
    // A louder target, 103 dB SPL. S_V = 100 − (4 − 2.2185) + 3.0103 = 101.2288; a consumer output of +2 dBu (0.97524 V) through 1 kΩ into 10 kΩ:
    // 0.88658 V → −1.0463 dB → 100.182: 2.82 dB short at 1 m, the output runs out first.
    QTest::newRow("weak output, 1 m: marginal, the source's limit")
        << insensitive << 2.0 << 1000.0 << 1.0 << true << 0.0 << 103.0 << 101.2288 << 100.182 << int(Verdict::Marginal) << int(MonitorLimit::Source);
    // At 2 m: −6.0206 → 94.162, 8.84 dB short: too quiet.
    QTest::newRow("weak output, 2 m: too quiet") << insensitive << 2.0 << 1000.0 << 2.0 << true << 0.0 << 103.0 << 95.2082 << 94.162
                                                 << int(Verdict::TooQuiet) << int(MonitorLimit::Source);

    const DeviceSpec lowInput = monitorSpec(-10, 100, 115, 4);
    // S_V = 100 − (−10 − 2.2185) − 10 (level control) + 3.0103 = 105.2288; the input clips at +4 dBu (1.2277 V, +1.7815 dBV):
    // 107.010; from the line out (+18 dBu through 50 Ω): 15.7390 dB → 120.968; acoustic 118.010. 2.99 dB short of 110.
    QTest::newRow("input clips first: marginal, the input's limit")
        << lowInput << 18.0 << 50.0 << 1.0 << true << -10.0 << 110.0 << 105.2288 << 107.010 << int(Verdict::Marginal) << int(MonitorLimit::Input);
}

void TestMonitors::splAtTheListener()
{
    QFETCH(DeviceSpec, monitors);
    QFETCH(double, lineOutDbu);
    QFETCH(double, lineOutOhm);
    QFETCH(double, distanceM);
    QFETCH(bool, both);
    QFETCH(double, levelControlDb);
    QFETCH(double, target);
    QFETCH(double, dbSplPerVolt);
    QFETCH(double, maxSpl);
    QFETCH(int, verdict);
    QFETCH(int, limit);
    ChainBuilder b = interfaceInto(monitors, lineOutDbu, lineOutOhm);
    DeviceSettings &s = b.settings(QStringLiteral("pair"));
    s.listeningDistanceM = distanceM;
    s.bothSpeakers = both;
    s.levelControlDb = levelControlDb;
    s.targetPeakSplDb = target;
    const AnalysisResult r = b.analyze();
    QCOMPARE(r.listeners.size(), 1u);
    const ListenerResult &l = r.listeners.front();
    QCOMPARE_LE(std::abs(l.sensitivityDbPerV - dbSplPerVolt), kTolDb);
    QCOMPARE_LE(std::abs(l.maxSpl - maxSpl), kTolDb);
    QCOMPARE_LE(std::abs(l.headroomDb - (maxSpl - target)), kTolDb);
    QCOMPARE(int(l.verdict), verdict);
    QVERIFY(!l.estimated);
    const Finding *shortfall = findCode(r, FindingCode::MonitorsTooQuiet);
    QCOMPARE(shortfall != nullptr, limit >= 0);
    if (shortfall) {
        QCOMPARE(int(*shortfall->figure("limit")), limit);
        QCOMPARE(shortfall->severity, verdict == int(Verdict::TooQuiet) ? Severity::Error : Severity::Warning);
        QCOMPARE_LE(std::abs(*shortfall->figure("shortDb") - (target - maxSpl)), kTolDb);
        QCOMPARE(*shortfall->figure("distanceM"), distanceM);
    }
    // Monitors never ask for a headphone amp, and their own impedance is no headphone load.
    QVERIFY(!findCode(r, FindingCode::NeedsHeadphoneAmp));
    QVERIFY(!findCode(r, FindingCode::Marginal));
    QVERIFY(!findCode(r, FindingCode::OutputImpedanceHigh));
}

void TestMonitors::targetDefaultsToTheReferenceLevel()
{
    // physics.md §6: 79 dB(C) from each speaker at −18 dBFS pink noise (broadcast), +3.01 dB for the pair and 18 dB to
    // full scale: 100.0 dB SPL.
    const Device monitors(QStringLiteral("pair"), DeviceSpec(DeviceKind::Monitor));
    QCOMPARE(monitors.settings.targetPeakSplDb, 100.0);
    QCOMPARE(monitors.settings.listeningDistanceM, 1.0);
    QVERIFY(monitors.settings.bothSpeakers);
    const Device phones(QStringLiteral("phones"), DeviceSpec(DeviceKind::Headphones));
    QCOMPARE(phones.settings.targetPeakSplDb, 110.0);
    // With no figures at all, every one is a typical value and the verdict says it is an estimate.
    ChainBuilder b = interfaceInto(DeviceSpec(DeviceKind::Monitor), 10, 100);
    const AnalysisResult r = b.analyze();
    QVERIFY(r.listeners.front().estimated);
    int typical = 0;
    for (const Finding &f : r.findings)
        typical += f.code == FindingCode::EstimatedFigure && f.device == 2;
    QCOMPARE(typical, 5); // sensitivity, its SPL, maximum SPL, input impedance, maximum input level
}

void TestMonitors::overloadNamesTheLimit()
{
    // The player's programme at −18 dBFS RMS with its crest factor reaches the input; the input clips at −10 dBu.
    ChainBuilder b = interfaceInto(monitorSpec(-20, 100, 130, -10), 18, 50);
    AnalysisResult r = b.analyze();
    const PortResult &in = r.port(2, 0);
    const Finding *over = findCode(r, FindingCode::MonitorOverload);
    QVERIFY(over);
    QCOMPARE(int(*over->figure("limit")), int(MonitorLimit::Input));
    // physics.md §0: by how much the peak passes the largest clean sine's peak, √2·V_max.
    QCOMPARE_LE(std::abs(*over->figure("overDb") - amplitudeDb(in.peak / (kSqrt2 * dbuToVolts(-10)))), 1e-9);
    // A generous input but small speakers: they run out first.
    ChainBuilder small = interfaceInto(monitorSpec(-20, 100, 95, 24), 18, 50);
    r = small.analyze();
    over = findCode(r, FindingCode::MonitorOverload);
    QVERIFY(over);
    QCOMPARE(int(*over->figure("limit")), int(MonitorLimit::Speakers));
    // Turned down, nothing clips.
    small.settings(QStringLiteral("pair")).levelControlDb = -40;
    QVERIFY(!findCode(small.analyze(), FindingCode::MonitorOverload));
}

void TestMonitors::hissAddsTheSpeakersOwn()
{
    DeviceSpec spec = monitorSpec(-6, 100, 110, 20);
    spec.set(Field::SelfNoiseDbA, 10);
    ChainBuilder b = interfaceInto(spec, 10, 100);
    b.settings(QStringLiteral("pair")).listeningDistanceM = 2;
    const AnalysisResult r = b.analyze();
    // The line output's noise: +10 dBu − 110 dB = 7.7460 µV, through 10 kΩ/10.1 kΩ: −102.3050 dBV; at 2 m the pair's
    // S_V is 111.2288 − 6.0206 = 105.2082 → 2.903 dB SPL. The speakers: 10 dB(A) at 1 m each → 10 − 6.0206 + 3.0103 =
    // 6.990. Power sum: 10·log10(10^0.2903 + 10^0.6990) = 8.421 dB SPL.
    QCOMPARE_LE(std::abs(r.listeners.front().hissSpl - 8.421), kTolDb);
}

void TestMonitors::unbalancedLinks()
{
    QVERIFY(!findCode(interfaceInto(monitorSpec(-6, 100, 110, 20), 10, 100).analyze(), FindingCode::UnbalancedLink));
    QVERIFY(findCode(interfaceInto(monitorSpec(-6, 100, 110, 20), 10, 100, false).analyze(), FindingCode::UnbalancedLink));
    DeviceSpec rcaInputs = monitorSpec(-6, 100, 110, 20);
    rcaInputs.set(Field::InputBalanced, 0);
    QVERIFY(findCode(interfaceInto(rcaInputs, 10, 100).analyze(), FindingCode::UnbalancedLink));
    // A laptop's headphone jack into monitors: unbalanced, and the jack's level decides.
    ChainBuilder b;
    b.add(QStringLiteral("laptop"), playerOutput(1.0, 10)).add(QStringLiteral("pair"), monitorSpec(-6, 100, 110, 20));
    b.connect(QStringLiteral("laptop.hp1"), QStringLiteral("pair.in"));
    const AnalysisResult r = b.analyze();
    QVERIFY(findCode(r, FindingCode::UnbalancedLink));
    // 1 V through 10 Ω into 10 kΩ: −0.0087 dB → 111.2288 − 0.0087 = 111.220, under the speakers' 113.010.
    QCOMPARE_LE(std::abs(r.listeners.front().maxSpl - 111.220), kTolDb);
}

void TestMonitors::theRendererClipsWhereTheMonitorsDo()
{
    ChainBuilder b = interfaceInto(monitorSpec(-6, 100, 110, 20), 10, 100);
    const AnalysisResult r = b.analyze();
    const StageRecord &stage = r.stages[static_cast<std::size_t>(r.portBase[2])];
    // 113.010 dB SPL at 111.2288 dB SPL/V: 20·log10(V) = 1.7815 → 1.2277 V at the input.
    QCOMPARE(stage.clip, ClipKind::Soft);
    QCOMPARE_LE(std::abs(voltsToDbu(stage.clipRms) - 4.0), kTolDb);
}

void TestMonitors::settingsRoundTrip()
{
    ChainBuilder b = interfaceInto(monitorSpec(-6, 100, 110, 20), 10, 100);
    DeviceSettings &s = b.settings(QStringLiteral("pair"));
    s.listeningDistanceM = 2.5;
    s.roomGainDb = 3;
    s.bothSpeakers = false;
    s.levelControlDb = -6;
    const ProjectLoad read = parseProject(serializeProject(b.chain()), QStringLiteral("monitors"));
    QVERIFY2(read.chain(), qPrintable(read.error));
    QCOMPARE(read.chain()->device(QStringLiteral("pair"))->settings, s);
    // Defaults are not written; the monitors' own target is their default.
    const QByteArray plain = serializeProject(interfaceInto(monitorSpec(-6, 100, 110, 20), 10, 100).chain());
    QVERIFY(!plain.contains("targetPeakSplDb"));
    QVERIFY(!plain.contains("listeningDistanceM"));
    const ProjectLoad plainRead = parseProject(plain, QStringLiteral("plain"));
    QVERIFY2(plainRead.chain(), qPrintable(plainRead.error));
    QCOMPARE(plainRead.chain()->device(QStringLiteral("pair"))->settings.targetPeakSplDb, 100.0);
}

QTEST_GUILESS_MAIN(TestMonitors)
#include "tst_monitors.moc"
