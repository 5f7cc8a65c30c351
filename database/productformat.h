// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Products as text, for the bundled catalog, retailers' imports and exports: JSON (the catalog's own format,
// database/catalog/README.md) and CSV (one product a row, one column per figure). Reading validates every
// product and reports each problem with its place: file, line or JSON path, and field.

#include "gearrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace headroom {

/// One problem in an input file: "gear.csv:4: impedanceOhm: -32 is outside the sane range 1…1000000 Ω".
struct ProductError {
    QString location; ///< file:line (CSV) or file: $.json[path]
    QString field;    ///< the figure or column, when one is at fault
    QString message;
    [[nodiscard]] QString toString() const;
};

struct ProductParse {
    QList<GearRecord> records;
    QList<ProductError> errors;
    QStringList locations; ///< where each record was read, "file:line" or "file: $[i]"
};

enum class ProductFormat : std::uint8_t { Json, Csv };

/// The format a file name implies (.csv → CSV, anything else → JSON).
[[nodiscard]] ProductFormat productFormatOf(const QString &fileName);

/// Parses products. `requireSources`: every figure must carry a source URL (the catalog rule); imports may give
/// one source for a whole row instead.
[[nodiscard]] ProductParse parseProducts(const QByteArray &data, ProductFormat format, const QString &fileName, GearOrigin origin,
                                         bool requireSources = true);
/// Reads and parses several files as one set: duplicates are found across files too, named by both places.
[[nodiscard]] ProductParse parseProductFiles(const QStringList &paths, GearOrigin origin, bool requireSources = true);
[[nodiscard]] QByteArray writeProducts(const QList<GearRecord> &records, ProductFormat format);

} // namespace headroom
