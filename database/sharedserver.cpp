// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The shared server's address, connection, schema and projects (its gear is in sharedgear.cpp).

#include "sharedserver.h"

#include "serversql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <span>

namespace headroom {
namespace {

/// Taken by every migration for its transaction, so two migrations never interleave.
constexpr qint64 kMigrationLock = 0x48656164726f6f6d; // "Headroom"

// Version 1: shared gear (the product in the catalog's JSON form, its numeric figures as one object for filters, its
// search words for PostgreSQL's text search), projects with a revision for optimistic concurrency, and the two roles.
constexpr const char *kVersion1[] = {
    "CREATE TABLE headroom_schema (version integer NOT NULL)",
    "CREATE SEQUENCE gear_revisions",
    "CREATE TABLE gear ("
    "  id text PRIMARY KEY,"
    "  kind text NOT NULL,"
    "  brand text NOT NULL DEFAULT '',"
    "  model text NOT NULL,"
    "  variant text NOT NULL DEFAULT '',"
    "  aliases text NOT NULL DEFAULT '',"
    "  words text NOT NULL DEFAULT '',"
    "  product jsonb NOT NULL,"
    "  figures jsonb NOT NULL DEFAULT '{}',"
    "  price double precision,"
    "  currency text NOT NULL DEFAULT '',"
    "  stock_note text NOT NULL DEFAULT '',"
    "  revision bigint NOT NULL DEFAULT nextval('gear_revisions'),"
    "  saved_by text NOT NULL DEFAULT current_user,"
    "  saved_at timestamptz NOT NULL DEFAULT now(),"
    "  search tsvector GENERATED ALWAYS AS (to_tsvector('simple', words)) STORED)",
    "CREATE UNIQUE INDEX gear_identity ON gear (lower(brand), lower(model), lower(variant))",
    "CREATE INDEX gear_search ON gear USING gin (search) WITH (fastupdate = off)", // searched far more than written
    "CREATE INDEX gear_by_kind_and_name ON gear (kind, lower(brand) COLLATE \"C\", lower(model) COLLATE \"C\", lower(variant) COLLATE \"C\")",
    "CREATE TABLE projects ("
    "  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,"
    "  name text NOT NULL,"
    "  document text NOT NULL,"
    "  revision integer NOT NULL DEFAULT 1,"
    "  saved_by text NOT NULL DEFAULT current_user,"
    "  saved_at timestamptz NOT NULL DEFAULT now())",
    // Roles belong to the whole server: created once, granted per database.
    "DO $$ BEGIN"
    "  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'headroom_reader') THEN CREATE ROLE headroom_reader NOLOGIN; END IF;"
    "  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'headroom_editor') THEN CREATE ROLE headroom_editor NOLOGIN; END IF;"
    "  IF NOT pg_has_role('headroom_editor', 'headroom_reader', 'MEMBER') THEN GRANT headroom_reader TO headroom_editor; END IF;"
    " END $$",
    "GRANT USAGE ON SCHEMA public TO headroom_reader",
    "GRANT SELECT ON headroom_schema, gear, projects TO headroom_reader",
    "GRANT INSERT, UPDATE, DELETE ON gear, projects TO headroom_editor",
    "GRANT USAGE ON SEQUENCE gear_revisions TO headroom_editor",
};

const std::span<const char *const> kSteps[] = {kVersion1};

QString connectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("headroom-server-%1").arg(counter.fetchAndAddRelaxed(1));
}

SharedProjectInfo projectInfo(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(), q.value(4).toDateTime()};
}

} // namespace

QString serverError(const QSqlError &error)
{
    if (error.nativeErrorCode() == QLatin1StringView(kInsufficientPrivilege))
        return QCoreApplication::translate("SharedServer", "the server lets this login read only: %1").arg(error.databaseText().simplified());
    const QString text = error.databaseText().simplified(); // libpq's hints come on lines of their own
    return text.isEmpty() ? error.text().simplified() : text;
}

QSqlQuery serverQuery(QSqlDatabase &db, const QString &sql, const QVariantList &bound)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (bound.isEmpty()) { // not every statement can be prepared (SET TRANSACTION cannot)
        q.exec(sql);
        return q;
    }
    q.prepare(sql);
    for (const QVariant &v : bound)
        q.addBindValue(v);
    q.exec();
    return q;
}

// ---- the address -----------------------------------------------------------------------------------------------

