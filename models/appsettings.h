// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Application preferences the settings dialog edits: the language and the appearance, each applied at once.

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace headroom {

class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// "" follows the system; otherwise a language code from `languages`.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// [{key, label}]: "" (the system's) and each translated language, labelled in its own language.
    Q_PROPERTY(QVariantList languages READ languages NOTIFY languageChanged)
    /// Where `language` is in `languages`, for the settings' choice box.
    Q_PROPERTY(int languageIndex READ languageIndex NOTIFY languageChanged)
    /// "system" follows the desktop's palette; "light" or "dark" replace it for the whole application.
    Q_PROPERTY(QString appearance READ appearance WRITE setAppearance NOTIFY appearanceChanged)
    /// [{key, label}] of the appearance choices.
    Q_PROPERTY(QVariantList appearances READ appearances NOTIFY languageChanged)
    Q_PROPERTY(int appearanceIndex READ appearanceIndex NOTIFY appearanceChanged)
    /// The shop's name that the summary report prints ("Prepared by …"); "" leaves the line out.
    Q_PROPERTY(QString shopName READ shopName WRITE setShopName NOTIFY shopNameChanged)

public:
    using QObject::QObject;

    [[nodiscard]] static QString language();
    /// Stores the choice, installs its translation and retranslates every QML string at once.
    void setLanguage(const QString &language);
    [[nodiscard]] static QVariantList languages();
    [[nodiscard]] static int languageIndex() { return indexOf(languages(), language()); }
    [[nodiscard]] static QString appearance();
    /// Stores the choice and applies it: the application's palette changes, and with it Theme and the controls.
    void setAppearance(const QString &appearance);
    [[nodiscard]] static QVariantList appearances();
    [[nodiscard]] static int appearanceIndex() { return indexOf(appearances(), appearance()); }
    [[nodiscard]] static QString shopName();
    void setShopName(const QString &name);
    /// Sets the application's palette for the stored appearance; the app calls it once at start.
    static void applyAppearance();
    /// Whether a panel of the main window ("library", "side", "preview") is shown; remembered across sessions.
    Q_INVOKABLE [[nodiscard]] static bool panelShown(const QString &panel);
    Q_INVOKABLE static void setPanelShown(const QString &panel, bool shown);

private:
    /// The place of the choice whose key is `key` in [{key, label}], or -1.
    [[nodiscard]] static int indexOf(const QVariantList &choices, const QString &key);

signals:
    void languageChanged();
    void appearanceChanged();
    void shopNameChanged();
};

} // namespace headroom
