// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A shop's shared store on a PostgreSQL server (Qt's QPSQL driver): the gear its staff add, with prices and stock
// notes, and its customers' projects. The same products, the same search words and ranking as the SQLite databases
// (gearrank.h); the schema is versioned and migrated in one transaction; projects are saved with optimistic
// concurrency. Who may write is decided by the server's roles (docs/shared-server.md), not by this class.

#include "gearrecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <utility>

namespace headroom {

/// Where the server is: postgresql://user@host:port/database (the password never goes in the address).
struct ServerAddress {
    QString host;
    int port = 5432;
    QString database;
    QString user;

    /// Reads a postgresql:// or postgres:// URL; nullopt with a message naming the problem.
    [[nodiscard]] static std::optional<ServerAddress> parse(const QString &url, QString *error);
    /// The address in $HEADROOM_SERVER, if set (an invalid one gives the message).
    [[nodiscard]] static std::optional<ServerAddress> fromEnvironment(QString *error);
    [[nodiscard]] QString url() const;
    /// The loopback interface or a local socket folder: the only places where TLS is not required.
    [[nodiscard]] bool isLocal() const;
};

/// A project on the server, without its document.
struct SharedProjectInfo {
    QString id;
    QString name;
    int revision = 0; ///< raised by every save; a save names the revision it was based on
    QString savedBy;  ///< the server login that saved it last
    QDateTime savedAt;
};

struct SharedProject {
    SharedProjectInfo info;
    QByteArray document; ///< the .headroom file's bytes, as saved
};

/// What a project save did.
struct SharedSave {
    QString error;          ///< empty when saved
    bool conflict = false;  ///< someone saved it since the revision this save was based on (or deleted it)
    SharedProjectInfo info; ///< the saved project; on a conflict, the server's current one (empty when deleted)
};

/// The shared gear as a client last fetched it: every product with the revision it was fetched at.
struct SharedGearSnapshot {
    QList<GearRecord> records;
    std::map<QString, qint64> revisions; ///< id → revision
};

/// The id a product gets in the shop's gear: "shop-" and its own id without "user-" (or its name, without one), so
/// shared ids never meet your gear's or the catalog's.
[[nodiscard]] QString sharedGearId(const GearRecord &record);

class SharedServer
{
public:
    struct Opened {
        std::unique_ptr<SharedServer> server;
        QString error;
        bool unreachable = false; ///< the server could not be reached or refused the login (work goes on locally)
    };
    enum class Purpose : std::uint8_t { Use, Migrate };

    /// Connects (TLS required unless local). For Use, the schema must be this program's: an older one asks for
    /// `headroom-cli server migrate`, a newer one is refused. An empty password lets libpq use ~/.pgpass or PGPASSWORD.
    [[nodiscard]] static Opened connect(const ServerAddress &address, const QString &password = {}, Purpose purpose = Purpose::Use);
    ~SharedServer();
    SharedServer(const SharedServer &) = delete;
    SharedServer &operator=(const SharedServer &) = delete;

    [[nodiscard]] static int latestVersion();
    /// The server's schema version, 0 before the first migration, −1 when it cannot be read.
    [[nodiscard]] int schemaVersion();
    /// Applies every step above the server's version in one transaction, under a lock so two migrations cannot
    /// interleave; a newer schema is refused and left alone. An error or empty.
    [[nodiscard]] QString migrate();
    /// The login this connection runs as.
    [[nodiscard]] QString user() const { return m_address.user; }

    /// How a write meets a product with the same id: refused, or replaced (a shop's stock list imported again).
    enum class Existing : std::uint8_t { Refuse, Replace };
    /// Adds products in one transaction: all or none, also when the connection drops half way. `progress` is told
    /// how many were written so far.
    [[nodiscard]] QString insert(const QList<GearRecord> &records, const std::function<void(int)> &progress = {},
                                 Existing existing = Existing::Refuse);
    [[nodiscard]] QString update(const GearRecord &record);
    [[nodiscard]] QString remove(const QString &id);
    [[nodiscard]] std::optional<GearRecord> find(const QString &id);
    [[nodiscard]] int count();
    /// Text search (PostgreSQL's own, prefix terms), kind and figure filters; ranked as the SQLite search ranks.
    [[nodiscard]] QList<GearHit> search(const GearQuery &query, QString *error = nullptr);
    /// Brings a snapshot up to date: only products whose revision changed are fetched; removed ones are dropped.
    [[nodiscard]] QString sync(SharedGearSnapshot &snapshot);

    [[nodiscard]] QList<SharedProjectInfo> projects(QString *error);
    [[nodiscard]] std::optional<SharedProject> openProject(const QString &id, QString *error);
    /// Saves a project. An empty id saves a new one; otherwise the save only lands if the project is still at
    /// `basedOnRevision`, and a conflict is reported (never a silent overwrite).
    [[nodiscard]] SharedSave saveProject(const QString &id, const QString &name, const QByteArray &document, int basedOnRevision);
    [[nodiscard]] QString removeProject(const QString &id);

    /// Raw access for tests.
    [[nodiscard]] QSqlDatabase &connection() { return m_db; }

private:
    SharedServer(QSqlDatabase db, ServerAddress address);
    /// Writes one product inside the caller's transaction; on an error, rolls the transaction back.
    enum class Write : std::uint8_t { Insert, Update, Upsert };
    [[nodiscard]] QString writeProduct(const GearRecord &record, Write write);
    void rollback();
    /// A statement prepared once per connection and run again with new values: the server plans searches once,
    /// where planning a prefix search can cost more than running it.
    [[nodiscard]] QSqlQuery &prepared(const QString &sql, const QVariantList &bound);
    /// The products with these ids, each with its revision.
    [[nodiscard]] QList<std::pair<GearRecord, qint64>> fetch(const QStringList &ids, QString *error);

    QSqlDatabase m_db;
    ServerAddress m_address;
    std::map<QString, QSqlQuery> m_statements; ///< by their SQL; go before the connection closes
};

} // namespace headroom
