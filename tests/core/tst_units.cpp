// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Unit conversions and the closed-form formulas of physics.md, checked against the published cases of physics.md §10.
// Tolerances follow §10's guidance: unit conversions ±0.05 dB / ±0.5 %, published rounded figures ±0.5 dB.

#include "impedance.h"
#include "quantity.h"
#include "units.h"

#include <QTest>

using namespace headroom;
using namespace headroom::units;

class TestUnits : public QObject
{
    Q_OBJECT

private slots:
    void dbuToVolts_data();
    void dbuToVolts();
    void voltsToDbu_data();
    void voltsToDbu();
    void micSensitivity_data();
    void micSensitivity();
    void micOutputAtSpl_data();
    void micOutputAtSpl();
    void thermalNoise_data();
    void thermalNoise();
    void powerForSpl_data();
    void powerForSpl();
    void sensitivityConversion_data();
    void sensitivityConversion();
    void voltageForSpl_data();
    void voltageForSpl();
    void dividerLoss_data();
    void dividerLoss();
    void worstCaseDeviation_data();
    void worstCaseDeviation();
    void exposure_data();
    void exposure();
    void powerSumOfNoise();
    void consumerVersusProLine();
    void ohmsShowTheirFirstDigit_data();
    void ohmsShowTheirFirstDigit();
};

void TestUnits::dbuToVolts_data()
{
    QTest::addColumn<double>("dbu");
    QTest::addColumn<double>("volts");
    QTest::addColumn<double>("tolerance");
    // physics.md §10.1
    QTest::newRow("R01 +4 dBu pro line") << 4.0 << 1.2277 << 0.0005;
    QTest::newRow("R02 0 dBu") << 0.0 << 0.775 << 0.0005;
    QTest::newRow("R02 +6 dBu") << 6.0 << 1.546 << 0.0005;
    QTest::newRow("R02 +15 dBu") << 15.0 << 4.36 << 0.005;
    QTest::newRow("R03 +18 dBu EBU R68 full scale") << 18.0 << 6.15 << 0.005;
    QTest::newRow("R03 +24 dBu SMPTE full scale") << 24.0 << 12.28 << 0.005;
    QTest::newRow("R05 2i2 G4 line input clip +22 dBu") << 22.0 << 9.752 << 0.0005;
}

void TestUnits::dbuToVolts()
{
    QFETCH(double, dbu);
    QFETCH(double, volts);
    QFETCH(double, tolerance);
    QVERIFY2(std::abs(units::dbuToVolts(dbu) - volts) <= tolerance, qPrintable(QString::number(units::dbuToVolts(dbu))));
}

void TestUnits::voltsToDbu_data()
{
    QTest::addColumn<double>("volts");
    QTest::addColumn<double>("dbu");
    QTest::newRow("R04 2i2 G3 line out 4.6 V") << 4.6 << 15.47;
    QTest::newRow("R01 1.228 V") << 1.228 << 4.0;
    QTest::newRow("R01 -10 dBV consumer line") << 0.3162 << -7.78;
}

void TestUnits::voltsToDbu()
{
    QFETCH(double, volts);
    QFETCH(double, dbu);
    QCOMPARE_LE(std::abs(units::voltsToDbu(volts) - dbu), 0.05);
}

void TestUnits::micSensitivity_data()
{
    QTest::addColumn<double>("dbvPerPa");
    QTest::addColumn<double>("mvPerPa");
    // physics.md §10.2 R08, R09, R14 (R07's published 1.85 mV is a known rounding error, §11: 1.884 is right)
    QTest::newRow("R07 SM58 -54.5 dBV") << -54.5 << 1.884;
    QTest::newRow("R08 SM57 -56 dBV") << -56.0 << 1.585;
    QTest::newRow("R08 SM81 -45 dBV") << -45.0 << 5.623;
    QTest::newRow("R08 SM86 -50 dBV") << -50.0 << 3.162;
    QTest::newRow("R08 SM93 -43 dBV") << -43.0 << 7.079;
    QTest::newRow("R09 SM7B -59 dBV") << -59.0 << 1.1220;
    QTest::newRow("R14 U87 Ai -31.06 dBV") << -31.06 << 28.0;
    QTest::newRow("R14 U87(i) -41.94 dBV") << -41.94 << 8.0;
}

