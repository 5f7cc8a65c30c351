// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// headroom-cli as users and scripts run it: golden outputs for every example (text and JSON), exit statuses, help.
// Regenerate the golden files after an intended change with HEADROOM_UPDATE_GOLDEN=1 and review the diff.

#include "clirunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = headroom::test::CliRun;
Run cli(const QStringList &arguments) { return headroom::test::runCli(arguments); }

/// JSON equality with numbers compared to a relative 1e-9: the last digits of a double vary with the maths library.
bool sameJson(const QJsonValue &a, const QJsonValue &b, const QString &path, QString &difference)
{
    if (a.isDouble() && b.isDouble()) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        if (std::abs(x - y) <= 1e-9 * std::max({1.0, std::abs(x), std::abs(y)}))
            return true;
    } else if (a.isObject() && b.isObject()) {
        const QJsonObject o = a.toObject();
        const QJsonObject p = b.toObject();
        if (o.keys() == p.keys()) {
            for (const QString &key : o.keys())
                if (!sameJson(o.value(key), p.value(key), path + u'.' + key, difference))
                    return false;
            return true;
        }
    } else if (a.isArray() && b.isArray()) {
        const QJsonArray o = a.toArray();
        const QJsonArray p = b.toArray();
        if (o.size() == p.size()) {
            for (qsizetype i = 0; i < o.size(); ++i)
                if (!sameJson(o.at(i), p.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), difference))
                    return false;
            return true;
        }
    } else if (a == b) {
        return true;
    }
    difference = QStringLiteral("%1 differs: got %2, want %3")
                     .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)),
                          QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact)));
    return false;
}

QString examplePath(const QString &name) { return QStringLiteral(HEADROOM_SOURCE_DIR "/examples/") + name; }
QString goldenPath(const QString &name) { return QStringLiteral(HEADROOM_SOURCE_DIR "/tests/cli/golden/") + name; }

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void jsonIsCompactByDefault();
    void jsonIsParseableWithUnits();
    void invalidInputExitsTwo_data();
    void invalidInputExitsTwo();
    void failOnVerdictGatesScripts();
    void helpOnEveryCommand();
    void checkSavesTheChainItJudged();
    void reportWritesEachForm();
    void adviceShowsYourPriceAndStock();
    void checkRefusesWhatCannotBeWired_data();
    void checkRefusesWhatCannotBeWired();
    void speaksTheUsersLanguage();
};

void TestCli::golden_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("format");
    const auto add = [](const QString &golden, const QStringList &arguments) {
        for (const char *format : {"text", "json"})
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(golden, QLatin1StringView(format))))
                << arguments << golden << QString::fromLatin1(format);
    };
    const QStringList examples =
        QDir(QStringLiteral(HEADROOM_SOURCE_DIR "/examples")).entryList({QStringLiteral("*.headroom")}, QDir::Files, QDir::Name);
    QVERIFY(examples.size() >= 8);
    for (const QString &e : examples)
        add(QFileInfo(e).completeBaseName(), {QStringLiteral("analyze"), examplePath(e)});
    // Advice for the examples with something to fix: a marginal listener, a Y-splitter short of level, a short mic.
    for (const char *e : {"02-interface-250-ohm-headphones", "03-y-splitter-two-headphones", "05-sm7b-on-56-db-preamp"})
        add(QString::fromLatin1(e) + QStringLiteral(".advise"),
            {QStringLiteral("advise"), examplePath(QString::fromLatin1(e) + QStringLiteral(".headroom"))});
    // Variants side by side: a splitter box against a distribution amp; speakers at the desk and from the couch.
    for (const char *e : {"10-podcast-splitter-or-distribution-amp", "16-passive-speakers-desk-and-couch"})
        add(QString::fromLatin1(e) + QStringLiteral(".compare"),
            {QStringLiteral("compare"), examplePath(QString::fromLatin1(e) + QStringLiteral(".headroom"))});
    // Quick checks: the seed question; three listeners on a laptop's one jack (a splitter and adapters); an amp fed
    // from the line outputs, with a condenser that needs 48 V.
    const auto check = [](const char *source, const char *headphones) {
        return QStringList{QStringLiteral("check"), QStringLiteral("--source"), QString::fromLatin1(source), QStringLiteral("--headphones"),
                           QString::fromLatin1(headphones)};
    };
    add(QStringLiteral("check-scarlett-dt990"), check("focusrite-scarlett-2i2-4th-gen", "beyerdynamic-dt-990-pro-250"));
    add(QStringLiteral("check-macbook-three-listeners"),
        check("apple-macbook-air-2024-headphone-jack", "beyerdynamic-dt-990-pro-250,audio-technica-ath-m50x,sennheiser-hd-600"));
    add(QStringLiteral("check-amp-and-condenser"),
        check("focusrite-scarlett-2i2-4th-gen", "sennheiser-hd-650")
            << QStringLiteral("--amp") << QStringLiteral("topping-l30-ii") << QStringLiteral("--mic") << QStringLiteral("rode-nt1-5th-gen"));
    // Outputs whose level the catalog does not know: a verdict the strongest known output would turn around, and one
    // it would not.
    add(QStringLiteral("check-unknown-output-uncertain"), check("behringer-umc204hd", "beyerdynamic-dt-770-pro-250"));
    add(QStringLiteral("check-unknown-output-still-short"), check("google-usb-c-to-3-5mm-adapter", "beyerdynamic-dt-880-600"));
    // Monitors on the line outputs and headphones on the headphone output.
    add(QStringLiteral("check-monitors-and-headphones"),
        check("focusrite-scarlett-2i2-4th-gen", "sennheiser-hd-600") << QStringLiteral("--monitors") << QStringLiteral("jbl-305p-mkii"));
    // Passive speakers through their amplifier on the line outputs.
    add(QStringLiteral("check-passive-speakers"),
        {QStringLiteral("check"), QStringLiteral("--source"), QStringLiteral("focusrite-scarlett-2i2-4th-gen"), QStringLiteral("--monitors"),
         QStringLiteral("kef-ls50-meta"), QStringLiteral("--amp"), QStringLiteral("cambridge-audio-axa35")});
}

