// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The document's side of the shop's server: shared projects listed, opened and saved, never over someone else's
// newer save (docs/shared-server.md, "Projects").

#include "projectcontroller.h"

#include "shopserver.h"

#include <QCoreApplication>
#include <QLocale>

namespace headroom {

void ProjectController::setShared(SharedRef shared)
{
    m_shared = std::move(shared);
    emit sharedChanged();
    emit changed(); // the title names the shared project
}

SharedServer *ProjectController::sharedServer()
{
    ShopServer &shop = ShopServer::instance();
    if (!shop.server())
        fail(shop.configured() ? QCoreApplication::translate("Project", "The shop's server is out of reach: %1. Save the project to a file for now.")
                                     .arg(shop.status())
                               : QCoreApplication::translate("Project", "No shop server is set up: see Settings, Shared gear and projects."));
    return shop.server();
}

QVariantList ProjectController::sharedProjects()
{
    SharedServer *server = sharedServer();
    if (!server)
        return {};
    QString error;
    const QList<SharedProjectInfo> projects = server->projects(&error);
    if (!error.isEmpty()) {
        fail(error);
        return {};
    }
    QVariantList list;
    for (const SharedProjectInfo &p : projects)
        list.append(QVariantMap{{QStringLiteral("id"), p.id},
                                {QStringLiteral("name"), p.name},
                                //: %1 login, %2 date and time
                                {QStringLiteral("detail"),
                                 QCoreApplication::translate("Project", "saved by %1, %2")
                                     .arg(p.savedBy, QLocale().toString(p.savedAt.toLocalTime(), QLocale::ShortFormat))}});
    return list;
}

bool ProjectController::openShared(const QString &id)
{
    SharedServer *server = sharedServer();
    if (!server)
        return false;
    QString error;
    const std::optional<SharedProject> shared = server->openProject(id, &error);
    if (!shared) {
        fail(error);
        return false;
    }
    const ProjectLoad load = parseProject(shared->document, shared->info.name);
    if (!load.chain()) {
        fail(load.error);
        return false;
    }
    resetTo(*load.project, {});
    setShared({shared->info.id, shared->info.name, shared->info.revision});
    checkCatalog();
    return true;
}

bool ProjectController::saveToServer()
{
    if (m_shared.id.isEmpty())
        return saveToServerAsCopy(baseName());
    return saveShared(m_shared.id, m_shared.name, m_shared.revision);
}

bool ProjectController::saveToServerAsCopy(const QString &name)
{
    const QString trimmed = name.trimmed();
    return saveShared({}, trimmed.isEmpty() ? baseName() : trimmed, 0);
}

bool ProjectController::saveShared(const QString &id, const QString &name, int basedOnRevision)
{
    SharedServer *server = sharedServer();
    if (!server)
        return false;
    const SharedSave saved = server->saveProject(id, name, serializeProject(currentProject()), basedOnRevision);
    if (saved.conflict) {
        emit serverConflict(saved.error);
        return false;
    }
    if (!saved.error.isEmpty()) {
        fail(saved.error);
        return false;
    }
    m_session.undoStack().setClean();
    setShared({saved.info.id, saved.info.name, saved.info.revision});
    return true;
}

bool ProjectController::reloadFromServer() { return !m_shared.id.isEmpty() && openShared(m_shared.id); }

} // namespace headroom
