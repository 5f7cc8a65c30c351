// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the gear database's two parts share (geardatabase.cpp: files, schema and writes; gearsearch.cpp: search).
// Internal to database/.

#include "gearrecord.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace headroom {

Q_DECLARE_LOGGING_CATEGORY(lcDb)

/// A null QString binds as SQL NULL; the text columns are NOT NULL and empty means "none".
inline QVariant sqlText(const QString &s) { return QVariant(s.isNull() ? QString::fromLatin1("") : s); }

/// A kind as one search-index token ("headphone-amp" → "headphoneamp").
inline QString kindToken(DeviceKind kind) { return QString::fromLatin1(kindKey(kind)).remove(u'-'); }

/// A search hit from a result whose first five columns are id, kind, brand, model and variant.
inline GearHit hitFrom(const QSqlQuery &q, GearOrigin origin)
{
    return {q.value(0).toString(),
            kindByKey(q.value(1).toString()).value_or(DeviceKind::Headphones),
            q.value(2).toString(),
            q.value(3).toString(),
            q.value(4).toString(),
            origin,
            0};
}

/// Brand+model and model with spaces and hyphens removed ("hd600"), so run-together names are found.
inline QString compactNames(const GearRecord &r)
{
    const auto squeeze = [](QString s) { return s.remove(u' ').remove(u'-').toLower(); };
    return squeeze(r.spec.brand + r.spec.model) + u' ' + squeeze(r.spec.model);
}

} // namespace headroom
