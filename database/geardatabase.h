// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// One SQLite gear database (the bundled catalog or the user's gear) on its own named Qt SQL connection:
// foreign keys on, WAL for writable files, the schema migrated step by step, an integrity check on open.
// This folder holds all of Headroom's SQL; every value is bound, never spliced into a statement.

#include "gearrecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QSqlError>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace headroom {

class GearDatabase
{
public:
    enum class Access : std::uint8_t { ReadOnly, ReadWrite };

    struct Opened {
        std::unique_ptr<GearDatabase> database;
        QString error;         ///< why it could not be opened
        bool damaged = false;  ///< corrupt or not SQLite: the only case in which the file may be moved aside
        bool repaired = false; ///< its indexes were broken and have been rebuilt from the products
    };

    /// Opens (and for ReadWrite creates and migrates) a database; ":memory:" gives a private in-memory one.
    [[nodiscard]] static Opened open(const QString &path, Access access);
    ~GearDatabase();
    GearDatabase(const GearDatabase &) = delete;
    GearDatabase &operator=(const GearDatabase &) = delete;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool writable() const { return m_access == Access::ReadWrite; }
    [[nodiscard]] int schemaVersion();
    [[nodiscard]] int count();

    /// Inserts new products in one transaction: all or none. Returns an error naming the product, or empty.
    [[nodiscard]] QString insert(const QList<GearRecord> &records);
    /// Replaces a product's row and figures (same id).
    [[nodiscard]] QString update(const GearRecord &record);
    [[nodiscard]] QString remove(const QString &id);

    [[nodiscard]] std::optional<GearRecord> find(const QString &id);
    /// The id of a product with this brand, model and variant (case-insensitive), if any.
    [[nodiscard]] std::optional<QString> findIdentity(const QString &brand, const QString &model, const QString &variant);
    [[nodiscard]] QList<GearHit> search(const GearQuery &query);
    [[nodiscard]] QList<GearRecord> all();
    /// Readies a freshly built catalog for shipping: compacted, with a rollback journal instead of WAL, so the
    /// single file can be opened read-only anywhere.
    [[nodiscard]] QString finishCatalog();

    /// Raw access for tests of the schema itself.
    [[nodiscard]] QSqlDatabase &connection() { return m_db; }

private:
    /// A figure's values with the rowids of their products, sorted by value.
    using FigureIndex = std::vector<std::pair<double, qint64>>;

    struct Writer;
    struct Check {
        QString problem;      ///< empty when the file passed
        bool damaged = false; ///< the problem is corruption, not a busy, full or unreadable file
        bool repaired = false;
    };
    /// Checks the file's integrity, repairing derived structures of a writable one when that is all that is wrong.
    [[nodiscard]] Check check();
    [[nodiscard]] QStringList integrityProblems(bool full);
    [[nodiscard]] bool hasTable(const QString &name);
    [[nodiscard]] static bool isCorruption(const QSqlError &error);
    /// Starts a write transaction; an error or empty.
    [[nodiscard]] QString beginWrite();

    GearDatabase(QSqlDatabase db, QString path, Access access);
    /// An older database opened read-only, read through a migrated copy.
    [[nodiscard]] static Opened openMigratedCopy(const QString &path, int version);
    [[nodiscard]] QString write(Writer &writer, const GearRecord &record);
    [[nodiscard]] QString removeRows(const QString &id);
    /// Rowids of the products passing every filter, sorted.
    [[nodiscard]] std::vector<qint64> passing(const QList<SpecFilter> &filters);
    [[nodiscard]] const FigureIndex &figureIndex(Field f);
    [[nodiscard]] QList<GearHit> textSearch(const GearQuery &query, const QStringList &terms);

    std::unique_ptr<QTemporaryDir> m_copy; ///< the migrated copy's folder, when an older file is read read-only
    QSqlDatabase m_db;
    QString m_path;
    Access m_access;
    QSqlError m_lastCheckError; ///< why the last check could not run, if it could not
    /// Built on first use per field; dropped when this or another connection changes the database.
    std::map<Field, FigureIndex> m_figureIndex;
    qint64 m_dataVersion = -1;
};

} // namespace headroom
