// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// headroom-cli against a shop's server (a throwaway PostgreSQL server started by with-postgres.sh), as a shop's
// administrator and staff would use it: set the server up, share gear, find it from a workstation, and pass projects
// between stores without overwriting each other's work.

#include "clirunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom::test;

namespace {

const QString kExample = QStringLiteral(HEADROOM_SOURCE_DIR "/examples/01-interface-studio-headphones.headroom");

QString text(const QByteArray &bytes) { return QString::fromUtf8(bytes); }

} // namespace

class TestCliServer : public QObject
{
    Q_OBJECT

    QString m_server;
    QTemporaryDir m_dir;

    /// headroom-cli with --server and a home of this test's own (the local copy of the shop's gear lives there).
    CliRun cli(QStringList arguments, const QString &server = {})
    {
        arguments << QStringLiteral("--server") << (server.isEmpty() ? m_server : server);
        QProcess process;
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HEADROOM_CLI), arguments);
        if (!process.waitForFinished(60000))
            return {-1, {}, "timeout"};
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString file(const QString &name, const QByteArray &contents)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(contents) != contents.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        m_server = qEnvironmentVariable("HEADROOM_TEST_SERVER");
        QVERIFY2(!m_server.isEmpty(), "run this test through tests/database/with-postgres.sh, which starts its server");
    }

    void aShopSetsUpItsServer()
    {
        CliRun run = cli({QStringLiteral("server"), QStringLiteral("status")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(text(run.err).contains(QStringLiteral("server migrate")), run.err.constData());

        run = cli({QStringLiteral("server"), QStringLiteral("migrate")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(text(run.out), QStringLiteral("the schema went from version 0 to 1\n"));
        run = cli({QStringLiteral("server"), QStringLiteral("migrate")});
        QCOMPARE(text(run.out), QStringLiteral("the schema is at version 1 already\n"));

        run = cli({QStringLiteral("server"), QStringLiteral("status")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(text(run.out).contains(QStringLiteral("schema version 1, you are headroom")), run.out.constData());
    }

    void badAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("message");
        QTest::newRow("scheme") << "mysql://staff@shop/gear"
                                << "not a server address";
        QTest::newRow("password") << "postgresql://staff:pw@shop/gear"
                                  << "password";
    }

    void badAddressesAreRefused()
    {
        QFETCH(QString, server);
        QFETCH(QString, message);
        for (const QStringList &command : {QStringList{QStringLiteral("server"), QStringLiteral("status")},
                                           QStringList{QStringLiteral("gear"), QStringLiteral("search"), QStringLiteral("hd")}}) {
            const CliRun run = cli(command, server);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(text(run.err).contains(message), run.err.constData());
        }
    }

    void staffShareGearAndWorkstationsFindIt()
    {
        const QString csv = file(QStringLiteral("stock.csv"),
                                 "kind,brand,model,impedanceOhm,sensitivity,sensitivityUnit,source,price,currency,stockNote\n"
                                 "headphones,Acme,Studio One,32,100,dB/mW,https://example.com/1,199,EUR,2 in store\n"
                                 "headphones,Acme,Studio Two,300,97,dB/mW,https://example.com/2,,,\n");
        CliRun run = cli({QStringLiteral("server"), QStringLiteral("import"), csv, QStringLiteral("--dry-run")});
        QCOMPARE(text(run.out), QStringLiteral("2 product(s) would be added to the shop's gear\n"));
        run = cli({QStringLiteral("server"), QStringLiteral("import"), csv});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(text(run.out), QStringLiteral("2 product(s) added to the shop's gear\n"));

        // Importing one of them again: refused, and the other new one is not added either.
        const QString again = file(QStringLiteral("again.csv"),
                                   "kind,brand,model,impedanceOhm,sensitivity,sensitivityUnit,source\n"
                                   "headphones,Acme,Studio Three,32,100,dB/mW,https://example.com/3\n"
                                   "headphones,ACME,studio one,32,100,dB/mW,https://example.com/1\n");
        run = cli({QStringLiteral("server"), QStringLiteral("import"), again});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(text(run.err).contains(QStringLiteral("exists already")) && text(run.err).contains(QStringLiteral("nothing was imported")),
                 run.err.constData());

        run = cli({QStringLiteral("gear"), QStringLiteral("search"), QStringLiteral("acme studio")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = text(run.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(QStringLiteral("shop-acme-studio-one")) && lines[0].endsWith(QStringLiteral("(the shop's gear)")),
                 qPrintable(lines[0]));
        run = cli({QStringLiteral("gear"), QStringLiteral("show"), QStringLiteral("shop-acme-studio-one")});
        QVERIFY2(text(run.out).contains(QStringLiteral("the shop's gear")) && text(run.out).contains(QStringLiteral("2 in store")),
                 run.out.constData());

        // The stock list again, with a new price: refused as it stands, taken with --update.
        const QString repriced = file(QStringLiteral("repriced.csv"),
                                      "kind,brand,model,impedanceOhm,sensitivity,sensitivityUnit,source,price,currency,stockNote\n"
                                      "headphones,Acme,Studio One,32,100,dB/mW,https://example.com/1,179,EUR,1 in store\n");
        QCOMPARE(cli({QStringLiteral("server"), QStringLiteral("import"), repriced}).exitCode, 2);
        run = cli({QStringLiteral("server"), QStringLiteral("import"), repriced, QStringLiteral("--update")});
        QCOMPARE(text(run.out), QStringLiteral("1 product(s) added to or replaced in the shop's gear\n"));
        run = cli({QStringLiteral("gear"), QStringLiteral("show"), QStringLiteral("shop-acme-studio-one")});
        QVERIFY2(text(run.out).contains(QStringLiteral("179.00 EUR · 1 in store")), run.out.constData());

        // A workstation that cannot reach the server says so and goes on with the catalog.
        run = cli({QStringLiteral("gear"), QStringLiteral("search"), QStringLiteral("hd 600")},
                  QStringLiteral("postgresql://headroom@127.0.0.1:1/headroom"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(text(run.err).contains(QStringLiteral("Working offline")), run.err.constData());
        QVERIFY2(text(run.out).contains(QStringLiteral("sennheiser-hd-600")), run.out.constData());

        run = cli({QStringLiteral("server"), QStringLiteral("remove"), QStringLiteral("shop-acme-studio-two")});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("server"), QStringLiteral("status")});
        QVERIFY2(text(run.out).contains(QStringLiteral("1 shared product(s)")), run.out.constData());
    }

    void theAdvisorOffersTheShopsStock()
    {
        const QString csv = file(QStringLiteral("amp.csv"),
                                 "kind,brand,model,hpRatedPowerMw,hpRatedPowerLoadOhm,hpOutputImpedanceOhm,source,price,currency,stockNote\n"
                                 "headphone-amp,Acme,Amp Max,5000,32,0.1,https://example.com/amp,299,EUR,1 in store\n");
        QCOMPARE(cli({QStringLiteral("server"), QStringLiteral("import"), csv}).exitCode, 0);
        const CliRun run = cli({QStringLiteral("advise"), QStringLiteral(HEADROOM_SOURCE_DIR "/examples/02-interface-250-ohm-headphones.headroom"),
                                QStringLiteral("--limit"), QStringLiteral("30")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(text(run.out).contains(QStringLiteral("Add Acme Amp Max (shop-acme-amp-max; 299.00 EUR · 1 in store): reaches the target")),
                 run.out.constData());
    }

    void projectsPassBetweenStores()
    {
        CliRun run =
            cli({QStringLiteral("server"), QStringLiteral("save"), kExample, QStringLiteral("--name"), QStringLiteral("Home studio, Ms Lee")});
        QCOMPARE(run.exitCode, 0);
        const QRegularExpressionMatch saved = QRegularExpression(QStringLiteral("^saved as (\\S+), revision 1$")).match(text(run.out).trimmed());
        QVERIFY2(saved.hasMatch(), run.out.constData());
        const QString id = saved.captured(1);

        run = cli({QStringLiteral("server"), QStringLiteral("projects")});
        QVERIFY2(text(run.out).contains(id + QStringLiteral("\tHome studio, Ms Lee\trevision 1, saved by headroom")), run.out.constData());

        // Another store fetches it: the same bytes.
        const QString fetched = m_dir.filePath(QStringLiteral("fetched.headroom"));
        run = cli({QStringLiteral("server"), QStringLiteral("open"), id, QStringLiteral("--out"), fetched});
        QCOMPARE(run.exitCode, 0);
        QFile original(kExample);
        QFile copy(fetched);
        QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());

        // Saved over from revision 1 once; a second save from revision 1 is refused and changes nothing.
        run = cli({QStringLiteral("server"), QStringLiteral("save"), fetched, QStringLiteral("--id"), id, QStringLiteral("--revision"),
                   QStringLiteral("1")});
        QCOMPARE(text(run.out).trimmed(), QStringLiteral("saved as %1, revision 2").arg(id));
        run = cli({QStringLiteral("server"), QStringLiteral("save"), fetched, QStringLiteral("--id"), id, QStringLiteral("--revision"),
                   QStringLiteral("1")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(text(run.err).contains(QStringLiteral("after you opened it")) && text(run.err).contains(QStringLiteral("nothing was saved")),
                 run.err.constData());
        run = cli({QStringLiteral("server"), QStringLiteral("projects")});
        QVERIFY2(text(run.out).contains(QStringLiteral("revision 2")), run.out.constData());

        // A file Headroom cannot open never reaches the server.
        const QString broken = file(QStringLiteral("broken.headroom"), "{\"format\": \"headroom\", \"devices\": [");
        run = cli({QStringLiteral("server"), QStringLiteral("save"), broken});
        QCOMPARE(run.exitCode, 2);
        run = cli({QStringLiteral("server"), QStringLiteral("status")});
        QVERIFY2(text(run.out).contains(QStringLiteral("1 shared project(s)")), run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cliserver.moc"
