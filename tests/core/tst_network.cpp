// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The engine's electrical network solution (physics.md §4, §5) against an independent solver: ngspice in batch mode
// (Debian package `ngspice`; batch usage as in qt64-toolchain.md §7). Random players, nested passive splitters and
// headphones – resistive at DC/1 kHz, complex impedance curves for the response vs frequency – are written out as
// netlists and their node voltages and currents compared with analyze(). The current and voltage ceilings are checked
// against closed-form values worked out by hand.

#include "spicenetwork.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <complex>
#include <memory>
#include <numbers>
#include <optional>
#include <random>

using namespace headroom;
using namespace headroom::test;

namespace {

constexpr int kProcessTimeoutMs = 30000;

using Values = QHash<QString, double>;

/// The `name = value` lines ngspice prints, by name.
Values parsePrints(const QString &out)
{
    static const QRegularExpression line(QStringLiteral(R"(^\s*(\S+)\s*=\s*([-+]?[0-9.]+(?:[eE][-+]?[0-9]+)?)\s*$)"),
                                         QRegularExpression::MultilineOption);
    Values values;
    for (const QRegularExpressionMatch &m : line.globalMatch(out))
        values.insert(m.captured(1).toLower(), m.captured(2).toDouble());
    return values;
}

/// A printed vector by name; NaN, which fails every comparison, when ngspice did not print it.
double printed(const Values &values, const QString &name) { return values.value(name, std::nan("")); }

/// Scale-free error: levels and currents span several decades across the random networks.
double relativeError(double actual, double expected) { return std::abs(actual - expected) / std::abs(expected); }

} // namespace

Q_DECLARE_METATYPE(Network)

class TestNetwork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void operatingPoint_data();
    void operatingPoint();
    void complexResponse_data();
    void complexResponse();
    void ceilings_data();
    void ceilings();

private:
    void simulate(const QStringList &netlists, std::vector<Values> &results);

    QString m_ngspice;
    QTemporaryDir m_dir;
    int m_runs = 0;
    double m_worstOpRelative = 0;
    double m_worstResponseDb = 0;
};

void TestNetwork::initTestCase()
{
    m_ngspice = QStandardPaths::findExecutable(QStringLiteral("ngspice"));
    if (m_ngspice.isEmpty())
        QFAIL("ngspice not found on PATH: install the Debian package 'ngspice' (apt-get install ngspice)");
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
}

void TestNetwork::cleanupTestCase()
{
    qInfo("worst relative error, operating points: %.3g; worst response error: %.3g dB", m_worstOpRelative, m_worstResponseDb);
}

// Runs ngspice on each netlist, all at once since they are independent, and collects what each printed.
void TestNetwork::simulate(const QStringList &netlists, std::vector<Values> &results)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QString &text : netlists) {
        const QString path = m_dir.filePath(QStringLiteral("run%1.cir").arg(m_runs++));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Text), qPrintable(file.errorString()));
        file.write(text.toUtf8());
        file.close();
        auto &process = processes.emplace_back(std::make_unique<QProcess>());
        process->setWorkingDirectory(m_dir.path());
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(m_ngspice, {QStringLiteral("-b"), path});
    }
    results.clear();
    for (std::size_t i = 0; i < processes.size(); ++i) {
        QProcess &process = *processes[i];
        QVERIFY2(process.waitForFinished(kProcessTimeoutMs), qPrintable(QStringLiteral("ngspice did not finish: %1").arg(process.errorString())));
        const QString out = QString::fromUtf8(process.readAll());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(QStringLiteral("ngspice failed (%1) on\n%2\n%3").arg(process.exitCode()).arg(netlists[i], out)));
        results.push_back(parsePrints(out));
    }
}

void TestNetwork::operatingPoint_data()
{
    QTest::addColumn<Network>("network");
    NetworkGenerator generator(20240611);
    for (int i = 0; i < 20; ++i) {
        const Network n = generator.next(false, 0.0);
        QTest::addRow("op%02d Zo=%.1f ohm, %d phones, %d splitters", i, n.outputOhm, int(n.phones.size()), int(n.splitters.size())) << n;
    }
}

