// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The engine's electrical network solution (physics.md §4, §5) against an independent solver: ngspice in batch mode
// (Debian package `ngspice`; batch usage as in qt64-toolchain.md §7). Random players, nested passive splitters and
// headphones – resistive at DC/1 kHz, complex impedance curves for the response vs frequency – are written out as
// netlists and their node voltages and currents compared with analyze(). The current and voltage ceilings are checked
// against closed-form values worked out by hand.

#include "chainbuilder.h"
#include "impedance.h"

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

constexpr double kProgrammeDbfs = -18.0; // the player's default programme level (physics.md §3)
constexpr int kMaxSplitterDepth = 3;
constexpr int kProcessTimeoutMs = 30000;

struct Phones {
    QString id;
    double ohms = 0;                   ///< nominal; the engine's load when there is no curve
    std::vector<ImpedancePoint> curve; ///< empty: resistive
};

/// One player output, its splitter tree and headphones, described once for both the engine and ngspice.
struct Network {
    double maxVolts = 0;  ///< open-circuit ceiling of the output (full-scale sine, full volume)
    double volumeDb = 0;
    double outputOhm = 0;
    std::vector<Phones> phones;
    std::vector<std::pair<QString, int>> splitters;  ///< id, number of outputs
    std::vector<std::pair<QString, QString>> cables; ///< "device.port" → "device.port"

    /// The programme's open-circuit RMS at the output (physics.md §4: V_oc set by DAC full scale and volume).
    [[nodiscard]] double openCircuitVolts() const { return maxVolts * std::pow(10.0, (kProgrammeDbfs + volumeDb) / 20.0); }
};

using Values = QHash<QString, double>;

/// Random networks from a fixed seed, so a failing row can be rebuilt exactly.
class NetworkGenerator
{
public:
    explicit NetworkGenerator(std::uint32_t seed) : m_rng(seed) {}

    Network next(bool withCurves, double minOutputOhm)
    {
        Network n;
        n.maxVolts = logUniform(0.1, 10.0);
        n.volumeDb = uniform(-30.0, 0.0);
        // An ideal (0 Ω) output now and then: ngspice then gets no series resistor.
        n.outputOhm = minOutputOhm == 0 && chance(0.15) ? 0.0 : uniform(std::max(minOutputOhm, 0.1), 120.0);
        attach(n, QStringLiteral("src.hp1"), integer(1, 6), 0, withCurves);
        return n;
    }

private:
    // Drawn straight from the engine's 32-bit outputs: the std distributions differ between standard libraries.
    double uniform(double lo, double hi) { return lo + (hi - lo) * std::ldexp(static_cast<double>(m_rng()), -32); }
    double logUniform(double lo, double hi) { return std::exp(uniform(std::log(lo), std::log(hi))); }
    int integer(int lo, int hi) { return lo + static_cast<int>(uniform(0.0, hi - lo + 1.0)); }
    bool chance(double p) { return uniform(0.0, 1.0) < p; }

    // Hangs `loads` headphones below an output through randomly nested splitters, leaving some outputs open.
    void attach(Network &n, const QString &from, int loads, int depth, bool withCurves)
    {
        if (loads == 1 && (depth >= kMaxSplitterDepth || chance(0.6))) {
            // The first headphone of a curve network always has a curve, so the engine reports a response.
            n.phones.push_back(randomPhones(QStringLiteral("hp%1").arg(n.phones.size()),
                                            withCurves && (n.phones.empty() || chance(0.75))));
            n.cables.emplace_back(from, n.phones.back().id + QStringLiteral(".in"));
            return;
        }
        const int branches = depth >= kMaxSplitterDepth ? loads : integer(1, std::min(loads, 4));
        const int outputs = std::max(2, branches + integer(0, 1));
        const QString id = QStringLiteral("sp%1").arg(n.splitters.size());
        n.splitters.emplace_back(id, outputs);
        n.cables.emplace_back(from, id + QStringLiteral(".in"));
        std::vector<int> share(static_cast<std::size_t>(branches), 1);
        for (int i = branches; i < loads; ++i)
            ++share[static_cast<std::size_t>(integer(0, branches - 1))];
        for (int b = 0; b < branches; ++b)
            attach(n, id + QStringLiteral(".out%1").arg(b + 1), share[static_cast<std::size_t>(b)], depth + 1, withCurves);
    }

