// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appsettings.h"

#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QQmlEngine>
#include <QSettings>

namespace headroom {
namespace {

constexpr auto kAppearanceKey = "appearance";
constexpr const char *kAppearances[] = {"system", "light", "dark"};

/// A palette for a chosen appearance, in Theme's canvas and node colours; QPalette derives the rest.
QPalette chosenPalette(bool dark)
{
    QPalette palette(dark ? QColor(0x2c, 0x30, 0x36) : QColor(0xf4, 0xf5, 0xf7));
    palette.setColor(QPalette::Base, dark ? QColor(0x1e, 0x20, 0x23) : QColor(Qt::white));
    return palette;
}

} // namespace

QString AppSettings::language() { return chosenLanguage(); }

int AppSettings::indexOf(const QVariantList &choices, const QString &key)
{
    for (qsizetype i = 0; i < choices.size(); ++i)
        if (choices[i].toMap().value(QStringLiteral("key")).toString() == key)
            return static_cast<int>(i);
    return -1;
}

void AppSettings::setLanguage(const QString &language)
{
    if (language == chosenLanguage())
        return;
    setChosenLanguage(language);
    installTranslations(preferredLocale());
    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate();
    emit languageChanged();
}

QVariantList AppSettings::languages()
{
    QVariantList list{
        QVariantMap{{QStringLiteral("key"), QString()}, {QStringLiteral("label"), QCoreApplication::translate("Settings", "System language")}}};
    for (const QString &code : availableLanguages()) {
        const QLocale locale(code);
        // CLDR names some languages after their country's variant ("español de España"); the list offers languages.
        QString name = locale.nativeLanguageName().section(u' ', 0, 0);
        if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "Deutsch", "English", "Español"
        list.append(QVariantMap{{QStringLiteral("key"), code}, {QStringLiteral("label"), name}});
    }
    return list;
}

QString AppSettings::appearance()
{
    const QString stored = QSettings().value(QLatin1StringView(kAppearanceKey)).toString();
    return stored == u"light" || stored == u"dark" ? stored : QStringLiteral("system");
}

void AppSettings::setAppearance(const QString &appearance)
{
    if (appearance == AppSettings::appearance() || std::find(std::begin(kAppearances), std::end(kAppearances), appearance) == std::end(kAppearances))
        return;
    if (appearance == u"system")
        QSettings().remove(QLatin1StringView(kAppearanceKey));
    else
        QSettings().setValue(QLatin1StringView(kAppearanceKey), appearance);
    applyAppearance();
    emit appearanceChanged();
}

QVariantList AppSettings::appearances()
{
    const char *labels[] = {QT_TRANSLATE_NOOP("Settings", "Like the system"), QT_TRANSLATE_NOOP("Settings", "Light"),
                            QT_TRANSLATE_NOOP("Settings", "Dark")};
    QVariantList list;
    for (std::size_t i = 0; i < std::size(kAppearances); ++i)
        list.append(QVariantMap{{QStringLiteral("key"), QString::fromLatin1(kAppearances[i])},
                                {QStringLiteral("label"), QCoreApplication::translate("Settings", labels[i])}});
    return list;
}

void AppSettings::applyAppearance()
{
    const QString chosen = appearance();
    // An empty palette resolves to the platform's own, so "system" follows the desktop again.
    QGuiApplication::setPalette(chosen == u"system" ? QPalette() : chosenPalette(chosen == u"dark"));
}

bool AppSettings::panelShown(const QString &panel) { return QSettings().value(QStringLiteral("panels/") + panel, true).toBool(); }

void AppSettings::setPanelShown(const QString &panel, bool shown) { QSettings().setValue(QStringLiteral("panels/") + panel, shown); }

QString AppSettings::shopName() { return QSettings().value(QStringLiteral("shopName")).toString(); }

void AppSettings::setShopName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed == shopName())
        return;
    QSettings().setValue(QStringLiteral("shopName"), trimmed);
    emit shopNameChanged();
}

} // namespace headroom
