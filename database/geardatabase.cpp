// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geardatabase.h"

#include "gearsql.h"
#include "schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace headroom {

Q_LOGGING_CATEGORY(lcDb, "headroom.db")

namespace {

/// SQLite's primary result codes for a file that is not a database or whose pages are broken: the only errors
/// that may have a file moved aside. Busy, locked, full, I/O and permission errors leave it alone.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

QString connectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("headroom-gear-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

bool GearDatabase::isCorruption(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes keep the primary one in the low byte
    return ok && (code == kSqliteCorrupt || code == kSqliteNotADatabase);
}

GearDatabase::Opened GearDatabase::open(const QString &path, Access access)
{
    const bool memory = path == u":memory:";
    if (!memory && access == Access::ReadOnly && !QFileInfo::exists(path))
        return {nullptr, QCoreApplication::translate("GearDatabase", "%1 does not exist").arg(path), false};
    // The connection lives only inside the GearDatabase: no other handle may outlive it (removeDatabase() warns).
    std::unique_ptr<GearDatabase> gear(
        new GearDatabase(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName()), path, memory ? Access::ReadWrite : access));
    gear->m_db.setDatabaseName(path);
    if (access == Access::ReadOnly && !memory)
        gear->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!gear->m_db.open())
        return {nullptr, QCoreApplication::translate("GearDatabase", "%1 cannot be opened: %2").arg(path, gear->m_db.lastError().text()), false};

    // A file that is not SQLite fails here, at the first read; a busy, full or unreadable one fails too, but is not
    // damaged and must be left alone.
    const Check check = gear->check();
    if (!check.problem.isEmpty())
        return {nullptr, QCoreApplication::translate("GearDatabase", "%1: %2").arg(path, check.problem), check.damaged};

    QSqlQuery q(gear->m_db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA cache_size = -16000")); // 16 MB: a 50,000-product catalog stays in memory
    q.exec(QStringLiteral("PRAGMA mmap_size = 268435456"));
    if (gear->writable() && !memory)
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.finish();

    const int version = schema::currentVersion(gear->m_db);
    if (version > schema::latestVersion()) // a newer Headroom's database: refused, never moved aside
        return {nullptr,
                QCoreApplication::translate("GearDatabase", "%1 has schema version %2, newer than this Headroom understands (%3)")
                    .arg(path)
                    .arg(version)
                    .arg(schema::latestVersion()),
                false};
    if (version != schema::latestVersion()) {
        if (!gear->writable()) {
            gear.reset(); // the file is only read: its connection closes before the copy is made
            return openMigratedCopy(path, version);
        }
        if (const QString error = schema::migrate(gear->m_db); !error.isEmpty())
            return {nullptr, QStringLiteral("%1: %2").arg(path, error), false};
    }
    if (!q.exec(QStringLiteral("SELECT count(*) FROM products")))
        return {nullptr, QCoreApplication::translate("GearDatabase", "%1 is not a Headroom gear database: %2").arg(path, q.lastError().text()),
                isCorruption(q.lastError())};
    Opened opened{std::move(gear), {}, false};
    opened.repaired = check.repaired;
    return opened;
}

GearDatabase::Opened GearDatabase::openMigratedCopy(const QString &path, int version)
{
    // Read-only access never migrates the file (the command line never changes your gear's database): an older one
    // is read through a migrated copy in a temporary folder, which goes when the database closes.
    auto folder = std::make_unique<QTemporaryDir>();
    const QString copy = folder->filePath(QStringLiteral("gear.sqlite"));
    const QString wal = path + QStringLiteral("-wal"); // committed changes not yet written back to the file
    if (!folder->isValid() || !QFile::copy(path, copy) || (QFile::exists(wal) && !QFile::copy(wal, copy + QStringLiteral("-wal"))))
        return {
            nullptr,
            QCoreApplication::translate("GearDatabase", "%1 has schema version %2; this Headroom reads version %3 and could not copy it to read it")
                .arg(path)
                .arg(version)
                .arg(schema::latestVersion()),
            false};
    Opened opened = open(copy, Access::ReadWrite);
    if (opened.database) {
        opened.database->m_copy = std::move(folder);
        opened.database->m_access = Access::ReadOnly;
        opened.database->m_path = path;
    }
    return opened;
}

GearDatabase::Check GearDatabase::check()
{
    // The catalog is built and checked before it ships: the quick check (pages and records) is enough. Your gear is
    // written in place, where a torn write can break an index the quick check does not compare with its table (a
    // product then vanishes from listings): it gets the full check, and what is derived from the products (the
    // indexes, the search index) is rebuilt when that is all that is wrong.
    const bool full = writable();
    QStringList problems = integrityProblems(full);
    if (problems.isEmpty())
        return {};
    if (m_lastCheckError.isValid() && !isCorruption(m_lastCheckError))
        return {problems.join(u"; "), false, false}; // busy, locked, full, unreadable: not damaged
    if (full && schema::rebuildIndexes(m_db).isEmpty() && integrityProblems(true).isEmpty()) {
        qCWarning(lcDb) << "rebuilt the indexes of" << m_path << "after:" << problems;
        return {{}, false, true};
    }
    return {QCoreApplication::translate("GearDatabase", "it is damaged or not a database: %1").arg(problems.join(u"; ")), true, false};
}

QStringList GearDatabase::integrityProblems(bool full)
{
    m_lastCheckError = {};
    QSqlQuery q(m_db);
    QStringList problems;
    if (!q.exec(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"))) {
        m_lastCheckError = q.lastError();
        return {q.lastError().text()};
    }
    while (q.next())
        if (const QString line = q.value(0).toString(); line != u"ok")
            problems << line;
    q.finish();
    // The search index keeps its own structures, which the integrity check does not compare with the products.
    if (full && problems.isEmpty() && hasTable(QStringLiteral("products_fts"))
        && !q.exec(QStringLiteral("INSERT INTO products_fts (products_fts) VALUES ('integrity-check')"))) {
        const QSqlError error = q.lastError();
        if (!isCorruption(error))
            m_lastCheckError = error;
        problems << error.text();
    }
    return problems;
}

bool GearDatabase::hasTable(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next();
}

GearDatabase::GearDatabase(QSqlDatabase db, QString path, Access access) : m_db(std::move(db)), m_path(std::move(path)), m_access(access) {}

GearDatabase::~GearDatabase()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase(); // the last handle must go before the connection is removed
    QSqlDatabase::removeDatabase(name);
}

int GearDatabase::schemaVersion() { return schema::currentVersion(m_db); }

int GearDatabase::count()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM products")) && q.next() ? q.value(0).toInt() : 0;
}