    // 8–600 Ω headphones; a curve has 3–8 points over 10 Hz–30 kHz, 10–700 Ω, −60…+60°.
    Phones randomPhones(const QString &id, bool withCurve)
    {
        Phones p{id, logUniform(8.0, 600.0), {}};
        if (!withCurve)
            return p;
        std::vector<double> hz(static_cast<std::size_t>(integer(3, 8)));
        for (double &f : hz)
            f = logUniform(10.0, 30000.0);
        std::sort(hz.begin(), hz.end());
        for (double f : hz)
            p.curve.push_back({f, logUniform(10.0, 700.0), uniform(-60.0, 60.0)});
        return p;
    }

    std::mt19937 m_rng;
};

/// Z(f) of a curve, written apart from core/impedance.cpp: log|Z| and phase linear in log f, flat beyond the ends.
std::complex<double> curveImpedance(const std::vector<ImpedancePoint> &curve, double hz)
{
    const auto toComplex = [](double ohms, double deg) { return std::polar(ohms, deg * std::numbers::pi / 180.0); };
    if (hz <= curve.front().hz)
        return toComplex(curve.front().ohms, curve.front().phaseDeg);
    if (hz >= curve.back().hz)
        return toComplex(curve.back().ohms, curve.back().phaseDeg);
    std::size_t i = 1;
    while (curve[i].hz < hz)
        ++i;
    const ImpedancePoint &a = curve[i - 1];
    const ImpedancePoint &b = curve[i];
    const double t = std::log(hz / a.hz) / std::log(b.hz / a.hz);
    return toComplex(a.ohms * std::pow(b.ohms / a.ohms, t), a.phaseDeg + t * (b.phaseDeg - a.phaseDeg));
}

/// The engine's view of a network: the player, its splitters and headphones, cabled as described.
ChainBuilder buildChain(const Network &n)
{
    ChainBuilder b;
    b.add(QStringLiteral("src"), playerOutput(n.maxVolts, n.outputOhm));
    b.port(QStringLiteral("src"), QStringLiteral("hp1")).volumeDb = n.volumeDb;
    for (const auto &[id, outputs] : n.splitters)
        b.add(id, splitter(outputs));
    for (const Phones &p : n.phones) {
        DeviceSpec spec = phonesPerVolt(p.ohms, 100.0);
        spec.setImpedanceCurve(p.curve);
        b.add(p.id, std::move(spec));
    }
    for (const auto &[from, to] : n.cables)
        b.connect(from, to);
    return b;
}

/// ngspice node of a port: a passive splitter is a wire, so all its ports share one node.
QString nodeOf(const QString &portRef)
{
    const QString device = portRef.section(u'.', 0, 0);
    return QStringLiteral("n_") + (device.startsWith(u"sp") ? device : QString(portRef).replace(u'.', u'_'));
}

/// Round-trip precision, so ngspice solves exactly the network the engine sees.
QString spiceNumber(double v) { return QString::number(v, 'g', 17); }

