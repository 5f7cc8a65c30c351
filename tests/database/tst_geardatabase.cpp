// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// One gear database: schema and migrations, products in and out, search relevance, filters, hostile search text,
// damaged and newer files. Every test starts from a fresh in-memory database.

#include "gearfixtures.h"
#include "geardatabase.h"
#include "schema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::test;

class TestGearDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void freshDatabaseIsAtLatestSchema();
    void roundTrip();
    void insertIsAllOrNothing();
    void duplicateIdentityRefused();
    void updateAndRemove();
    void relevance_data();
    void relevance();
    void filters_data();
    void filters();
    void filterIndexFollowsChanges();
    void hostileSearchText_data();
    void hostileSearchText();
    void migratesFromVersion1();
    void olderDatabaseReadOnlyIsReadThroughACopy();
    void damagedFileIsReported();
    void newerSchemaIsRefused();
    void readOnlyMissingFile();

private:
    std::unique_ptr<GearDatabase> m_db;
};

void TestGearDatabase::init()
{
    GearDatabase::Opened opened = GearDatabase::open(QStringLiteral(":memory:"), GearDatabase::Access::ReadWrite);
    QVERIFY2(opened.database, qPrintable(opened.error));
    m_db = std::move(opened.database);
    GearRecord hd600 = headphones(QStringLiteral("sennheiser-hd-600"), QStringLiteral("Sennheiser"), QStringLiteral("HD 600"), 300, 97);
    hd600.aliases = {QStringLiteral("HD600")};
    GearRecord sm7b = product(QStringLiteral("shure-sm7b"), DeviceKind::Microphone, QStringLiteral("Shure"), QStringLiteral("SM7B"),
                              {{Field::SensitivityMvPerPa, 1.12}});
    GearRecord scarlett = product(QStringLiteral("focusrite-scarlett-2i2-4th-gen"), DeviceKind::Interface, QStringLiteral("Focusrite"),
                                  QStringLiteral("Scarlett 2i2"), {{Field::GainMaxDb, 69}}, QStringLiteral("4th Gen"));
    GearRecord solo = product(QStringLiteral("focusrite-scarlett-solo-4th-gen"), DeviceKind::Interface, QStringLiteral("Focusrite"),
                              QStringLiteral("Scarlett Solo"), {{Field::GainMaxDb, 57}}, QStringLiteral("4th Gen"));
    const QString error =
        m_db->insert({hd600, headphones(QStringLiteral("sennheiser-hd-650"), QStringLiteral("Sennheiser"), QStringLiteral("HD 650"), 300, 103),
                      headphones(QStringLiteral("beyerdynamic-dt-770-pro-80"), QStringLiteral("Beyerdynamic"), QStringLiteral("DT 770 PRO"), 80, 96,
                                 QStringLiteral("80 ohm")),
                      headphones(QStringLiteral("beyerdynamic-dt-990-pro-250"), QStringLiteral("Beyerdynamic"), QStringLiteral("DT 990 PRO"), 250, 96,
                                 QStringLiteral("250 ohm")),
                      headphones(QStringLiteral("audio-technica-ath-m50x"), QStringLiteral("Audio-Technica"), QStringLiteral("ATH-M50x"), 38, 99),
                      headphones(QStringLiteral("audio-technica-ath-m40x"), QStringLiteral("Audio-Technica"), QStringLiteral("ATH-M40x"), 35, 98),
                      sm7b, scarlett, solo});
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestGearDatabase::cleanup() { m_db.reset(); }

void TestGearDatabase::freshDatabaseIsAtLatestSchema()
{
    QCOMPARE(m_db->schemaVersion(), schema::latestVersion());
    QCOMPARE(m_db->count(), 9);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestGearDatabase::roundTrip()
{
    GearRecord r = headphones(QStringLiteral("test-curve"), QStringLiteral("Test"), QStringLiteral("Curve"), 32, 100);
    r.spec.setImpedanceCurve({{20, 40, 30}, {1000, 32, 0}, {20000, 35, -10}});
    r.spec.curveCitation.url = kSource;
    r.aliases = {QStringLiteral("TC-1"), QStringLiteral("Curvy")};
    r.notes = QStringLiteral("notes; with 'quotes' and \"double quotes\"");
    r.spec.sources.first().note = QStringLiteral("converted");
    QVERIFY(m_db->insert({r}).isEmpty());
    const std::optional<GearRecord> back = m_db->find(QStringLiteral("test-curve"));
    QVERIFY(back);
    QVERIFY(back->spec == r.spec);
    QCOMPARE(back->aliases, r.aliases);
    QCOMPARE(back->notes, r.notes);
    QCOMPARE(back->spec.curveCitation.url, r.spec.curveCitation.url);
    QVERIFY(!back->spec.gridAdmittance().empty());
}

void TestGearDatabase::insertIsAllOrNothing()
{
    const GearRecord good = headphones(QStringLiteral("new-one"), QStringLiteral("New"), QStringLiteral("One"), 32, 100);
    const GearRecord clash = headphones(QStringLiteral("sennheiser-hd-600"), QStringLiteral("Other"), QStringLiteral("Name"), 32, 100);
    QVERIFY(!m_db->insert({good, clash}).isEmpty());
    QVERIFY(!m_db->find(QStringLiteral("new-one")));
    QCOMPARE(m_db->count(), 9);
}

void TestGearDatabase::duplicateIdentityRefused()
{
    const GearRecord sameName = headphones(QStringLiteral("another-id"), QStringLiteral("sennheiser"), QStringLiteral("hd 600"), 300, 97);
    QVERIFY(m_db->insert({sameName}).contains(u"exists already"));
    QCOMPARE(m_db->findIdentity(QStringLiteral("SENNHEISER"), QStringLiteral("Hd 600"), {}), QStringLiteral("sennheiser-hd-600"));
}

void TestGearDatabase::updateAndRemove()
{
    GearRecord r = *m_db->find(QStringLiteral("sennheiser-hd-600"));
    r.spec.set(Field::Sensitivity, 102.8);
    r.spec.model = QStringLiteral("HD 600 (2019)");
    QVERIFY(m_db->update(r).isEmpty());
    QCOMPARE(*m_db->find(QStringLiteral("sennheiser-hd-600"))->spec.value(Field::Sensitivity), 102.8);
    QCOMPARE(m_db->search({QStringLiteral("2019"), {}, {}, 10}).size(), 1); // the search index follows updates
    QVERIFY(m_db->remove(QStringLiteral("sennheiser-hd-600")).isEmpty());
    QVERIFY(!m_db->find(QStringLiteral("sennheiser-hd-600")));
    QVERIFY(m_db->search({QStringLiteral("2019"), {}, {}, 10}).isEmpty());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM figures WHERE product_id = 'sennheiser-hd-600'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // figures went with the product (foreign key cascade)
    QVERIFY(!m_db->remove(QStringLiteral("no-such-id")).isEmpty());
}

void TestGearDatabase::relevance_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::newRow("model words") << "hd 600"
                                 << "sennheiser-hd-600";
    QTest::newRow("model without its space") << "hd600"
                                             << "sennheiser-hd-600";
    QTest::newRow("prefix of a hyphenated model") << "m50"
                                                  << "audio-technica-ath-m50x";
    QTest::newRow("brand and model") << "beyer 990"
                                     << "beyerdynamic-dt-990-pro-250";
    QTest::newRow("variant narrows") << "dt 770 80"
                                     << "beyerdynamic-dt-770-pro-80";
    QTest::newRow("case and prefix") << "SM7"
                                     << "shure-sm7b";
    QTest::newRow("brand, model, variant") << "scarlett solo 4th"
                                           << "focusrite-scarlett-solo-4th-gen";
    QTest::newRow("accents ignored") << "Sénnheiser 650"
                                     << "sennheiser-hd-650";
}

void TestGearDatabase::relevance()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    const QList<GearHit> hits = m_db->search({text, {}, {}, 10});
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().id, first);
}

