// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The plots' figures against hand calculations (physics.md §0, §4): SPL across the volume setting of a player's
// headphone output, where the driving output starts to clip, and the response change an output impedance makes with
// an impedance curve. Tolerance 0.01 dB.

#include "chainbuilder.h"
#include "impedance.h"
#include "plots.h"
#include "units.h"

#include <QTest>

#include <cmath>
#include <complex>

using namespace headroom;
using namespace headroom::test;
using namespace headroom::units;

namespace {

constexpr double kTolerance = 0.01; // dB

Chain playerIntoPhones(double maxVolts, double outputOhm, double maxCurrentMa, double phonesOhm, double dbPerV, double levelDbfs, double volumeDb)
{
    ChainBuilder b;
    b.add(QStringLiteral("src"), playerOutput(maxVolts, outputOhm, maxCurrentMa))
        .add(QStringLiteral("phones"), phonesPerVolt(phonesOhm, dbPerV))
        .connect(QStringLiteral("src.hp1"), QStringLiteral("phones.in"));
    b.settings(QStringLiteral("src")).programme = Programme::Music; // crest 18 dB
    b.settings(QStringLiteral("src")).levelDbfs = levelDbfs;
    b.port(QStringLiteral("src"), QStringLiteral("hp1")).volumeDb = volumeDb;
    return b.chain();
}

} // namespace

class TestPlots : public QObject
{
    Q_OBJECT

private slots:
    void splFollowsTheVolume_data()
    {
        QTest::addColumn<double>("maxVolts");
        QTest::addColumn<double>("outputOhm");
        QTest::addColumn<double>("maxCurrentMa");
        QTest::addColumn<double>("phonesOhm");
        QTest::addColumn<double>("dbPerV");
        QTest::addColumn<double>("levelDbfs");
        QTest::addColumn<double>("volumeDb"); // where the knob is now
        QTest::newRow("2 V, 10 Ω into 300 Ω, music at −18 dBFS") << 2.0 << 10.0 << 1000.0 << 300.0 << 102.0 << -18.0 << -12.0;
        QTest::newRow("1 V, 50 Ω into 32 Ω, music at −18 dBFS") << 1.0 << 50.0 << 1000.0 << 32.0 << 112.0 << -18.0 << 0.0;
        QTest::newRow("2 V, 10 mA into 32 Ω: current-limited, clips") << 2.0 << 1.0 << 10.0 << 32.0 << 112.0 << -18.0 << -30.0;
    }
    void splFollowsTheVolume()
    {
        QFETCH(double, maxVolts);
        QFETCH(double, outputOhm);
        QFETCH(double, maxCurrentMa);
        QFETCH(double, phonesOhm);
        QFETCH(double, dbPerV);
        QFETCH(double, levelDbfs);
        QFETCH(double, volumeDb);
        const Chain chain = playerIntoPhones(maxVolts, outputOhm, maxCurrentMa, phonesOhm, dbPerV, levelDbfs, volumeDb);
        const AnalysisResult result = analyze(chain);
        const int phones = chain.indexOf(u"phones");
        const SplVolumeCurve curve = splVersusVolume(chain, result, phones);
        QCOMPARE(curve.points.size(), std::size_t{61});
        QCOMPARE(curve.currentVolumeDb, volumeDb);
        // physics.md §4: V at the load = V_oc·Z/(Z+Z_o); V_oc = V_max at a full-scale sine, less the programme's level
        // below it and the volume; SPL = S + 20·log10(V); the peaks as a sine of the same peak: + crest − 3.01 dB.
        const double crest = programmeCrestDb(Programme::Music);
        // The driving output clips where the programme's peak meets √2 times its ceiling, the lower of the voltage
        // through the divider and the current limit times the load (physics.md §0, §4, §5).
        const double ratio = phonesOhm / (phonesOhm + outputOhm);
        const double ceiling = std::min(maxVolts * ratio, maxCurrentMa / 1000.0 * phonesOhm);
        const double clipAt = amplitudeDb(kSqrt2 * ceiling / (maxVolts * ratio)) - levelDbfs - crest;
        for (const VolumePoint &p : curve.points) {
            const double volts = maxVolts * amplitudeRatio(levelDbfs + p.volumeDb) * phonesOhm / (phonesOhm + outputOhm);
            const double average = dbPerV + amplitudeDb(volts);
            if (p.volumeDb < clipAt - 0.5) {
                QVERIFY2(std::abs(p.averageSpl - average) < kTolerance,
                         qPrintable(QStringLiteral("%1 dB: %2 vs %3").arg(p.volumeDb).arg(p.averageSpl).arg(average)));
                if (levelDbfs + crest <= kSineCrestDb) // peaks within digital full scale (physics.md §0)
                    QVERIFY(std::abs(p.peakSpl - (average + crest - kSineCrestDb)) < kTolerance);
            }
        }
        // The point at the current setting is the analysis of the chain as it is.
        const auto now = std::find_if(curve.points.begin(), curve.points.end(), [&](const VolumePoint &p) { return p.volumeDb == volumeDb; });
        QVERIFY(now != curve.points.end());
        QCOMPARE(now->averageSpl, result.listener(phones)->averageSpl);
        if (clipAt <= 0) {
            QVERIFY(curve.clipVolumeDb);
            QVERIFY2(std::abs(*curve.clipVolumeDb - clipAt) < kTolerance, qPrintable(QString::number(*curve.clipVolumeDb)));
            // Either side of it, the engine's own headroom at the driving output changes sign.
            for (double side : {-0.5, 0.5}) {
                const AnalysisResult at = analyze(playerIntoPhones(maxVolts, outputOhm, maxCurrentMa, phonesOhm, dbPerV, levelDbfs, clipAt + side));
                const Device &src = *chain.device(u"src"_qs);
                QCOMPARE(at.port(chain.indexOf(u"src"), src.portIndex(u"hp1")).headroomDb<0, side> 0);
            }
        } else {
            QVERIFY(!curve.clipVolumeDb);
        }
    }