void TestUnits::micSensitivity()
{
    QFETCH(double, dbvPerPa);
    QFETCH(double, mvPerPa);
    QCOMPARE_LE(std::abs(dbvToMvPerPa(dbvPerPa) / mvPerPa - 1.0), 0.005);
    QCOMPARE_LE(std::abs(mvPerPaToDbv(mvPerPa) - dbvPerPa), 0.05);
}

void TestUnits::micOutputAtSpl_data()
{
    QTest::addColumn<double>("mvPerPa");
    QTest::addColumn<double>("spl");
    QTest::addColumn<double>("expectedVolts");
    QTest::addColumn<double>("toleranceDb");
    // R13: U87 Ai at its 117 dB max SPL → 395.5 mV (94 dB SPL taken as 1 Pa); 20 µPa exactly gives +0.02 dB.
    QTest::newRow("R13 U87 Ai at 117 dB SPL") << 28.0 << 117.0 << 0.3955 << 0.05;
    // R15: self-noise 12 dB(A) → 2.22 µV(A) = -110.8 dBu(A)
    QTest::newRow("R15 U87 Ai self-noise 12 dB-A") << 28.0 << 12.0 << 2.22e-6 << 0.05;
    // physics.md §3: SM7B at 86 dB SPL → -64.8 dBu
    QTest::newRow("§3 SM7B speech at 3 in") << 1.122 << 86.0 << units::dbuToVolts(-64.8) << 0.05;
}

void TestUnits::micOutputAtSpl()
{
    QFETCH(double, mvPerPa);
    QFETCH(double, spl);
    QFETCH(double, expectedVolts);
    QFETCH(double, toleranceDb);
    const double volts = mvPerPa / 1000.0 * splToPascal(spl); // physics.md §2: V = S·p
    QCOMPARE_LE(std::abs(amplitudeDb(volts / expectedVolts)), toleranceDb);
}

void TestUnits::thermalNoise_data()
{
    QTest::addColumn<double>("ohms");
    QTest::addColumn<double>("bandwidth");
    QTest::addColumn<double>("kelvin");
    QTest::addColumn<double>("expectedVolts");
    // physics.md §10.3
    QTest::newRow("R19 150 Ω 20 kHz 290 K") << 150.0 << 20000.0 << 290.0 << 0.219e-6;
    QTest::newRow("R19 150 Ω 20 kHz 300 K") << 150.0 << 20000.0 << 300.0 << 0.223e-6;
    QTest::newRow("R21 1 kΩ 10 kHz") << 1000.0 << 10000.0 << 300.0 << 407e-9;
}

void TestUnits::thermalNoise()
{
    QFETCH(double, ohms);
    QFETCH(double, bandwidth);
    QFETCH(double, kelvin);
    QFETCH(double, expectedVolts);
    QCOMPARE_LE(std::abs(thermalNoiseVolts(ohms, bandwidth, kelvin) / expectedVolts - 1.0), 0.005);
}

void TestUnits::powerForSpl_data()
{
    QTest::addColumn<double>("dbPerMw");
    QTest::addColumn<double>("spl");
    QTest::addColumn<double>("milliwatts");
    // physics.md §10.4 R23 (NwAvGuy table), R24, R27, R36
    QTest::newRow("R23 85 dB/mW, 105 dB") << 85.0 << 105.0 << 100.0;
    QTest::newRow("R23 85 dB/mW, 110 dB") << 85.0 << 110.0 << 316.2;
    QTest::newRow("R23 85 dB/mW, 115 dB") << 85.0 << 115.0 << 1000.0;
    QTest::newRow("R23 97 dB/mW, 105 dB") << 97.0 << 105.0 << 6.3;
    QTest::newRow("R23 97 dB/mW, 110 dB") << 97.0 << 110.0 << 20.0;
    QTest::newRow("R23 97 dB/mW, 115 dB") << 97.0 << 115.0 << 63.1;
    QTest::newRow("R24 HD600 97 dB/mW, 110 dB") << 97.0 << 110.0 << 19.95;
    QTest::newRow("R27 HE-6 83.5 dB/mW, 110 dB") << 83.5 << 110.0 << 446.7;
    QTest::newRow("R36 91 dB/mW, 112 dB") << 91.0 << 112.0 << 125.9;
}