std::optional<ServerAddress> ServerAddress::parse(const QString &url, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != u"postgresql" && u.scheme() != u"postgres"))
        return fail(
            QCoreApplication::translate("SharedServer", "\"%1\" is not a server address: write postgresql://user@host:port/database").arg(url));
    if (!u.password().isEmpty())
        return fail(
            QCoreApplication::translate("SharedServer", "the address holds a password; give it when asked, or in ~/.pgpass, never in the address"));
    ServerAddress address{u.host(), u.port(5432), u.path().mid(1), u.userName()};
    if (address.host.isEmpty())
        return fail(QCoreApplication::translate("SharedServer", "the address names no host: %1").arg(url));
    if (address.user.isEmpty())
        return fail(QCoreApplication::translate("SharedServer", "the address names no user: %1").arg(url));
    if (address.database.isEmpty() || address.database.contains(u'/'))
        return fail(QCoreApplication::translate("SharedServer", "the address names no database: %1").arg(url));
    if (u.hasQuery() || u.hasFragment())
        return fail(QCoreApplication::translate("SharedServer", "the address has options Headroom does not take: %1").arg(url));
    return address;
}

std::optional<ServerAddress> ServerAddress::fromEnvironment(QString *error)
{
    const QString url = qEnvironmentVariable("HEADROOM_SERVER");
    return url.isEmpty() ? std::nullopt : parse(url, error);
}

QString ServerAddress::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setHost(host);
    u.setUserName(user);
    if (port != 5432)
        u.setPort(port);
    u.setPath(u'/' + database);
    return u.toString();
}

bool ServerAddress::isLocal() const { return host == u"localhost" || host == u"::1" || host.startsWith(u"127."); }

// ---- connection and schema ---------------------------------------------------------------------------------------

SharedServer::SharedServer(QSqlDatabase db, ServerAddress address) : m_db(std::move(db)), m_address(std::move(address)) {}

SharedServer::~SharedServer()
{
    const QString name = m_db.connectionName();
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

int SharedServer::latestVersion() { return static_cast<int>(std::size(kSteps)); }

SharedServer::Opened SharedServer::connect(const ServerAddress &address, const QString &password, Purpose purpose)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return {nullptr, QCoreApplication::translate("SharedServer", "Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql)"),
                true};
    std::unique_ptr<SharedServer> server(new SharedServer(QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName()), address));
    QSqlDatabase &db = server->m_db;
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    if (!password.isEmpty())
        db.setPassword(password);
    // Off the loopback interface the connection must be encrypted: libpq refuses to go on without TLS.
    db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=headroom;sslmode=%1")
                             .arg(address.isLocal() ? QStringLiteral("prefer") : QStringLiteral("require")));
    if (!db.open())
        return {nullptr, QCoreApplication::translate("SharedServer", "cannot reach %1: %2").arg(address.url(), serverError(db.lastError())), true};

    const int version = server->schemaVersion();
    if (version < 0)
        return {
            nullptr,
            QCoreApplication::translate("SharedServer", "cannot read the schema version of %1: %2").arg(address.url(), serverError(db.lastError())),
            false};
    if (version > latestVersion())
        return {nullptr,
                QCoreApplication::translate("SharedServer", "%1 has schema version %2, newer than this Headroom understands (%3)")
                    .arg(address.url())
                    .arg(version)
                    .arg(latestVersion()),
                false};
    if (purpose == Purpose::Use && version < latestVersion())
        return {nullptr,
                QCoreApplication::translate("SharedServer", "%1 has schema version %2; run 'headroom-cli server migrate' to bring it to %3")
                    .arg(address.url())
                    .arg(version)
                    .arg(latestVersion()),
                false};
    return {std::move(server), {}, false};
}

