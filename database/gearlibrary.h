// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The gear the user can pick from: the bundled catalog (read-only, replaced by updates) and the user's own gear
// (a separate database in the app-data location, never touched by catalog updates). A damaged user database is
// moved aside, never deleted, and Headroom goes on with the catalog.

#include "curvetext.h"
#include "geardatabase.h"
#include "productformat.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace headroom {

class Chain;

/// What an import did or would do.
struct ImportReport {
    QList<ProductError> errors; ///< nothing was imported when this is not empty
    int added = 0;
    bool dryRun = false;
};

/// What importing a measured impedance curve did.
struct CurveImportReport {
    QString error;   ///< nothing changed when this is not empty
    QString id;      ///< the product in your gear that carries the curve (a catalog product's copy)
    CurveText curve; ///< what was read from the file
};

/// What a catalog product now says differently from the snapshot a project holds: a figure, or one of its tables.
struct CatalogChange {
    enum class Table : std::uint8_t { None, ImpedanceCurve, LevelByLoad };
    QString deviceId;
    QString catalogId;
    Field field; ///< the figure, when `table` is None
    /// A figure's values; for a table, its number of points or ranges (empty: it has none).
    std::optional<double> snapshot;
    std::optional<double> catalog;
    Table table = Table::None;

    /// The key a script reads: the figure's, "impedanceCurve" or "levelByLoad".
    [[nodiscard]] const char *key() const;
    /// For people: "Sensitivity was 102.8 dB SPL, the catalog now says 97.0 dB SPL", "Impedance curve: none saved,
    /// the catalog now has one".
    [[nodiscard]] QString text() const;
};

class GearLibrary
{
public:
    /// Opens the catalog read-only and the user database as `userAccess` says (read-write creates it when missing).
    /// Problems with either are reported in notices(); the library works with whatever could be opened. Only a
    /// corrupt user database opened read-write is moved aside (with its -wal and -shm), and a notice says where.
    GearLibrary(const QString &catalogPath, const QString &userPath, GearDatabase::Access userAccess = GearDatabase::Access::ReadWrite);
    ~GearLibrary();

    /// The catalog installed with Headroom: $HEADROOM_CATALOG, or share/headroom/catalog.sqlite beside the
    /// executable's folder.
    [[nodiscard]] static QString defaultCatalogPath();
    /// user-gear.sqlite in the platform's app-data location.
    [[nodiscard]] static QString defaultUserPath();

    [[nodiscard]] const QStringList &notices() const { return m_notices; }
    [[nodiscard]] bool hasCatalog() const { return m_catalog != nullptr; }
    [[nodiscard]] bool userWritable() const { return m_user && m_user->writable(); }

    /// The shop's shared gear as last fetched from its server (sharedlink.h): searched and found with the rest, never
    /// changed here. Replaces what was set before; an error or empty.
    [[nodiscard]] QString setSharedGear(QList<GearRecord> records);
    [[nodiscard]] int sharedCount() const { return m_sharedCount; }

    /// Your gear's, the shop's and the catalog's hits merged by relevance, in that order among equals.
    [[nodiscard]] QList<GearHit> search(const GearQuery &query);
    [[nodiscard]] std::optional<GearRecord> find(const QString &id);
    /// Every product of these kinds, your gear and the catalog's, with its figures: what the advisor may try.
    [[nodiscard]] std::vector<Product> products(std::initializer_list<DeviceKind> kinds);

    /// Adds user gear; a product with the same brand, model and variant as any existing one is refused.
    [[nodiscard]] QString addUserGear(GearRecord record);
    /// A user copy of any product, to edit: id "user-…", marked as based on the original.
    [[nodiscard]] std::optional<GearRecord> copyForEditing(const QString &id);
    [[nodiscard]] QString updateUserGear(const GearRecord &record);
    [[nodiscard]] QString removeUserGear(const QString &id);

    /// Imports a CSV or JSON file into the user's gear: all products or none.
    [[nodiscard]] ImportReport importFile(const QString &path, bool dryRun);
    [[nodiscard]] ImportReport importData(const QByteArray &data, ProductFormat format, const QString &name, bool dryRun);
    /// Gives a pair of headphones in your gear the impedance curve of a measurement program's text export
    /// (curvetext.h), cited as `citation` (its URL may be empty for your own measurement). A catalog product gets a copy
    /// in your gear that carries it.
    [[nodiscard]] CurveImportReport importCurve(const QString &id, const QString &path, Citation citation);
    /// The whole catalog plus the user's gear.
    [[nodiscard]] QByteArray exportAll(ProductFormat format);

    /// Devices whose catalog figures changed since the project took its snapshot.
    [[nodiscard]] QList<CatalogChange> changesSince(const Chain &chain);

    /// A fresh id for user gear: "user-" + base, numbered when taken.
    [[nodiscard]] QString uniqueUserId(const QString &base);

private:
    void openUser(const QString &path, GearDatabase::Access access);
    /// Renames a corrupt database and its -wal and -shm beside it; the new name, or empty if it could not be moved.
    [[nodiscard]] static QString moveAside(const QString &path);

    std::unique_ptr<GearDatabase> m_catalog;
    std::unique_ptr<GearDatabase> m_user;
    std::unique_ptr<GearDatabase> m_shared; ///< in memory, filled from the shared gear's local copy
    int m_sharedCount = 0;
    QStringList m_notices;
};

} // namespace headroom