void TestUnits::powerForSpl()
{
    QFETCH(double, dbPerMw);
    QFETCH(double, spl);
    QFETCH(double, milliwatts);
    // physics.md §4: P_mW = 10^((SPL − S_mW)/10); published values are rounded to 0.1 mW or 3 digits
    QCOMPARE_LE(std::abs(powerRatio(spl - dbPerMw) / milliwatts - 1.0), 0.005);
}

void TestUnits::sensitivityConversion_data()
{
    QTest::addColumn<double>("dbPerMw");
    QTest::addColumn<double>("ohms");
    QTest::addColumn<double>("dbPerV");
    // physics.md §10.4 R29, R30, R31, R34, R36; R35: HD600 at 97 dB/mW is 102.2 dB/V
    QTest::newRow("R29 DT 880 32 Ω") << 96.0 << 32.0 << 110.95;
    QTest::newRow("R29 DT 880 250 Ω") << 96.0 << 250.0 << 102.02;
    QTest::newRow("R29 DT 880 600 Ω") << 96.0 << 600.0 << 98.22;
    QTest::newRow("R30 HD 558") << 99.0 << 50.0 << 112.01;
    QTest::newRow("R31 ATH-R70x") << 100.76 << 474.0 << 104.0;
    QTest::newRow("R34 K271 55 Ω") << 91.0 << 55.0 << 103.6;
    QTest::newRow("R34 DT770 80 Ω") << 96.0 << 80.0 << 107.0;
    QTest::newRow("R35 HD600 97 dB/mW") << 97.0 << 300.0 << 102.2;
    QTest::newRow("R36 30 Ω 91 dB/mW") << 91.0 << 30.0 << 106.23;
}

void TestUnits::sensitivityConversion()
{
    QFETCH(double, dbPerMw);
    QFETCH(double, ohms);
    QFETCH(double, dbPerV);
    QCOMPARE_LE(std::abs(sensitivityMwToV(dbPerMw, ohms) - dbPerV), 0.05);
    QCOMPARE_LE(std::abs(sensitivityVToMw(dbPerV, ohms) - dbPerMw), 0.05);
}

void TestUnits::voltageForSpl_data()
{
    QTest::addColumn<double>("dbPerV");
    QTest::addColumn<double>("spl");
    QTest::addColumn<double>("volts");
    // physics.md §10.4 R25, R26, R36
    QTest::newRow("R25 HD600 measured 102.77 dB/V, 110 dB") << (90.0 - amplitudeDb(0.23)) << 110.0 << 2.30;
    QTest::newRow("R26 HD800 102 dB/V, 110 dB") << 102.0 << 110.0 << 2.5119;
    QTest::newRow("R36 106.23 dB/V, 112 dB") << 106.23 << 112.0 << 1.94;
}

void TestUnits::voltageForSpl()
{
    QFETCH(double, dbPerV);
    QFETCH(double, spl);
    QFETCH(double, volts);
    QCOMPARE_LE(std::abs(amplitudeRatio(spl - dbPerV) / volts - 1.0), 0.005); // physics.md §4: V = 10^((SPL − S_V)/20)
}

void TestUnits::dividerLoss_data()
{
    QTest::addColumn<double>("loadOhm");
    QTest::addColumn<double>("sourceOhm");
    QTest::addColumn<double>("lossDb");
    // physics.md §10.5 R40, and R48's true voltage losses (the published "load loss" figures are wrong, §11)
    QTest::newRow("R40 10 Ω phones on 10 Ω") << 10.0 << 10.0 << -6.02;
    QTest::newRow("R40 32 Ω phones on 10 Ω") << 32.0 << 10.0 << -2.36;
    QTest::newRow("R48 110 Ω from 110 Ω") << 110.0 << 110.0 << -6.0;
    QTest::newRow("R48 110 Ω from 600 Ω") << 110.0 << 600.0 << -16.2;
    QTest::newRow("R48 110 Ω from 16 Ω") << 110.0 << 16.0 << -1.2;
    QTest::newRow("§2 150 Ω mic into 3 kΩ") << 3000.0 << 150.0 << -0.42;
    QTest::newRow("§6 bridging 10:1") << 10.0 << 1.0 << -0.83;
}

