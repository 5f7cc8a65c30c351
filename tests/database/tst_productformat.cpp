// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Products as JSON and CSV: the bundled catalog passes the catalog rules, bad rows are refused with their place,
// and export → import gives the same products. Impedance curves read from measurement programs' text exports.

#include "gearfixtures.h"
#include "curvetext.h"
#include "productformat.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace headroom;
using namespace headroom::test;

namespace {

QByteArray csv(const QStringList &lines) { return lines.join(u'\n').toUtf8() + '\n'; }

const QString kHeader = QStringLiteral("kind,brand,model,variant,impedanceOhm,sensitivity,sensitivityUnit,source");

} // namespace

class TestProductFormat : public QObject
{
    Q_OBJECT

private slots:
    void bundledCatalogIsValid();
    void jsonErrors_data();
    void jsonErrors();
    void yourGearMayCiteAnyAddress();
    void strongestOutputsAreTheCatalogs();
    void csvErrors_data();
    void csvErrors();
    void csvQuotingAndLines();
    void csvRowSourceAppliesToFigures();
    void csvExportIsNoFormula();
    void pricesOnYourGearOnly_data();
    void pricesOnYourGearOnly();
    void roundTrip_data();
    void roundTrip();
    void curveTextReads_data();
    void curveTextReads();
    void curveTextRefuses_data();
    void curveTextRefuses();
    void curveTextThinsDenseMeasurements();
};

namespace {

/// Every file of database/catalog, read under the catalog's rules.
QList<ProductParse> bundledCatalog()
{
    const QDir dir(QStringLiteral(HEADROOM_SOURCE_DIR "/database/catalog"));
    QList<ProductParse> files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        files.append(file.open(QIODevice::ReadOnly) ? parseProducts(file.readAll(), ProductFormat::Json, name, GearOrigin::Catalog, true)
                                                    : ProductParse{{}, {{name, {}, file.errorString()}}, {}});
    }
    return files;
}

} // namespace

void TestProductFormat::strongestOutputsAreTheCatalogs()
{
    // The engine weighs unknown output figures against the strongest of each kind the catalog states
    // (strongestKnownValue); when the catalog gains a stronger output, the bound follows it.
    for (DeviceKind kind : {DeviceKind::Interface, DeviceKind::HeadphoneAmp, DeviceKind::Player}) {
        std::optional<double> highestLevel;
        std::optional<double> lowestOhms;
        for (const ProductParse &file : bundledCatalog())
            for (const GearRecord &r : file.records) {
                if (r.spec.kind() != kind)
                    continue;
                if (const auto level = r.spec.value(Field::HpMaxLevelDbu))
                    highestLevel = std::max(highestLevel.value_or(*level), *level);
                if (const auto ohms = r.spec.value(Field::HpOutputImpedanceOhm))
                    lowestOhms = std::min(lowestOhms.value_or(*ohms), *ohms);
            }
        QCOMPARE(strongestKnownValue(kind, Field::HpMaxLevelDbu), highestLevel);
        QCOMPARE(strongestKnownValue(kind, Field::HpOutputImpedanceOhm), lowestOhms);
    }
    QVERIFY(!strongestKnownValue(DeviceKind::Mixer, Field::HpMaxLevelDbu));
}

void TestProductFormat::bundledCatalogIsValid()
{
    // CI check of database/catalog: every row parses, every figure is sane and has a source, ids are unique.
    QList<GearRecord> all;
    QSet<DeviceKind> kinds;
    for (const ProductParse &parse : bundledCatalog()) {
        for (const ProductError &e : parse.errors)
            qWarning().noquote() << e.toString();
        QVERIFY(parse.errors.isEmpty());
        for (const GearRecord &r : parse.records) {
            kinds.insert(r.spec.kind());
            QVERIFY2(r.spec.kind() != DeviceKind::Headphones || r.spec.has(Field::ImpedanceOhm) || !r.notes.isEmpty(),
                     qPrintable(r.id + QStringLiteral(": unknown figures must be explained in notes")));
        }
        all += parse.records;
    }
    QVERIFY2(all.size() >= 100, qPrintable(QString::number(all.size())));
    QSet<QString> ids;
    for (const GearRecord &r : all) {
        QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
        ids.insert(r.id);
    }
    for (DeviceKind kind : {DeviceKind::Microphone, DeviceKind::InlinePreamp, DeviceKind::Interface, DeviceKind::HeadphoneAmp, DeviceKind::Splitter,
                            DeviceKind::Headphones, DeviceKind::Player})
        QVERIFY2(kinds.contains(kind), kindKey(kind));
}

