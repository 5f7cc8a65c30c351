// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Monitor controllers (physics.md §6, "Monitor controllers"): a passive one is a potentiometer, a divider whose output
// impedance is R·a·(1 − a) at the ratio a; an active one is a buffer with its own output impedance and clip points.
// Expected values are worked by hand in each comment.

#include "chainbuilder.h"

#include "findings.h"
#include "units.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;
using namespace headroom::units;

namespace {

constexpr double kTolDb = 0.01;
constexpr int kController = 2;
constexpr int kMonitors = 3;

/// The computer's music at −18 dBFS through an interface's +16 dBu, 100 Ω line outputs, a monitor controller with a
/// 10 kΩ input set to `volumeDb`, and monitors with a 10 kΩ input.
ChainBuilder desk(bool active, double volumeDb, double maxInDbu = 20)
{
    ChainBuilder b;
    b.add(QStringLiteral("daw"), makeSpec(DeviceKind::Player, {{Field::HeadphoneOutputs, 0}}))
        .add(QStringLiteral("iface"),
             makeSpec(DeviceKind::Interface, {{Field::ComboInputs, 0}, {Field::LineOutMaxDbu, 16}, {Field::LineOutImpedanceOhm, 100}}))
        .add(QStringLiteral("knob"),
             makeSpec(DeviceKind::MonitorController,
                      {{Field::LineInputs, 2},
                       {Field::LineInputImpedanceOhm, 10000},
                       {Field::LineMaxInputDbu, maxInDbu},
                       {Field::Active, active ? 1.0 : 0.0},
                       {Field::LineOutputs, 2},
                       {Field::LineOutMaxDbu, 20},
                       {Field::LineOutImpedanceOhm, 50},
                       {Field::HeadphoneOutputs, 0}}))
        .add(QStringLiteral("pair"), makeSpec(DeviceKind::Monitor, {{Field::InputImpedanceOhm, 10000}, {Field::LineMaxInputDbu, 24}}))
        .connect(QStringLiteral("daw.usb"), QStringLiteral("iface.usb"))
        .connect(QStringLiteral("iface.line_out1"), QStringLiteral("knob.line_in1"))
        .connect(QStringLiteral("knob.line_out1"), QStringLiteral("pair.in"));
    b.port(QStringLiteral("knob"), QStringLiteral("line_out1")).volumeDb = volumeDb;
    return b;
}

/// −18 dBFS on a +16 dBu output is −2 dBu open circuit; 100 Ω into the controller's 10 kΩ: −2.086 dBu.
const double kAtController = -2 + amplitudeDb(10000.0 / 10100);

double dbuAt(const AnalysisResult &r, int device) { return voltsToDbu(r.port(device, 0).rms); }

} // namespace

class TestMonitorController : public QObject
{
    Q_OBJECT

private slots:
    void passiveIsADivider_data();
    void passiveIsADivider();
    void activeIsABuffer();
    void activeInputClips();
    void performerMixesTwoFeeds();
};

void TestMonitorController::passiveIsADivider_data()
{
    QTest::addColumn<double>("ratio");
    // a = 1/2 (−6.02 dB): 2.5 kΩ behind the wiper into 10 kΩ: × 0.8, −1.94 dB.
    QTest::newRow("half") << 0.5;
    // a = 1/10 (−20 dB): 900 Ω into 10 kΩ: −0.82 dB.
    QTest::newRow("tenth") << 0.1;
    // a = 1 (0 dB): the wiper at the top, nothing behind it.
    QTest::newRow("full") << 1.0;
}

void TestMonitorController::passiveIsADivider()
{
    QFETCH(double, ratio);
    const AnalysisResult r = desk(false, amplitudeDb(ratio)).analyze();
    QCOMPARE_LE(std::abs(dbuAt(r, kController) - kAtController), kTolDb);
    const double behind = 10000 * ratio * (1 - ratio);
    QCOMPARE_LE(std::abs(dbuAt(r, kMonitors) - (kAtController + amplitudeDb(ratio) + amplitudeDb(10000 / (10000 + behind)))), kTolDb);
}

void TestMonitorController::activeIsABuffer()
{
    const AnalysisResult r = desk(true, -6).analyze();
    // −2.086 − 6 dBu behind 50 Ω into 10 kΩ: −0.043 dB more.
    QCOMPARE_LE(std::abs(dbuAt(r, kMonitors) - (kAtController - 6 + amplitudeDb(10000.0 / 10050))), kTolDb);
    QVERIFY(!findCode(r, FindingCode::Clipping));
}

void TestMonitorController::activeInputClips()
{
    const AnalysisResult r = desk(true, -6, -10).analyze();
    // Music peaks 18 dB over its −2.086 dBu average pass a −10 dBu input's sine peak (+3.01 dB) by
    // −2.086 + 18 − 3.01 + 10 = 22.90 dB.
    const Finding *clip = findCode(r, FindingCode::Clipping);
    QVERIFY(clip);
    QCOMPARE(clip->device, kController);
    QCOMPARE_LE(std::abs(*clip->figure("overDb") - (kAtController + 18 - kSineCrestDb + 10)), kTolDb);
}

void TestMonitorController::performerMixesTwoFeeds()
{
    // A personal monitor mixer on two line outputs of one interface (the same programme, −2.09 dBu at each 10 kΩ
    // input), its own level on each: −6 dB and −12 dB sum in power to −2.09 + 10·log10(10^−0.6 + 10^−1.2) = −7.06 dBu
    // open circuit, through 10 Ω into 32 Ω headphones of 110 dB SPL/V.
    ChainBuilder b;
    b.add(QStringLiteral("daw"), makeSpec(DeviceKind::Player, {{Field::HeadphoneOutputs, 0}}))
        .add(QStringLiteral("iface"),
             makeSpec(DeviceKind::Interface,
                      {{Field::ComboInputs, 0}, {Field::LineOutputs, 2}, {Field::LineOutMaxDbu, 16}, {Field::LineOutImpedanceOhm, 100}}))
        .add(QStringLiteral("p2"),
             makeSpec(DeviceKind::MonitorMixer,
                      {{Field::LineInputs, 2},
                       {Field::LineInputImpedanceOhm, 10000},
                       {Field::LineMaxInputDbu, 20},
                       {Field::HpMaxLevelDbu, 20},
                       {Field::HpOutputImpedanceOhm, 10}}))
        .add(QStringLiteral("phones"), phonesPerVolt(32, 110))
        .connect(QStringLiteral("daw.usb"), QStringLiteral("iface.usb"))
        .connect(QStringLiteral("iface.line_out1"), QStringLiteral("p2.line_in1"))
        .connect(QStringLiteral("iface.line_out2"), QStringLiteral("p2.line_in2"))
        .connect(QStringLiteral("p2.hp1"), QStringLiteral("phones.in"));
    b.port(QStringLiteral("p2"), QStringLiteral("line_in1")).faderDb = -6;
    b.port(QStringLiteral("p2"), QStringLiteral("line_in2")).faderDb = -12;
    const AnalysisResult r = b.analyze();
    const double open = kAtController + 10 * std::log10(std::pow(10, -0.6) + std::pow(10, -1.2));
    const double spl = 110 + amplitudeDb(dbuToVolts(open) * 32 / 42);
    QCOMPARE_LE(std::abs(r.listeners.front().averageSpl - spl), kTolDb);
}

QTEST_GUILESS_MAIN(TestMonitorController)
#include "tst_monitorcontroller.moc"