void TestGearDatabase::filters_data()
{
    // With text the filters run in memory on the full-text matches, without it in SQL: both must agree.
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("headphones ≥ 250 Ω") << "" << int(DeviceKind::Headphones) << "impedanceOhm>=250"
                                        << QStringList{"beyerdynamic-dt-990-pro-250", "sennheiser-hd-600", "sennheiser-hd-650"};
    QTest::newRow("interfaces with ≥ 60 dB gain") << "" << int(DeviceKind::Interface) << "gainMaxDb>=60"
                                                  << QStringList{"focusrite-scarlett-2i2-4th-gen"};
    QTest::newRow("headphones ≤ 40 Ω") << "" << int(DeviceKind::Headphones) << "impedanceOhm<=40"
                                       << QStringList{"audio-technica-ath-m40x", "audio-technica-ath-m50x"};
    QTest::newRow("nothing matches") << "" << int(DeviceKind::Microphone) << "sensitivityMvPerPa>=100" << QStringList{};
    QTest::newRow("'beyer' ≥ 250 Ω") << "beyer" << int(DeviceKind::Headphones) << "impedanceOhm>=250" << QStringList{"beyerdynamic-dt-990-pro-250"};
    QTest::newRow("'scarlett' ≥ 60 dB") << "scarlett" << int(DeviceKind::Interface) << "gainMaxDb>=60"
                                        << QStringList{"focusrite-scarlett-2i2-4th-gen"};
    QTest::newRow("'sennheiser' = 300 Ω") << "sennheiser" << int(DeviceKind::Headphones) << "impedanceOhm=300"
                                          << QStringList{"sennheiser-hd-600", "sennheiser-hd-650"};
    QTest::newRow("'ath' ≤ 38 Ω, the bound included")
        << "ath" << int(DeviceKind::Headphones) << "impedanceOhm<=38" << QStringList{"audio-technica-ath-m40x", "audio-technica-ath-m50x"};
    QTest::newRow("'hd' ≤ 40 Ω: none") << "hd" << int(DeviceKind::Headphones) << "impedanceOhm<=40" << QStringList{};
}

