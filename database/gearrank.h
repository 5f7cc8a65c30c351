// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// How a search reads the user's words and ranks the products that match them, the same for every database engine
// (SQLite's full-text index and PostgreSQL's text search only find the candidates). Internal to database/.

#include <QString>
#include <QStringList>

#include <vector>

namespace headroom {

/// The user's words, lower-case, letters and digits only: punctuation, quotes and SQL or text-search syntax in the
/// text become separators, so no input can change a query's meaning.
[[nodiscard]] QStringList searchTerms(const QString &text);

/// A product that matched: its key in the engine, and its names as one text (rankNames()).
struct RankCandidate {
    qint64 key = 0;
    QString names;
};

/// Model, aliases, brand and variant separated by U+001F, as rankByRelevance reads them.
[[nodiscard]] QString rankNames(const QString &model, const QString &aliases, const QString &brand, const QString &variant);

/// The best `limit` candidates, most relevant first (ties in name order), with their scores.
[[nodiscard]] std::vector<std::pair<qint64, double>> rankByRelevance(const QStringList &terms, std::vector<RankCandidate> candidates, int limit);

} // namespace headroom
