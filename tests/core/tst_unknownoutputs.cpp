// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A short headphone verdict that rests on an output's typical level or impedance is weighed against the strongest
// output of its kind known (docs/typical-values.md, "The strongest outputs known"). Expected values are worked by hand
// with physics.md §4: V_L = V_oc·Z_L/(Z_L + Z_o), SPL = S_V + 20·log10(V_L); tolerance 0.01 dB.

#include "chainbuilder.h"

#include <QTest>

#include <cmath>

using namespace headroom;
using namespace headroom::test;

Q_DECLARE_METATYPE(headroom::Severity)

namespace {

enum class Output { Interface, Player, HeadphoneAmp };

/// An output of this kind, its headphone figures known only where given, into headphones of the given figures.
Chain chainWith(Output output, std::optional<double> levelDbu, std::optional<double> outputOhm, double phonesOhm, double dbPerV)
{
    const QString id = QStringLiteral("out");
    DeviceSpec spec(output == Output::Interface ? DeviceKind::Interface : output == Output::Player ? DeviceKind::Player : DeviceKind::HeadphoneAmp);
    if (levelDbu)
        spec.set(Field::HpMaxLevelDbu, *levelDbu);
    if (outputOhm)
        spec.set(Field::HpOutputImpedanceOhm, *outputOhm);
    ChainBuilder b;
    b.add(id, spec).add(QStringLiteral("phones"), phonesPerVolt(phonesOhm, dbPerV));
    if (output == Output::HeadphoneAmp) { // fed by a 2 V player with no output impedance
        b.add(QStringLiteral("src"), playerOutput(2.0, 0)).connect(QStringLiteral("src.hp1"), QStringLiteral("out.in"));
        b.connect(QStringLiteral("out.out1"), QStringLiteral("phones.in"));
    } else {
        b.connect(QStringLiteral("out.hp1"), QStringLiteral("phones.in"));
    }
    return b.chain();
}

} // namespace

class TestUnknownOutputs : public QObject
{
    Q_OBJECT

private slots:
    void weighed_data();
    void weighed();
};

void TestUnknownOutputs::weighed_data()
{
    QTest::addColumn<int>("output");
    QTest::addColumn<double>("levelDbu");  // NaN: unknown
    QTest::addColumn<double>("outputOhm"); // NaN: unknown
    QTest::addColumn<double>("phonesOhm");
    QTest::addColumn<double>("dbPerV");
    QTest::addColumn<double>("shortDb");        // with the typical figures
    QTest::addColumn<double>("bestHeadroomDb"); // NaN: no finding
    QTest::addColumn<Severity>("severity");
    const double unknown = std::nan("");
    // Typical +3 dBu and 20 Ω: 1.0941 V·250/270 = 1.0131 V, 102.11 dB SPL. Strongest +17 dBu and 0.1 Ω: 5.4838 V·250/250.1
    // = 5.4816 V, 116.78 dB SPL.
    QTest::newRow("interface, both unknown: it may be loud enough")
        << int(Output::Interface) << unknown << unknown << 250.0 << 102.0 << 7.887 << 6.778 << Severity::Warning;
    // Known 0.5 V open circuit; typical 20 Ω: 0.5·32/52 = 0.3077 V, 89.76 dB SPL. Strongest 0.45 Ω: 0.5·32/32.45 =
    // 0.4931 V, 93.86 dB SPL: short either way.
    QTest::newRow("player, impedance unknown: short either way")
        << int(Output::Player) << 20.0 * std::log10(0.5 / 0.7745966692414834) << unknown << 32.0 << 100.0 << 20.237 << -16.142 << Severity::Info;
    // A 2 V source through the typical 10 dB of gain gives 6.325 V; the typical +10 dBu (2.449 V) caps it, 10 Ω:
    // 2.449·600/610 = 2.409 V, 103.64 dB SPL. The strongest +23.2 dBu no longer caps it, the gain does: 6.3246·600/600.1
    // = 6.3235 V, 112.02 dB SPL.
    QTest::newRow("headphone amp, both unknown: the gain caps the strongest")
        << int(Output::HeadphoneAmp) << unknown << unknown << 600.0 << 96.0 << 6.362 << 2.019 << Severity::Warning;
    // Everything known: the verdict rests on nothing typical.
    QTest::newRow("interface, both known") << int(Output::Interface) << 3.0 << 20.0 << 250.0 << 102.0 << 7.887 << unknown << Severity::Info;
    // A player's level known (0 dBu) and 250 Ω headphones: the output impedance alone moves the level by 0.65 dB
    // (0.7746·250/270 = 0.7172 V against 0.7746·250/250.45 = 0.7732 V), so the verdict is short either way.
    QTest::newRow("player, level known, 250 ohm") << int(Output::Player) << 0.0 << unknown << 250.0 << 96.0 << 16.887 << -16.234 << Severity::Info;
}

void TestUnknownOutputs::weighed()
{
    QFETCH(int, output);
    QFETCH(double, levelDbu);
    QFETCH(double, outputOhm);
    QFETCH(double, phonesOhm);
    QFETCH(double, dbPerV);
    QFETCH(double, shortDb);
    QFETCH(double, bestHeadroomDb);
    QFETCH(Severity, severity);
    const auto given = [](double v) { return std::isnan(v) ? std::nullopt : std::optional<double>(v); };
    const Chain chain = chainWith(Output(output), given(levelDbu), given(outputOhm), phonesOhm, dbPerV);
    const AnalysisResult r = analyze(chain);
    const ListenerResult *listener = r.listener(chain.indexOf(QStringLiteral("phones")));
    QVERIFY(listener);
    QCOMPARE_LE(std::abs(-listener->headroomDb - shortDb), 0.01);
    const Finding *f = findCode(r, FindingCode::OutputFiguresUnknown);
    if (std::isnan(bestHeadroomDb)) {
        QVERIFY(!f);
        QVERIFY(!listener->strongestOutputHeadroomDb);
        return;
    }
    QVERIFY(f);
    QCOMPARE(f->severity, severity);
    QVERIFY(f->estimated);
    QCOMPARE_LE(std::abs(*f->figure("shortDb") - shortDb), 0.01);
    QCOMPARE_LE(std::abs(*f->figure("bestHeadroomDb") - bestHeadroomDb), 0.01);
    QCOMPARE_LE(std::abs(*listener->strongestOutputHeadroomDb - bestHeadroomDb), 0.01);
    // The values it tried are the ones named, and only for the figures that were unknown.
    QCOMPARE(f->figure("levelDbu").has_value(), std::isnan(levelDbu));
    QCOMPARE(f->figure("sourceOhm").has_value(), std::isnan(outputOhm));
    const DeviceKind kind = chain.devices[static_cast<std::size_t>(chain.indexOf(QStringLiteral("out")))].spec.kind();
    if (const auto level = f->figure("levelDbu"))
        QCOMPARE(*level, *strongestKnownValue(kind, Field::HpMaxLevelDbu));
    if (const auto ohms = f->figure("sourceOhm"))
        QCOMPARE(*ohms, *strongestKnownValue(kind, Field::HpOutputImpedanceOhm));
}

QTEST_GUILESS_MAIN(TestUnknownOutputs)
#include "tst_unknownoutputs.moc"