void TestGearDatabase::filters()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, filter);
    QFETCH(QStringList, ids);
    GearQuery query;
    query.text = text;
    query.kind = DeviceKind(kind);
    query.filters << *parseSpecFilter(filter, nullptr);
    QStringList found;
    for (const GearHit &h : m_db->search(query))
        found << h.id;
    found.sort();
    QCOMPARE(found, ids);
}

void TestGearDatabase::filterIndexFollowsChanges()
{
    // Two connections to one file, as the app's library panel and gear editor have.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gear.sqlite"));
    auto reader = GearDatabase::open(path, GearDatabase::Access::ReadWrite).database;
    auto writer = GearDatabase::open(path, GearDatabase::Access::ReadWrite).database;
    QVERIFY(reader && writer);
    GearQuery query;
    query.text = QStringLiteral("acme");
    query.filters << *parseSpecFilter(QStringLiteral("impedanceOhm>=250"), nullptr);
    QVERIFY(writer->insert({headphones(QStringLiteral("user-acme-one"), QStringLiteral("Acme"), QStringLiteral("One"), 300, 100)}).isEmpty());
    QCOMPARE(reader->search(query).size(), 1); // builds the reader's in-memory index
    QVERIFY(writer->insert({headphones(QStringLiteral("user-acme-two"), QStringLiteral("Acme"), QStringLiteral("Two"), 600, 100)}).isEmpty());
    QCOMPARE(reader->search(query).size(), 2); // another connection's commit is seen
    QVERIFY(reader->remove(QStringLiteral("user-acme-one")).isEmpty());
    QCOMPARE(reader->search(query).size(), 1); // and its own
}