void TestUnits::dividerLoss()
{
    QFETCH(double, loadOhm);
    QFETCH(double, sourceOhm);
    QFETCH(double, lossDb);
    QCOMPARE_LE(std::abs(amplitudeDb(dividerRatio({loadOhm, 0.0}, sourceOhm)) - lossDb), 0.05);
}

void TestUnits::worstCaseDeviation_data()
{
    QTest::addColumn<double>("zMin");
    QTest::addColumn<double>("zMax");
    QTest::addColumn<double>("sourceOhm");
    QTest::addColumn<double>("deviationDb");
    QTest::newRow("R37 300/600 Ω on 30 Ω") << 300.0 << 600.0 << 30.0 << 0.404;
    QTest::newRow("R39 1/8 rule bound") << 32.0 << 1e12 << 4.0 << 1.02;
}

void TestUnits::worstCaseDeviation()
{
    QFETCH(double, zMin);
    QFETCH(double, zMax);
    QFETCH(double, sourceOhm);
    QFETCH(double, deviationDb);
    QCOMPARE_LE(std::abs(worstCaseDeviationDb(zMin, zMax, sourceOhm) - deviationDb), 0.005);
}

void TestUnits::exposure_data()
{
    QTest::addColumn<double>("dbA");
    QTest::addColumn<double>("minutes");
    // NIOSH: 85 dB(A) for 8 h, halved every 3 dB (physics.md §4)
    QTest::newRow("85 dB(A)") << 85.0 << 480.0;
    QTest::newRow("88 dB(A)") << 88.0 << 240.0;
    QTest::newRow("94 dB(A)") << 94.0 << 60.0;
    QTest::newRow("100 dB(A)") << 100.0 << 15.0;
    QTest::newRow("silence: no limit") << -std::numeric_limits<double>::infinity() << std::numeric_limits<double>::infinity();
}

void TestUnits::exposure()
{
    QFETCH(double, dbA);
    QFETCH(double, minutes);
    if (std::isinf(minutes))
        QCOMPARE(nioshPermissibleMinutes(dbA), minutes);
    else
        QCOMPARE_LE(std::abs(nioshPermissibleMinutes(dbA) - minutes), 1e-9 * minutes);
}

void TestUnits::powerSumOfNoise()
{
    // physics.md §3: two equal uncorrelated noises add 3.01 dB; a noise 10 dB lower adds 0.41 dB.
    QCOMPARE_LE(std::abs(amplitudeDb(powerSum({1.0, 1.0})) - 3.0103), 1e-4);
    QCOMPARE_LE(std::abs(amplitudeDb(powerSum({1.0, amplitudeRatio(-10)})) - 0.4139), 1e-4);
}

void TestUnits::consumerVersusProLine()
{
    // R01: +4 dBu and −10 dBV differ by 11.78 dB, not 14.
    QCOMPARE_LE(std::abs(units::voltsToDbu(units::dbuToVolts(4.0)) - units::voltsToDbu(dbvToVolts(-10.0)) - 11.78), 0.005);
}

void TestUnits::ohmsShowTheirFirstDigit_data()
{
    QTest::addColumn<double>("ohms");
    QTest::addColumn<QString>("shown");
    QTest::newRow("an interface's 10 ohms") << 10.0 << QStringLiteral("10.0");
    QTest::newRow("exactly 1 ohm") << 1.0 << QStringLiteral("1.0");
    QTest::newRow("half an ohm") << 0.5 << QStringLiteral("0.5");
    QTest::newRow("a speaker amplifier's 0.04 ohm") << 0.04 << QStringLiteral("0.04");
    QTest::newRow("a milliohm, the most decimals shown") << 0.0012 << QStringLiteral("0.001");
    QTest::newRow("below that, three decimals still") << 0.00004 << QStringLiteral("0.000");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0.0");
}

void TestUnits::ohmsShowTheirFirstDigit()
{
    QFETCH(double, ohms);
    QFETCH(QString, shown);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(formatOhms(ohms), shown);
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
