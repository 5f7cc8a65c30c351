// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// No analysis prints nan or inf. Every example is analysed with random settings drawn from the whole range the
// project format accepts (the settings table): the text report never shows "nan" or "inf", and every finding's figures
// are finite numbers (in JSON an infinite one would be null: "clipping by null dB").

#include "analysis.h"
#include "projectfile.h"
#include "report.h"
#include "settings.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace headroom;

namespace {

/// Where in its range a setting is drawn: at the ends (the corners of what is accepted), or anywhere.
enum class Draw { Lowest, Highest, Anywhere };

double drawIn(QRandomGenerator &random, const char *key, Draw draw)
{
    const SettingDef *def = settingByKey(QString::fromLatin1(key));
    const double where = draw == Draw::Lowest ? 0.0 : draw == Draw::Highest ? 1.0 : random.generateDouble();
    return def->min + where * (def->max - def->min);
}

/// Every number of every device's settings at a random value of its range; half the gains left automatic.
void randomise(Chain &chain, QRandomGenerator &random, Draw draw)
{
    for (Device &d : chain.devices) {
        DeviceSettings &s = d.settings;
        for (const char *key : {"splDb", "referenceDistanceM", "distanceM", "levelDbfs", "levelDbv", "crestDb", "targetPeakSplDb"}) {
            const double v = drawIn(random, key, draw);
            double &setting = key == std::string_view("splDb")  ? s.splDb
                : key == std::string_view("referenceDistanceM") ? s.referenceDistanceM
                : key == std::string_view("distanceM")          ? s.distanceM
                : key == std::string_view("levelDbfs")          ? s.levelDbfs
                : key == std::string_view("levelDbv")           ? s.levelDbv
                : key == std::string_view("crestDb")            ? s.crestDb
                                                                : s.targetPeakSplDb;
            setting = v;
        }
        for (PortSettings &p : s.ports) {
            p.gainDb = draw == Draw::Anywhere && random.bounded(2) == 0 ? kUnset : drawIn(random, "gainDb", draw);
            p.volumeDb = drawIn(random, "volumeDb", draw);
        }
    }
}

} // namespace

class TestFiniteOutput : public QObject
{
    Q_OBJECT

private slots:
    void examplesWithRandomSettings_data()
    {
        QTest::addColumn<QString>("path");
        for (const QFileInfo &file : QDir(QStringLiteral(HEADROOM_SOURCE_DIR "/examples")).entryInfoList({QStringLiteral("*.headroom")}))
            QTest::newRow(qPrintable(file.fileName())) << file.filePath();
    }
    void examplesWithRandomSettings()
    {
        QFETCH(QString, path);
        const ProjectLoad load = loadProject(path);
        QVERIFY2(load.chain(), qPrintable(load.error));
        QRandomGenerator random(20261203); // fixed: a failure can be replayed
        static const QRegularExpression notFinite(QStringLiteral("\\b(nan|inf|infinity)\\b"), QRegularExpression::CaseInsensitiveOption);
        for (int round = 0; round < 300; ++round) {
            Chain chain = *load.chain();
            randomise(chain, random, round == 0 ? Draw::Lowest : round == 1 ? Draw::Highest : Draw::Anywhere);
            const AnalysisResult result = analyze(chain);
            const QString text = textReport(chain, result);
            QVERIFY2(!notFinite.match(text).hasMatch(), qPrintable(QStringLiteral("round %1:\n%2").arg(round).arg(text)));
            for (const Finding &f : result.findings)
                for (const Figure &figure : f.figures)
                    QVERIFY2(std::isfinite(figure.value),
                             qPrintable(QStringLiteral("round %1: %2 of %3 is %4")
                                            .arg(round)
                                            .arg(QLatin1StringView(figure.key), QLatin1StringView(codeKey(f.code)))
                                            .arg(figure.value)));
        }
    }
};

QTEST_GUILESS_MAIN(TestFiniteOutput)
#include "tst_finiteoutput.moc"
