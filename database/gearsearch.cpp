// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geardatabase.h"

#include "gearrank.h"
#include "gearsql.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace headroom {
namespace {

constexpr int kMaxCandidates = 1000; // text matches ranked per search; broader queries rank their first 1,000

/// Every term as a quoted FTS5 prefix query, all required, in the name columns; a kind narrows it in the index.
QString ftsQuery(const QStringList &terms, std::optional<DeviceKind> kind)
{
    QStringList quoted;
    for (const QString &t : terms)
        quoted << QStringLiteral("\"%1\"*").arg(t);
    QString query = QStringLiteral("{brand model variant aliases compact} : (%1)").arg(quoted.join(u' '));
    if (kind)
        query += QStringLiteral(" AND kind : \"%1\"").arg(kindToken(*kind));
    return query;
}

QSqlQuery run(QSqlDatabase &db, const QString &sql, const QVariantList &bound)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : bound)
        q.addBindValue(v);
    if (!q.exec())
        qCWarning(lcDb) << "search failed:" << q.lastError().text();
    return q;
}

/// Rowids as one JSON array, bound as a single value and read back with json_each: far cheaper than a
/// placeholder per rowid for hundreds of them.
QString jsonRowids(const std::vector<qint64> &rowids)
{
    QString json = QStringLiteral("[");
    json.reserve(static_cast<qsizetype>(rowids.size()) * 7 + 2);
    for (std::size_t i = 0; i < rowids.size(); ++i) {
        if (i > 0)
            json += u',';
        json += QString::number(rowids[i]);
    }
    return json + u']';
}

} // namespace

const GearDatabase::FigureIndex &GearDatabase::figureIndex(Field f)
{
    // Another connection's commit changes data_version; this connection's own writes clear the map directly.
    QSqlQuery version(m_db);
    if (version.exec(QStringLiteral("PRAGMA data_version")) && version.next() && version.value(0).toLongLong() != m_dataVersion) {
        m_dataVersion = version.value(0).toLongLong();
        m_figureIndex.clear();
    }
    if (const auto it = m_figureIndex.find(f); it != m_figureIndex.end())
        return it->second;
    FigureIndex &index = m_figureIndex[f];
    QSqlQuery q =
        run(m_db, QStringLiteral("SELECT f.value, p.rowid FROM figures f JOIN products p ON p.id = f.product_id WHERE f.field = ? ORDER BY f.value"),
            {QString::fromLatin1(fieldInfo(f).key)});
    while (q.next())
        index.emplace_back(q.value(0).toDouble(), q.value(1).toLongLong());
    return index;
}

std::vector<qint64> GearDatabase::passing(const QList<SpecFilter> &filters)
{
    std::vector<qint64> result;
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const SpecFilter &filter = filters[i];
        const FigureIndex &index = figureIndex(filter.field);
        const auto below = [](const std::pair<double, qint64> &e, double v) { return e.first < v; };
        const auto above = [](double v, const std::pair<double, qint64> &e) { return v < e.first; };
        const auto from = filter.op == SpecFilter::Op::AtMost ? index.begin() : std::lower_bound(index.begin(), index.end(), filter.value, below);
        const auto to = filter.op == SpecFilter::Op::AtLeast ? index.end() : std::upper_bound(index.begin(), index.end(), filter.value, above);
        std::vector<qint64> rows;
        rows.reserve(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, to - from)));
        for (auto it = from; it < to; ++it)
            rows.push_back(it->second);
        std::sort(rows.begin(), rows.end());
        if (i == 0) {
            result = std::move(rows);
        } else {
            std::vector<qint64> both;
            std::set_intersection(result.begin(), result.end(), rows.begin(), rows.end(), std::back_inserter(both));
            result = std::move(both);
        }
    }
    return result;
}

