// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gearlibrary.h"

#include "chain.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <algorithm>
#include <limits>

namespace headroom {

GearLibrary::GearLibrary(const QString &catalogPath, const QString &userPath, GearDatabase::Access userAccess)
{
    if (!catalogPath.isEmpty()) {
        GearDatabase::Opened catalog = GearDatabase::open(catalogPath, GearDatabase::Access::ReadOnly);
        if (catalog.database)
            m_catalog = std::move(catalog.database);
        else
            m_notices << QCoreApplication::translate("GearLibrary", "The gear catalog is not available: %1").arg(catalog.error);
    }
    if (!userPath.isEmpty())
        openUser(userPath, userAccess);
}

GearLibrary::~GearLibrary() = default;

void GearLibrary::openUser(const QString &path, GearDatabase::Access access)
{
    const bool writing = access == GearDatabase::Access::ReadWrite;
    if (writing && path != u":memory:")
        QDir().mkpath(QFileInfo(path).absolutePath());
    GearDatabase::Opened user = GearDatabase::open(path, access);
    if (!user.database && user.damaged && writing) {
        // Keep the user's data: the damaged file is renamed beside the new one, never deleted.
        if (const QString aside = moveAside(path); !aside.isEmpty()) {
            m_notices << QCoreApplication::translate("GearLibrary",
                                                     "Your gear database could not be read (%1). It was kept as %2 "
                                                     "and a new, empty one was started.")
                             .arg(user.error, aside);
            user = GearDatabase::open(path, access);
        }
    }
    if (user.repaired)
        m_notices << QCoreApplication::translate("GearLibrary",
                                                 "Your gear database had broken indexes; they were rebuilt from your "
                                                 "products, and nothing was lost.");
    if (!user.database && writing && QFileInfo::exists(path)) {
        // Busy, full, unwritable or newer: left as it is. Your gear may still be readable.
        GearDatabase::Opened readOnly = GearDatabase::open(path, GearDatabase::Access::ReadOnly);
        if (readOnly.database) {
            m_notices << QCoreApplication::translate("GearLibrary",
                                                     "Your gear database is read-only (%1): you can use your gear "
                                                     "but not change it.")
                             .arg(user.error);
            m_user = std::move(readOnly.database);
            return;
        }
    }
    if (!user.database) {
        m_notices << (QFileInfo::exists(path) ? QCoreApplication::translate("GearLibrary",
                                                                            "Your own gear is not available: %1. Its file was "
                                                                            "left as it is.")
                                              : QCoreApplication::translate("GearLibrary", "Your own gear is not available: %1"))
                         .arg(user.error);
        return;
    }
    m_user = std::move(user.database);
}

QString GearLibrary::moveAside(const QString &path)
{
    const QString aside = QStringLiteral("%1.damaged-%2").arg(path, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (QFileInfo::exists(aside) || !QFile::rename(path, aside))
        return {};
    // The -wal may hold the newest of the user's changes: it travels with its database, never deleted.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, aside + suffix);
    return aside;
}

QString GearLibrary::defaultCatalogPath()
{
    if (const QString overridden = qEnvironmentVariable("HEADROOM_CATALOG"); !overridden.isEmpty())
        return overridden;
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/headroom/catalog.sqlite"));
}

QString GearLibrary::defaultUserPath()
{
    // One location for every Headroom program (the app and headroom-cli share the user's gear).
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).absoluteFilePath(QStringLiteral("Headroom/user-gear.sqlite"));
}

QList<GearHit> GearLibrary::search(const GearQuery &query)
{
    QList<GearHit> hits;
    for (GearDatabase *db : {m_user.get(), m_shared.get(), m_catalog.get()})
        if (db)
            hits += db->search(query);
    std::stable_sort(hits.begin(), hits.end(), [](const GearHit &a, const GearHit &b) { return a.rank < b.rank; });
    if (hits.size() > query.limit)
        hits.resize(std::max(0, query.limit));
    return hits;
}

std::optional<GearRecord> GearLibrary::find(const QString &id)
{
    for (GearDatabase *db : {m_user.get(), m_shared.get()})
        if (db)
            if (auto r = db->find(id))
                return r;
    return m_catalog ? m_catalog->find(id) : std::nullopt;
}

QString GearLibrary::setSharedGear(QList<GearRecord> records)
{
    GearDatabase::Opened opened = GearDatabase::open(QStringLiteral(":memory:"), GearDatabase::Access::ReadWrite);
    if (!opened.database)
        return opened.error;
    for (GearRecord &r : records)
        r.origin = GearOrigin::Shared;
    if (QString error = opened.database->insert(records); !error.isEmpty())
        return error;
    m_shared = std::move(opened.database);
    m_sharedCount = static_cast<int>(records.size());
    return {};
}

std::vector<Product> GearLibrary::products(std::initializer_list<DeviceKind> kinds)
{
    std::vector<Product> out;
    for (DeviceKind kind : kinds) {
        GearQuery query;
        query.kind = kind;
        query.limit = std::numeric_limits<int>::max();
        for (const GearHit &hit : search(query))
            if (std::optional<GearRecord> record = find(hit.id))
                out.push_back({record->id, record->spec});
    }
    return out;
}

QString GearLibrary::uniqueUserId(const QString &base)
{
    QString id = base.startsWith(u"user-") ? base : QStringLiteral("user-") + base;
    const QString stem = id;
    for (int n = 2; find(id); ++n)
        id = QStringLiteral("%1-%2").arg(stem).arg(n);
    return id;
}

QString GearLibrary::addUserGear(GearRecord record)
{
    if (!userWritable())
        return QCoreApplication::translate("GearLibrary", "your gear cannot be changed: its database is not writable");
    for (GearDatabase *db : {m_user.get(), m_shared.get(), m_catalog.get()})
        if (db)
            if (auto existing = db->findIdentity(record.spec.brand, record.spec.model, record.spec.variant))
                return QCoreApplication::translate("GearLibrary", "%1 exists already (%2)").arg(record.spec.displayName(), *existing);
    record.origin = GearOrigin::User;
    record.id = uniqueUserId(record.id.isEmpty() ? slugify(record.spec.displayName()) : record.id);
    return m_user->insert({record});
}

std::optional<GearRecord> GearLibrary::copyForEditing(const QString &id)
{
    std::optional<GearRecord> record = find(id);
    if (!record)
        return std::nullopt;
    if (record->origin != GearOrigin::User) {
        record->basedOn = record->id;
        record->id = uniqueUserId(record->id);
        record->origin = GearOrigin::User;
        record->spec.variant = record->spec.variant.isEmpty() ? QCoreApplication::translate("GearLibrary", "my copy")
                                                              : QCoreApplication::translate("GearLibrary", "%1, my copy").arg(record->spec.variant);
    }
    return record;
}

QString GearLibrary::updateUserGear(const GearRecord &record)
{
    if (!userWritable())
        return QCoreApplication::translate("GearLibrary", "your gear cannot be changed: its database is not writable");
    if (!m_user->find(record.id))
        return QCoreApplication::translate("GearLibrary", "\"%1\" is not in your gear (catalog entries are edited as copies)").arg(record.id);
    GearRecord user = record;
    user.origin = GearOrigin::User;
    return m_user->update(user);
}

QString GearLibrary::removeUserGear(const QString &id)
{
    if (!userWritable())
        return QCoreApplication::translate("GearLibrary", "your gear cannot be changed: its database is not writable");
    if (m_catalog && m_catalog->find(id) && !m_user->find(id))
        return QCoreApplication::translate("GearLibrary", "\"%1\" is part of the catalog, which cannot be changed").arg(id);
    return m_user->remove(id);
}

ImportReport GearLibrary::importFile(const QString &path, bool dryRun)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.dryRun = dryRun;
        report.errors.append({path, {}, QCoreApplication::translate("GearLibrary", "cannot be read: %1").arg(file.errorString())});
        return report;
    }
    return importData(file.readAll(), productFormatOf(path), path, dryRun);
}