void TestNetwork::operatingPoint()
{
    // Tolerance: relative 1e-6. Both sides solve the same linear resistive network in double precision; ngspice
    // prints 15 digits (numdgt=15), so anything above rounding is a modelling difference.
    constexpr double kTolerance = 1e-6;
    QFETCH(Network, network);
    const ChainBuilder b = buildChain(network);
    const AnalysisResult result = b.analyze();
    std::vector<Values> spice;
    simulate({netlist(network, std::nullopt)}, spice);
    if (QTest::currentTestFailed())
        return;

    struct Comparison {
        QString what;
        double engine;
        QString vector; ///< what ngspice printed it as
    };
    // physics.md §5: I_total = V_node/|Z_par| leaves the output; each cable carries V_node/Z_i.
    const int src = b.chain().indexOf(u"src");
    std::vector<Comparison> comparisons{{QStringLiteral("source current"),
                                         result.port(src, b.chain().devices[std::size_t(src)].portIndex(u"hp1")).currentA, QStringLiteral("-i(v1)")}};
    for (const Phones &p : network.phones) {
        const PortResult &in = result.port(b.chain().indexOf(p.id), 0);
        const QString port = p.id + QStringLiteral(".in");
        const auto cable = std::find_if(network.cables.begin(), network.cables.end(), [&](const auto &c) { return c.second == port; });
        comparisons.push_back({p.id + QStringLiteral(" voltage"), in.rms, QStringLiteral("v(%1)").arg(nodeOf(port))});
        comparisons.push_back(
            {p.id + QStringLiteral(" current"), in.currentA, QStringLiteral("i(vc%1)").arg(std::distance(network.cables.begin(), cable))});
    }
    for (const Comparison &c : comparisons) {
        const double reference = printed(spice[0], c.vector);
        const double error = relativeError(c.engine, reference);
        m_worstOpRelative = std::max(m_worstOpRelative, error);
        QVERIFY2(
            error <= kTolerance,
            qPrintable(
                QStringLiteral("%1: engine %2, ngspice %3 = %4").arg(c.what).arg(c.engine, 0, 'g', 12).arg(c.vector).arg(reference, 0, 'g', 12)));
    }
}

void TestNetwork::complexResponse_data()
{
    QTest::addColumn<Network>("network");
    NetworkGenerator generator(7031977);
    for (int i = 0; i < 10; ++i) {
        const Network n = generator.next(true, 0.5); // the response exists only behind a non-zero Z_o
        const auto curves = std::count_if(n.phones.begin(), n.phones.end(), [](const Phones &p) { return !p.curve.empty(); });
        QTest::addRow("ac%02d Zo=%.1f ohm, %d phones (%d with curves), %d splitters", i, n.outputOhm, int(n.phones.size()), int(curves),
                      int(n.splitters.size()))
            << n;
    }
}

void TestNetwork::complexResponse()
{
    // Tolerance: 1e-4 dB on the response, relative 1e-6 on the 1 kHz node voltage (see operatingPoint).
    constexpr double kToleranceDb = 1e-4;
    constexpr double kVoltsTolerance = 1e-6;
    constexpr std::size_t kStride = 6;
    QFETCH(Network, network);
    const ChainBuilder b = buildChain(network);
    const AnalysisResult result = b.analyze();

    // Every 6th grid point, then the 1 kHz reference last.
    std::vector<std::size_t> indices;
    QStringList netlists;
    for (std::size_t k = 0; k < kGridPoints; k += kStride) {
        indices.push_back(k);
        netlists << netlist(network, frequencyGrid()[k]);
    }
    netlists << netlist(network, kReferenceHz);
    std::vector<Values> spice;
    simulate(netlists, spice);
    if (QTest::currentTestFailed())
        return;

    const QString node = nodeOf(network.phones.front().id + QStringLiteral(".in"));
    const double reference = printed(spice.back(), QStringLiteral("vm(%1)").arg(node));
    for (const Phones &p : network.phones) {
        const int d = b.chain().indexOf(p.id);
        const double volts = network.openCircuitVolts() * reference; // physics.md §4: V_L = V_oc·|Z_par/(Z_par+Z_o)|
        QVERIFY2(relativeError(result.port(d, 0).rms, volts) <= kVoltsTolerance,
                 qPrintable(QStringLiteral("%1 at 1 kHz: engine %2 V, ngspice %3 V").arg(p.id).arg(result.port(d, 0).rms).arg(volts)));
        const ListenerResult *listener = result.listener(d);
        QVERIFY(listener);
        QVERIFY2(listener->responseCurveDb && listener->responseCurveDb->size() == std::size_t(kGridPoints),
                 qPrintable(p.id + QStringLiteral(" has no response curve")));
        for (std::size_t i = 0; i < indices.size(); ++i) {
            // physics.md §4: ΔdB(f) = 20·log10(|V(f)| / |V(1 kHz)|) at the shared node (§5).
            const double expected = 20.0 * std::log10(printed(spice[i], QStringLiteral("vm(%1)").arg(node)) / reference);
            const double actual = (*listener->responseCurveDb)[indices[i]];
            m_worstResponseDb = std::max(m_worstResponseDb, std::abs(actual - expected));
            QVERIFY2(std::abs(actual - expected) <= kToleranceDb,
                     qPrintable(QStringLiteral("%1 at %2 Hz: engine %3 dB, ngspice %4 dB")
                                    .arg(p.id)
                                    .arg(frequencyGrid()[indices[i]], 0, 'f', 1)
                                    .arg(actual, 0, 'f', 6)
                                    .arg(expected, 0, 'f', 6)));
        }
    }
}

