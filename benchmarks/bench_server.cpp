// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The shop's server at 50,000 products: the search queries of bench_search on PostgreSQL, and opening a shared
// project (fetched and read). Run beside a throwaway server:
//   bash tests/database/with-postgres.sh build-rel/benchmarks/bench_server
// The targets are under 10 ms per search and under 200 ms to open a project.

#include "generatedgear.h"
#include "projectfile.h"
#include "sharedserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace headroom;
using namespace headroom::bench;

class BenchServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        const auto address = ServerAddress::parse(qEnvironmentVariable("HEADROOM_TEST_SERVER"), &error);
        QVERIFY2(address, "run through tests/database/with-postgres.sh, which starts a server");
        auto opened = SharedServer::connect(*address, {}, SharedServer::Purpose::Migrate);
        QVERIFY2(opened.server, qPrintable(opened.error));
        m_server = std::move(opened.server);
        QCOMPARE(m_server->migrate(), QString());
        const QList<GearRecord> records = generate();
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(m_server->insert(records), QString());
        qInfo("inserted %d products in one transaction in %.2f s", kProducts, static_cast<double>(clock.elapsed()) / 1000);
        QSqlQuery analyze(m_server->connection());
        QVERIFY(analyze.exec(QStringLiteral("ANALYZE")));

        QFile example(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/04-podcast-distribution-amp.headroom"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        const SharedSave saved = m_server->saveProject({}, QStringLiteral("Podcast"), example.readAll(), 0);
        QCOMPARE(saved.error, QString());
        m_project = saved.info.id;
    }
    void search_data() { searchRows(); }
    void search()
    {
        const GearQuery query = rowQuery();
        QList<GearHit> hits;
        QString error;
        QBENCHMARK { hits = m_server->search(query, &error); }
        QCOMPARE(error, QString());
        QVERIFY(hits.size() <= 50);
    }
    void openProject()
    {
        QBENCHMARK
        {
            QString error;
            const std::optional<SharedProject> project = m_server->openProject(m_project, &error);
            QVERIFY(project && parseProject(project->document, project->info.name).chain());
        }
    }

private:
    std::unique_ptr<SharedServer> m_server;
    QString m_project;
};

QTEST_GUILESS_MAIN(BenchServer)
#include "bench_server.moc"
