// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Solver cost for chains of 10 … 10,000 devices (studiochain.h), and the whole path of a project of 5,000 to 50,000
// devices in shapes that stress one dimension each: read, analyse, write the JSON report.
// Run: ./build/benchmarks/bench_solver [-tickcounter | -callgrind]; the figure per device should stay flat (linear cost).
// One scale row alone, for its peak memory: ./build/benchmarks/bench_solver scale:"series 50000"

#include "advisor.h"
#include "jsonwriter.h"
#include "projectfile.h"
#include "report.h"
#include "studiochain.h"

#include <QElapsedTimer>
#include <QTest>

#include <sys/resource.h>

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
        QBENCHMARK { result = headroom::analyze(chain); }
        QVERIFY(!result.listeners.empty());
    }

    /// The advisor on a 20-device chain (a player, two adapters, a 16-way splitter, 16 listeners short of level)
    /// against 250 products (150 amps, 50 boosters, 50 headphones), each tried on every problem it could fix: the
    /// target is 100 ms.
    void advise()
    {
        ChainBuilder b;
        b.add(QStringLiteral("pc"), playerOutput(1, 10)).add(QStringLiteral("split"), splitter(16));
        b.add(QStringLiteral("a1"), makeSpec(DeviceKind::Adapter, {})).add(QStringLiteral("a2"), makeSpec(DeviceKind::Adapter, {}));
        b.connect(QStringLiteral("pc.hp1"), QStringLiteral("a1.in")).connect(QStringLiteral("a1.out"), QStringLiteral("a2.in"));
        b.connect(QStringLiteral("a2.out"), QStringLiteral("split.in"));
        for (int i = 1; i <= 16; ++i) {
            const QString id = QStringLiteral("hp%1").arg(i);
            b.add(id, phonesPerVolt(300, 96)).connect(QStringLiteral("split.out%1").arg(i), id + QStringLiteral(".in"));
        }
        QCOMPARE(b.chain().devices.size(), std::size_t{20});
        std::vector<Product> products;
        for (int i = 0; i < 250; ++i) // amps from 0.5 to 13 V, boosters and headphones, as in a large catalog
            products.push_back(
                i % 5 == 4       ? Product{QStringLiteral("booster%1").arg(i), makeSpec(DeviceKind::InlinePreamp, {{Field::GainDb, 20.0 + i % 10}})}
                    : i % 5 == 3 ? Product{QStringLiteral("phones%1").arg(i), phonesPerVolt(16.0 + 6 * (i % 50), 95.0 + i % 20)}
                                 : Product{QStringLiteral("amp%1").arg(i),
                                           makeSpec(DeviceKind::HeadphoneAmp, {{Field::HpMaxLevelDbu, -4.0 + i % 30}, {Field::GainDb, 10}})});
        const AnalysisResult result = b.analyze();
        std::vector<Suggestion> suggestions;
        QBENCHMARK { suggestions = headroom::advise(b.chain(), result, products); }
        QVERIFY(!suggestions.empty());
    }

    void scale_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<int>("devices");
        for (const auto &[shape, name] :
             {std::pair{Shape::Series, "series"}, std::pair{Shape::OneOutput, "one output"}, std::pair{Shape::DistributionAmps, "distribution amps"}})
            for (int n : {5000, 20000, 50000})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1StringView(name)).arg(n))) << int(shape) << n;
    }
    /// What `headroom-cli analyze --format json` does with a project file's bytes, phase by phase.
    void scale()
    {
        QFETCH(int, shape);
        QFETCH(int, devices);
        const QByteArray file = serializeProject(shaped(Shape(shape), devices));
        QElapsedTimer timer;
        timer.start();
        const ProjectLoad load = parseProject(file, QStringLiteral("bench.headroom"));
        const qint64 read = timer.restart();
        QVERIFY2(load.chain(), qPrintable(load.error));
        const AnalysisResult result = headroom::analyze(*load.chain());
        const qint64 solved = timer.restart();
        // Counted, not kept: the command line streams the report to its output as it is written.
        std::size_t bytes = 0;
        JsonWriter json(JsonStyle::Compact, [&bytes](std::string_view text) { bytes += text.size(); });
        writeJsonReport(json, *load.chain(), result);
        json.flush();
        const qint64 written = timer.elapsed();
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        qInfo("%d devices: read %lld ms, analyse %lld ms, write %lld ms (%.1f MB of JSON), total %lld ms; peak RSS %ld MB", devices, read, solved,
              written, double(bytes) / 1e6, read + solved + written, usage.ru_maxrss / 1024);
        QVERIFY(!result.listeners.empty());
    }
};

QTEST_GUILESS_MAIN(BenchSolver)
#include "bench_solver.moc"