int SharedServer::schemaVersion()
{
    QSqlQuery q = serverQuery(m_db, QStringLiteral("SELECT to_regclass('headroom_schema') IS NOT NULL"));
    if (!q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    q = serverQuery(m_db, QStringLiteral("SELECT version FROM headroom_schema"));
    return q.next() ? q.value(0).toInt() : -1;
}

QString SharedServer::migrate()
{
    if (!m_db.transaction())
        return serverError(m_db.lastError());
    const auto fail = [this](const QString &error) {
        rollback();
        return error;
    };
    if (QSqlQuery lock = serverQuery(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kMigrationLock}); lock.lastError().isValid())
        return fail(serverError(lock.lastError()));
    const int from = schemaVersion();
    if (from < 0)
        return fail(QCoreApplication::translate("SharedServer", "cannot read the schema version: %1").arg(serverError(m_db.lastError())));
    if (from > latestVersion())
        return fail(QCoreApplication::translate("SharedServer", "the server has schema version %1, newer than this Headroom understands (%2)")
                        .arg(from)
                        .arg(latestVersion()));
    QSqlQuery q(m_db);
    for (int step = from + 1; step <= latestVersion(); ++step)
        for (const char *statement : kSteps[step - 1])
            if (!q.exec(QString::fromLatin1(statement)))
                return fail(QCoreApplication::translate("SharedServer", "migration to schema version %1 failed: %2")
                                .arg(step)
                                .arg(serverError(q.lastError())));
    const QString record =
        from == 0 ? QStringLiteral("INSERT INTO headroom_schema (version) VALUES (?)") : QStringLiteral("UPDATE headroom_schema SET version = ?");
    if (QSqlQuery done = serverQuery(m_db, record, {latestVersion()}); done.lastError().isValid())
        return fail(serverError(done.lastError()));
    return m_db.commit() ? QString() : fail(serverError(m_db.lastError()));
}

// ---- projects ----------------------------------------------------------------------------------------------------

QList<SharedProjectInfo> SharedServer::projects(QString *error)
{
    QSqlQuery q = serverQuery(
        m_db, QStringLiteral("SELECT id, name, revision, saved_by, saved_at FROM projects ORDER BY lower(name) COLLATE \"C\", saved_at DESC"));
    if (q.lastError().isValid() && error)
        *error = serverError(q.lastError());
    QList<SharedProjectInfo> list;
    while (q.next())
        list.append(projectInfo(q));
    return list;
}

std::optional<SharedProject> SharedServer::openProject(const QString &id, QString *error)
{
    QSqlQuery q = serverQuery(m_db, QStringLiteral("SELECT id, name, revision, saved_by, saved_at, document FROM projects WHERE id = ?"), {id});
    if (q.next())
        return SharedProject{projectInfo(q), q.value(5).toString().toUtf8()};
    if (error)
        *error = q.lastError().isValid() ? serverError(q.lastError())
                                         : QCoreApplication::translate("SharedServer", "no project on the server has the id %1").arg(id);
    return std::nullopt;
}

SharedSave SharedServer::saveProject(const QString &id, const QString &name, const QByteArray &document, int basedOnRevision)
{
    const QString text = QString::fromUtf8(document);
    QSqlQuery q = id.isEmpty()
        ? serverQuery(m_db, QStringLiteral("INSERT INTO projects (name, document) VALUES (?, ?) RETURNING id, name, revision, saved_by, saved_at"),
                      {name, text})
        : serverQuery(m_db,
                      QStringLiteral("UPDATE projects SET name = ?, document = ?, revision = revision + 1, saved_by = current_user, saved_at = now()"
                                     " WHERE id = ? AND revision = ? RETURNING id, name, revision, saved_by, saved_at"),
                      {name, text, id, basedOnRevision});
    if (q.lastError().isValid())
        return {serverError(q.lastError()), false, {}};
    if (q.next())
        return {{}, false, projectInfo(q)};
    // Nothing was updated: someone saved since this copy was opened, or deleted the project.
    QSqlQuery now = serverQuery(m_db, QStringLiteral("SELECT id, name, revision, saved_by, saved_at FROM projects WHERE id = ?"), {id});
    if (!now.next())
        return {QCoreApplication::translate("SharedServer", "the project was deleted from the server since it was opened"), true, {}};
    SharedProjectInfo current = projectInfo(now);
    return {QCoreApplication::translate("SharedServer", "%1 saved this project at %2, after you opened it")
                .arg(current.savedBy, QLocale().toString(current.savedAt.toLocalTime(), QLocale::ShortFormat)),
            true, current};
}

QString SharedServer::removeProject(const QString &id)
{
    QSqlQuery q = serverQuery(m_db, QStringLiteral("DELETE FROM projects WHERE id = ?"), {id});
    if (q.lastError().isValid())
        return serverError(q.lastError());
    return q.numRowsAffected() > 0 ? QString() : QCoreApplication::translate("SharedServer", "no project on the server has the id %1").arg(id);
}

} // namespace headroom