QList<GearHit> GearDatabase::textSearch(const GearQuery &query, const QStringList &terms)
{
    // The full-text index finds the matches (the kind narrowed inside it); the first 1,000 cross into Qt as one
    // string of their names each and are ranked here (SQLite's bm25 costs microseconds a row on prefix terms);
    // only the winners are read in full. Without figure filters one statement does it, the matches materialised
    // so the planner cannot turn it inside out. With filters, the matching rowids come first, the filters are
    // applied in memory (figureIndex, far cheaper than a lookup per match), and only survivors are named.
    QSqlQuery names;
    if (query.filters.isEmpty()) {
        names = run(m_db,
                    QStringLiteral("WITH matches AS MATERIALIZED (SELECT rowid FROM products_fts WHERE products_fts MATCH ? LIMIT %1)"
                                   " SELECT p.rowid, p.model || char(31) || p.aliases || char(31) || p.brand || char(31) || p.variant"
                                   " FROM matches JOIN products p ON p.rowid = matches.rowid")
                        .arg(kMaxCandidates),
                    {ftsQuery(terms, query.kind)});
    } else {
        QSqlQuery matches = run(m_db, QStringLiteral("SELECT rowid FROM products_fts WHERE products_fts MATCH ?"), {ftsQuery(terms, query.kind)});
        const std::vector<qint64> allowed = passing(query.filters);
        std::vector<qint64> survivors;
        while (matches.next() && survivors.size() < kMaxCandidates)
            if (const qint64 rowid = matches.value(0).toLongLong(); std::binary_search(allowed.begin(), allowed.end(), rowid))
                survivors.push_back(rowid);
        if (survivors.empty())
            return {};
        names = run(m_db,
                    QStringLiteral("SELECT rowid, model || char(31) || aliases || char(31) || brand || char(31) || variant"
                                   " FROM products WHERE rowid IN (SELECT value FROM json_each(?))"),
                    {jsonRowids(survivors)});
    }

    std::vector<RankCandidate> candidates;
    while (names.next())
        candidates.push_back({names.value(0).toLongLong(), names.value(1).toString()});
    const std::vector<std::pair<qint64, double>> best = rankByRelevance(terms, std::move(candidates), query.limit);
    std::vector<qint64> winners;
    for (const auto &[rowid, score] : best)
        winners.push_back(rowid);
    if (winners.empty())
        return {};
    QSqlQuery q = run(
        m_db, QStringLiteral("SELECT id, kind, brand, model, variant, origin, rowid FROM products WHERE rowid IN (SELECT value FROM json_each(?))"),
        {jsonRowids(winners)});
    QHash<qint64, GearHit> byRow;
    while (q.next())
        byRow.insert(q.value(6).toLongLong(), hitFrom(q, originByKey(q.value(5).toString())));
    QList<GearHit> hits;
    for (const auto &[rowid, score] : best)
        if (auto it = byRow.find(rowid); it != byRow.end()) {
            it->rank = -score;
            hits.append(*it);
        }
    return hits;
}

QList<GearHit> GearDatabase::search(const GearQuery &query)
{
    if (const QStringList terms = searchTerms(query.text); !terms.isEmpty())
        return textSearch(query, terms);
    // Without text, the name index lists in order and stops at the limit; figure filters are primary-key lookups
    // per listed product. Every value is bound.
    QStringList where;
    QVariantList values;
    if (query.kind) {
        where << QStringLiteral("p.kind = ?");
        values << QString::fromLatin1(kindKey(*query.kind));
    }
    for (const SpecFilter &f : query.filters) {
        const char *op = f.op == SpecFilter::Op::AtLeast ? ">=" : f.op == SpecFilter::Op::AtMost ? "<=" : "=";
        where << QStringLiteral("EXISTS (SELECT 1 FROM figures f WHERE f.product_id = p.id AND f.field = ? AND f.value %1 ?)")
                     .arg(QLatin1StringView(op));
        values << QString::fromLatin1(fieldInfo(f.field).key) << f.value;
    }
    const QString conditions = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QSqlQuery q = run(m_db,
                      QStringLiteral("SELECT p.id, p.kind, p.brand, p.model, p.variant, p.origin FROM products p") + conditions
                          + QStringLiteral(" ORDER BY p.brand COLLATE NOCASE, p.model COLLATE NOCASE, p.variant COLLATE NOCASE LIMIT ?"),
                      values + QVariantList{std::max(0, query.limit)});
    QList<GearHit> hits;
    while (q.next())
        hits.append(hitFrom(q, originByKey(q.value(5).toString())));
    return hits;
}

} // namespace headroom
