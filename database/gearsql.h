// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the gear database's two parts share (geardatabase.cpp: files, schema and writes; gearsearch.cpp: search).
// Internal to database/.

#include "gearspec.h"

#include <QLoggingCategory>
#include <QString>
#include <QVariant>

namespace headroom {

Q_DECLARE_LOGGING_CATEGORY(lcDb)

/// A null QString binds as SQL NULL; the text columns are NOT NULL and empty means "none".
inline QVariant sqlText(const QString &s) { return QVariant(s.isNull() ? QString::fromLatin1("") : s); }

/// A kind as one search-index token ("headphone-amp" → "headphoneamp").
inline QString kindToken(DeviceKind kind) { return QString::fromLatin1(kindKey(kind)).remove(u'-'); }

} // namespace headroom
