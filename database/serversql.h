// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the shared server's two parts share (sharedserver.cpp: connection, schema, projects; sharedgear.cpp: gear).
// Internal to database/.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace headroom {

/// PostgreSQL's SQLSTATE codes that get a message of their own.
inline constexpr const char *kInsufficientPrivilege = "42501";
inline constexpr const char *kUniqueViolation = "23505";

/// The server's message for an error, saying so when the login's role may only read.
[[nodiscard]] QString serverError(const QSqlError &error);
/// Prepares and runs a statement with every value bound; the caller checks lastError().
[[nodiscard]] QSqlQuery serverQuery(QSqlDatabase &db, const QString &sql, const QVariantList &bound = {});

} // namespace headroom
