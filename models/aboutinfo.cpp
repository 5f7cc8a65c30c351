// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "aboutinfo.h"

#include "geardatabase.h"
#include "gearlibrary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace headroom {

QString AboutInfo::version() { return QStringLiteral(HEADROOM_VERSION); }

QString AboutInfo::qtVersion() { return QString::fromLatin1(qVersion()); }

QString AboutInfo::catalog()
{
    const QString path = GearLibrary::defaultCatalogPath();
    const GearDatabase::Opened opened = GearDatabase::open(path, GearDatabase::Access::ReadOnly);
    if (!opened.database)
        return opened.error;
    const QLocale locale;
    return QCoreApplication::translate("About", "%1 products, made %2")
        .arg(locale.toString(opened.database->count()), locale.toString(QFileInfo(path).lastModified().date(), QLocale::LongFormat));
}

QVariantList AboutInfo::libraries()
{
    const auto library = [](const QString &name, const QString &licence) {
        return QVariantMap{{QStringLiteral("name"), name}, {QStringLiteral("licence"), licence}};
    };
    return {library(QStringLiteral("Qt 6"), QStringLiteral("LGPL-3.0-only")),
            library(QStringLiteral("SQLite"), QCoreApplication::translate("About", "public domain")),
            library(QStringLiteral("libsndfile"), QStringLiteral("LGPL-2.1-or-later"))};
}

} // namespace headroom