    void gainStructureFollowsThePath()
    {
        // Player (music at −18 dBFS, volume −12 dB, 2 V into 300 Ω through 10 Ω) into headphones: its programme port,
        // its headphone output, the headphones' input, the ears.
        const Chain chain = playerIntoPhones(2, 10, 1000, 300, 102, -18, -12);
        const AnalysisResult result = analyze(chain);
        const int phones = chain.indexOf(u"phones");
        const std::vector<GainStage> stages = gainStructure(chain, result, phones);
        QCOMPARE(stages.size(), std::size_t{4});
        QCOMPARE(stages[0].unit, QStringLiteral("dBFS"));
        QVERIFY(std::abs(stages[0].average - -18.0) < kTolerance); // the programme's level, before the volume
        // physics.md §1, §4: at the output and the load alike, V = 2·10^((−18 − 12)/20)·300/310, in dBu re 0.7746 V.
        const double volts = 2.0 * amplitudeRatio(-30.0) * 300.0 / 310.0;
        for (std::size_t i : {std::size_t{1}, std::size_t{2}}) {
            QCOMPARE(stages[i].unit, QStringLiteral("dBu"));
            QVERIFY2(std::abs(stages[i].average - voltsToDbu(volts)) < kTolerance, qPrintable(stages[i].name));
            // The peak as a sine of that peak: + crest − 3.01 dB (physics.md §0).
            QVERIFY(std::abs(stages[i].peak - (stages[i].average + programmeCrestDb(Programme::Music) - kSineCrestDb)) < kTolerance);
        }
        QCOMPARE(stages[3].unit, QStringLiteral("dB SPL"));
        QVERIFY(std::abs(stages[3].average - (102.0 + amplitudeDb(volts))) < kTolerance);
        // The clip point sits the engine's headroom above the peak, and the tightest stage is marked.
        double least = std::numeric_limits<double>::infinity();
        for (const GainStage &s : stages)
            if (s.clip) {
                QVERIFY(std::abs(*s.clip - s.peak - result.port(s.device, s.port).headroomDb) < 1e-9);
                least = std::min(least, *s.clip - s.peak);
            }
        QCOMPARE(std::count_if(stages.begin(), stages.end(), [](const GainStage &s) { return s.limiting; }), 1);
        const auto limiting = std::find_if(stages.begin(), stages.end(), [](const GainStage &s) { return s.limiting; });
        QCOMPARE(*limiting->clip - limiting->peak, least);
        QVERIFY(gainStructure(chain, result, chain.indexOf(u"src")).empty()); // not a listener
    }

    void responseIsTheDividerAgainstTheCurve()
    {
        // A curve with the bass resonance of a dynamic driver: 300 Ω nominal, 600 Ω at 90 Hz.
        DeviceSpec phones = phonesPerVolt(300, 102);
        phones.setImpedanceCurve({{20, 420, 30}, {90, 600, 0}, {1000, 300, 5}, {20000, 330, 20}});
        ChainBuilder b;
        b.add(QStringLiteral("src"), playerOutput(2, 120))
            .add(QStringLiteral("phones"), phones)
            .connect(QStringLiteral("src.hp1"), QStringLiteral("phones.in"));
        const AnalysisResult result = b.analyze();
        const ResponsePlot plot = responsePlot(b.chain(), result, 1);
        QVERIFY(plot.curveKnown);
        QCOMPARE(plot.deviationDb.size(), plot.hz.size());
        const auto divider = [&](double hz) {
            const Complex z = impedanceAt(phones.impedanceCurve(), 300, hz);
            return amplitudeDb(std::abs(z / (z + 120.0)));
        };
        for (std::size_t i = 0; i < plot.hz.size(); ++i) {
            QVERIFY2(std::abs(plot.deviationDb[i] - (divider(plot.hz[i]) - divider(1000))) < kTolerance, qPrintable(QString::number(plot.hz[i])));
            QVERIFY(std::abs(plot.impedanceOhm[i] - std::abs(impedanceAt(phones.impedanceCurve(), 300, plot.hz[i]))) < 1e-9);
        }
        // Without a curve: the nominal impedance, flat, and no change to show.
        ChainBuilder flat;
        flat.add(QStringLiteral("src"), playerOutput(2, 120))
            .add(QStringLiteral("phones"), phonesPerVolt(80, 100))
            .connect(QStringLiteral("src.hp1"), QStringLiteral("phones.in"));
        const ResponsePlot none = responsePlot(flat.chain(), flat.analyze(), 1);
        QVERIFY(!none.curveKnown);
        QVERIFY(none.deviationDb.empty());
        QCOMPARE(none.impedanceOhm.front(), 80.0);
    }
};

QTEST_MAIN(TestPlots)
#include "tst_plots.moc"