CurveImportReport GearLibrary::importCurve(const QString &id, const QString &path, Citation citation)
{
    CurveImportReport report;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = QStringLiteral("%1: %2").arg(path, QCoreApplication::translate("GearLibrary", "cannot be read: %1").arg(file.errorString()));
        return report;
    }
    report.curve = readCurveText(file.readAll());
    if (!report.curve.error.isEmpty()) {
        report.error = QStringLiteral("%1: %2").arg(path, report.curve.error);
        return report;
    }
    const std::optional<GearRecord> original = find(id);
    std::optional<GearRecord> record = copyForEditing(id);
    if (!original || !record) {
        report.error = QCoreApplication::translate("GearLibrary", "no product \"%1\"").arg(id);
        return report;
    }
    if (!kindHasField(record->spec.kind(), Field::ImpedanceOhm)) {
        report.error = QCoreApplication::translate("GearLibrary", "%1 is not a pair of headphones: only headphones have an impedance curve")
                           .arg(record->spec.displayName());
        return report;
    }
    record->spec.setImpedanceCurve(report.curve.points);
    record->spec.curveCitation = std::move(citation);
    const bool copy = original->origin == GearOrigin::Catalog;
    report.error = copy ? addUserGear(*record) : updateUserGear(*record);
    if (report.error.isEmpty())
        report.id = record->id;
    return report;
}

