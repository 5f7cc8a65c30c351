// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Small products for database tests.

#include "gearrecord.h"

#include <initializer_list>
#include <utility>

namespace headroom::test {

inline const QString kSource = QStringLiteral("https://example.com/spec");

/// A product with figures, each sourced from kSource as a manufacturer figure.
inline GearRecord product(const QString &id, DeviceKind kind, const QString &brand, const QString &model,
                          std::initializer_list<std::pair<Field, double>> figures, const QString &variant = {})
{
    GearRecord r;
    r.id = id;
    r.spec = DeviceSpec(kind);
    r.spec.brand = brand;
    r.spec.model = model;
    r.spec.variant = variant;
    for (const auto &[field, value] : figures) {
        r.spec.set(field, value);
        r.spec.sources.append({field, kSource, Provenance::Manufacturer, {}});
    }
    return r;
}

inline GearRecord headphones(const QString &id, const QString &brand, const QString &model, double ohms, double dbPerMw, const QString &variant = {})
{
    return product(id, DeviceKind::Headphones, brand, model, {{Field::ImpedanceOhm, ohms}, {Field::Sensitivity, dbPerMw}}, variant);
}

} // namespace headroom::test
