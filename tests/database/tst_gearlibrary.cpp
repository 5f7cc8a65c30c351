// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The library of catalog + user gear: user gear is separate and editable, the catalog is never changed, imports
// are all or nothing, a damaged user database is moved aside (never deleted), broken indexes are rebuilt, catalog
// changes are reported.

#include "chain.h"
#include "gearfixtures.h"
#include "gearlibrary.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::test;

class TestGearLibrary : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void userGearIsSeparate();
    void copyForEditing();
    void shopPriceOnYourGear();
    void levelByLoadStoredAndExported();
    void duplicatesAcrossCatalogAndUserRefused();
    void importAllOrNothing();
    void importDryRunChangesNothing();
    void exportIncludesBoth();
    void damagedUserDatabaseMovedAside();
    void brokenIndexIsRebuilt();
    void vanishedDatabaseIsNotWrittenTo();
    void unusableUserLocation();
    void missingCatalog();
    void catalogChangesSinceSnapshot();
    void catalogTablesSinceSnapshot();

private:
    [[nodiscard]] QString catalogPath() const { return m_dir->filePath(QStringLiteral("catalog.sqlite")); }
    [[nodiscard]] QString userPath() const { return m_dir->filePath(QStringLiteral("user/user-gear.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestGearLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    GearDatabase::Opened catalog = GearDatabase::open(catalogPath(), GearDatabase::Access::ReadWrite);
    QVERIFY(catalog.database);
    QVERIFY(
        catalog.database
            ->insert({headphones(QStringLiteral("sennheiser-hd-600"), QStringLiteral("Sennheiser"), QStringLiteral("HD 600"), 300, 97),
                      headphones(QStringLiteral("audio-technica-ath-m50x"), QStringLiteral("Audio-Technica"), QStringLiteral("ATH-M50x"), 38, 99)})
            .isEmpty());
    QVERIFY(catalog.database->finishCatalog().isEmpty());
}

void TestGearLibrary::userGearIsSeparate()
{
    GearLibrary library(catalogPath(), userPath());
    QVERIFY2(library.notices().isEmpty(), qPrintable(library.notices().join(u'\n')));
    QVERIFY(library.addUserGear(headphones({}, QStringLiteral("Mine"), QStringLiteral("Custom 1"), 16, 110)).isEmpty());
    const QList<GearHit> hits = library.search({QStringLiteral("custom"), {}, {}, 10});
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().origin, GearOrigin::User);
    QVERIFY(hits.first().id.startsWith(u"user-"));
    QVERIFY(!library.removeUserGear(QStringLiteral("sennheiser-hd-600")).isEmpty()); // the catalog cannot be changed
    QVERIFY(library.find(QStringLiteral("sennheiser-hd-600")));
    QVERIFY(library.removeUserGear(hits.first().id).isEmpty());
    QVERIFY(library.search({QStringLiteral("custom"), {}, {}, 10}).isEmpty());
    // The catalog file itself was never written.
    GearDatabase::Opened catalog = GearDatabase::open(catalogPath(), GearDatabase::Access::ReadOnly);
    QCOMPARE(catalog.database->count(), 2);
}

void TestGearLibrary::copyForEditing()
{
    GearLibrary library(catalogPath(), userPath());
    std::optional<GearRecord> copy = library.copyForEditing(QStringLiteral("sennheiser-hd-600"));
    QVERIFY(copy);
    QCOMPARE(copy->basedOn, QStringLiteral("sennheiser-hd-600"));
    QCOMPARE(copy->origin, GearOrigin::User);
    copy->spec.set(Field::Sensitivity, 102.8);
    QVERIFY(library.addUserGear(*copy).isEmpty());
    GearRecord stored = *library.find(copy->id);
    QCOMPARE(*stored.spec.value(Field::Sensitivity), 102.8);
    stored.spec.set(Field::ImpedanceOhm, 320);
    QVERIFY(library.updateUserGear(stored).isEmpty());
    QCOMPARE(*library.find(copy->id)->spec.value(Field::ImpedanceOhm), 320.0);
    QCOMPARE(*library.find(QStringLiteral("sennheiser-hd-600"))->spec.value(Field::Sensitivity), 97.0); // original untouched
}

void TestGearLibrary::shopPriceOnYourGear()
{
    // A shop's copy of a catalog product carries its price and a stock note; they survive storing and exporting.
    GearLibrary library(catalogPath(), userPath());
    std::optional<GearRecord> stocked = library.copyForEditing(QStringLiteral("sennheiser-hd-600"));
    QVERIFY(stocked);
    QVERIFY(!stocked->price);
    stocked->price = 349;
    stocked->currency = QStringLiteral("EUR");
    stocked->stockNote = QStringLiteral("2 in the Main Street store");
    QVERIFY(library.addUserGear(*stocked).isEmpty());
    const GearRecord stored = *library.find(stocked->id);
    QCOMPARE(stored.price, std::optional<double>(349));
    QCOMPARE(stored.currency, QStringLiteral("EUR"));
    QCOMPARE(stored.stockNote, stocked->stockNote);
    QVERIFY2(stored.priceText().contains(u"349"), qPrintable(stored.priceText()));
    QVERIFY(!library.find(QStringLiteral("sennheiser-hd-600"))->price); // the catalog's entry has none
    const QByteArray exported = library.exportAll(ProductFormat::Json);
    QVERIFY(exported.contains("\"stockNote\": \"2 in the Main Street store\""));
    QVERIFY(exported.contains("\"currency\": \"EUR\""));
}

void TestGearLibrary::levelByLoadStoredAndExported()
{
    // An output that senses its load keeps its ranges and their source through the database, an export and an import.
    GearLibrary library(catalogPath(), userPath());
    GearRecord jack = product(QStringLiteral("user-jack"), DeviceKind::Player, QStringLiteral("Acme"), QStringLiteral("Laptop jack"),
                              {{Field::HeadphoneOutputs, 1}});
    jack.origin = GearOrigin::User;
    jack.spec.setLevelByLoad({{0, 150, 1.25}, {150, 1000, 3}});
    jack.spec.levelCitation.url = kSource;
    jack.spec.levelCitation.note = QStringLiteral("the maker's support page");
    QVERIFY(library.addUserGear(jack).isEmpty());
    const GearRecord stored = *library.find(QStringLiteral("user-jack"));
    QVERIFY(stored.spec.levelByLoad() == jack.spec.levelByLoad());
    QCOMPARE(stored.spec.levelCitation.url, kSource);
    QCOMPARE(stored.spec.levelCitation.note, jack.spec.levelCitation.note);
    const ProductParse back =
        parseProducts(writeProducts({stored}, ProductFormat::Json), ProductFormat::Json, QStringLiteral("x"), GearOrigin::User, true);
    QVERIFY(back.errors.isEmpty());
    QVERIFY(back.records.first().spec.levelByLoad() == jack.spec.levelByLoad());
    // Without a source, a catalog entry is refused like any figure without one.
    GearRecord unsourced = jack;
    unsourced.origin = GearOrigin::Catalog;
    unsourced.id = QStringLiteral("acme-jack");
    unsourced.spec.levelCitation.url.clear();
    const ProductParse refused =
        parseProducts(writeProducts({unsourced}, ProductFormat::Json), ProductFormat::Json, QStringLiteral("x"), GearOrigin::Catalog, true);
    QVERIFY(!refused.errors.isEmpty());
    QVERIFY2(refused.errors.first().toString().contains(u"levelByLoad: has no source"), qPrintable(refused.errors.first().toString()));
}

void TestGearLibrary::duplicatesAcrossCatalogAndUserRefused()
{
    GearLibrary library(catalogPath(), userPath());
    const QString error = library.addUserGear(headphones({}, QStringLiteral("sennheiser"), QStringLiteral("HD 600"), 300, 97));
    QVERIFY2(error.contains(u"sennheiser-hd-600"), qPrintable(error));
}

void TestGearLibrary::importAllOrNothing()
{
    GearLibrary library(catalogPath(), userPath());
    const QByteArray data = "kind,brand,model,impedanceOhm\nheadphones,A,One,32\nheadphones,B,Two,-5\n";
    const ImportReport bad = library.importData(data, ProductFormat::Csv, QStringLiteral("r.csv"), false);
    QCOMPARE(bad.errors.size(), 1);
    QCOMPARE(bad.added, 0);
    QVERIFY(library.search({QStringLiteral("one"), {}, {}, 10}).isEmpty()); // the good row was not imported either
    const ImportReport good = library.importData("kind,brand,model,impedanceOhm\nheadphones,A,One,32\nheadphones,B,Two,50\n", ProductFormat::Csv,
                                                 QStringLiteral("r.csv"), false);
    QVERIFY(good.errors.isEmpty());
    QCOMPARE(good.added, 2);
    // Importing the same file again: duplicates by brand + model + variant.
    const ImportReport again =
        library.importData("kind,brand,model,impedanceOhm\nheadphones,a,one,32\n", ProductFormat::Csv, QStringLiteral("r.csv"), false);
    QCOMPARE(again.errors.size(), 1);
    QVERIFY(again.errors.first().message.contains(u"exists already"));
}

void TestGearLibrary::importDryRunChangesNothing()
{
    GearLibrary library(catalogPath(), userPath());
    const ImportReport report = library.importData("kind,brand,model\nheadphones,A,One\n", ProductFormat::Csv, QStringLiteral("r.csv"), true);
    QVERIFY(report.errors.isEmpty());
    QCOMPARE(report.added, 1);
    QVERIFY(report.dryRun);
    QVERIFY(library.search({QStringLiteral("one"), {}, {}, 10}).isEmpty());
}

void TestGearLibrary::exportIncludesBoth()
{
    GearLibrary library(catalogPath(), userPath());
    QVERIFY(library.addUserGear(headphones({}, QStringLiteral("Mine"), QStringLiteral("Custom 1"), 16, 110)).isEmpty());
    const ProductParse back =
        parseProducts(library.exportAll(ProductFormat::Json), ProductFormat::Json, QStringLiteral("e"), GearOrigin::Catalog, false);
    QVERIFY(back.errors.isEmpty());
    QCOMPARE(back.records.size(), 3);
    const ProductParse csvBack =
        parseProducts(library.exportAll(ProductFormat::Csv), ProductFormat::Csv, QStringLiteral("e"), GearOrigin::Catalog, false);
    QVERIFY(csvBack.errors.isEmpty());
    QCOMPARE(csvBack.records.size(), 3);
}

void TestGearLibrary::damagedUserDatabaseMovedAside()
{
    QVERIFY(QDir().mkpath(QFileInfo(userPath()).path()));
    QFile junk(userPath());
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, '\x5a'));
    junk.close();
    GearLibrary library(catalogPath(), userPath());
    QCOMPARE(library.notices().size(), 1);
    QVERIFY(library.notices().first().contains(u".damaged-"));
    QVERIFY(library.userWritable());
    QVERIFY(library.hasCatalog());
    const QStringList kept = QDir(QFileInfo(userPath()).path()).entryList({QStringLiteral("user-gear.sqlite.damaged-*")});
    QCOMPARE(kept.size(), 1);
    QFile aside(QFileInfo(userPath()).path() + u'/' + kept.first());
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), QByteArray(8192, '\x5a')); // the user's bytes, untouched
}

