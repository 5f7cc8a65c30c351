// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The app's link to the shop's server (database/sharedlink.h, docs/shared-server.md): the address in the settings,
// the password in the platform's secret store when the user asks and one exists (never in the settings), the shop's
// gear handed to the app's library (GearHub), and the connection the project uses for shared projects. When the
// server cannot be reached the app goes on with the last copy of the shop's gear, and says so.

#include "sharedlink.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace headroom {

class ShopServer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The server's address, postgresql://user@host[:port]/database, or "" when none is set.
    Q_PROPERTY(QString address READ address NOTIFY stateChanged)
    Q_PROPERTY(bool configured READ configured NOTIFY stateChanged)
    Q_PROPERTY(bool online READ online NOTIFY stateChanged)
    /// One line for the user: connected and how much is shared, or offline and since when, or what went wrong.
    Q_PROPERTY(QString status READ status NOTIFY stateChanged)
    /// Whether the password is kept in the platform's secret store.
    Q_PROPERTY(bool passwordRemembered READ passwordRemembered NOTIFY stateChanged)

public:
    static ShopServer &instance();
    /// QML's instance is the app's one.
    static ShopServer *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] QString address() const { return m_address; }
    [[nodiscard]] bool configured() const { return !m_address.isEmpty(); }
    [[nodiscard]] bool online() const { return m_link.server() != nullptr; }
    [[nodiscard]] QString status() const { return m_status; }
    [[nodiscard]] bool passwordRemembered() const;
    /// The connection while online, else null.
    [[nodiscard]] SharedServer *server() const { return m_link.server(); }

    /// Connects to a server and remembers its address (and the password, when asked and a store exists). An
    /// unreachable server is remembered too: the app works offline with the last copy. False for an invalid address.
    Q_INVOKABLE bool connectTo(const QString &url, const QString &password, bool rememberPassword);
    /// Connects again with the remembered address and password: at start, and when the user asks.
    Q_INVOKABLE void reconnect();
    /// Fetches what changed on the server (after saving to it, or when asked).
    Q_INVOKABLE void refresh();
    /// Forgets the server, its address and the remembered password; the shop's gear leaves the library.
    Q_INVOKABLE void forget();
    /// Copies a product (your own, usually) into the shop's gear, or removes one from it; an error or "". The
    /// server decides who may: a read-only login is refused with its message.
    Q_INVOKABLE QString share(const QString &gearId);
    Q_INVOKABLE QString unshare(const QString &gearId);

signals:
    void stateChanged();

private:
    ShopServer();
    void apply(const SharedStatus &status);

    SharedLink m_link;
    QString m_address;
    QString m_password; ///< for reconnecting in this session only
    QString m_status;
};

} // namespace headroom
