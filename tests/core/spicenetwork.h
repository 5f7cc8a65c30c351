// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// One player output, its splitter tree and headphones, described once for both the engine and ngspice: random
// networks for tst_network's cross-check and wide ones for the speed comparison (benchmarks/cli-vs-ngspice.sh).

#include "chainbuilder.h"
#include "impedance.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>
#include <optional>
#include <random>

namespace headroom::test {

inline constexpr double kProgrammeDbfs = -18.0; // the player's default programme level (physics.md §3)
inline constexpr int kMaxSplitterDepth = 3;

struct Phones {
    QString id;
    double ohms = 0;                   ///< nominal; the engine's load when there is no curve
    std::vector<ImpedancePoint> curve; ///< empty: resistive
};

/// One player output, its splitter tree and headphones, described once for both the engine and ngspice.
struct Network {
    double maxVolts = 0; ///< open-circuit ceiling of the output (full-scale sine, full volume)
    double volumeDb = 0;
    double outputOhm = 0;
    std::vector<Phones> phones;
    std::vector<std::pair<QString, int>> splitters;  ///< id, number of outputs
    std::vector<std::pair<QString, QString>> cables; ///< "device.port" → "device.port"

    /// The programme's open-circuit RMS at the output (physics.md §4: V_oc set by DAC full scale and volume).
    [[nodiscard]] double openCircuitVolts() const { return maxVolts * std::pow(10.0, (kProgrammeDbfs + volumeDb) / 20.0); }
};

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

    /// `phones` headphones with curves on one output through 8-way splitters plugged into it side by side: one
    /// node, as wide as a network gets, for timing.
    Network wide(int phones)
    {
        Network n;
        n.maxVolts = 2.0;
        n.outputOhm = 10.0;
        for (int i = 0; i < phones; ++i) {
            const QString splitter = QStringLiteral("sp%1").arg(i / 8);
            if (i % 8 == 0) {
                n.splitters.emplace_back(splitter, 8);
                n.cables.emplace_back(QStringLiteral("src.hp1"), splitter + QStringLiteral(".in"));
            }
            n.phones.push_back(randomPhones(QStringLiteral("hp%1").arg(i), true));
            n.cables.emplace_back(splitter + QStringLiteral(".out%1").arg(i % 8 + 1), n.phones.back().id + QStringLiteral(".in"));
        }
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
            n.phones.push_back(randomPhones(QStringLiteral("hp%1").arg(n.phones.size()), withCurves && (n.phones.empty() || chance(0.75))));
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
inline std::complex<double> curveImpedance(const std::vector<ImpedancePoint> &curve, double hz)
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
inline ChainBuilder buildChain(const Network &n)
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
inline QString nodeOf(const QString &portRef)
{
    const QString device = portRef.section(u'.', 0, 0);
    return QStringLiteral("n_") + (device.startsWith(u"sp") ? device : QString(portRef).replace(u'.', u'_'));
}

/// Round-trip precision, so ngspice solves exactly the network the engine sees.
inline QString spiceNumber(double v) { return QString::number(v, 'g', 17); }

/// What ngspice does with the solution: print every vector the tests compare, or write them all to `net.raw` in its
/// binary format (the quickest way out, for the speed comparison) and report its own analysis time.
enum class SpiceOutput : std::uint8_t { Print, WriteRaw };

/// The netlist of a network: an operating point without `hz`, else a one-point AC analysis at hz with 1 V AC drive.
/// Cables are 0 V sources so their currents can be read; each headphone is R + jX at hz (physics.md §0).
inline QString netlist(const Network &n, std::optional<double> hz, SpiceOutput output = SpiceOutput::Print)
{
    QString s = QStringLiteral("* headroom network\n");
    const QString drive = hz ? QStringLiteral("DC 0 AC 1") : QStringLiteral("DC ") + spiceNumber(n.openCircuitVolts());
    const QString outputNode = nodeOf(QStringLiteral("src.hp1"));
    if (n.outputOhm > 0) // physics.md §4: Thevenin source V_oc behind Z_o
        s += QStringLiteral("V1 in 0 %1\nRs in %2 %3\n").arg(drive, outputNode, spiceNumber(n.outputOhm));
    else
        s += QStringLiteral("V1 %1 0 %2\n").arg(outputNode, drive);
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
    s += QStringLiteral(".control\nset numdgt=15\n") + (hz ? QStringLiteral("ac lin 1 %1 %1\n").arg(spiceNumber(*hz)) : QStringLiteral("op\n"));
    if (output == SpiceOutput::WriteRaw)
        s += QStringLiteral("write net.raw\nrusage time\n");
    else
        for (const QString &p : prints)
            s += QStringLiteral("print ") + p + u'\n';
    return s + QStringLiteral("quit 0\n.endc\n.end\n");
}

} // namespace headroom::test
