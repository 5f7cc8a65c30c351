// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shopserver.h"

#include "gearhub.h"
#include "gearlibrary.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QSettings>

namespace headroom {
namespace {

const QString kAddressKey = QStringLiteral("shop/server");
const QString kRememberedKey = QStringLiteral("shop/passwordRemembered"); // that it is kept, never the password

} // namespace

ShopServer &ShopServer::instance()
{
    static ShopServer server;
    return server;
}

ShopServer *ShopServer::create(QQmlEngine *, QJSEngine *)
{
    QQmlEngine::setObjectOwnership(&instance(), QQmlEngine::CppOwnership);
    return &instance();
}

ShopServer::ShopServer() : m_address(QSettings().value(kAddressKey).toString()) {}

bool ShopServer::passwordRemembered() const { return QSettings().value(kRememberedKey).toBool(); }

void ShopServer::apply(const SharedStatus &status)
{
    m_status = status.message;
    GearHub::instance().setSharedGear(m_link.records());
    emit stateChanged();
}

bool ShopServer::connectTo(const QString &url, const QString &password, bool rememberPassword)
{
    QString error;
    const std::optional<ServerAddress> address = ServerAddress::parse(url.trimmed(), &error);
    if (!address) {
        m_status = error;
        emit stateChanged();
        return false;
    }
    QSettings settings;
    if (address->url() != m_address && passwordRemembered())
        secrets::remove(m_address); // the old server's password goes with it
    m_address = address->url();
    m_password = password;
    settings.setValue(kAddressKey, m_address);
    SharedStatus status = m_link.connect(*address, password);
    settings.setValue(kRememberedKey, false);
    if (rememberPassword && !password.isEmpty()) {
        if (const QString problem = secrets::write(m_address, password); problem.isEmpty())
            settings.setValue(kRememberedKey, true);
        else
            //: %1 the status line, %2 why the secret store could not keep the password
            status.message =
                QCoreApplication::translate("ShopServer", "%1 (the password is kept until Headroom closes: %2)").arg(status.message, problem);
    } else {
        secrets::remove(m_address);
    }
    apply(status);
    return true;
}

void ShopServer::reconnect()
{
    QString error;
    const std::optional<ServerAddress> address = ServerAddress::parse(m_address, &error);
    if (!address)
        return;
    if (m_password.isEmpty() && passwordRemembered())
        m_password = secrets::read(m_address, &error).value_or(QString());
    SharedStatus status = m_link.connect(*address, m_password);
    if (!error.isEmpty())
        //: %1 the status line, %2 why the remembered password could not be read
        status.message = QCoreApplication::translate("ShopServer", "%1 (the remembered password could not be read: %2)").arg(status.message, error);
    apply(status);
}

void ShopServer::refresh()
{
    if (online())
        apply(m_link.refresh());
    else
        reconnect();
}

void ShopServer::forget()
{
    if (passwordRemembered())
        secrets::remove(m_address);
    QSettings settings;
    settings.remove(kAddressKey);
    settings.remove(kRememberedKey);
    m_address.clear();
    m_password.clear();
    m_link.close();
    m_status.clear();
    GearHub::instance().setSharedGear({});
    emit stateChanged();
}

QString ShopServer::share(const QString &gearId)
{
    if (!online())
        return QCoreApplication::translate("ShopServer", "Not connected to the shop's server");
    std::optional<GearRecord> record = GearHub::instance().library()->find(gearId);
    if (!record)
        return QCoreApplication::translate("ShopServer", "No product has the id %1").arg(gearId);
    record->id = sharedGearId(*record);
    record->origin = GearOrigin::User;
    if (QString error = server()->insert({*record}); !error.isEmpty())
        return error;
    refresh();
    return {};
}

QString ShopServer::unshare(const QString &gearId)
{
    if (!online())
        return QCoreApplication::translate("ShopServer", "Not connected to the shop's server");
    if (QString error = server()->remove(gearId); !error.isEmpty())
        return error;
    refresh();
    return {};
}

} // namespace headroom
