// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// headroom-cli gear …: search, show, add, remove, import, export, validate, and analyze's catalog-change notes,
// run against the catalog compiled by the build and a throwaway user database.

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using headroom::test::CliRun;

class TestCliGear : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void search();
    void searchWithFilters();
    void hostileSearchText();
    void show();
    void importDryRunThenForReal();
    void importErrorsImportNothing();
    void addAndRemove();
    void addIsAllOrNothing();
    void dryRunChecksYourGear();
    void dryRunFindsIdsThatMeetOncePrefixed();
    void validateAcrossFiles();
    void exportParses();
    void validate();
    void docsCountTheCatalogAsItIs();
    void analyzeReportsCatalogChanges();
    void help();

private:
    CliRun gear(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("gear"));
        arguments << QStringLiteral("--catalog") << QStringLiteral(HEADROOM_BINARY_DIR "/share/headroom/catalog.sqlite")
                  << QStringLiteral("--user-db") << m_dir->filePath(QStringLiteral("user.sqlite"));
        return headroom::test::runCli(arguments);
    }
    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir->filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliGear::init() { m_dir = std::make_unique<QTemporaryDir>(); }

void TestCliGear::search()
{
    const CliRun run = gear({QStringLiteral("search"), QStringLiteral("hd"), QStringLiteral("600")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("sennheiser-hd-600 "), run.out.constData());
    QVERIFY(run.err.isEmpty());
}

void TestCliGear::searchWithFilters()
{
    const CliRun run = gear({QStringLiteral("search"), QStringLiteral("--kind"), QStringLiteral("headphones"), QStringLiteral("--where"),
                             QStringLiteral("impedanceOhm>=250"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(run.out).array();
    QVERIFY(hits.size() >= 5);
    for (const QJsonValue &hit : hits) {
        QCOMPARE(hit[u"kind"].toString(), QStringLiteral("headphones"));
        const CliRun show = gear({QStringLiteral("show"), hit[u"id"].toString(), QStringLiteral("--format"), QStringLiteral("json")});
        const double ohms = QJsonDocument::fromJson(show.out).array().at(0)[u"figures"][u"impedanceOhm"][u"value"].toDouble();
        QVERIFY2(ohms >= 250, qPrintable(hit[u"id"].toString()));
    }
    QCOMPARE(gear({QStringLiteral("search"), QStringLiteral("--where"), QStringLiteral("loudness>=3")}).exitCode, 2);
    QCOMPARE(gear({QStringLiteral("search"), QStringLiteral("--kind"), QStringLiteral("kazoo")}).exitCode, 2);
}

void TestCliGear::hostileSearchText()
{
    const CliRun run = gear({QStringLiteral("search"), QStringLiteral("'; DROP TABLE products; --")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(gear({QStringLiteral("search"), QStringLiteral("sm7b")}).out.startsWith("shure-sm7b"));
}

void TestCliGear::show()
{
    const CliRun run = gear({QStringLiteral("show"), QStringLiteral("sennheiser-hd-600")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Sennheiser HD 600"));
    QVERIFY(run.out.contains("Nominal impedance"));
    QVERIFY(run.out.contains("300 \xce\xa9"));
    QVERIFY(run.out.contains("https://"));
    const CliRun missing = gear({QStringLiteral("show"), QStringLiteral("no-such-product")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("no-such-product"));
}

void TestCliGear::importDryRunThenForReal()
{
    const QString file = write(QStringLiteral("shop.csv"),
                               "kind,brand,model,impedanceOhm,sensitivity,sensitivityUnit,source\n"
                               "headphones,Shopbrand,Studio One,64,105,dB/mW,https://shop.example/one\n");
    const CliRun dry = gear({QStringLiteral("import"), file, QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains("would be added"));
    QVERIFY(gear({QStringLiteral("search"), QStringLiteral("shopbrand")}).out.contains("nothing found"));
    QCOMPARE(gear({QStringLiteral("import"), file}).exitCode, 0);
    const CliRun found = gear({QStringLiteral("search"), QStringLiteral("shopbrand")});
    QVERIFY(found.out.startsWith("user-shopbrand-studio-one"));
    QVERIFY(found.out.contains("(your gear)"));
}

void TestCliGear::importErrorsImportNothing()
{
    const QString file = write(QStringLiteral("bad.csv"), "kind,brand,model,impedanceOhm\nheadphones,Good,One,32\nheadphones,Bad,Two,-8\n");
    const CliRun run = gear({QStringLiteral("import"), file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("bad.csv:3: impedanceOhm: -8 is outside the sane range"), run.err.constData());
    QVERIFY(run.err.contains("nothing was imported"));
    QVERIFY(gear({QStringLiteral("search"), QStringLiteral("good")}).out.contains("nothing found"));
}

void TestCliGear::addAndRemove()
{
    const QString file = write(QStringLiteral("mine.json"), R"({"id": "my-iem", "kind": "headphones", "brand": "Me", "model": "IEM 1",
        "figures": {"impedanceOhm": {"value": 16}, "sensitivity": {"value": 110}}})");
    QCOMPARE(gear({QStringLiteral("add"), file}).exitCode, 0);
    QVERIFY(gear({QStringLiteral("show"), QStringLiteral("user-my-iem")}).out.contains("your gear"));
    QCOMPARE(gear({QStringLiteral("add"), file}).exitCode, 2);                                   // the same brand, model and variant again
    QCOMPARE(gear({QStringLiteral("remove"), QStringLiteral("sennheiser-hd-600")}).exitCode, 2); // catalog entries stay
    QCOMPARE(gear({QStringLiteral("remove"), QStringLiteral("user-my-iem")}).exitCode, 0);
    QCOMPARE(gear({QStringLiteral("show"), QStringLiteral("user-my-iem")}).exitCode, 2);
}

void TestCliGear::addIsAllOrNothing()
{
    const QString file = write(QStringLiteral("two.json"), R"([{"id": "fresh-one", "kind": "headphones", "brand": "Fresh", "model": "One",
        "figures": {"impedanceOhm": {"value": 32}}},
        {"id": "again", "kind": "headphones", "brand": "Sennheiser", "model": "HD 600", "figures": {"impedanceOhm": {"value": 300}}}])");
    const CliRun run = gear({QStringLiteral("add"), file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("two.json: $[1]: model: Sennheiser HD 600 exists already (sennheiser-hd-600)"), run.err.constData());
    QVERIFY(gear({QStringLiteral("search"), QStringLiteral("fresh")}).out.contains("nothing found")); // the first was not added either
}

void TestCliGear::dryRunChecksYourGear()
{
    QCOMPARE(gear({QStringLiteral("import"), write(QStringLiteral("a.csv"), "id,kind,brand,model,impedanceOhm\nshop-1,headphones,Shop,One,32\n")})
                 .exitCode,
             0);
    // Another product under the same id: the dry run says what the import would.
    const QString b = write(QStringLiteral("b.csv"), "id,kind,brand,model,impedanceOhm\nshop-1,headphones,Shop,Two,64\n");
    const CliRun dry = gear({QStringLiteral("import"), b, QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 2);
    QVERIFY2(dry.err.contains("b.csv:2: id: \"user-shop-1\" is taken by a product in your gear"), dry.err.constData());
    QCOMPARE(gear({QStringLiteral("import"), b}).exitCode, 2);
}

void TestCliGear::dryRunFindsIdsThatMeetOncePrefixed()
{
    // "a" becomes "user-a" in your gear: a file holding both is refused by the dry run, as by the import.
    const QString file = write(QStringLiteral("ids.json"), R"([{"id": "a", "kind": "headphones", "brand": "X", "model": "One"},
                                                               {"id": "user-a", "kind": "headphones", "brand": "X", "model": "Two"}])");
    for (const QStringList &extra : {QStringList{QStringLiteral("--dry-run")}, QStringList{}}) {
        const CliRun run = gear(QStringList{QStringLiteral("import"), file} + extra);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("\"user-a\" is used by") && !run.err.contains("exists already"), run.err.constData());
    }
}

void TestCliGear::validateAcrossFiles()
{
    const QByteArray product = R"({"id": "twin", "kind": "headphones", "brand": "Twin", "model": "T1",
        "figures": {"impedanceOhm": {"value": 32, "source": "https://example.com/t1"}}})";
    const QString first = write(QStringLiteral("first.json"), product);
    const QString second = write(QStringLiteral("second.json"), product);
    const CliRun run = headroom::test::runCli({QStringLiteral("gear"), QStringLiteral("validate"), first, second});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("second.json: $: id: \"twin\" is used by first.json: $ too"), run.err.constData());
    QVERIFY(run.err.contains("the same brand, model and variant as first.json: $"));
}

void TestCliGear::exportParses()
{
    const QString out = m_dir->filePath(QStringLiteral("all.json"));
    QCOMPARE(gear({QStringLiteral("export"), QStringLiteral("--out"), out}).exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(file.readAll()).array().size() >= 100);
    const CliRun csv = gear({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("id,kind,brand,model,variant,aliases,notes"));
    QVERIFY(csv.out.count('\n') >= 101);
}

void TestCliGear::validate()
{
    const QDir catalog(QStringLiteral(HEADROOM_SOURCE_DIR "/database/catalog"));
    QStringList files{QStringLiteral("validate")};
    for (const QString &name : catalog.entryList({QStringLiteral("*.json")}))
        files << catalog.filePath(name);
    const CliRun ok = headroom::test::runCli(QStringList{QStringLiteral("gear")} + files);
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.contains("no problems"));
    const QString bad =
        write(QStringLiteral("bad.json"), R"([{"id": "x", "kind": "headphones", "model": "X", "figures": {"impedanceOhm": {"value": 32}}}])");
    const CliRun fail = headroom::test::runCli({QStringLiteral("gear"), QStringLiteral("validate"), bad});
    QCOMPARE(fail.exitCode, 2);
    QVERIFY2(fail.err.contains("bad.json: $[0]: impedanceOhm: has no source"), fail.err.constData());
}

void TestCliGear::docsCountTheCatalogAsItIs()
{
    // docs/gear-database.md shows the catalog's completeness table; it must be the one `gear validate --stats` prints
    // for the catalog as it is now (regenerate it with that command after changing the catalog).
    const QDir catalog(QStringLiteral(HEADROOM_SOURCE_DIR "/database/catalog"));
    QStringList arguments{QStringLiteral("gear"), QStringLiteral("validate"), QStringLiteral("--stats")};
    for (const QString &name : catalog.entryList({QStringLiteral("*.json")}))
        arguments << catalog.filePath(name);
    const CliRun run = headroom::test::runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    const QString printed = out.mid(out.indexOf(u'|')); // the table after the "no problems" line
    QFile docs(QStringLiteral(HEADROOM_SOURCE_DIR "/docs/gear-database.md"));
    QVERIFY(docs.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(docs.readAll());
    const QString begin = QStringLiteral("<!-- gear validate --stats: begin -->\n");
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(QStringLiteral("<!-- gear validate --stats: end -->"));
    QVERIFY2(from >= 0 && to > from, "docs/gear-database.md has no completeness table");
    QCOMPARE(text.mid(from + begin.size(), to - from - begin.size()), printed);
    QVERIFY(printed.contains(u"| Audio interface | "));
}

void TestCliGear::analyzeReportsCatalogChanges()
{
    QFile example(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/01-interface-studio-headphones.headroom"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QJsonObject project = QJsonDocument::fromJson(example.readAll()).object();
    QJsonArray devices = project[u"devices"].toArray();
    QJsonObject phones = devices.last().toObject();
    QJsonObject spec = phones[u"spec"].toObject();
    QJsonObject figures = spec[u"figures"].toObject();
    figures[u"sensitivity"] = 95; // an older snapshot than the catalog's 99 dB/mW
    spec[u"figures"] = figures;
    phones[u"spec"] = spec;
    devices.replace(devices.size() - 1, phones);
    project[u"devices"] = devices;
    const QString file = write(QStringLiteral("old.headroom"), QJsonDocument(project).toJson());
    const CliRun run = headroom::test::runCli({QStringLiteral("analyze"), file, QStringLiteral("--catalog"),
                                               QStringLiteral(HEADROOM_BINARY_DIR "/share/headroom/catalog.sqlite"), QStringLiteral("--user-db"),
                                               m_dir->filePath(QStringLiteral("user.sqlite"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("m50x (audio-technica-ath-m50x): Sensitivity was 95 dB SPL, the catalog now says 99 dB SPL"), run.out.constData());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("user.sqlite")))); // analysing creates no gear database
}

void TestCliGear::help()
{
    for (const char *sub : {"search", "show", "add", "remove", "import", "export", "validate", "compile"}) {
        const CliRun run = headroom::test::runCli({QStringLiteral("gear"), QString::fromLatin1(sub), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--help"));
    }
    QCOMPARE(headroom::test::runCli({QStringLiteral("gear"), QStringLiteral("--help")}).exitCode, 0);
    QCOMPARE(headroom::test::runCli({QStringLiteral("gear"), QStringLiteral("frobnicate")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliGear)
#include "tst_cligear.moc"
