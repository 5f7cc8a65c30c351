// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The shared store against a real PostgreSQL server, started for this test by with-postgres.sh: schema migration,
// the same search as SQLite, two clients on one project, a connection dropped half way through an import, SQL
// metacharacters in every text field, and roles enforced by the server itself.

#include "gearfixtures.h"
#include "gearlibrary.h"
#include "geardatabase.h"
#include "productformat.h"
#include "sharedlink.h"
#include "sharedserver.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;

namespace {

/// Runs SQL as the test server's superuser, failing the test on an error.
void admin(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
}

QStringList ids(const QList<GearHit> &hits)
{
    QStringList list;
    for (const GearHit &h : hits)
        list << h.id;
    return list;
}

/// The bundled catalog's products, as a shop's own gear.
QList<GearRecord> catalogAsSharedGear()
{
    const QDir dir(QStringLiteral(HEADROOM_SOURCE_DIR "/database/catalog"));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}))
        paths << dir.filePath(name);
    ProductParse parse = parseProductFiles(paths, GearOrigin::User);
    for (GearRecord &r : parse.records)
        r.origin = GearOrigin::User;
    return parse.records;
}

} // namespace

class TestSharedServer : public QObject
{
    Q_OBJECT

    ServerAddress m_base;
    std::unique_ptr<SharedServer> m_admin; ///< the superuser on the base database, for creating databases and roles
    int m_databases = 0;

    /// A new, empty database on the test server; migrated unless asked not to.
    ServerAddress freshDatabase(bool migrated = true)
    {
        ServerAddress address = m_base;
        address.database = QStringLiteral("t%1").arg(++m_databases);
        QSqlQuery q(m_admin->connection());
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(address.database)))
            qFatal("cannot create a test database: %s", qPrintable(q.lastError().text()));
        if (migrated) {
            auto opened = SharedServer::connect(address, {}, SharedServer::Purpose::Migrate);
            if (!opened.server || !opened.server->migrate().isEmpty())
                qFatal("cannot migrate a test database: %s", qPrintable(opened.error));
        }
        return address;
    }

    std::unique_ptr<SharedServer> use(const ServerAddress &address, const QString &user = {})
    {
        ServerAddress as = address;
        if (!user.isEmpty())
            as.user = user;
        auto opened = SharedServer::connect(as);
        if (!opened.server)
            qWarning() << opened.error;
        return std::move(opened.server);
    }

