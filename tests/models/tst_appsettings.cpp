// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The language setting: stored, applied at once to C++ and QML strings, and to the open project's findings.

#include "appsettings.h"
#include "projectcontroller.h"

#include <QGuiApplication>
#include <QPalette>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace headroom;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTest"));
        AppSettings().setLanguage({});
        AppSettings().setAppearance(QStringLiteral("system"));
    }
    void languagesListed();
    void appearanceSetsThePalette();
    void switchingRetranslatesEverything();
};

void TestAppSettings::languagesListed()
{
    QStringList keys;
    for (const QVariant &entry : AppSettings::languages())
        keys << entry.toMap().value(QStringLiteral("key")).toString();
    QCOMPARE(keys, QStringList({QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")}));
    // Each language is named in its own language, as people look for it.
    QStringList labels;
    for (const QVariant &entry : AppSettings::languages().mid(2))
        labels << entry.toMap().value(QStringLiteral("label")).toString();
    QCOMPARE(labels, QStringList({QStringLiteral("Deutsch"), QStringLiteral("Español"), QStringLiteral("Français")}));
}

void TestAppSettings::switchingRetranslatesEverything()
{
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData("import QtQml\nQtObject { property string text: qsTr(\"Settings\") }",
                      QUrl(QStringLiteral("qrc:/qt/qml/Headroom/SettingsDialog.qml")));
    std::unique_ptr<QObject> qml(component.create());
    QVERIFY2(qml, qPrintable(component.errorString()));
    auto *settings = new AppSettings(&engine); // as QML would make it: owned by its engine
    QQmlEngine::setContextForObject(settings, engine.rootContext());

    ProjectController project;
    QVERIFY(project.open(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/02-interface-250-ohm-headphones.headroom"))));
    const QModelIndex first = project.session()->findings()->index(0);
    const QString english = project.session()->findings()->data(first, FindingListModel::MessageRole).toString();
    QCOMPARE(qml->property("text").toString(), QStringLiteral("Settings"));

    QSignalSpy changed(settings, &AppSettings::languageChanged);
    settings->setLanguage(QStringLiteral("de"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(AppSettings::language(), QStringLiteral("de")); // remembered
    QCOMPARE(QCoreApplication::translate("Main", "&File"), QStringLiteral("&Datei"));
    QCOMPARE(qml->property("text").toString(), QStringLiteral("Einstellungen")); // QML bindings re-evaluated
    QCoreApplication::processEvents();
    const QString german = project.session()->findings()->data(first, FindingListModel::MessageRole).toString();
    QVERIFY2(german != english, qPrintable(german)); // the findings were written again, in German

    settings->setLanguage({}); // back to the system's (C locale in tests: English)
    QCOMPARE(QCoreApplication::translate("Main", "&File"), QStringLiteral("&File"));
    QCoreApplication::processEvents();
    QCOMPARE(project.session()->findings()->data(first, FindingListModel::MessageRole).toString(), english);
}

void TestAppSettings::appearanceSetsThePalette()
{
    AppSettings settings;
    QSignalSpy changed(&settings, &AppSettings::appearanceChanged);
    settings.setAppearance(QStringLiteral("dark"));
    QCOMPARE(AppSettings::appearance(), QStringLiteral("dark")); // remembered
    QVERIFY(QGuiApplication::palette().color(QPalette::Window).lightnessF() < 0.5);
    settings.setAppearance(QStringLiteral("light"));
    QVERIFY(QGuiApplication::palette().color(QPalette::Window).lightnessF() > 0.5);
    settings.setAppearance(QStringLiteral("purple")); // not a choice: ignored
    QCOMPARE(AppSettings::appearance(), QStringLiteral("light"));
    QCOMPARE(changed.count(), 2);
    settings.setAppearance(QStringLiteral("system"));
    QCOMPARE(AppSettings::appearance(), QStringLiteral("system"));
}

QTEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