void TestCli::golden()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, golden);
    QFETCH(QString, format);
    arguments << QStringLiteral("--format") << format;
    if (arguments.constFirst() == u"analyze") {
        // --no-catalog: the golden output must not change when the catalog's figures do.
        arguments << QStringLiteral("--no-catalog");
    } else if (arguments.constFirst() != u"compare") {
        // The built catalog, and no gear of yours: the files change when the catalog does.
        arguments << QStringLiteral("--catalog") << QStringLiteral(HEADROOM_BINARY_DIR "/share/headroom/catalog.sqlite")
                  << QStringLiteral("--user-db") << QStringLiteral(HEADROOM_BINARY_DIR "/no-gear-of-yours.sqlite");
    }
    // --pretty: golden files stay readable in review; compact output holds the same (jsonIsCompactByDefault).
    if (format == u"json" && (arguments.constFirst() == u"analyze" || arguments.constFirst() == u"check"))
        arguments << QStringLiteral("--pretty");
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QString path = goldenPath(golden + (format == u"json" ? QStringLiteral(".json") : QStringLiteral(".txt")));
    if (qEnvironmentVariableIsSet("HEADROOM_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(run.out);
        return;
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray expected = file.readAll();
    if (format == u"json") {
        QString difference;
        QVERIFY2(sameJson(QJsonDocument::fromJson(run.out).object(), QJsonDocument::fromJson(expected).object(), QStringLiteral("$"), difference),
                 qPrintable(difference));
    } else if (run.out != expected) {
        const QList<QByteArray> got = run.out.split('\n');
        const QList<QByteArray> want = expected.split('\n');
        for (qsizetype i = 0; i < std::max(got.size(), want.size()); ++i)
            if (got.value(i) != want.value(i))
                QFAIL(qPrintable(QStringLiteral("line %1 differs:\n  got:  %2\n  want: %3")
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(got.value(i)), QString::fromUtf8(want.value(i)))));
    }
}