/// The statements that write products, prepared once per transaction rather than once per product.
struct GearDatabase::Writer {
    explicit Writer(const QSqlDatabase &db) : product(db), figure(db), point(db), level(db), fts(db)
    {
        product.prepare(QStringLiteral("INSERT INTO products (id, kind, brand, model, variant, notes, aliases, origin, based_on,"
                                       " curve_source, curve_provenance, price, currency, stock_note, level_source, level_provenance,"
                                       " level_note, curve_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        figure.prepare(QStringLiteral("INSERT INTO figures (product_id, field, value, source, provenance, note) VALUES (?, ?, ?, ?, ?, ?)"));
        point.prepare(QStringLiteral("INSERT INTO impedance_points (product_id, hz, ohms, phase) VALUES (?, ?, ?, ?)"));
        level.prepare(QStringLiteral("INSERT INTO load_levels (product_id, from_ohm, to_ohm, volts) VALUES (?, ?, ?, ?)"));
        fts.prepare(QStringLiteral("INSERT INTO products_fts (rowid, brand, model, variant, aliases, compact, kind) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery product, figure, point, level, fts;
};

QString GearDatabase::write(Writer &w, const GearRecord &r)
{
    int i = 0;
    for (const QVariant &v :
         {sqlText(r.id), sqlText(QString::fromLatin1(kindKey(r.spec.kind()))), sqlText(r.spec.brand), sqlText(r.spec.model), sqlText(r.spec.variant),
          sqlText(r.notes), sqlText(r.aliases.join(u'\n')), sqlText(QString::fromLatin1(originKey(r.origin))), sqlText(r.basedOn),
          sqlText(r.spec.curveCitation.url), sqlText(QString::fromLatin1(provenanceKey(r.spec.curveCitation.provenance))),
          r.price ? QVariant(*r.price) : QVariant(QMetaType::fromType<double>()), sqlText(r.currency), sqlText(r.stockNote),
          sqlText(r.spec.levelCitation.url), sqlText(QString::fromLatin1(provenanceKey(r.spec.levelCitation.provenance))),
          sqlText(r.spec.levelCitation.note), sqlText(r.spec.curveCitation.note)})
        w.product.bindValue(i++, v);
    if (!w.product.exec()) {
        if (w.product.lastError().text().contains(u"UNIQUE"))
            return QCoreApplication::translate("GearDatabase", "%1: a product with this id or this brand, model and variant exists already")
                .arg(r.id);
        return QStringLiteral("%1: %2").arg(r.id, w.product.lastError().text());
    }
    const QVariant rowid = w.product.lastInsertId();

    for (Field f : fieldsOf(r.spec.kind())) {
        const auto value = r.spec.value(f);
        if (!value)
            continue;
        const FieldSource *source = r.spec.source(f);
        w.figure.bindValue(0, r.id);
        w.figure.bindValue(1, QString::fromLatin1(fieldInfo(f).key));
        w.figure.bindValue(2, *value);
        w.figure.bindValue(3, sqlText(source ? source->url : QString()));
        w.figure.bindValue(4, QString::fromLatin1(provenanceKey(source ? source->provenance : Provenance::Manufacturer)));
        w.figure.bindValue(5, sqlText(source ? source->note : QString()));
        if (!w.figure.exec())
            return QStringLiteral("%1: %2").arg(r.id, w.figure.lastError().text());
    }
    // A row of the product's curve or level table: its id, then the values; the error, or empty.
    const auto insertRow = [&r](QSqlQuery &q, std::initializer_list<QVariant> values) {
        q.bindValue(0, r.id);
        int column = 1;
        for (const QVariant &v : values)
            q.bindValue(column++, v);
        return q.exec() ? QString() : QStringLiteral("%1: %2").arg(r.id, q.lastError().text());
    };
    for (const ImpedancePoint &p : r.spec.impedanceCurve())
        if (QString error = insertRow(w.point, {p.hz, p.ohms, p.phaseDeg}); !error.isEmpty())
            return error;
    for (const LoadLevel &l : r.spec.levelByLoad())
        if (QString error = insertRow(w.level, {l.fromOhm, l.toOhm, l.volts}); !error.isEmpty())
            return error;
    w.fts.bindValue(0, rowid);
    i = 1;
    for (const QString &v : {r.spec.brand, r.spec.model, r.spec.variant, r.aliases.join(u' '), compactNames(r), kindToken(r.spec.kind())})
        w.fts.bindValue(i++, sqlText(v));
    return w.fts.exec() ? QString() : QStringLiteral("%1: %2").arg(r.id, w.fts.lastError().text());
}

QString GearDatabase::removeRows(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM products_fts WHERE rowid = (SELECT rowid FROM products WHERE id = ?)"));
    q.addBindValue(id);
    if (!q.exec())
        return q.lastError().text();
    q.prepare(QStringLiteral("DELETE FROM products WHERE id = ?")); // figures, curve points and load levels cascade
    q.addBindValue(id);
    return q.exec() ? QString() : q.lastError().text();
}

QString GearDatabase::beginWrite()
{
    // IMMEDIATE: the write lock is taken (waiting for another program's write to finish) before anything is read, so
    // the transaction never has to upgrade a stale read, which SQLite refuses at once with "database is locked".
    // SQLite keeps writing to a file that was deleted or moved away under it, and those writes are lost at close.
    if (m_path != u":memory:" && !QFileInfo::exists(m_path))
        return QCoreApplication::translate("GearDatabase", "%1 was moved or deleted while it was open; nothing was written").arg(m_path);
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("BEGIN IMMEDIATE")) ? QString() : q.lastError().text();
}

QString GearDatabase::insert(const QList<GearRecord> &records)
{
    m_figureIndex.clear();
    if (!writable())
        return QCoreApplication::translate("GearDatabase", "%1 is read-only").arg(m_path);
    if (const QString error = beginWrite(); !error.isEmpty())
        return error;
    Writer writer(m_db);
    for (const GearRecord &r : records)
        if (const QString error = write(writer, r); !error.isEmpty()) {
            m_db.rollback();
            return error;
        }
    return m_db.commit() ? QString() : m_db.lastError().text();
}

QString GearDatabase::update(const GearRecord &record)
{
    m_figureIndex.clear();
    if (!writable())
        return QCoreApplication::translate("GearDatabase", "%1 is read-only").arg(m_path);
    if (const QString error = beginWrite(); !error.isEmpty())
        return error;
    QString error = removeRows(record.id);
    if (error.isEmpty()) {
        Writer writer(m_db);
        error = write(writer, record);
    }
    if (!error.isEmpty()) {
        m_db.rollback();
        return error;
    }
    return m_db.commit() ? QString() : m_db.lastError().text();
}

QString GearDatabase::remove(const QString &id)
{
    m_figureIndex.clear();
    if (!writable())
        return QCoreApplication::translate("GearDatabase", "%1 is read-only").arg(m_path);
    if (!find(id))
        return QCoreApplication::translate("GearDatabase", "no product \"%1\"").arg(id);
    if (const QString error = beginWrite(); !error.isEmpty())
        return error;
    if (const QString error = removeRows(id); !error.isEmpty()) {
        m_db.rollback();
        return error;
    }
    return m_db.commit() ? QString() : m_db.lastError().text();
}

std::optional<GearRecord> GearDatabase::find(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kind, brand, model, variant, notes, aliases, origin, based_on, curve_source, curve_provenance,"
                             " price, currency, stock_note, level_source, level_provenance, level_note, curve_note FROM products WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const auto kind = kindByKey(q.value(0).toString());
    if (!kind) {
        qCWarning(lcDb) << "product" << id << "has an unknown kind" << q.value(0).toString();
        return std::nullopt;
    }
    GearRecord r;
    r.id = id;
    r.spec = DeviceSpec(*kind);
    r.spec.brand = q.value(1).toString();
    r.spec.model = q.value(2).toString();
    r.spec.variant = q.value(3).toString();
    r.notes = q.value(4).toString();
    r.aliases = q.value(5).toString().split(u'\n', Qt::SkipEmptyParts);
    r.origin = originByKey(q.value(6).toString());
    r.basedOn = q.value(7).toString();
    r.spec.curveCitation.url = q.value(8).toString();
    r.spec.curveCitation.provenance = provenanceByKey(q.value(9).toString()).value_or(Provenance::Measurement);
    if (!q.value(10).isNull())
        r.price = q.value(10).toDouble();
    r.currency = q.value(11).toString();
    r.stockNote = q.value(12).toString();
    r.spec.levelCitation.url = q.value(13).toString();
    r.spec.levelCitation.provenance = provenanceByKey(q.value(14).toString()).value_or(Provenance::Manufacturer);
    r.spec.levelCitation.note = q.value(15).toString();
    r.spec.curveCitation.note = q.value(16).toString();

    q.prepare(QStringLiteral("SELECT field, value, source, provenance, note FROM figures WHERE product_id = ?"));
    q.addBindValue(id);
    q.exec();
    while (q.next()) {
        const auto field = fieldByKey(q.value(0).toString());
        if (!field || !kindHasField(*kind, *field))
            continue; // a figure a newer catalog added: ignored by this version
        r.spec.set(*field, q.value(1).toDouble());
        if (!q.value(2).toString().isEmpty())
            r.spec.sources.append(
                {*field, q.value(2).toString(), provenanceByKey(q.value(3).toString()).value_or(Provenance::Manufacturer), q.value(4).toString()});
    }
    q.prepare(QStringLiteral("SELECT hz, ohms, phase FROM impedance_points WHERE product_id = ? ORDER BY hz"));
    q.addBindValue(id);
    q.exec();
    std::vector<ImpedancePoint> curve;
    while (q.next())
        curve.push_back({q.value(0).toDouble(), q.value(1).toDouble(), q.value(2).toDouble()});
    r.spec.setImpedanceCurve(std::move(curve));
    q.prepare(QStringLiteral("SELECT from_ohm, to_ohm, volts FROM load_levels WHERE product_id = ? ORDER BY from_ohm"));
    q.addBindValue(id);
    q.exec();
    std::vector<LoadLevel> levels;
    while (q.next())
        levels.push_back({q.value(0).toDouble(), q.value(1).toDouble(), q.value(2).toDouble()});
    r.spec.setLevelByLoad(std::move(levels));
    return r;
}

std::optional<QString> GearDatabase::findIdentity(const QString &brand, const QString &model, const QString &variant)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM products WHERE brand = ? COLLATE NOCASE AND model = ? COLLATE NOCASE"
                             " AND variant = ? COLLATE NOCASE"));
    q.addBindValue(sqlText(brand));
    q.addBindValue(sqlText(model));
    q.addBindValue(sqlText(variant));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

QString GearDatabase::finishCatalog()
{
    QSqlQuery q(m_db);
    for (const char *statement : {"INSERT INTO products_fts (products_fts) VALUES ('optimize')", "PRAGMA journal_mode = DELETE", "VACUUM"})
        if (!q.exec(QString::fromLatin1(statement)))
            return q.lastError().text();
    return {};
}

QList<GearRecord> GearDatabase::all()
{
    QStringList ids;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT id FROM products ORDER BY kind, brand COLLATE NOCASE, model COLLATE NOCASE, variant"));
    while (q.next())
        ids << q.value(0).toString();
    QList<GearRecord> records;
    for (const QString &id : ids)
        if (auto r = find(id))
            records.append(std::move(*r));
    return records;
}

} // namespace headroom