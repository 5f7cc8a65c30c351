// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// How late a performer hears themself (physics.md §3, "Latency"): nothing added with direct monitoring; through the
// computer, an input and an output buffer (2·N/fs) plus the interface's own round trip. Expected values are that sum,
// worked by hand.

#include "chainbuilder.h"

#include "findings.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;

namespace {

constexpr double kTolMs = 1e-9;

/// A guitar into an interface (2.5 ms of its own) that plays to headphones, with a computer on its USB port.
ChainBuilder studio(double interfaceMs = 2.5)
{
    DeviceSpec iface = makeSpec(DeviceKind::Interface, {{Field::HeadphoneOutputs, 1}, {Field::LineOutputs, 1}});
    if (interfaceMs >= 0)
        iface.set(Field::InterfaceLatencyMs, interfaceMs);
    ChainBuilder b;
    b.add(QStringLiteral("daw"), makeSpec(DeviceKind::Player, {{Field::HeadphoneOutputs, 0}}))
        .add(QStringLiteral("guitar"), makeSpec(DeviceKind::Instrument, {{Field::OutputLevelDbv, -30}, {Field::OutputImpedanceOhm, 10000}}))
        .add(QStringLiteral("iface"), iface)
        .add(QStringLiteral("phones"), phonesPerVolt(80, 105))
        .connect(QStringLiteral("daw.usb"), QStringLiteral("iface.usb"))
        .connect(QStringLiteral("guitar.out"), QStringLiteral("iface.in1"))
        .connect(QStringLiteral("iface.hp1"), QStringLiteral("phones.in"));
    b.port(QStringLiteral("iface"), QStringLiteral("in1")).hiZ = true;
    return b;
}

} // namespace

class TestLatency : public QObject
{
    Q_OBJECT

private slots:
    void throughTheComputer_data();
    void throughTheComputer();
    void directMonitoringAddsNothing();
    void onlyPlaybackHasNoLatency();
    void throughAHeadphoneAmp();
    void unknownInterfaceLatencyIsAnEstimate();
};

void TestLatency::throughTheComputer_data()
{
    QTest::addColumn<double>("buffer");
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("latencyMs");
    QTest::addColumn<bool>("late");
    // 2·256/48 000 s = 10.6667 ms, + 2.5 ms = 13.1667 ms: over 10 ms.
    QTest::newRow("256 samples at 48 kHz") << 256.0 << 48000.0 << 2.0 * 256 / 48.0 + 2.5 << true;
    // 2·32/48 000 s = 1.3333 ms, + 2.5 ms = 3.8333 ms.
    QTest::newRow("32 samples at 48 kHz") << 32.0 << 48000.0 << 2.0 * 32 / 48.0 + 2.5 << false;
    // 2·128/96 000 s = 2.6667 ms, + 2.5 ms = 5.1667 ms.
    QTest::newRow("128 samples at 96 kHz") << 128.0 << 96000.0 << 2.0 * 128 / 96.0 + 2.5 << false;
    // 2·512/44 100 s = 23.2200 ms, + 2.5 ms = 25.7200 ms.
    QTest::newRow("512 samples at 44.1 kHz") << 512.0 << 44100.0 << 2.0 * 512 / 44.1 + 2.5 << true;
}