void TestProductFormat::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray figure = R"("figures": {"impedanceOhm": {"value": 32, "source": "https://example.com", "provenance": "manufacturer"}})";
    QTest::newRow("not JSON") << QByteArray("[{]") << "p.json:1: not valid JSON";
    QTest::newRow("unknown kind") << QByteArray(R"([{"id": "a", "kind": "kazoo", "model": "A"}])") << "p.json: $[0]: kind: unknown kind \"kazoo\"";
    QTest::newRow("negative impedance") << QByteArray(
        R"([{"id": "a", "kind": "headphones", "model": "A", "figures": {"impedanceOhm": {"value": -4, "source": "https://e.com"}}}])")
                                        << "p.json: $[0]: impedanceOhm: -4 is outside the sane range";
    QTest::newRow("figure without a source") << QByteArray(
        R"([{"id": "a", "kind": "headphones", "model": "A", "figures": {"impedanceOhm": {"value": 32}}}])")
                                             << "p.json: $[0]: impedanceOhm: has no source";
    QTest::newRow("source that is not a URL") << QByteArray(
        R"([{"id": "a", "kind": "headphones", "model": "A", "figures": {"impedanceOhm": {"value": 32, "source": "my memory"}}}])")
                                              << "impedanceOhm: source \"my memory\" is not a web address";
    // Found by fuzzing: control characters inside a source passed, and the exported file could not be read back.
    QTest::newRow("source with control characters")
        << QByteArray("[{\"id\": \"a\", \"kind\": \"headphones\", \"model\": \"A\", \"figures\": {\"impedanceOhm\": {\"value\": 32, \"source\": "
                      "\"https://exa\\u0010\\u0001`/amp\"}}}]")
        << "impedanceOhm: source \"https://exa\u0010\u0001`/amp\" is not a web address";
    QTest::newRow("bad provenance") << QByteArray(
        R"([{"id": "a", "kind": "headphones", "model": "A", "figures": {"impedanceOhm": {"value": 32, "source": "https://e.com", "provenance": "rumour"}}}])")
                                    << "provenance \"rumour\" is not manufacturer, measurement or estimate";
    QTest::newRow("figure of another kind") << QByteArray(
        R"([{"id": "a", "kind": "headphones", "model": "A", "figures": {"gainDb": {"value": 3, "source": "https://e.com"}}}])")
                                            << "gainDb: is not a figure of a device of kind \"headphones\"";
    QTest::newRow("bad id") << QByteArray(R"([{"id": "Not An Id", "kind": "headphones", "model": "A", )" + figure + "}]")
                            << "id: \"Not An Id\" is not an id";
    QTest::newRow("duplicate id") << QByteArray(R"([{"id": "a", "kind": "headphones", "model": "A", )" + figure
                                                + R"(}, {"id": "a", "kind": "headphones", "model": "B", )" + figure + "}]")
                                  << "p.json: $[1]: id: \"a\" is used by p.json: $[0] too";
    QTest::newRow("duplicate brand, model, variant") << QByteArray(R"([{"id": "a", "kind": "headphones", "model": "A", )" + figure
                                                                   + R"(}, {"id": "b", "kind": "headphones", "model": "a", )" + figure + "}]")
                                                     << "p.json: $[1]: model: the same brand, model and variant as p.json: $[0]";
    QTest::newRow("power without its load") << QByteArray(
        R"([{"id": "a", "kind": "headphone-amp", "model": "A", "figures": {"hpRatedPowerMw": {"value": 100, "source": "https://e.com"}}}])")
                                            << "hpRatedPowerMw: a rated power needs its load";
    // A catalog source names its publisher; a manual copied to a bare server address does not.
    QTest::newRow("figure cited at an IP address") << QByteArray(
        R"([{"id": "a", "kind": "headphones", "model": "A", "figures": {"impedanceOhm": {"value": 32, "source": "http://38.142.81.21/manual.pdf"}}}])")
                                                   << "impedanceOhm: source \"http://38.142.81.21/manual.pdf\" is an IP address";
    QTest::newRow("curve cited at an IPv6 address")
        << QByteArray(R"([{"id": "a", "kind": "headphones", "model": "A", )" + figure
                      + R"(, "impedanceCurve": {"points": [[20, 40, 0], [1000, 32, 0], [20000, 35, 0]], "source": "https://[2001:db8::1]/z"}}])")
        << "impedanceCurve: source \"https://[2001:db8::1]/z\" is an IP address";
    QTest::newRow("level table cited at an IP address")
        << QByteArray(R"([{"id": "a", "kind": "player", "model": "A", "levelByLoad": {"ranges": [[0, 150, 1.25]], "source": "https://10.0.0.2/"}}])")
        << "levelByLoad: source \"https://10.0.0.2/\" is an IP address";
}

void TestProductFormat::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const ProductParse parse = parseProducts(json, ProductFormat::Json, QStringLiteral("p.json"), GearOrigin::Catalog, true);
    QStringList messages;
    for (const ProductError &e : parse.errors)
        messages << e.toString();
    QVERIFY2(messages.join(u'\n').contains(expected), qPrintable(messages.join(u'\n')));
}

void TestProductFormat::yourGearMayCiteAnyAddress()
{
    // Your own gear may point at a page on your own network; only the catalog names publishers.
    const QByteArray json =
        R"([{"id": "a", "kind": "headphones", "model": "A", "figures": {"impedanceOhm": {"value": 32, "source": "http://192.168.1.20/hp.html"}}}])";
    QVERIFY(parseProducts(json, ProductFormat::Json, QStringLiteral("p.json"), GearOrigin::User, false).errors.isEmpty());
    QCOMPARE(parseProducts(json, ProductFormat::Json, QStringLiteral("p.json"), GearOrigin::Catalog, true).errors.size(), 1);
}

void TestProductFormat::csvErrors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "r.csv: is empty";
    QTest::newRow("no model column") << csv({QStringLiteral("kind,brand")}) << "r.csv:1: model: the header has no \"model\" column";
    QTest::newRow("unknown column") << csv({QStringLiteral("kind,model,colour")}) << "r.csv:1: colour: unknown column";
    QTest::newRow("short row") << csv({kHeader, QStringLiteral("headphones,A,B")}) << "r.csv:2: 3 cells where the header has 8";
    QTest::newRow("negative impedance on line 3") << csv({kHeader, QStringLiteral("headphones,Good,One,,32,100,dB/mW,https://e.com"),
                                                          QStringLiteral("headphones,Bad,Two,,-32,100,dB/mW,https://e.com")})
                                                  << "r.csv:3: impedanceOhm: -32 is outside the sane range";
    QTest::newRow("text where a number goes") << csv({kHeader, QStringLiteral("headphones,A,B,,thirty-two,100,dB/mW,https://e.com")})
                                              << "r.csv:2: impedanceOhm: \"thirty-two\" is not a number";
    QTest::newRow("nan as a figure") << csv({kHeader, QStringLiteral("headphones,A,B,,nan,100,dB/mW,https://e.com")})
                                     << "r.csv:2: impedanceOhm: \"nan\" is not a number";
    QTest::newRow("infinity as a figure") << csv({kHeader, QStringLiteral("headphones,A,B,,32,inf,dB/mW,https://e.com")})
                                          << "r.csv:2: sensitivity: \"inf\" is not a number";
    QTest::newRow("bad choice") << csv({kHeader, QStringLiteral("headphones,A,B,,32,100,dB/W,https://e.com")})
                                << "r.csv:2: sensitivityUnit: expected one of dB/mW, dB/V";
    QTest::newRow("duplicate rows") << csv(
        {kHeader, QStringLiteral("headphones,A,B,,32,100,dB/mW,https://e.com"), QStringLiteral("headphones,a,b,,40,100,dB/mW,https://e.com")})
                                    << "r.csv:3: id: \"user-a-b\" is used by r.csv:2 too";
}

void TestProductFormat::csvErrors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const ProductParse parse = parseProducts(data, ProductFormat::Csv, QStringLiteral("r.csv"), GearOrigin::User, false);
    QStringList messages;
    for (const ProductError &e : parse.errors)
        messages << e.toString();
    QVERIFY2(messages.join(u'\n').contains(expected), qPrintable(messages.join(u'\n')));
}

void TestProductFormat::csvQuotingAndLines()
{
    // A quoted field with a comma, a doubled quote and a line break; the error on the next row names line 4.
    const QByteArray data = csv({kHeader + QStringLiteral(",notes"),
                                 QStringLiteral("headphones,\"Brand, Inc.\",\"Model \"\"X\"\"\",,32,100,dB/mW,https://e.com,\"two\nlines\""),
                                 QStringLiteral("headphones,B,C,,0,100,dB/mW,https://e.com,")});
    const ProductParse parse = parseProducts(data, ProductFormat::Csv, QStringLiteral("q.csv"), GearOrigin::User, false);
    QCOMPARE(parse.records.size(), 2);
    QCOMPARE(parse.records[0].spec.brand, QStringLiteral("Brand, Inc."));
    QCOMPARE(parse.records[0].spec.model, QStringLiteral("Model \"X\""));
    QCOMPARE(parse.records[0].notes, QStringLiteral("two\nlines"));
    QCOMPARE(parse.errors.size(), 1);
    QCOMPARE(parse.errors[0].location, QStringLiteral("q.csv:4"));
}

void TestProductFormat::csvRowSourceAppliesToFigures()
{
    const ProductParse parse = parseProducts(csv({kHeader, QStringLiteral("headphones,A,B,,32,100,dB/mW,https://shop.example/b")}),
                                             ProductFormat::Csv, QStringLiteral("r.csv"), GearOrigin::User, true);
    QVERIFY(parse.errors.isEmpty());
    QCOMPARE(parse.records[0].spec.source(Field::ImpedanceOhm)->url, QStringLiteral("https://shop.example/b"));
    QCOMPARE(parse.records[0].id, QStringLiteral("user-a-b"));
}

void TestProductFormat::csvExportIsNoFormula()
{
    // Text a spreadsheet would run (=, +, -, @ first) is written with a leading apostrophe, quoted where it must be;
    // numbers, negative ones included, are written as they are; reading gives back exactly what was written.
    GearRecord hostile = product(QStringLiteral("x-hostile"), DeviceKind::InlinePreamp, QStringLiteral("=HYPERLINK(\"https://evil\")"),
                                 QStringLiteral("+Model"), {{Field::GainDb, 20}, {Field::InputImpedanceOhm, 1000}}, QStringLiteral("@v"));
    hostile.notes = QStringLiteral("-2 dB, 'quoted'");
    hostile.aliases = {QStringLiteral("'apostrophe")};
    GearRecord adapter =
        product(QStringLiteral("x-pad"), DeviceKind::Adapter, QStringLiteral("X"), QStringLiteral("Pad"), {{Field::LevelChangeDb, -20}});
    const QByteArray data = writeProducts({hostile, adapter}, ProductFormat::Csv);
    for (const QByteArray &line : data.split('\n'))
        for (const QByteArray &cell : line.split(','))
            QVERIFY2(cell.isEmpty() || !QByteArray("=+@").contains(cell.front()) || cell == "-20", cell.constData());
    QVERIFY(data.contains(",-20,"));
    QVERIFY(data.contains("\"'=HYPERLINK(\"\"https://evil\"\")\""));
    const ProductParse back = parseProducts(data, ProductFormat::Csv, QStringLiteral("x.csv"), GearOrigin::Catalog, true);
    QVERIFY2(back.errors.isEmpty(), qPrintable(back.errors.isEmpty() ? QString() : back.errors.first().toString()));
    QCOMPARE(back.records[0].spec.brand, hostile.spec.brand);
    QCOMPARE(back.records[0].spec.model, hostile.spec.model);
    QCOMPARE(back.records[0].spec.variant, hostile.spec.variant);
    QCOMPARE(back.records[0].notes, hostile.notes);
    QCOMPARE(back.records[0].aliases, hostile.aliases);
    QCOMPARE(back.records[1].spec.value(Field::LevelChangeDb), std::optional<double>(-20));
}

void TestProductFormat::pricesOnYourGearOnly_data() { roundTrip_data(); }

void TestProductFormat::pricesOnYourGearOnly()
{
    QFETCH(int, format);
    GearRecord stocked = headphones(QStringLiteral("user-x"), QStringLiteral("X"), QStringLiteral("Stocked"), 32, 100);
    stocked.origin = GearOrigin::User;
    stocked.price = 129.5;
    stocked.currency = QStringLiteral("GBP");
    stocked.stockNote = QStringLiteral("last one, \"display\" model");
    const QByteArray written = writeProducts({stocked}, ProductFormat(format));
    const ProductParse back = parseProducts(written, ProductFormat(format), QStringLiteral("x"), GearOrigin::User, true);
    QVERIFY2(back.errors.isEmpty(), qPrintable(back.errors.isEmpty() ? QString() : back.errors.first().toString()));
    QCOMPARE(back.records.first().price, stocked.price);
    QCOMPARE(back.records.first().currency, stocked.currency);
    QCOMPARE(back.records.first().stockNote, stocked.stockNote);

    // The catalog names no prices, and a price says its currency and is a sane amount.
    const auto firstError = [&](const GearRecord &r, GearOrigin origin) {
        const ProductParse parse = parseProducts(writeProducts({r}, ProductFormat(format)), ProductFormat(format), QStringLiteral("x"), origin, true);
        return parse.errors.isEmpty() ? QString() : parse.errors.first().toString();
    };
    QVERIFY(firstError(stocked, GearOrigin::Catalog).contains(u"the catalog carries no prices"));
    GearRecord bad = stocked;
    bad.currency = QStringLiteral("euro");
    QVERIFY(firstError(bad, GearOrigin::User).contains(u"currency \"euro\""));
    bad = stocked;
    bad.price = -5;
    QVERIFY(firstError(bad, GearOrigin::User).contains(u"-5 is not a price"));
}

void TestProductFormat::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("json") << int(ProductFormat::Json);
    QTest::newRow("csv") << int(ProductFormat::Csv);
}

void TestProductFormat::roundTrip()
{
    QFETCH(int, format);
    GearRecord curved = headphones(QStringLiteral("x-curve"), QStringLiteral("X"), QStringLiteral("Curve, \"Pro\""), 32, 100);
    curved.aliases = {QStringLiteral("XC"), QStringLiteral("X-C")};
    curved.notes = QStringLiteral("line one\nline two");
    curved.spec.sources.first().note = QStringLiteral("measured at 1 kHz");
    GearRecord amp = product(QStringLiteral("x-amp"), DeviceKind::HeadphoneAmp, QStringLiteral("X"), QStringLiteral("Amp"),
                             {{Field::Channels, 4}, {Field::HasThru, 1}, {Field::HpRatedPowerMw, 100}, {Field::HpRatedPowerLoadOhm, 32}});
    if (ProductFormat(format) == ProductFormat::Json) {
        curved.spec.setImpedanceCurve({{20, 50, 20}, {1000, 32, 0}});
        curved.spec.curveCitation.url = kSource;
    }
    const QList<GearRecord> records{curved, amp};
    const ProductParse back =
        parseProducts(writeProducts(records, ProductFormat(format)), ProductFormat(format), QStringLiteral("x"), GearOrigin::Catalog, true);
    QVERIFY(back.errors.isEmpty());
    QCOMPARE(back.records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QVERIFY(back.records[i].spec == records[i].spec);
        QCOMPARE(back.records[i].aliases, records[i].aliases);
        QCOMPARE(back.records[i].notes, records[i].notes);
    }
}

QTEST_GUILESS_MAIN(TestProductFormat)
void TestProductFormat::curveTextReads_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("points");
    QTest::addColumn<double>("hzAt1"); // the second point, read back
    QTest::addColumn<double>("ohmsAt1");
    QTest::addColumn<double>("phaseAt1");
    QTest::addColumn<bool>("hasPhase");
    // The shapes the programs write (their manuals' export sections), with the values typed by hand.
    QTest::newRow("REW: comment lines, spaces") << QByteArray("* Impedance data exported by REW\n* Freq(Hz) Impedance(ohms) Phase(degrees)\n"
                                                              "20.000 310.5 12.1\n90.0 598.2 -1.5\n1000 301.0 2.0\n")
                                                << 3 << 90.0 << 598.2 << -1.5 << true;
    QTest::newRow("ARTA/LIMP .zma: a header row, tabs")
        << QByteArray("Freq(Hz)\tMag(Ohm)\tPhase(Deg)\n10\t42.1\t3\n100\t44.5\t-8.25\n") << 2 << 100.0 << 44.5 << -8.25 << true;
    QTest::newRow("CSV with a header") << QByteArray("Frequency,Impedance,Phase\r\n20,32.5,1.5\r\n1000,33.0,0.5\r\n") << 2 << 1000.0 << 33.0 << 0.5
                                       << true;
    QTest::newRow("semicolons, decimal commas") << QByteArray("Hz;Ohm;Grad\n20,5;61,25;10,5\n1000;64,5;2\n") << 2 << 1000.0 << 64.5 << 2.0 << true;
    QTest::newRow("magnitudes only: resistive") << QByteArray("100 16.2\n1000 15.9\n10000 17.5\n") << 3 << 1000.0 << 15.9 << 0.0 << false;
    QTest::newRow("points beyond 1 Hz–200 kHz left out")
        << QByteArray("0.5 40 0\n20 41 1\n500 42 2\n300000 90 40\n") << 2 << 500.0 << 42.0 << 2.0 << true;
}

void TestProductFormat::curveTextReads()
{
    QFETCH(QByteArray, text);
    QFETCH(int, points);
    QFETCH(double, hzAt1);
    QFETCH(double, ohmsAt1);
    QFETCH(double, phaseAt1);
    QFETCH(bool, hasPhase);
    const CurveText curve = readCurveText(text);
    QCOMPARE(curve.error, QString());
    QCOMPARE(static_cast<int>(curve.points.size()), points);
    QCOMPARE(curve.points[1].hz, hzAt1);
    QCOMPARE(curve.points[1].ohms, ohmsAt1);
    QCOMPARE(curve.points[1].phaseDeg, phaseAt1);
    QCOMPARE(curve.hasPhase, hasPhase);
    // What was read is a curve a product may carry.
    DeviceSpec spec(DeviceKind::Headphones);
    spec.setImpedanceCurve(curve.points);
    QVERIFY(spec.validate().isEmpty());
}

void TestProductFormat::curveTextRefuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("frequencies fall") << QByteArray("* REW\n20 30 0\n1000 32 0\n500 31 0\n")
                                      << QStringLiteral("line 4: the frequencies must rise, and 500 Hz does not");
    QTest::newRow("a negative magnitude") << QByteArray("20 30 0\n100 -3 0\n") << QStringLiteral("line 2: -3 Ω is outside 1 Ω to 1 MΩ");
    QTest::newRow("a phase beyond ±90°") << QByteArray("20 30 0\n100 30 120\n") << QStringLiteral("line 2: a phase of 120° is outside ±90°");
    QTest::newRow("not a number") << QByteArray("20 30 0\n100 nan 0\n") << QStringLiteral("line 2: is not a finite number");
    QTest::newRow("some phases missing") << QByteArray("20 30 0\n100 30\n") << QStringLiteral("some lines have a phase and some do not");
    QTest::newRow("a frequency response, not a curve")
        << QByteArray("Freq SPL\n")
        << QStringLiteral("no curve found: expected lines of hertz and ohms, and the phase in degrees, from 1 Hz to 200 kHz");
    QTest::newRow("one point") << QByteArray("1000 300 0\n")
                               << QStringLiteral("no curve found: expected lines of hertz and ohms, and the phase in degrees, from 1 Hz to 200 kHz");
}

