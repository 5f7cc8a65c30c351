// Solver cost for chains of 10 … 10,000 devices. Each studio block has 8 devices: a talker and a mic into an
// interface with computer playback, whose line outputs feed a headphone amp driving two headphones on a splitter.
// Run: ./build/benchmarks/bench_solver [-tickcounter | -callgrind]; the figure per device should stay flat (linear cost).

#include "chainbuilder.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;

namespace {

QString id(const char *prefix, const QString &n, const char *port = "")
{
    return QString::fromLatin1(prefix) + n + QString::fromLatin1(port);
}

Chain studio(int devices)
{
    ChainBuilder b;
    const DeviceSpec mic = makeSpec(DeviceKind::Microphone, {{Field::SensitivityMvPerPa, 2}, {Field::OutputImpedanceOhm, 150},
                                                            {Field::MaxSplDb, 140}});
    const DeviceSpec iface = makeSpec(DeviceKind::Interface, {{Field::GainMinDb, 0}, {Field::GainMaxDb, 60}, {Field::MicMaxInputDbu, 10},
                                                              {Field::MicInputImpedanceOhm, 3000}, {Field::EinDbu, -128},
                                                              {Field::LineOutMaxDbu, 16}, {Field::LineOutImpedanceOhm, 100},
                                                              {Field::LineOutDynamicRangeDb, 110}, {Field::HpMaxLevelDbu, 10},
                                                              {Field::HpOutputImpedanceOhm, 1}, {Field::HpDynamicRangeDb, 110}});
    const DeviceSpec amp = makeSpec(DeviceKind::HeadphoneAmp, {{Field::GainDb, 10}, {Field::InputImpedanceOhm, 10000},
                                                               {Field::HpMaxLevelDbu, 20}, {Field::HpOutputImpedanceOhm, 0.5},
                                                               {Field::HpOutputNoiseUv, 3}, {Field::Channels, 2}});
    DeviceSpec phones = phonesPerVolt(300, 102);
    phones.setImpedanceCurve({{20, 420, 30}, {90, 600, 0}, {1000, 300, 5}, {20000, 330, 20}});
    for (int i = 0; i < devices / 8; ++i) {
        const QString n = QString::number(i);
        b.add(id("talker", n), DeviceSpec(DeviceKind::AcousticSource)).add(id("mic", n), mic)
            .add(id("daw", n), makeSpec(DeviceKind::Player, {{Field::HeadphoneOutputs, 0}})).add(id("iface", n), iface)
            .add(id("amp", n), amp).add(id("split", n), splitter(2)).add(id("a", n), phones).add(id("b", n), phonesPerVolt(80, 107))
            .connect(id("talker", n, ".sound"), id("mic", n, ".sound")).connect(id("mic", n, ".out"), id("iface", n, ".in1"))
            .connect(id("daw", n, ".usb"), id("iface", n, ".usb")).connect(id("iface", n, ".line_out1"), id("amp", n, ".in"))
            .connect(id("amp", n, ".out1"), id("split", n, ".in")).connect(id("split", n, ".out1"), id("a", n, ".in"))
            .connect(id("split", n, ".out2"), id("b", n, ".in"));
        b.settings(id("iface", n)).directMonitor = true;
    }
    for (int i = (devices / 8) * 8; i < devices; ++i)
        b.add(id("spare", QString::number(i)), phonesPerVolt(32, 110));
    return b.chain();
}

} // namespace

class BenchSolver : public QObject
{
    Q_OBJECT

private slots:
    void analyze_data()
    {
        QTest::addColumn<int>("devices");
        for (int n : {10, 100, 1000, 10000})
            QTest::newRow(qPrintable(QStringLiteral("%1 devices").arg(n))) << n;
    }
    void analyze()
    {
        QFETCH(int, devices);
        const Chain chain = studio(devices);
        QCOMPARE(chain.devices.size(), std::size_t(devices));
        AnalysisResult result;
        QBENCHMARK {
            result = headroom::analyze(chain);
        }
        QVERIFY(!result.listeners.empty());
    }
};

QTEST_GUILESS_MAIN(BenchSolver)
#include "bench_solver.moc"