ImportReport GearLibrary::importData(const QByteArray &data, ProductFormat format, const QString &name, bool dryRun)
{
    ImportReport report;
    report.dryRun = dryRun;
    ProductParse parse = parseProducts(data, format, name, GearOrigin::User, false);
    report.errors = parse.errors;
    if (!userWritable() && !dryRun)
        report.errors.append({name, {}, QCoreApplication::translate("GearLibrary", "your gear cannot be changed: its database is not writable")});
    // Checked against the gear there is, in a dry run too: a dry run reports what the import would.
    QHash<QString, QString> taken; // ids given in this file, as they will be stored
    for (qsizetype i = 0; i < parse.records.size(); ++i) {
        GearRecord &r = parse.records[i];
        const QString location = parse.locations.value(i, name);
        bool exists = false;
        for (GearDatabase *db : {m_user.get(), m_catalog.get()})
            if (db)
                if (auto existing = db->findIdentity(r.spec.brand, r.spec.model, r.spec.variant)) {
                    report.errors.append({location, QStringLiteral("model"),
                                          QCoreApplication::translate("GearLibrary", "%1 exists already (%2)").arg(r.spec.displayName(), *existing)});
                    exists = true;
                }
        if (!r.id.startsWith(u"user-"))
            r.id = QStringLiteral("user-") + r.id;
        if (!exists && find(r.id)) // another product under the same id
            report.errors.append(
                {location, QStringLiteral("id"), QCoreApplication::translate("GearLibrary", "\"%1\" is taken by a product in your gear").arg(r.id)});
        // "a" and "user-a" in one file are one id once prefixed: found here, in a dry run too, not by the database.
        if (const auto it = taken.constFind(r.id); it != taken.cend())
            report.errors.append(
                {location, QStringLiteral("id"), QCoreApplication::translate("Products", "\"%1\" is used by %2 too").arg(r.id, *it)});
        taken.insert(r.id, location);
        r.origin = GearOrigin::User;
    }
    if (!report.errors.isEmpty())
        return report;
    if (!dryRun)
        if (const QString error = m_user->insert(parse.records); !error.isEmpty()) {
            report.errors.append({name, {}, error});
            return report;
        }
    report.added = static_cast<int>(parse.records.size());
    return report;
}

QByteArray GearLibrary::exportAll(ProductFormat format)
{
    QList<GearRecord> records;
    if (m_catalog)
        records = m_catalog->all();
    if (m_user)
        records += m_user->all();
    return writeProducts(records, format);
}

QList<CatalogChange> GearLibrary::changesSince(const Chain &chain)
{
    QList<CatalogChange> changes;
    for (const Device &d : chain.devices) {
        if (d.catalogId.isEmpty())
            continue;
        const std::optional<GearRecord> current = find(d.catalogId);
        if (!current || current->spec.kind() != d.spec.kind())
            continue;
        for (Field f : fieldsOf(d.spec.kind()))
            if (d.spec.value(f) != current->spec.value(f))
                changes.append({d.id, d.catalogId, f, d.spec.value(f), current->spec.value(f)});
        const auto table = [&](CatalogChange::Table which, const auto &saved, const auto &now) {
            const auto size = [](const auto &rows) { return rows.empty() ? std::nullopt : std::optional<double>(static_cast<double>(rows.size())); };
            if (saved != now)
                changes.append({d.id, d.catalogId, Field{}, size(saved), size(now), which});
        };
        table(CatalogChange::Table::ImpedanceCurve, d.spec.impedanceCurve(), current->spec.impedanceCurve());
        table(CatalogChange::Table::LevelByLoad, d.spec.levelByLoad(), current->spec.levelByLoad());
    }
    return changes;
}

const char *CatalogChange::key() const
{
    switch (table) {
    case Table::ImpedanceCurve:
        return "impedanceCurve";
    case Table::LevelByLoad:
        return "levelByLoad";
    case Table::None:
        break;
    }
    return fieldInfo(field).key;
}

QString CatalogChange::text() const
{
    if (table == Table::None) {
        const auto shown = [this](std::optional<double> v) { return v ? figureText(field, *v) : QCoreApplication::translate("Catalog", "unknown"); };
        return QCoreApplication::translate("Catalog", "%1 was %2, the catalog now says %3")
            .arg(QCoreApplication::translate("Field", fieldInfo(field).label), shown(snapshot), shown(catalog));
    }
    const QString name = table == Table::ImpedanceCurve ? QCoreApplication::translate("Catalog", "Impedance curve")
                                                        : QCoreApplication::translate("Catalog", "Maximum level per load");
    if (!snapshot)
        return QCoreApplication::translate("Catalog", "%1: none saved, the catalog now has one").arg(name);
    if (!catalog)
        return QCoreApplication::translate("Catalog", "%1: the catalog no longer has one").arg(name);
    return QCoreApplication::translate("Catalog", "%1: the catalog's differs from the saved one").arg(name);
}

} // namespace headroom