void TestProductFormat::curveTextRefuses()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const CurveText curve = readCurveText(text);
    QCOMPARE(curve.error, error);
    QVERIFY(curve.points.empty());
}

void TestProductFormat::curveTextThinsDenseMeasurements()
{
    // A linear sweep every 1 Hz from 20 Hz to 20 kHz (19,981 points) keeps the first point of each 1/48 octave that
    // holds one: 48·log2(1000) ≈ 478 such octave fractions, fewer at the bottom where 1 Hz steps are wider than them;
    // the resonance's peak stays where it was.
    QByteArray text = "* dense\n";
    for (int hz = 20; hz <= 20000; ++hz)
        text += QByteArray::number(hz) + ' ' + QByteArray::number(300 + 300 * std::exp(-std::pow(std::log(hz / 90.0), 2) * 4)) + " 0\n";
    const CurveText curve = readCurveText(text);
    QCOMPARE(curve.error, QString());
    QCOMPARE(curve.linesRead, std::size_t{19981});
    QSet<int> fractions; // the 1/48 octaves holding a line
    for (int hz = 20; hz <= 20000; ++hz)
        fractions.insert(static_cast<int>(std::floor(std::log2(hz) * kMaxPointsPerOctave)));
    QCOMPARE(curve.points.size(), static_cast<std::size_t>(fractions.size()));
    QVERIFY(curve.points.size() < 480);
    for (std::size_t i = 1; i < curve.points.size(); ++i) // no two in one 1/48 octave
        QVERIFY(std::log2(curve.points[i].hz) * kMaxPointsPerOctave >= std::floor(std::log2(curve.points[i - 1].hz) * kMaxPointsPerOctave) + 1);
    const auto peak = std::max_element(curve.points.begin(), curve.points.end(), [](const auto &a, const auto &b) { return a.ohms < b.ohms; });
    QVERIFY(std::abs(peak->hz - 90) <= 2);
}

#include "tst_productformat.moc"