void TestCli::jsonIsCompactByDefault()
{
    const QStringList arguments{QStringLiteral("analyze"), examplePath(QStringLiteral("04-podcast-distribution-amp.headroom")),
                                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--no-catalog")};
    const Run compact = cli(arguments);
    const Run pretty = cli(QStringList(arguments) << QStringLiteral("--pretty"));
    QCOMPARE(compact.out.count('\n'), 1); // one line, for scripts
    QVERIFY(pretty.out.count('\n') > 100);
    QCOMPARE(QJsonDocument::fromJson(compact.out), QJsonDocument::fromJson(pretty.out));
    QVERIFY(compact.out.size() < pretty.out.size() * 2 / 3); // measured: about half the size
}

void TestCli::jsonIsParseableWithUnits()
{
    const Run run = cli({QStringLiteral("analyze"), examplePath(QStringLiteral("03-y-splitter-two-headphones.headroom")), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--no-catalog")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(u"format").toString(), QStringLiteral("headroom-analysis"));
    const QJsonObject dt770 = root.value(u"listeners").toArray().at(1).toObject();
    QCOMPARE(dt770.value(u"verdict").toString(), QStringLiteral("needs-amp"));
    QCOMPARE(dt770.value(u"maxSpl").toObject().value(u"unit").toString(), QStringLiteral("dB SPL"));
    QVERIFY(dt770.value(u"maxSpl").toObject().value(u"value").isDouble());
}

void TestCli::invalidInputExitsTwo_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("hello") << "not valid JSON";
    QTest::newRow("empty file") << QByteArray() << "not valid JSON";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01", 4) << "not valid JSON";
    QTest::newRow("negative impedance") << QByteArray(
        R"({"devices": [{"id": "hp", "spec": {"kind": "headphones", "figures": {"impedanceOhm": -1}}}]})")
                                        << "$.devices[0].spec.figures.impedanceOhm";
}

void TestCli::invalidInputExitsTwo()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.headroom"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const Run run = cli({QStringLiteral("analyze"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(QString::fromUtf8(run.err).contains(u"bad.headroom"));

    QCOMPARE(cli({QStringLiteral("analyze"), dir.filePath(QStringLiteral("missing.headroom"))}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("analyze")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("analyze"), path, QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
}

void TestCli::failOnVerdictGatesScripts()
{
    // A shop's script gates on the verdict: with --fail-on-verdict the status is 1 exactly when a listener of the
    // analysis (as its JSON says) is not "ok", and 0 otherwise; without it, 0 always. Examples of both kinds exist.
    QSet<int> seen;
    const QStringList examples =
        QDir(QStringLiteral(HEADROOM_SOURCE_DIR "/examples")).entryList({QStringLiteral("*.headroom")}, QDir::Files, QDir::Name);
    for (const QString &e : examples) {
        const QStringList analyze{QStringLiteral("analyze"), examplePath(e), QStringLiteral("--no-catalog")};
        const Run plain = cli(QStringList(analyze) << QStringLiteral("--format") << QStringLiteral("json"));
        QCOMPARE(plain.exitCode, 0);
        bool anyShort = false;
        for (const QJsonValue &l : QJsonDocument::fromJson(plain.out).object().value(u"listeners").toArray())
            anyShort = anyShort || l.toObject().value(u"verdict").toString() != u"ok";
        const int gated = cli(QStringList(analyze) << QStringLiteral("--fail-on-verdict")).exitCode;
        QVERIFY2(gated == (anyShort ? 1 : 0), qPrintable(e));
        seen.insert(gated);
    }
    QCOMPARE(seen, (QSet<int>{0, 1}));
    // The quick check too: the seed question's DT 990 PRO on a Scarlett is marginal.
    const QStringList check{QStringLiteral("check"),
                            QStringLiteral("--source"),
                            QStringLiteral("focusrite-scarlett-2i2-4th-gen"),
                            QStringLiteral("--headphones"),
                            QStringLiteral("beyerdynamic-dt-990-pro-250"),
                            QStringLiteral("--catalog"),
                            QStringLiteral(HEADROOM_BINARY_DIR "/share/headroom/catalog.sqlite")};
    QCOMPARE(cli(check).exitCode, 0);
    QCOMPARE(cli(QStringList(check) << QStringLiteral("--fail-on-verdict")).exitCode, 1);
}

void TestCli::helpOnEveryCommand()
{
    const Run top = cli({QStringLiteral("--help")});
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains("analyze"));
    for (const char *command : {"advise", "analyze", "check", "compare", "render", "report"}) {
        QVERIFY(top.out.contains(command));
        const Run help = cli({QString::fromLatin1(command), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("--"), command);
    }
}

QStringList catalogOnly()
{
    return {QStringLiteral("--catalog"), QStringLiteral(HEADROOM_BINARY_DIR "/share/headroom/catalog.sqlite"), QStringLiteral("--user-db"),
            QStringLiteral(HEADROOM_BINARY_DIR "/no-gear-of-yours.sqlite")};
}

void TestCli::reportWritesEachForm()
{
    // A summary names the shop and the advisor's fix; each file is what its suffix says; nonsense is refused.
    QTemporaryDir dir;
    const QString project = QStringLiteral(HEADROOM_SOURCE_DIR "/examples/10-podcast-splitter-or-distribution-amp.headroom");
    const QString pdf = dir.filePath(QStringLiteral("summary.pdf"));
    const Run summary = cli(QStringList{QStringLiteral("report"), project, QStringLiteral("--out"), pdf, QStringLiteral("--shop"),
                                        QStringLiteral("Music Corner"), QStringLiteral("--variant"), QStringLiteral("Splitter box")}
                            + catalogOnly());
    QVERIFY2(summary.exitCode == 0, summary.err.constData());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString words =
        QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified(); // ligatures as letters
    QVERIFY2(words.contains(u"Prepared by Music Corner"), qPrintable(words));
    QVERIFY2(words.contains(u"Variant: Splitter box"), qPrintable(words));
    QVERIFY2(words.contains(u"What would fix it"), qPrintable(words));
    for (const char *suffix : {"html", "svg", "png", "txt", "json"}) {
        const QString out = dir.filePath(QStringLiteral("report.") + QLatin1StringView(suffix));
        const Run run = cli({QStringLiteral("report"), project, QStringLiteral("--out"), out, QStringLiteral("--full")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(16);
        QVERIFY2(qstrcmp(suffix, "png") == 0        ? head.startsWith("\x89PNG")
                     : qstrcmp(suffix, "json") == 0 ? head.startsWith("{")
                     : qstrcmp(suffix, "txt") == 0  ? head.startsWith("Headroom")
                                                    : head.contains("<"),
                 suffix);
    }
    const QString gain = dir.filePath(QStringLiteral("gain.svg"));
    const Run plot = cli({QStringLiteral("report"), project, QStringLiteral("--out"), gain, QStringLiteral("--plot"), QStringLiteral("gain")});
    QVERIFY2(plot.exitCode == 0, plot.err.constData());
    QFile drawing(gain);
    QVERIFY(drawing.open(QIODevice::ReadOnly));
    QVERIFY(drawing.readAll().contains("Gain structure"));
    QCOMPARE(cli({QStringLiteral("report"), project, QStringLiteral("--out"), gain, QStringLiteral("--plot"), QStringLiteral("pie")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("report"), project, QStringLiteral("--out"), gain, QStringLiteral("--plot"), QStringLiteral("gain"),
                  QStringLiteral("--listener"), QStringLiteral("nobody")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("report"), project, QStringLiteral("--out"), dir.filePath(QStringLiteral("x.doc"))}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("report"), project, QStringLiteral("--out"), pdf, QStringLiteral("--variant"), QStringLiteral("Nope")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("report"), project, QStringLiteral("--out"), pdf, QStringLiteral("--summary"), QStringLiteral("--full")}).exitCode,
             2);
}

void TestCli::checkSavesTheChainItJudged()
{
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("first studio.headroom"));
    const Run check = cli(QStringList{QStringLiteral("check"), QStringLiteral("--source"), QStringLiteral("focusrite-scarlett-2i2-4th-gen"),
                                      QStringLiteral("--headphones"), QStringLiteral("beyerdynamic-dt-990-pro-250"), QStringLiteral("--save"), saved}
                          + catalogOnly());
    QCOMPARE(check.exitCode, 0);
    // The saved project is the chain that was judged: analysing it says the same, word for word.
    const Run analyze = cli({QStringLiteral("analyze"), saved, QStringLiteral("--no-catalog")});
    QCOMPARE(analyze.exitCode, 0);
    QCOMPARE(analyze.out, check.out);
    QVERIFY(check.out.contains("marginal"));
}

void TestCli::adviceShowsYourPriceAndStock()
{
    // A shop's own amp with its price and stock: the advice names both beside the product; the catalog's have none.
    QTemporaryDir dir;
    const QString product = dir.filePath(QStringLiteral("house-amp.json"));
    QFile file(product);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray source = R"("source": "https://example.com/house-amp")";
    file.write(R"({"id": "user-house-amp", "kind": "headphone-amp", "brand": "Shop", "model": "House Amp", "figures": {)"
               R"("gainDb": {"value": 10, )"
               + source + R"(}, "hpOutputImpedanceOhm": {"value": 1, )" + source
               + R"(},)"
                 R"("hpRatedPowerMw": {"value": 1000, )"
               + source + R"(}, "hpRatedPowerLoadOhm": {"value": 32, )" + source
               + R"(}},)"
                 R"("price": {"amount": 199, "currency": "EUR"}, "stockNote": "3 on the shelf"})");
    file.close();
    const QStringList gear{QStringLiteral("--catalog"), QStringLiteral(HEADROOM_BINARY_DIR "/share/headroom/catalog.sqlite"),
                           QStringLiteral("--user-db"), dir.filePath(QStringLiteral("gear.sqlite"))};
    QCOMPARE(cli(QStringList{QStringLiteral("gear"), QStringLiteral("add"), product} + gear).exitCode, 0);
    const QStringList advise{QStringLiteral("advise"), examplePath(QStringLiteral("02-interface-250-ohm-headphones.headroom")),
                             QStringLiteral("--limit"), QStringLiteral("100")};
    const Run text = cli(advise + gear);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Add Shop House Amp (user-house-amp; 199.00 EUR · 3 on the shelf)"), text.out.constData());
    QVERIFY(text.out.contains("(topping-l30-ii):")); // catalog products: no price
    const Run json = cli(advise + gear + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    for (const QJsonValue &s : QJsonDocument::fromJson(json.out).object().value(u"suggestions").toArray()) {
        const QJsonObject p = s.toObject().value(u"product").toObject();
        QCOMPARE(p.contains(u"price"), p.value(u"id").toString() == u"user-house-amp");
        if (p.value(u"id").toString() == u"user-house-amp") {
            QCOMPARE(p.value(u"price").toObject().value(u"amount").toDouble(), 199.0);
            QCOMPARE(p.value(u"stockNote").toString(), QStringLiteral("3 on the shelf"));
        }
    }
}

void TestCli::checkRefusesWhatCannotBeWired_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const auto check = [](const char *source, const char *headphones) {
        return QStringList{QStringLiteral("check"), QStringLiteral("--source"), QString::fromLatin1(source), QStringLiteral("--headphones"),
                           QString::fromLatin1(headphones)};
    };
    QTest::newRow("unknown product") << check("focusrite-scarlett-2i2-4th-gen", "no-such-headphones") << "\"no-such-headphones\"";
    QTest::newRow("an amp as the source") << check("topping-l30-ii", "sennheiser-hd-600") << "choose what feeds it";
    QTest::newRow("headphones as the source") << check("sennheiser-hd-600", "sennheiser-hd-650") << "does not play into headphones";
    QTest::newRow("a microphone on a laptop") << (check("apple-macbook-air-2024-headphone-jack", "sennheiser-hd-600")
                                                  << QStringLiteral("--mic") << QStringLiteral("shure-sm58"))
                                              << "no microphone input";
    QTest::newRow("a mic as the headphones") << check("focusrite-scarlett-2i2-4th-gen", "shure-sm58") << "is neither headphones nor studio monitors";
    QTest::newRow("no headphones") << QStringList{QStringLiteral("check"), QStringLiteral("--source"),
                                                  QStringLiteral("focusrite-scarlett-2i2-4th-gen")}
                                   << "usage";
}

void TestCli::checkRefusesWhatCannotBeWired()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = cli(arguments + catalogOnly());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

void TestCli::speaksTheUsersLanguage()
{
    // In German the comparison and the quick check are German too: their words come from the translations.
    const QString german = QStringLiteral("de_DE.UTF-8");
    const Run compare =
        headroom::test::runCli({QStringLiteral("compare"), examplePath(QStringLiteral("16-passive-speakers-desk-and-couch.headroom"))}, german);
    QCOMPARE(compare.exitCode, 0);
    QVERIFY2(compare.out.contains("insgesamt           0 Fehler, 2 Warnungen"), compare.out.constData());
    const Run check = headroom::test::runCli({QStringLiteral("check"), QStringLiteral("--source"), QStringLiteral("focusrite-scarlett-2i2-4th-gen"),
                                              QStringLiteral("--headphones"), QStringLiteral("beyerdynamic-dt-990-pro-250")},
                                             german);
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.startsWith("Headroom-Analyse: Focusrite Scarlett 2i2 (4th Gen) mit Beyerdynamic"), check.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
