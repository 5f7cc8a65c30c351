// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The shared server's gear: writes, search and the clients' snapshots (the connection is in sharedserver.cpp).

#include "sharedserver.h"

#include "gearrank.h"
#include "gearsql.h"
#include "productformat.h"
#include "serversql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>

#include <set>

namespace headroom {
namespace {

constexpr int kMaxCandidates = 1000; // text matches ranked per search, as in the SQLite search
constexpr int kFetchBatch = 500;     // products fetched per statement when a snapshot catches up

/// The words the text search finds a product by: brand, model, variant, aliases and the run-together names, folded
/// as the user's search words are (gearrank.h), so both engines match the same products.
QString searchWords(const GearRecord &r)
{
    return searchTerms(QStringList{r.spec.brand, r.spec.model, r.spec.variant, r.aliases.join(u' '), compactNames(r)}.join(u' ')).join(u' ');
}

/// The product in the catalog's JSON form (productformat.h): one object.
QString productJson(const GearRecord &r)
{
    const QJsonArray one = QJsonDocument::fromJson(writeProducts({r}, ProductFormat::Json)).array();
    return QString::fromUtf8(QJsonDocument(one.at(0).toObject()).toJson(QJsonDocument::Compact));
}

/// The numeric figures as one JSON object {key: value}, which the figure filters read.
QString figuresJson(const GearRecord &r)
{
    QJsonObject figures;
    for (Field f : fieldsOf(r.spec.kind()))
        if (const auto value = r.spec.value(f))
            figures.insert(QLatin1StringView(fieldInfo(f).key), *value);
    return QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Compact));
}

QString idsJson(const QStringList &ids) { return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)); }

/// "hd:* & 600:*": every word as a prefix, all required. The words are letters and digits only.
QString prefixQuery(const QStringList &terms)
{
    QStringList parts;
    for (const QString &t : terms)
        parts << t + QStringLiteral(":*");
    return parts.join(QStringLiteral(" & "));
}

} // namespace

QString sharedGearId(const GearRecord &r)
{
    if (r.id.startsWith(u"shop-"))
        return r.id;
    const QString base = r.id.isEmpty() ? slugify(r.spec.displayName()) : r.id.startsWith(u"user-") ? r.id.mid(5) : r.id;
    return QStringLiteral("shop-") + base;
}

QString SharedServer::writeProduct(const GearRecord &r, Write write)
{
    // On an error the transaction is rolled back here, while the statement still exists: PostgreSQL cannot release
    // a prepared statement inside a failed transaction.
    const auto fail = [this](const QString &error) {
        rollback();
        return error;
    };
    const QVariant price = r.price ? QVariant(*r.price) : QVariant(QMetaType::fromType<double>());
    const QVariantList row{QString::fromLatin1(kindKey(r.spec.kind())),
                           sqlText(r.spec.brand),
                           sqlText(r.spec.model),
                           sqlText(r.spec.variant),
                           sqlText(r.aliases.join(u'\n')),
                           searchWords(r),
                           productJson(r),
                           figuresJson(r),
                           price,
                           sqlText(r.currency),
                           sqlText(r.stockNote)};
    // Every write of a product gives it a new revision, so the workstations' copies fetch it again.
    const QString stamp = QStringLiteral("revision = nextval('gear_revisions'), saved_by = current_user, saved_at = now()");
    const QString insert = QStringLiteral("INSERT INTO gear (id, kind, brand, model, variant, aliases, words, product, figures, price, currency,"
                                          " stock_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)");
    QSqlQuery q = write == Write::Update
        ? serverQuery(m_db,
                      QStringLiteral("UPDATE gear SET kind = ?, brand = ?, model = ?, variant = ?, aliases = ?, words = ?, product = ?::jsonb,"
                                     " figures = ?::jsonb, price = ?, currency = ?, stock_note = ?, %1 WHERE id = ?")
                          .arg(stamp),
                      row + QVariantList{r.id})
        : serverQuery(m_db,
                      write == Write::Insert ? insert
                                             : insert
                              + QStringLiteral(" ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, brand = EXCLUDED.brand, model = EXCLUDED.model,"
                                               " variant = EXCLUDED.variant, aliases = EXCLUDED.aliases, words = EXCLUDED.words,"
                                               " product = EXCLUDED.product, figures = EXCLUDED.figures, price = EXCLUDED.price,"
                                               " currency = EXCLUDED.currency, stock_note = EXCLUDED.stock_note, %1")
                                    .arg(stamp),
                      QVariantList{r.id} + row);
    if (q.lastError().nativeErrorCode() == QLatin1StringView(kUniqueViolation))
        return fail(
            QCoreApplication::translate("GearDatabase", "%1: a product with this id or this brand, model and variant exists already").arg(r.id));
    if (q.lastError().isValid())
        return fail(QStringLiteral("%1: %2").arg(r.id, serverError(q.lastError())));
    if (write == Write::Update && q.numRowsAffected() == 0)
        return fail(QCoreApplication::translate("SharedServer", "no product on the server has the id %1").arg(r.id));
    return {};
}

