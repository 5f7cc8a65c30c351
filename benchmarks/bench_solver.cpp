// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Solver cost for chains of 10 … 10,000 devices (studiochain.h).
// Run: ./build/benchmarks/bench_solver [-tickcounter | -callgrind]; the figure per device should stay flat (linear cost).

#include "studiochain.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;

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
