// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "schema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <span>

namespace headroom::schema {
namespace {

// Version 1: products with their figures and impedance curves.
/// Fills the search index from the products (used by the migration that creates it, and to rebuild it).
constexpr const char *kFillSearchIndex = "INSERT INTO products_fts (rowid, brand, model, variant, aliases, compact, kind)"
                                         "  SELECT rowid, brand, model, variant, aliases,"
                                         "         lower(replace(replace(brand || ' ' || model, ' ', ''), '-', '')) || ' ' ||"
                                         "         lower(replace(replace(model, ' ', ''), '-', '')),"
                                         "         replace(kind, '-', '')"
                                         "  FROM products";

constexpr const char *kVersion1[] = {
    "CREATE TABLE products ("
    "  id TEXT PRIMARY KEY NOT NULL,"
    "  kind TEXT NOT NULL,"
    "  brand TEXT NOT NULL DEFAULT '',"
    "  model TEXT NOT NULL,"
    "  variant TEXT NOT NULL DEFAULT '',"
    "  notes TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE figures ("
    "  product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,"
    "  field TEXT NOT NULL,"
    "  value REAL NOT NULL,"
    "  source TEXT NOT NULL DEFAULT '',"
    "  provenance TEXT NOT NULL DEFAULT 'manufacturer',"
    "  note TEXT NOT NULL DEFAULT '',"
    "  PRIMARY KEY (product_id, field))",
    "CREATE TABLE impedance_points ("
    "  product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,"
    "  hz REAL NOT NULL,"
    "  ohms REAL NOT NULL,"
    "  phase REAL NOT NULL DEFAULT 0,"
    "  PRIMARY KEY (product_id, hz))",
};

// Version 2: search (aliases, a full-text index with prefix support, figures indexed by value), user gear
// (origin, the catalog entry it copies), duplicate detection by brand + model + variant, curve provenance.
constexpr const char *kVersion2[] = {
    "ALTER TABLE products ADD COLUMN aliases TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE products ADD COLUMN origin TEXT NOT NULL DEFAULT 'catalog'",
    "ALTER TABLE products ADD COLUMN based_on TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE products ADD COLUMN curve_source TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE products ADD COLUMN curve_provenance TEXT NOT NULL DEFAULT 'measurement'",
    "CREATE UNIQUE INDEX products_identity ON products (brand COLLATE NOCASE, model COLLATE NOCASE, variant COLLATE NOCASE)",
    "CREATE INDEX figures_by_value ON figures (field, value)",
    // The search index shares the products' rowids; "compact" holds brand and model without spaces or hyphens
    // ("hd600"); "kind" lets a kind filter narrow the text match inside the index.
    "CREATE VIRTUAL TABLE products_fts USING fts5(brand, model, variant, aliases, compact, kind,"
    "  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    kFillSearchIndex,
    // Listing in name order, with or without a kind, straight from an index.
    "CREATE INDEX products_by_kind_and_name ON products (kind, brand COLLATE NOCASE, model COLLATE NOCASE, variant COLLATE NOCASE)",
};

// Version 3: a shop's price and stock note on its own gear (never on catalog products).
constexpr const char *kVersion3[] = {
    "ALTER TABLE products ADD COLUMN price REAL",
    "ALTER TABLE products ADD COLUMN currency TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE products ADD COLUMN stock_note TEXT NOT NULL DEFAULT ''",
};

// Version 4: the maximum level per load range of outputs that sense their load, with its source.
constexpr const char *kVersion4[] = {
    "CREATE TABLE load_levels ("
    "  product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,"
    "  from_ohm REAL NOT NULL,"
    "  to_ohm REAL NOT NULL,"
    "  volts REAL NOT NULL,"
    "  PRIMARY KEY (product_id, from_ohm))",
    "ALTER TABLE products ADD COLUMN level_source TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE products ADD COLUMN level_provenance TEXT NOT NULL DEFAULT 'manufacturer'",
    "ALTER TABLE products ADD COLUMN level_note TEXT NOT NULL DEFAULT ''",
};

// Version 5: how an impedance curve's points were read, beside its source.
constexpr const char *kVersion5[] = {
    "ALTER TABLE products ADD COLUMN curve_note TEXT NOT NULL DEFAULT ''",
};

const std::span<const char *const> kSteps[] = {kVersion1, kVersion2, kVersion3, kVersion4, kVersion5};

} // namespace

int latestVersion() { return static_cast<int>(std::size(kSteps)); }

int currentVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

QString migrateTo(QSqlDatabase &db, int version)
{
    // One IMMEDIATE transaction takes the write lock before the version is read, so two programs opening a new
    // database at once migrate it once: the second waits, then finds it current.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return QCoreApplication::translate("GearDatabase", "cannot start the migration: %1").arg(q.lastError().text());
    const auto fail = [&](const QString &error) {
        q.exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    const int from = currentVersion(db);
    if (from < 0)
        return fail(QCoreApplication::translate("GearDatabase", "cannot read the schema version: %1").arg(db.lastError().text()));
    if (from > latestVersion())
        return fail(QCoreApplication::translate("GearDatabase", "the database has schema version %1, newer than this Headroom understands (%2)")
                        .arg(from)
                        .arg(latestVersion()));
    for (int step = from + 1; step <= version; ++step)
        for (const char *statement : kSteps[step - 1])
            if (!q.exec(QString::fromLatin1(statement)))
                return fail(
                    QCoreApplication::translate("GearDatabase", "migration to schema version %1 failed: %2").arg(step).arg(q.lastError().text()));
    if (version > from && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return fail(QCoreApplication::translate("GearDatabase", "migration to schema version %1 failed: %2").arg(version).arg(q.lastError().text()));
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(QCoreApplication::translate("GearDatabase", "migration to schema version %1 failed: %2").arg(version).arg(q.lastError().text()));
    return {};
}

QString rebuildIndexes(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return q.lastError().text();
    for (const char *statement : {"REINDEX", "DELETE FROM products_fts", kFillSearchIndex})
        if (!q.exec(QString::fromLatin1(statement))) {
            const QString error = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return error;
        }
    return q.exec(QStringLiteral("COMMIT")) ? QString() : q.lastError().text();
}

QString migrate(QSqlDatabase &db) { return migrateTo(db, latestVersion()); }

} // namespace headroom::schema
