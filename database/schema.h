// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The gear database schema: numbered steps applied in order, the version kept in PRAGMA user_version.

#include <QSqlDatabase>
#include <QString>

namespace headroom::schema {

/// The version a freshly migrated database has.
[[nodiscard]] int latestVersion();
[[nodiscard]] int currentVersion(QSqlDatabase &db);
/// Applies every step above the database's version in one transaction that reads the version under the write
/// lock; returns an error or empty. A database newer than this program is refused, never touched.
[[nodiscard]] QString migrate(QSqlDatabase &db);
/// Applies steps up to and including `version` only (tests build old databases with it).
[[nodiscard]] QString migrateTo(QSqlDatabase &db, int version);
/// Rebuilds what is derived from the products: every index and the search index. Returns an error or empty.
[[nodiscard]] QString rebuildIndexes(QSqlDatabase &db);

} // namespace headroom::schema