private slots:
    void initTestCase()
    {
        QString error;
        const auto address = ServerAddress::parse(qEnvironmentVariable("HEADROOM_TEST_SERVER"), &error);
        QVERIFY2(address, "run this test through tests/database/with-postgres.sh, which starts its server");
        m_base = *address;
        auto opened = SharedServer::connect(m_base, {}, SharedServer::Purpose::Migrate);
        QVERIFY2(opened.server, qPrintable(opened.error));
        m_admin = std::move(opened.server);
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("problem"); // a word of the message, empty when the address is valid
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<bool>("local");
        QTest::newRow("full") << "postgresql://staff@shop.example:5433/gear"
                              << ""
                              << "postgresql://staff@shop.example:5433/gear" << false;
        QTest::newRow("default port") << "postgres://staff@10.0.0.5:5432/gear"
                                      << ""
                                      << "postgresql://staff@10.0.0.5/gear" << false;
        QTest::newRow("loopback") << "postgresql://staff@127.0.0.1/gear"
                                  << ""
                                  << "postgresql://staff@127.0.0.1/gear" << true;
        QTest::newRow("localhost") << "postgresql://staff@localhost/gear"
                                   << ""
                                   << "postgresql://staff@localhost/gear" << true;
        QTest::newRow("ipv6 loopback") << "postgresql://staff@[::1]/gear"
                                       << ""
                                       << "postgresql://staff@[::1]/gear" << true;
        QTest::newRow("password") << "postgresql://staff:secret@shop.example/gear"
                                  << "password"
                                  << "" << false;
        QTest::newRow("no user") << "postgresql://shop.example/gear"
                                 << "user"
                                 << "" << false;
        QTest::newRow("no database") << "postgresql://staff@shop.example/"
                                     << "database"
                                     << "" << false;
        QTest::newRow("other scheme") << "mysql://staff@shop.example/gear"
                                      << "not a server address"
                                      << "" << false;
        QTest::newRow("options") << "postgresql://staff@shop.example/gear?sslmode=disable"
                                 << "options"
                                 << "" << false;
        QTest::newRow("not a url") << "shop.example"
                                   << "not a server address"
                                   << "" << false;
    }

    void addresses()
    {
        QFETCH(QString, url);
        QFETCH(QString, problem);
        QFETCH(QString, canonical);
        QFETCH(bool, local);
        QString error;
        const auto address = ServerAddress::parse(url, &error);
        if (!problem.isEmpty()) {
            QVERIFY(!address);
            QVERIFY2(error.contains(problem), qPrintable(error));
            return;
        }
        QVERIFY2(address, qPrintable(error));
        QCOMPARE(address->url(), canonical);
        QCOMPARE(address->isLocal(), local);
    }

    void unreachableServerIsSaidSo()
    {
        ServerAddress closed = m_base;
        closed.port = 1; // nothing listens there
        const auto opened = SharedServer::connect(closed);
        QVERIFY(!opened.server);
        QVERIFY(opened.unreachable);
        QVERIFY2(opened.error.contains(QStringLiteral("cannot reach")), qPrintable(opened.error));
    }

    void migrationIsVersionedAndRefusesNewer()
    {
        const ServerAddress address = freshDatabase(false);
        auto unmigrated = SharedServer::connect(address);
        QVERIFY(!unmigrated.server);
        QVERIFY2(unmigrated.error.contains(QStringLiteral("server migrate")), qPrintable(unmigrated.error));

        auto opened = SharedServer::connect(address, {}, SharedServer::Purpose::Migrate);
        QVERIFY(opened.server);
        QCOMPARE(opened.server->schemaVersion(), 0);
        QCOMPARE(opened.server->migrate(), QString());
        QCOMPARE(opened.server->schemaVersion(), SharedServer::latestVersion());
        QCOMPARE(opened.server->migrate(), QString()); // nothing left to do
        QVERIFY(use(address));

        // A newer Headroom's schema: refused for use and for migration, and left as it is.
        admin(opened.server->connection(), QStringLiteral("UPDATE headroom_schema SET version = 99"));
        const auto newer = SharedServer::connect(address);
        QVERIFY(!newer.server);
        QVERIFY(!newer.unreachable);
        QVERIFY2(newer.error.contains(QStringLiteral("newer")), qPrintable(newer.error));
        QVERIFY(opened.server->migrate().contains(QStringLiteral("newer")));
        QCOMPARE(opened.server->schemaVersion(), 99);
    }

    void failedMigrationLeavesNothing()
    {
        // A table in the way makes a later statement fail: the whole step rolls back, the version stays 0.
        const ServerAddress address = freshDatabase(false);
        auto opened = SharedServer::connect(address, {}, SharedServer::Purpose::Migrate);
        QVERIFY(opened.server);
        admin(opened.server->connection(), QStringLiteral("CREATE TABLE projects (x integer)"));
        const QString error = opened.server->migrate();
        QVERIFY2(error.contains(QStringLiteral("projects")), qPrintable(error));
        QCOMPARE(opened.server->schemaVersion(), 0);
        QSqlQuery q(opened.server->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT to_regclass('gear') IS NULL")) && q.next());
        QVERIFY(q.value(0).toBool());
    }

    void searchMatchesTheSqliteSearch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<int>("limit");
        const QStringList none;
        QTest::newRow("model") << "hd 600"
                               << "" << none << 50;
        QTest::newRow("brand") << "sennheiser"
                               << "" << none << 50;
        QTest::newRow("run together") << "dt770"
                                      << "" << none << 50;
        QTest::newRow("brand and model words") << "beyer dt 770 pro"
                                               << "" << none << 50;
        QTest::newRow("interface") << "scarlett 2i2"
                                   << "" << none << 50;
        QTest::newRow("prefix") << "akg k"
                                << "" << none << 50;
        QTest::newRow("one letter") << "a"
                                    << "" << none << 50;
        QTest::newRow("accent") << "röde"
                                << "" << none << 50;
        QTest::newRow("alias") << "hd6xx"
                               << "" << none << 50;
        QTest::newRow("kind") << "pro"
                              << "headphones" << none << 50;
        QTest::newRow("filter") << ""
                                << "" << QStringList{"impedanceOhm>=250"} << 500;
        QTest::newRow("kind and filters") << ""
                                          << "headphones" << QStringList{"impedanceOhm>=100", "sensitivity<=100"} << 500;
        QTest::newRow("text and filter") << "beyerdynamic"
                                         << "" << QStringList{"impedanceOhm>=250"} << 50;
        QTest::newRow("listing") << ""
                                 << "interface" << none << 500;
        QTest::newRow("limit") << "pro"
                               << "" << none << 5;
        QTest::newRow("sql") << "'; DROP TABLE gear; --"
                             << "" << none << 50;
        QTest::newRow("text-search syntax") << "hd:* & !(600)"
                                            << "" << none << 50;
        QTest::newRow("like wildcards") << "100%_"
                                        << "" << none << 50;
        QTest::newRow("nothing") << "zzzqx"
                                 << "" << none << 50;
    }

    void searchMatchesTheSqliteSearch()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QStringList, filters);
        QFETCH(int, limit);
        static const QList<GearRecord> gear = catalogAsSharedGear();
        QVERIFY(gear.size() > 200);
        static const ServerAddress address = [this] {
            const ServerAddress a = freshDatabase();
            if (const QString error = use(a)->insert(gear); !error.isEmpty())
                qFatal("cannot fill the server: %s", qPrintable(error));
            return a;
        }();
        static auto sqlite = [] {
            auto opened = GearDatabase::open(QStringLiteral(":memory:"), GearDatabase::Access::ReadWrite);
            if (!opened.database || !opened.database->insert(gear).isEmpty())
                qFatal("cannot fill SQLite");
            return std::move(opened.database);
        }();

        GearQuery query;
        query.text = text;
        query.limit = limit;
        if (!kind.isEmpty())
            query.kind = kindByKey(kind);
        for (const QString &f : filters) {
            QString error;
            const auto filter = parseSpecFilter(f, &error);
            QVERIFY2(filter, qPrintable(error));
            query.filters << *filter;
        }
        const QList<GearHit> local = sqlite->search(query);
        QString error;
        const QList<GearHit> shared = use(address)->search(query, &error);
        QCOMPARE(error, QString());
        QCOMPARE(ids(shared), ids(local));
        for (qsizetype i = 0; i < local.size(); ++i)
            QCOMPARE(shared[i].rank, local[i].rank);
        if (text != u"zzzqx" && !text.contains(u"DROP") && !text.contains(u'%'))
            QVERIFY2(!local.isEmpty(), "a row that finds nothing on either engine proves nothing");
    }

    void gearRoundTripsWithMetacharacters()
    {
        const QString nasty = QStringLiteral("O'Brien \"quoted\" \\back; DROP TABLE gear; -- 100%_ $$ $1 ? :name ü 𝄞");
        GearRecord r = test::headphones(QStringLiteral("user-nasty"), nasty, nasty + QStringLiteral(" model"), 32, 100, nasty);
        r.origin = GearOrigin::User;
        r.aliases = {nasty, QStringLiteral("plain")};
        r.notes = nasty;
        r.stockNote = nasty;
        r.price = 12.5;
        r.currency = QStringLiteral("EUR");
        r.spec.sources[0].note = nasty;
        const ServerAddress address = freshDatabase();
        auto server = use(address);
        QCOMPARE(server->insert({r}), QString());
        const auto back = server->find(r.id);
        QVERIFY(back);
        QCOMPARE(back->spec.brand, nasty);
        QCOMPARE(back->spec.variant, nasty);
        QCOMPARE(back->aliases, r.aliases);
        QCOMPARE(back->notes, nasty);
        QCOMPARE(back->stockNote, nasty);
        QCOMPARE(back->price, r.price);
        QCOMPARE(back->spec.sources[0].note, nasty);
        QCOMPARE(back->spec.value(Field::ImpedanceOhm), 32.0);
        QCOMPARE(ids(server->search({QStringLiteral("o brien"), {}, {}, 10})), QStringList{r.id});
        QCOMPARE(ids(server->search({nasty, {}, {}, 10})), QStringList{r.id});
        QCOMPARE(server->count(), 1); // the table is still there

        const SharedSave saved = server->saveProject({}, nasty, nasty.toUtf8(), 0);
        QCOMPARE(saved.error, QString());
        QString error;
        const auto project = server->openProject(saved.info.id, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(project->info.name, nasty);
        QCOMPARE(QString::fromUtf8(project->document), nasty);
    }

    void duplicatesAreRefused()
    {
        auto server = use(freshDatabase());
        QCOMPARE(server->insert({test::headphones(QStringLiteral("user-a"), QStringLiteral("Acme"), QStringLiteral("One"), 32, 100)}), QString());
        const QString error = server->insert({test::headphones(QStringLiteral("user-b"), QStringLiteral("ACME"), QStringLiteral("one"), 32, 100)});
        QVERIFY2(error.contains(QStringLiteral("exists already")), qPrintable(error));
        QCOMPARE(server->count(), 1);
    }

    void twoClientsEditingOneProject()
    {
        const ServerAddress address = freshDatabase();
        auto anna = use(address);
        auto ben = use(address);
        const SharedSave created = anna->saveProject({}, QStringLiteral("Podcast corner"), "{\"v\":1}", 0);
        QCOMPARE(created.error, QString());
        QCOMPARE(created.info.revision, 1);
        QCOMPARE(created.info.savedBy, m_base.user);

        // Both open revision 1; Anna saves first, so Ben's save is refused and nothing of his lands.
        QString error;
        const auto annasCopy = anna->openProject(created.info.id, &error);
        const auto bensCopy = ben->openProject(created.info.id, &error);
        QVERIFY(annasCopy && bensCopy);
        const SharedSave first = anna->saveProject(created.info.id, annasCopy->info.name, "{\"v\":2}", annasCopy->info.revision);
        QCOMPARE(first.error, QString());
        QCOMPARE(first.info.revision, 2);
        const SharedSave second = ben->saveProject(created.info.id, bensCopy->info.name, "{\"v\":\"ben\"}", bensCopy->info.revision);
        QVERIFY(second.conflict);
        QVERIFY2(second.error.contains(QStringLiteral("after you opened it")), qPrintable(second.error));
        QCOMPARE(second.info.revision, 2);
        QCOMPARE(anna->openProject(created.info.id, &error)->document, QByteArray("{\"v\":2}"));

        // Ben's two ways out: save his as a copy, or reload and save over the new revision.
        const SharedSave copy = ben->saveProject({}, QStringLiteral("Podcast corner (Ben)"), "{\"v\":\"ben\"}", 0);
        QCOMPARE(copy.error, QString());
        QVERIFY(copy.info.id != created.info.id);
        const auto reloaded = ben->openProject(created.info.id, &error);
        const SharedSave third = ben->saveProject(created.info.id, reloaded->info.name, "{\"v\":3}", reloaded->info.revision);
        QCOMPARE(third.error, QString());
        QCOMPARE(third.info.revision, 3);
        QCOMPARE(anna->projects(&error).size(), 2);

        // Saving a project someone deleted is a conflict too.
        QCOMPARE(anna->removeProject(copy.info.id), QString());
        const SharedSave gone = ben->saveProject(copy.info.id, copy.info.name, "{}", copy.info.revision);
        QVERIFY(gone.conflict);
        QVERIFY2(gone.error.contains(QStringLiteral("deleted")), qPrintable(gone.error));
    }

    void droppedConnectionImportsNothing()
    {
        const ServerAddress address = freshDatabase();
        auto importer = use(address);
        auto watcher = use(address);
        QCOMPARE(importer->insert({test::headphones(QStringLiteral("user-kept"), QStringLiteral("Kept"), QStringLiteral("One"), 32, 100)}),
                 QString());
        QSqlQuery pid(importer->connection());
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        const int backend = pid.value(0).toInt();

        QList<GearRecord> records;
        for (int i = 0; i < 50; ++i)
            records << test::headphones(QStringLiteral("user-%1").arg(i), QStringLiteral("Brand"), QStringLiteral("Model %1").arg(i), 32, 100);
        int written = 0;
        const QString error = importer->insert(records, [&](int n) {
            written = n;
            if (n == 20) // the connection goes, as a cable pulled in the middle of the import would take it
                admin(watcher->connection(), QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend));
        });
        QVERIFY2(!error.isEmpty(), "the import cannot have succeeded on a dead connection");
        QCOMPARE(written, 20);
        QCOMPARE(watcher->count(), 1); // all or nothing: only what was there before
    }

    void snapshotCatchesUp()
    {
        const ServerAddress address = freshDatabase();
        auto staff = use(address);
        GearRecord a = test::headphones(QStringLiteral("user-a"), QStringLiteral("Acme"), QStringLiteral("One"), 32, 100);
        GearRecord b = test::headphones(QStringLiteral("user-b"), QStringLiteral("Acme"), QStringLiteral("Two"), 300, 97);
        QCOMPARE(staff->insert({a, b}), QString());

        SharedGearSnapshot snapshot;
        QCOMPARE(staff->sync(snapshot), QString());
        QCOMPARE(snapshot.records.size(), 2);
        const qint64 revisionOfB = snapshot.revisions.at(b.id);

        a.stockNote = QStringLiteral("2 in the Main Street store");
        QCOMPARE(staff->update(a), QString());
        QCOMPARE(staff->remove(QStringLiteral("user-c")).isEmpty(), false); // no such product
        GearRecord c = test::headphones(QStringLiteral("user-c"), QStringLiteral("Acme"), QStringLiteral("Three"), 16, 110);
        QCOMPARE(staff->insert({c}), QString());
        QCOMPARE(staff->remove(b.id), QString());

        QCOMPARE(staff->sync(snapshot), QString());
        QStringList held;
        for (const GearRecord &r : snapshot.records)
            held << r.id;
        held.sort();
        QCOMPARE(held, (QStringList{a.id, c.id}));
        QVERIFY(!snapshot.revisions.contains(b.id));
        QVERIFY(snapshot.revisions.at(a.id) > revisionOfB);
        const auto updated = std::find_if(snapshot.records.cbegin(), snapshot.records.cend(), [&](const GearRecord &r) { return r.id == a.id; });
        QCOMPARE(updated->stockNote, a.stockNote);
    }

    void workstationWorksOfflineFromItsCopy()
    {
        const ServerAddress address = freshDatabase();
        GearRecord one = test::headphones(QStringLiteral("shop-acme-one"), QStringLiteral("Acme"), QStringLiteral("One"), 32, 100);
        one.price = 199;
        one.currency = QStringLiteral("EUR");
        one.stockNote = QStringLiteral("2 in the Main Street store");
        QCOMPARE(
            use(address)->insert({one, test::headphones(QStringLiteral("shop-acme-two"), QStringLiteral("Acme"), QStringLiteral("Two"), 300, 97)}),
            QString());
        QTemporaryDir home;
        const QString copyPath = home.filePath(QStringLiteral("shared-gear.json"));

        // Online: the shop's gear is searched and found with the rest, marked as the shop's.
        {
            GearLibrary library({}, QStringLiteral(":memory:"));
            SharedLink link(copyPath);
            const SharedStatus status = link.connect(address, {});
            QVERIFY2(status.online, qPrintable(status.message));
            QCOMPARE(library.setSharedGear(link.records()), QString());
            QCOMPARE(status.products, 2);
            const QList<GearHit> hits = library.search({QStringLiteral("acme"), {}, {}, 10});
            QCOMPARE(ids(hits), (QStringList{QStringLiteral("shop-acme-one"), QStringLiteral("shop-acme-two")}));
            QCOMPARE(hits[0].origin, GearOrigin::Shared);
            QCOMPARE(library.find(one.id)->shopText(), library.find(one.id)->priceText() + QStringLiteral(" · 2 in the Main Street store"));
            // Editing the shop's product locally makes a copy in your gear, as with the catalog.
            QCOMPARE(library.copyForEditing(one.id)->basedOn, one.id);
        }

        // The server goes away: the last copy keeps the shop's gear at hand, and the status says so.
        admin(m_admin->connection(), QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(address.database));
        {
            GearLibrary library({}, QStringLiteral(":memory:"));
            SharedLink link(copyPath);
            const SharedStatus status = link.connect(address, {});
            QVERIFY(!status.online);
            QCOMPARE(library.setSharedGear(link.records()), QString());
            QVERIFY2(status.message.contains(QStringLiteral("offline")), qPrintable(status.message));
            QCOMPARE(status.products, 2);
            QVERIFY(library.find(one.id));
            QCOMPARE(link.server(), nullptr);
        }
        admin(m_admin->connection(), QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(address.database));

        // A damaged copy is said so, and nothing of it is used.
        QFile damaged(copyPath);
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("{ not json");
        damaged.close();
        ServerAddress closed = address;
        closed.port = 1;
        SharedLink link(copyPath);
        const SharedStatus status = link.connect(closed, {});
        QVERIFY(!status.online);
        QVERIFY2(status.message.contains(QStringLiteral("cannot be read")), qPrintable(status.message));
        QVERIFY(link.records().isEmpty());
    }

    void rolesAreEnforcedByTheServer()
    {
        const ServerAddress address = freshDatabase();
        admin(m_admin->connection(), QStringLiteral("CREATE ROLE shopfloor LOGIN IN ROLE headroom_reader"));
        admin(m_admin->connection(), QStringLiteral("CREATE ROLE staff LOGIN IN ROLE headroom_editor"));

        auto staff = use(address, QStringLiteral("staff"));
        QVERIFY(staff);
        QCOMPARE(staff->insert({test::headphones(QStringLiteral("user-a"), QStringLiteral("Acme"), QStringLiteral("One"), 32, 100)}), QString());
        const SharedSave saved = staff->saveProject({}, QStringLiteral("Shop demo"), "{}", 0);
        QCOMPARE(saved.error, QString());
        QCOMPARE(saved.info.savedBy, QStringLiteral("staff"));

        // The shop floor reads everything and can change nothing: the server refuses, whatever a client would try.
        auto floor = use(address, QStringLiteral("shopfloor"));
        QVERIFY(floor);
        QCOMPARE(ids(floor->search({QStringLiteral("acme"), {}, {}, 10})), QStringList{QStringLiteral("user-a")});
        QString error;
        QVERIFY(floor->openProject(saved.info.id, &error));
        const QString refused = floor->insert({test::headphones(QStringLiteral("user-b"), QStringLiteral("Acme"), QStringLiteral("Two"), 32, 100)});
        QVERIFY2(refused.contains(QStringLiteral("read only")), qPrintable(refused));
        QVERIFY(floor->saveProject(saved.info.id, QStringLiteral("Shop demo"), "{\"x\":1}", 1).error.contains(QStringLiteral("read only")));
        QVERIFY(floor->removeProject(saved.info.id).contains(QStringLiteral("read only")));
        QSqlQuery raw(floor->connection());
        QVERIFY(!raw.exec(QStringLiteral("DELETE FROM gear")));
        QCOMPARE(staff->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSharedServer)
#include "tst_sharedserver.moc"
