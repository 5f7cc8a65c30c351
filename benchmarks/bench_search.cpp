// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Search cost on a 50,000-product database of generated products (text prefixes, kind and figure filters).
// Run: ./build-rel/benchmarks/bench_search. The target is under 5 ms per query.

#include "geardatabase.h"
#include "generatedgear.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::bench;

class BenchSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("BENCH_KEEP"));
        QVERIFY(m_dir.isValid());
        GearDatabase::Opened opened = GearDatabase::open(m_dir.filePath(QStringLiteral("big.sqlite")), GearDatabase::Access::ReadWrite);
        QVERIFY(opened.database);
        m_db = std::move(opened.database);
        const QList<GearRecord> records = generate();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_db->insert(records).isEmpty());
        qInfo("inserted %d products in one transaction in %.2f s", kProducts, static_cast<double>(clock.elapsed()) / 1000);
        QCOMPARE(m_db->count(), kProducts);
    }
    void search_data() { searchRows(); }
    void search()
    {
        const GearQuery query = rowQuery();
        QList<GearHit> hits;
        QBENCHMARK { hits = m_db->search(query); }
        QVERIFY(hits.size() <= 50);
    }

private:
    QTemporaryDir m_dir{QStringLiteral("/tmp/bench-search-XXXXXX")};
    std::unique_ptr<GearDatabase> m_db;
};

QTEST_GUILESS_MAIN(BenchSearch)
#include "bench_search.moc"
