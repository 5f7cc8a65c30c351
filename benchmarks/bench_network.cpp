// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The network tst_network checks against ngspice, made wide for a speed comparison: `phones` headphones with impedance
// curves on one output through 8-way splitters. Writes OUT_DIR/net.headroom (for headroom-cli) and OUT_DIR/net.cir
// (the same network for ngspice at 1 kHz: every node voltage and cable current written to net.raw, and ngspice's own
// analysis time from `rusage`), then prints the engine's time per analysis (the best of several) and how many
// frequencies one analysis solves.
// Usage: bench_network PHONES OUT_DIR   (run by benchmarks/cli-vs-ngspice.sh)

#include "impedance.h"
#include "projectfile.h"
#include "spicenetwork.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace headroom;
using namespace headroom::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int phones = args.value(1).toInt(&ok);
    if (args.size() != 3 || !ok || phones < 1) {
        std::fprintf(stderr, "usage: bench_network PHONES OUT_DIR\n");
        return 2;
    }
    const Network network = NetworkGenerator(20240611).wide(phones);
    const ChainBuilder built = buildChain(network);
    const Chain &chain = built.chain();
    const QString dir = args.value(2);
    if (const QString error = saveProject(chain, dir + QStringLiteral("/net.headroom")); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QFile cir(dir + QStringLiteral("/net.cir"));
    if (!cir.open(QIODevice::WriteOnly | QIODevice::Text)) {
        std::fprintf(stderr, "%s\n", qPrintable(cir.errorString()));
        return 1;
    }
    cir.write(netlist(network, kReferenceHz, SpiceOutput::WriteRaw).toUtf8());
    cir.close();

    double best = 1e300;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const AnalysisResult result = analyze(chain);
        best = std::min(best, static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (result.listeners.size() != network.phones.size())
            return 1;
    }
    // One analysis solves the network at 1 kHz for the levels and at every grid point for the response.
    std::printf("%d headphones: engine solve %.3f ms for %d frequencies\n", phones, best, kGridPoints + 1);
    return 0;
}
