// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A workstation's link to its shop's server: the shared gear is fetched into a local copy (only what changed), so
// the library searches it like any other gear and the workstation keeps working from the copy when the server is
// out of reach.

#include "sharedserver.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace headroom {

/// The shared gear as this workstation fetched it last.
struct SharedGearCopy {
    QString server; ///< the address it came from
    QDateTime syncedAt;
    SharedGearSnapshot snapshot;
};

/// Reads a local copy; nullopt with a message naming the problem (a missing file is no problem: nullopt, no message).
[[nodiscard]] std::optional<SharedGearCopy> readSharedGearCopy(const QString &path, QString *error);
/// Writes a local copy atomically; an error or empty.
[[nodiscard]] QString writeSharedGearCopy(const QString &path, const SharedGearCopy &copy);

/// What connecting or refreshing gave.
struct SharedStatus {
    bool online = false;
    QString message; ///< one line for the user, online or not
    QDateTime syncedAt;
    int products = 0;
};

class SharedLink
{
public:
    explicit SharedLink(QString copyPath = defaultCopyPath());
    ~SharedLink();
    /// shared-gear.json beside your gear's database.
    [[nodiscard]] static QString defaultCopyPath();

    /// Connects and brings the copy up to date. When the server cannot be reached, the last copy from this server
    /// stands in, and the status says how old it is.
    SharedStatus connect(const ServerAddress &address, const QString &password);
    /// Fetches what changed since the last time (after an edit, or when asked).
    SharedStatus refresh();
    /// The shop's gear as fetched last (for GearLibrary::setSharedGear); empty when there is no copy.
    [[nodiscard]] const QList<GearRecord> &records() const { return m_copy.snapshot.records; }
    /// Drops the connection and the copy in memory (the file stays for the next connection).
    void close();
    /// The connection, while online.
    [[nodiscard]] SharedServer *server() const { return m_server.get(); }
    [[nodiscard]] const ServerAddress &address() const { return m_address; }

private:
    [[nodiscard]] SharedStatus offline(const QString &why);

    QString m_copyPath;
    ServerAddress m_address;
    std::unique_ptr<SharedServer> m_server;
    SharedGearCopy m_copy;
};

} // namespace headroom