void TestNetwork::ceilings_data()
{
    QTest::addColumn<double>("maxVolts");
    QTest::addColumn<double>("outputOhm");
    QTest::addColumn<double>("maxCurrentMa");
    QTest::addColumn<QList<double>>("loads");
    QTest::addColumn<double>("expectedVolts");

    // physics.md §4: V_L,max = min(V_max,oc·|Z_par/(Z_par+Z_o)|, I_max·|Z_par|), worked out by hand.
    // §10 R41: 10 V ceiling, 30 mA into 16 Ω → min(10, 0.03·16) = 0.48 V.
    QTest::newRow("R41 30 mA into 16 ohm: current binds") << 10.0 << 0.0 << 30.0 << QList<double>{16} << 0.48;
    // Two 32 Ω on a Y behind 10 Ω: Z_par = 16 Ω; min(2·16/26 = 1.2308, 0.03·16 = 0.48) = 0.48 V.
    QTest::newRow("Y 2x32 ohm, 30 mA: current binds") << 2.0 << 10.0 << 30.0 << QList<double>{32, 32} << 0.48;
    // §4 example: +7 dBu (1.734 V), Z_o 10 Ω, HD600 300 Ω: min(1.734·300/310 = 1.678065, 0.1·300 = 30) V.
    QTest::newRow("1.734 V, 10 ohm into 300 ohm: voltage binds") << 1.734 << 10.0 << 100.0 << QList<double>{300} << 1.678064516129032;
    // §5 worked example: 300 ‖ 80 = 63.158 Ω; min(1.734·24000/27800 = 1.496978, 0.05·63.158 = 3.158) V.
    QTest::newRow("HD600 | DT770 on 10 ohm: voltage binds") << 1.734 << 10.0 << 50.0 << QList<double>{300, 80} << 1.4969784172661871;
}

void TestNetwork::ceilings()
{
    // Tolerance: relative 1e-9, the closed form is exact and the engine only round-trips V_max through dBu.
    constexpr double kTolerance = 1e-9;
    QFETCH(double, maxVolts);
    QFETCH(double, outputOhm);
    QFETCH(double, maxCurrentMa);
    QFETCH(QList<double>, loads);
    QFETCH(double, expectedVolts);

    ChainBuilder b;
    b.add(QStringLiteral("src"), playerOutput(maxVolts, outputOhm, maxCurrentMa));
    if (loads.size() > 1)
        b.add(QStringLiteral("y"), splitter(int(loads.size()))).connect(QStringLiteral("src.hp1"), QStringLiteral("y.in"));
    for (qsizetype i = 0; i < loads.size(); ++i) {
        const QString id = QStringLiteral("hp%1").arg(i);
        b.add(id, phonesPerVolt(loads[i], 100.0));
        b.connect(loads.size() > 1 ? QStringLiteral("y.out%1").arg(i + 1) : QStringLiteral("src.hp1"), id + QStringLiteral(".in"));
    }
    const AnalysisResult result = b.analyze();
    for (qsizetype i = 0; i < loads.size(); ++i) {
        const int d = b.chain().indexOf(QStringLiteral("hp%1").arg(i));
        const double capability = result.port(d, 0).capability;
        QVERIFY2(relativeError(capability, expectedVolts) <= kTolerance,
                 qPrintable(QStringLiteral("hp%1: capability %2 V, expected %3 V").arg(i).arg(capability, 0, 'g', 12).arg(expectedVolts)));
        // physics.md §4: SPL_max = S_V + 20·log10(V_L,max).
        QCOMPARE_LE(std::abs(result.listener(d)->maxSpl - (100.0 + 20.0 * std::log10(expectedVolts))), 1e-7);
    }
}

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