void TestGearLibrary::brokenIndexIsRebuilt()
{
    // Twenty of your headphones, then one byte of the listing index changed on disk, as a torn write can leave it.
    QList<GearRecord> mine;
    for (int i = 0; i < 20; ++i)
        mine << headphones({}, QStringLiteral("Mine"), QStringLiteral("Model %1").arg(i), 32, 100);
    int rootPage = 0, pageSize = 0;
    {
        GearLibrary library(catalogPath(), userPath());
        for (const GearRecord &r : mine)
            QVERIFY(library.addUserGear(r).isEmpty());
        GearDatabase::Opened raw = GearDatabase::open(userPath(), GearDatabase::Access::ReadOnly);
        QSqlQuery q(raw.database->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'products_by_kind_and_name'")) && q.next());
        rootPage = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toInt();
    }
    QVERIFY(!QFile::exists(userPath() + QStringLiteral("-wal"))); // everything is in the main file
    QFile file(userPath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype page = qsizetype(rootPage - 1) * pageSize;
    const qsizetype at = bytes.indexOf("headphones", page);
    QVERIFY(at > page && at < page + pageSize); // the kind of one entry, in the index's only page
    bytes[at + 9] = 'z';
    file.seek(0);
    file.write(bytes);
    file.close();

    // The quick check passes such a file, and a kind's listing silently misses products (the index's order is broken).
    const GearQuery kindOnly{{}, DeviceKind::Headphones, {}, 100};
    {
        GearDatabase::Opened quick = GearDatabase::open(userPath(), GearDatabase::Access::ReadOnly);
        QVERIFY(quick.database);
        QCOMPARE_LT(quick.database->search(kindOnly).size(), 20);
    }
    // Your gear is opened with the full check: the index is rebuilt from the products, and you are told.
    GearLibrary library(catalogPath(), userPath());
    QCOMPARE(library.notices().size(), 1);
    QVERIFY2(library.notices().first().contains(u"rebuilt"), qPrintable(library.notices().first()));
    QVERIFY(library.userWritable());
    int yours = 0;
    for (const GearHit &hit : library.search(kindOnly))
        yours += hit.origin == GearOrigin::User ? 1 : 0;
    QCOMPARE(yours, 20);
    QVERIFY(QDir(QFileInfo(userPath()).path()).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
}

void TestGearLibrary::vanishedDatabaseIsNotWrittenTo()
{
    GearLibrary library(catalogPath(), userPath());
    QVERIFY(library.addUserGear(headphones({}, QStringLiteral("Mine"), QStringLiteral("One"), 32, 100)).isEmpty());
    QVERIFY(QFile::rename(userPath(), userPath() + QStringLiteral(".elsewhere"))); // another program moved it away
    const QString error = library.addUserGear(headphones({}, QStringLiteral("Mine"), QStringLiteral("Two"), 32, 100));
    QVERIFY2(error.contains(u"moved or deleted"), qPrintable(error));
}

void TestGearLibrary::unusableUserLocation()
{
    // A file standing where the user's folder should be: no user gear, a notice, and the catalog still works.
    QFile blocker(m_dir->filePath(QStringLiteral("user")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    GearLibrary library(catalogPath(), userPath());
    QCOMPARE(library.notices().size(), 1);
    QVERIFY(!library.userWritable());
    QVERIFY(!library.addUserGear(headphones({}, QStringLiteral("Mine"), QStringLiteral("X"), 16, 110)).isEmpty());
    QCOMPARE(library.search({QStringLiteral("hd"), {}, {}, 10}).size(), 1);
}

void TestGearLibrary::missingCatalog()
{
    GearLibrary library(m_dir->filePath(QStringLiteral("nope.sqlite")), userPath());
    QVERIFY(!library.hasCatalog());
    QCOMPARE(library.notices().size(), 1);
    QVERIFY(library.search({QStringLiteral("hd"), {}, {}, 10}).isEmpty());
}

void TestGearLibrary::catalogChangesSinceSnapshot()
{
    GearLibrary library(catalogPath(), userPath());
    Chain chain;
    GearRecord hd600 = *library.find(QStringLiteral("sennheiser-hd-600"));
    hd600.spec.set(Field::Sensitivity, 102.8); // the project saw an older figure
    Device device(QStringLiteral("phones"), hd600.spec);
    device.catalogId = hd600.id;
    chain.devices.push_back(device);
    chain.devices.emplace_back(QStringLiteral("custom"), DeviceSpec(DeviceKind::Headphones)); // no catalog id: not compared
    const QList<CatalogChange> changes = library.changesSince(chain);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().deviceId, QStringLiteral("phones"));
    QCOMPARE(changes.first().field, Field::Sensitivity);
    QCOMPARE(*changes.first().snapshot, 102.8);
    QCOMPARE(*changes.first().catalog, 97.0);
}

void TestGearLibrary::catalogTablesSinceSnapshot()
{
    GearLibrary library(catalogPath(), userPath());
    GearRecord hd600 = *library.find(QStringLiteral("sennheiser-hd-600"));
    hd600.spec.setImpedanceCurve({{20, 500, 0}, {100, 650, 0}, {1000, 300, 0}}); // the project holds a curve the catalog lacks
    Device device(QStringLiteral("phones"), hd600.spec);
    device.catalogId = hd600.id;
    Chain chain;
    chain.devices.push_back(device);
    const QList<CatalogChange> changes = library.changesSince(chain);
    QCOMPARE(changes.size(), 1);
    const CatalogChange &c = changes.first();
    QCOMPARE(c.table, CatalogChange::Table::ImpedanceCurve);
    QCOMPARE(QByteArray(c.key()), QByteArray("impedanceCurve"));
    QCOMPARE(*c.snapshot, 3.0);
    QVERIFY(!c.catalog);
    QCOMPARE(c.text(), QStringLiteral("Impedance curve: the catalog no longer has one"));

    // The other way round, and a level per load that changed.
    const CatalogChange added{QStringLiteral("phones"), hd600.id, Field{}, std::nullopt, 7.0, CatalogChange::Table::ImpedanceCurve};
    QCOMPARE(added.text(), QStringLiteral("Impedance curve: none saved, the catalog now has one"));
    const CatalogChange changed{QStringLiteral("jack"), QStringLiteral("apple-macbook"), Field{}, 2.0, 3.0, CatalogChange::Table::LevelByLoad};
    QCOMPARE(changed.text(), QStringLiteral("Maximum level per load: the catalog's differs from the saved one"));
    QCOMPARE(QByteArray(changed.key()), QByteArray("levelByLoad"));
}

QTEST_GUILESS_MAIN(TestGearLibrary)
#include "tst_gearlibrary.moc"