void SharedServer::rollback()
{
    if (m_db.isOpen()) // a dropped connection is rolled back by the server itself
        m_db.rollback();
}

QString SharedServer::insert(const QList<GearRecord> &records, const std::function<void(int)> &progress, Existing existing)
{
    if (!m_db.transaction())
        return serverError(m_db.lastError());
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (QString error = writeProduct(records[i], existing == Existing::Replace ? Write::Upsert : Write::Insert); !error.isEmpty())
            return error;
        if (progress)
            progress(static_cast<int>(i + 1));
    }
    return m_db.commit() ? QString() : serverError(m_db.lastError());
}

QString SharedServer::update(const GearRecord &record)
{
    if (!m_db.transaction())
        return serverError(m_db.lastError());
    if (QString error = writeProduct(record, Write::Update); !error.isEmpty())
        return error;
    return m_db.commit() ? QString() : serverError(m_db.lastError());
}

QString SharedServer::remove(const QString &id)
{
    QSqlQuery q = serverQuery(m_db, QStringLiteral("DELETE FROM gear WHERE id = ?"), {id});
    if (q.lastError().isValid())
        return serverError(q.lastError());
    return q.numRowsAffected() > 0 ? QString() : QCoreApplication::translate("SharedServer", "no product on the server has the id %1").arg(id);
}

int SharedServer::count()
{
    QSqlQuery q = serverQuery(m_db, QStringLiteral("SELECT count(*) FROM gear"));
    return q.next() ? q.value(0).toInt() : 0;
}

QList<std::pair<GearRecord, qint64>> SharedServer::fetch(const QStringList &ids, QString *error)
{
    QSqlQuery q = serverQuery(
        m_db, QStringLiteral("SELECT product::text, revision FROM gear WHERE id IN (SELECT jsonb_array_elements_text(?::jsonb))"), {idsJson(ids)});
    if (q.lastError().isValid() && error)
        *error = serverError(q.lastError());
    QList<std::pair<GearRecord, qint64>> fetched;
    while (q.next()) {
        // Read back with the catalog's own checks: a product changed on the server by hand is still validated.
        const ProductParse parse =
            parseProducts('[' + q.value(0).toString().toUtf8() + ']', ProductFormat::Json, m_address.url(), GearOrigin::User, false);
        if (!parse.errors.isEmpty()) {
            if (error)
                *error = parse.errors.first().toString();
            return {};
        }
        fetched.append({parse.records.first(), q.value(1).toLongLong()});
    }
    return fetched;
}

std::optional<GearRecord> SharedServer::find(const QString &id)
{
    const QList<std::pair<GearRecord, qint64>> found = fetch({id}, nullptr);
    return found.isEmpty() ? std::nullopt : std::optional<GearRecord>(found.first().first);
}