void TestGearDatabase::hostileSearchText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("SQL injection") << "'; DROP TABLE products; --";
    QTest::newRow("FTS syntax") << "hd NEAR(600) OR * AND NOT ^col:";
    QTest::newRow("unbalanced quotes") << "\"hd 600";
    QTest::newRow("LIKE wildcards") << "%_%";
    QTest::newRow("only punctuation") << "!@#$%^&*()";
    QTest::newRow("very long") << QString(5000, u'a');
}

void TestGearDatabase::hostileSearchText()
{
    QFETCH(QString, text);
    QVERIFY(m_db->search({text, {}, {}, 10}).size() <= 10);
    QCOMPARE(m_db->count(), 9);
    QCOMPARE(m_db->search({QStringLiteral("hd 600"), {}, {}, 10}).first().id, QStringLiteral("sennheiser-hd-600"));
}

void TestGearDatabase::migratesFromVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        // A database as the first schema version left it, with one product.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QVERIFY(schema::migrateTo(raw, 1).isEmpty());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO products (id, kind, brand, model) VALUES ('old-phones', 'headphones', 'Old', 'Phones')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO figures (product_id, field, value, source) VALUES ('old-phones', 'impedanceOhm', 32, 'https://example.com')")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    GearDatabase::Opened opened = GearDatabase::open(path, GearDatabase::Access::ReadWrite);
    QVERIFY2(opened.database, qPrintable(opened.error));
    QCOMPARE(opened.database->schemaVersion(), schema::latestVersion());
    const std::optional<GearRecord> old = opened.database->find(QStringLiteral("old-phones"));
    QVERIFY(old);
    QCOMPARE(*old->spec.value(Field::ImpedanceOhm), 32.0);
    QCOMPARE(old->origin, GearOrigin::Catalog);
    QVERIFY(!old->price); // version 3 added prices: none until a shop sets one
    QVERIFY(old->stockNote.isEmpty());
    QCOMPARE(opened.database->search({QStringLiteral("old pho"), {}, {}, 10}).size(), 1); // indexed by the migration
}

void TestGearDatabase::olderDatabaseReadOnlyIsReadThroughACopy()
{
    // The command line opens your gear read-only and never migrates it: an older file is read through a migrated
    // copy, and the file itself stays byte for byte as it was.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QVERIFY(schema::migrateTo(raw, 2).isEmpty());
        QSqlQuery q(raw);
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO products (id, kind, brand, model, origin) VALUES ('user-old', 'headphones', 'Old', 'Phones', 'user')")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    {
        GearDatabase::Opened opened = GearDatabase::open(path, GearDatabase::Access::ReadOnly);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QVERIFY(!opened.database->writable());
        QVERIFY(opened.database->find(QStringLiteral("user-old")));
        QVERIFY(!opened.database->find(QStringLiteral("user-old"))->price);
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestGearDatabase::damagedFileIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const GearDatabase::Opened opened = GearDatabase::open(path, GearDatabase::Access::ReadWrite);
    QVERIFY(!opened.database);
    QVERIFY(opened.damaged);
    QVERIFY(opened.error.contains(path));
    QVERIFY(QFile::exists(path)); // reported, never deleted
}

void TestGearDatabase::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        GearDatabase::Opened opened = GearDatabase::open(path, GearDatabase::Access::ReadWrite);
        QVERIFY(opened.database);
        QSqlQuery q(opened.database->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const GearDatabase::Opened again = GearDatabase::open(path, GearDatabase::Access::ReadWrite);
    QVERIFY(!again.database);
    QVERIFY2(again.error.contains(u"newer"), qPrintable(again.error));
}

void TestGearDatabase::readOnlyMissingFile()
{
    const GearDatabase::Opened opened = GearDatabase::open(QStringLiteral("/nonexistent/catalog.sqlite"), GearDatabase::Access::ReadOnly);
    QVERIFY(!opened.database);
    QVERIFY(!opened.damaged);
}

QTEST_GUILESS_MAIN(TestGearDatabase)
#include "tst_geardatabase.moc"