void TestLatency::throughTheComputer()
{
    QFETCH(double, buffer);
    QFETCH(double, rate);
    QFETCH(double, latencyMs);
    QFETCH(bool, late);
    ChainBuilder b = studio();
    DeviceSettings &daw = b.settings(QStringLiteral("daw"));
    daw.monitorInputs = true;
    daw.bufferSamples = buffer;
    daw.sampleRateHz = rate;
    const AnalysisResult r = b.analyze();
    const ListenerResult &l = r.listeners.front();
    QVERIFY(l.monitoringLatencyMs);
    QCOMPARE_LE(std::abs(*l.monitoringLatencyMs - latencyMs), kTolMs);
    const Finding *f = findCode(r, FindingCode::MonitoringLatency);
    QCOMPARE(f != nullptr, late);
    if (f) {
        QCOMPARE(f->severity, Severity::Warning);
        QVERIFY(!f->estimated); // the interface's own latency is stated
        QCOMPARE(*f->figure("bufferSamples"), buffer);
        QCOMPARE(*f->figure("sampleRateHz"), rate);
        // The same computer at 32 samples: 2·32/fs + 2.5 ms.
        QCOMPARE_LE(std::abs(*f->figure("smallBufferMs") - (2.0 * 32 / rate * 1000.0 + 2.5)), kTolMs);
        QCOMPARE(*f->figure("directMonitoring"), 1.0);
        QCOMPARE(f->related, std::vector<int>{2});
    }
    // The guitar is heard: its signal is in the mix the headphones hear.
    QVERIFY(l.playing);
}

void TestLatency::directMonitoringAddsNothing()
{
    ChainBuilder b = studio();
    b.settings(QStringLiteral("daw")).monitorInputs = true; // both on: the interface's own path is the one heard first
    b.settings(QStringLiteral("iface")).directMonitor = true;
    const AnalysisResult r = b.analyze();
    QCOMPARE(r.listeners.front().monitoringLatencyMs, std::optional<double>(0.0));
    QVERIFY(!findCode(r, FindingCode::MonitoringLatency));
}

void TestLatency::onlyPlaybackHasNoLatency()
{
    // Neither direct monitoring nor the computer plays the guitar back: the headphones hear only playback.
    const AnalysisResult r = studio().analyze();
    QVERIFY(!r.listeners.front().monitoringLatencyMs);
    // Monitoring through the computer with nothing plugged into the inputs: no live input is heard.
    ChainBuilder empty = studio();
    Chain chain = empty.chain();
    chain.connections.erase(chain.connections.begin() + 1);
    chain.device(QStringLiteral("daw"))->settings.monitorInputs = true;
    QVERIFY(!analyze(chain).listeners.front().monitoringLatencyMs);
}

void TestLatency::throughAHeadphoneAmp()
{
    // A distribution amp on the line outputs: its listeners hear the inputs as late as the interface's outputs.
    ChainBuilder b = studio();
    b.add(QStringLiteral("amp"), makeSpec(DeviceKind::HeadphoneAmp, {{Field::Channels, 2}}))
        .add(QStringLiteral("singer"), phonesPerVolt(80, 105))
        .connect(QStringLiteral("iface.line_out1"), QStringLiteral("amp.in"))
        .connect(QStringLiteral("amp.out1"), QStringLiteral("singer.in"));
    b.settings(QStringLiteral("daw")).monitorInputs = true;
    const AnalysisResult r = b.analyze();
    const ListenerResult *singer = r.listener(5);
    QVERIFY(singer && singer->monitoringLatencyMs);
    QCOMPARE_LE(std::abs(*singer->monitoringLatencyMs - (2.0 * 256 / 48.0 + 2.5)), kTolMs);
}

void TestLatency::unknownInterfaceLatencyIsAnEstimate()
{
    ChainBuilder b = studio(-1);
    b.settings(QStringLiteral("daw")).monitorInputs = true;
    const AnalysisResult r = b.analyze();
    const ListenerResult &l = r.listeners.front();
    // The typical 4 ms of the interface's own (docs/typical-values.md): 10.6667 + 4 ms.
    QCOMPARE_LE(std::abs(*l.monitoringLatencyMs - (2.0 * 256 / 48.0 + 4.0)), kTolMs);
    QVERIFY(l.estimated);
    const Finding *f = findCode(r, FindingCode::MonitoringLatency);
    QVERIFY(f && f->estimated);
}

QTEST_GUILESS_MAIN(TestLatency)
#include "tst_latency.moc"