QList<GearHit> SharedServer::search(const GearQuery &query, QString *error)
{
    const QStringList terms = searchTerms(query.text);
    QStringList where;
    QVariantList values;
    if (!terms.isEmpty()) {
        where << QStringLiteral("search @@ to_tsquery('simple', ?)");
        values << prefixQuery(terms);
    }
    if (query.kind) {
        where << QStringLiteral("kind = ?");
        values << QString::fromLatin1(kindKey(*query.kind));
    }
    for (const SpecFilter &f : query.filters) {
        const char *op = f.op == SpecFilter::Op::AtLeast ? ">=" : f.op == SpecFilter::Op::AtMost ? "<=" : "=";
        where << QStringLiteral("(figures ->> ?)::double precision %1 ?").arg(QLatin1StringView(op));
        values << QString::fromLatin1(fieldInfo(f.field).key) << f.value;
    }
    const QString conditions = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    const QString select = QStringLiteral("SELECT id, kind, brand, model, variant, aliases FROM gear") + conditions;
    // Without text, the name index lists in order; with it, the matches are ranked as the SQLite search ranks them.
    QSqlQuery &q = terms.isEmpty()
        ? prepared(select + QStringLiteral(" ORDER BY lower(brand) COLLATE \"C\", lower(model) COLLATE \"C\", lower(variant) COLLATE \"C\" LIMIT ?"),
                   values + QVariantList{std::max(0, query.limit)})
        : prepared(select + QStringLiteral(" LIMIT %1").arg(kMaxCandidates), values);
    const auto done = qScopeGuard([&q] { q.finish(); });
    if (q.lastError().isValid() && error)
        *error = serverError(q.lastError());
    QList<GearHit> found;
    std::vector<RankCandidate> candidates;
    while (q.next()) {
        candidates.push_back({found.size(), rankNames(q.value(3).toString(), q.value(5).toString(), q.value(2).toString(), q.value(4).toString())});
        found.append(hitFrom(q, GearOrigin::Shared));
    }
    if (terms.isEmpty())
        return found;
    QList<GearHit> hits;
    for (const auto &[index, score] : rankByRelevance(terms, std::move(candidates), query.limit)) {
        hits.append(found[index]);
        hits.back().rank = -score;
    }
    return hits;
}

QSqlQuery &SharedServer::prepared(const QString &sql, const QVariantList &bound)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.emplace(sql, QSqlQuery(m_db)).first;
        it->second.setForwardOnly(true);
        it->second.prepare(sql);
    }
    for (qsizetype i = 0; i < bound.size(); ++i)
        it->second.bindValue(static_cast<int>(i), bound[i]);
    it->second.exec();
    return it->second;
}

QString SharedServer::sync(SharedGearSnapshot &snapshot)
{
    // One consistent view of the server for the whole catch-up, read only.
    if (!m_db.transaction())
        return serverError(m_db.lastError());
    const auto fail = [this](const QString &error) {
        rollback();
        return error;
    };
    if (QSqlQuery iso = serverQuery(m_db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")); iso.lastError().isValid())
        return fail(serverError(iso.lastError()));
    QSqlQuery q = serverQuery(m_db, QStringLiteral("SELECT id, revision FROM gear"));
    if (q.lastError().isValid())
        return fail(serverError(q.lastError()));
    std::set<QString> onServer;
    QStringList changed;
    while (q.next()) {
        const QString id = q.value(0).toString();
        onServer.insert(id);
        const auto known = snapshot.revisions.find(id);
        if (known == snapshot.revisions.end() || known->second != q.value(1).toLongLong())
            changed << id;
    }
    QList<std::pair<GearRecord, qint64>> fetched;
    for (qsizetype from = 0; from < changed.size(); from += kFetchBatch) {
        QString error;
        fetched += fetch(changed.mid(from, kFetchBatch), &error);
        if (!error.isEmpty())
            return fail(error);
    }
    m_db.commit();

    const std::set<QString> replaced(changed.cbegin(), changed.cend());
    snapshot.records.removeIf([&](const GearRecord &r) { return !onServer.contains(r.id) || replaced.contains(r.id); });
    std::erase_if(snapshot.revisions, [&](const auto &entry) { return !onServer.contains(entry.first); });
    for (auto &[record, revision] : fetched) {
        snapshot.revisions[record.id] = revision;
        snapshot.records.append(std::move(record));
    }
    return {};
}

} // namespace headroom