/// The netlist of a network: an operating point without `hz`, else a one-point AC analysis at hz with 1 V AC drive.
/// Cables are 0 V sources so their currents can be read; each headphone is R + jX at hz (physics.md §0).
QString netlist(const Network &n, std::optional<double> hz)
{
    QString s = QStringLiteral("* headroom network\n");
    const QString drive = hz ? QStringLiteral("DC 0 AC 1") : QStringLiteral("DC ") + spiceNumber(n.openCircuitVolts());
    const QString output = nodeOf(QStringLiteral("src.hp1"));
    if (n.outputOhm > 0) // physics.md §4: Thevenin source V_oc behind Z_o
        s += QStringLiteral("V1 in 0 %1\nRs in %2 %3\n").arg(drive, output, spiceNumber(n.outputOhm));
    else
        s += QStringLiteral("V1 %1 0 %2\n").arg(output, drive);
    for (std::size_t i = 0; i < n.cables.size(); ++i)
        s += QStringLiteral("Vc%1 %2 %3 DC 0\n").arg(i).arg(nodeOf(n.cables[i].first), nodeOf(n.cables[i].second));
    QStringList prints{QStringLiteral("-i(v1)")};
    for (const Phones &p : n.phones) {
        const QString node = nodeOf(p.id + QStringLiteral(".in"));
        const std::complex<double> z = hz && !p.curve.empty() ? curveImpedance(p.curve, *hz) : p.ohms;
        const double omega = 2.0 * std::numbers::pi * hz.value_or(0.0);
        if (z.imag() == 0.0) {
            s += QStringLiteral("R_%1 %2 0 %3\n").arg(p.id, node, spiceNumber(z.real()));
        } else {
            s += QStringLiteral("R_%1 %2 x_%1 %3\n").arg(p.id, node, spiceNumber(z.real()));
            s += z.imag() > 0 ? QStringLiteral("L_%1 x_%1 0 %2\n").arg(p.id, spiceNumber(z.imag() / omega))
                              : QStringLiteral("C_%1 x_%1 0 %2\n").arg(p.id, spiceNumber(-1.0 / (omega * z.imag())));
        }
        prints << (hz ? QStringLiteral("vm(%1)") : QStringLiteral("v(%1)")).arg(node);
    }
    for (std::size_t i = 0; i < n.cables.size(); ++i)
        prints << QStringLiteral("i(vc%1)").arg(i);
    // One vector per print: "print a -b" would be parsed as a subtraction.
    s += QStringLiteral(".control\nset numdgt=15\n")
        + (hz ? QStringLiteral("ac lin 1 %1 %1\n").arg(spiceNumber(*hz)) : QStringLiteral("op\n"));
    for (const QString &p : prints)
        s += QStringLiteral("print ") + p + u'\n';
    return s + QStringLiteral("quit 0\n.endc\n.end\n");
}

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
    qInfo("worst relative error, operating points: %.3g; worst response error: %.3g dB", m_worstOpRelative,
          m_worstResponseDb);
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
        QVERIFY2(process.waitForFinished(kProcessTimeoutMs),
                 qPrintable(QStringLiteral("ngspice did not finish: %1").arg(process.errorString())));
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
        QTest::addRow("op%02d Zo=%.1f ohm, %d phones, %d splitters", i, n.outputOhm, int(n.phones.size()),
                      int(n.splitters.size()))
            << n;
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
    std::vector<Comparison> comparisons{
        {QStringLiteral("source current"), result.port(src, b.chain().devices[std::size_t(src)].portIndex(u"hp1")).currentA,
         QStringLiteral("-i(v1)")}};
    for (const Phones &p : network.phones) {
        const PortResult &in = result.port(b.chain().indexOf(p.id), 0);
        const QString port = p.id + QStringLiteral(".in");
        const auto cable = std::find_if(network.cables.begin(), network.cables.end(),
                                        [&](const auto &c) { return c.second == port; });
        comparisons.push_back({p.id + QStringLiteral(" voltage"), in.rms, QStringLiteral("v(%1)").arg(nodeOf(port))});
        comparisons.push_back({p.id + QStringLiteral(" current"), in.currentA,
                               QStringLiteral("i(vc%1)").arg(std::distance(network.cables.begin(), cable))});
    }
    for (const Comparison &c : comparisons) {
        const double reference = printed(spice[0], c.vector);
        const double error = relativeError(c.engine, reference);
        m_worstOpRelative = std::max(m_worstOpRelative, error);
        QVERIFY2(error <= kTolerance, qPrintable(QStringLiteral("%1: engine %2, ngspice %3 = %4")
                                                     .arg(c.what).arg(c.engine, 0, 'g', 12).arg(c.vector).arg(reference, 0, 'g', 12)));
    }
}

void TestNetwork::complexResponse_data()
{
    QTest::addColumn<Network>("network");
    NetworkGenerator generator(7031977);
    for (int i = 0; i < 10; ++i) {
        const Network n = generator.next(true, 0.5); // the response exists only behind a non-zero Z_o
        const auto curves = std::count_if(n.phones.begin(), n.phones.end(), [](const Phones &p) { return !p.curve.empty(); });
        QTest::addRow("ac%02d Zo=%.1f ohm, %d phones (%d with curves), %d splitters", i, n.outputOhm,
                      int(n.phones.size()), int(curves), int(n.splitters.size()))
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
                                    .arg(p.id).arg(frequencyGrid()[indices[i]], 0, 'f', 1).arg(actual, 0, 'f', 6).arg(expected, 0, 'f', 6)));
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
    QTest::newRow("1.734 V, 10 ohm into 300 ohm: voltage binds") << 1.734 << 10.0 << 100.0 << QList<double>{300}
                                                                 << 1.678064516129032;
    // §5 worked example: 300 ‖ 80 = 63.158 Ω; min(1.734·24000/27800 = 1.496978, 0.05·63.158 = 3.158) V.
    QTest::newRow("HD600 | DT770 on 10 ohm: voltage binds") << 1.734 << 10.0 << 50.0 << QList<double>{300, 80}
                                                            << 1.4969784172661871;
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
