// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A product as the gear database knows it: the engine's spec plus catalog identity, aliases and provenance.

#include "gearspec.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace headroom {

/// Where a product comes from: the bundled catalog (read-only), the user's own gear, or the shop's gear shared on its
/// server (read-only here; docs/shared-server.md).
enum class GearOrigin : std::uint8_t { Catalog, User, Shared };

/// The origin's key in databases and files ("catalog", "user", "shared"), and back (unknown keys read as the catalog).
[[nodiscard]] const char *originKey(GearOrigin origin);
[[nodiscard]] GearOrigin originByKey(const QString &key);

struct GearRecord {
    QString id;          ///< stable: catalog ids are brand-model[-variant]; user ids start with "user-"
    DeviceSpec spec;     ///< figures with their sources (DeviceSpec::sources)
    QStringList aliases; ///< other spellings people search for
    QString notes;
    GearOrigin origin = GearOrigin::Catalog;
    QString basedOn;             ///< the catalog id a user entry was copied from
    std::optional<double> price; ///< your or the shop's gear only: what the shop sells it for, in `currency`
    QString currency;            ///< ISO 4217 code, "EUR"
    QString stockNote;           ///< your or the shop's gear only: "3 in the Main Street store"

    /// The price as people read it in their locale ("249,00 €"), or "" without one.
    [[nodiscard]] QString priceText() const;
    /// The price and the stock note, as the advice shows them ("249,00 € · 2 in the Main Street store"), or "".
    [[nodiscard]] QString shopText() const;
};

/// Whether a currency code is three capital letters (ISO 4217's form).
[[nodiscard]] bool isCurrencyCode(const QString &code);

/// What a search returns for one product.
struct GearHit {
    QString id;
    DeviceKind kind = DeviceKind::Headphones;
    QString brand;
    QString model;
    QString variant;
    GearOrigin origin = GearOrigin::Catalog;
    double rank = 0; ///< lower is more relevant (SQLite FTS5 bm25); 0 without search text

    [[nodiscard]] QString displayName() const;
};

/// A condition on a figure: impedanceOhm >= 250.
struct SpecFilter {
    enum class Op : std::uint8_t { AtLeast, AtMost, Equal };
    Field field;
    Op op;
    double value;
};

struct GearQuery {
    QString text; ///< words matched as prefixes against brand, model, variant and aliases
    std::optional<DeviceKind> kind;
    QList<SpecFilter> filters;
    int limit = 50;
};

/// Parses "impedanceOhm>=250", "gainMaxDb >= 60", "channels=4"; nullopt with a message otherwise.
[[nodiscard]] std::optional<SpecFilter> parseSpecFilter(const QString &text, QString *error);

/// A readable id fragment: "Sennheiser HD 600" → "sennheiser-hd-600".
[[nodiscard]] QString slugify(const QString &text);

} // namespace headroom
