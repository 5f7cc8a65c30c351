// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Headroom: the desktop application.

#include "appsettings.h"
#include "scenegraph.h"
#include "shopserver.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(HeadroomPlugin)
Q_IMPORT_QML_PLUGIN(Headroom_ModelsPlugin)

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // QApplication: native file dialogs need the widgets platform integration
    QApplication::setApplicationName(QStringLiteral("Headroom"));
    QApplication::setOrganizationName(QStringLiteral("Headroom"));
    QApplication::setApplicationVersion(QStringLiteral(HEADROOM_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.headroom_planner.Headroom")); // its icon and name in the desktop's task list
    headroom::installTranslations(headroom::preferredLocale());                           // after the names: QSettings needs them
    headroom::AppSettings::applyAppearance();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("App", "Plan a studio signal chain and see whether the gear works together."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("App", "A .headroom project to open."));
    parser.process(app);

    headroom::chooseSceneGraphBackend();
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Headroom/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (!parser.positionalArguments().isEmpty())
        QMetaObject::invokeMethod(
            engine.rootObjects().constFirst(), "openUrl",
            Q_ARG(QVariant, QUrl::fromUserInput(parser.positionalArguments().constFirst(), QDir::currentPath(), QUrl::AssumeLocalFile)));
    // The shop's server once the window shows: an unreachable one costs its time-out, and the window says so.
    QTimer::singleShot(0, [] {
        if (headroom::ShopServer &shop = headroom::ShopServer::instance(); shop.configured())
            shop.reconnect();
    });
    return app.exec();
}
