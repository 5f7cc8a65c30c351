// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace headroom {
namespace {

const QString kLanguageKey = QStringLiteral("language");

/// Loads and installs one translator, removing the one it replaces; owned by the application object.
bool replace(QPointer<QTranslator> &slot, const QLocale &locale, const QString &name, const QString &dir)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = new QTranslator(QCoreApplication::instance());
    return slot->load(locale, name, QStringLiteral("_"), dir) && QCoreApplication::installTranslator(slot);
}

} // namespace

bool installTranslations(const QLocale &locale)
{
    static QPointer<QTranslator> qt;
    static QPointer<QTranslator> own;
    QLocale::setDefault(locale); // numbers for people follow the language: "7,4 dB" in German
    replace(qt, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return replace(own, locale, QStringLiteral("headroom"), QStringLiteral(":/i18n"));
}

QString chosenLanguage() { return QSettings().value(kLanguageKey).toString(); }

void setChosenLanguage(const QString &language)
{
    if (language.isEmpty())
        QSettings().remove(kLanguageKey);
    else
        QSettings().setValue(kLanguageKey, language);
}

QLocale preferredLocale()
{
    const QString language = chosenLanguage();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QStringList availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    for (const QString &file : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("headroom_*.qm")}, QDir::Files, QDir::Name))
        languages.append(file.mid(9, file.size() - 12)); // headroom_de.qm → de
    return languages;
}

} // namespace headroom
