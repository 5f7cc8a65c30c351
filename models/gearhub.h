// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// One gear library for the whole app: the project, the library panel, the pickers and the gear form share it (the
// catalog and your gear at their default paths), and hear from it when your gear changes, so none of them shows a
// product that was edited or deleted elsewhere.

#include "gearrecord.h"

#include <QList>
#include <QObject>

#include <memory>

namespace headroom {

class GearLibrary;

class GearHub : public QObject
{
    Q_OBJECT

public:
    static GearHub &instance();
    /// The shared library, opened on first use and closed with its last holder (tests start each case afresh).
    [[nodiscard]] std::shared_ptr<GearLibrary> library();
    /// The shop's shared gear (shopserver.h), given to the library now and to every one opened later.
    void setSharedGear(QList<GearRecord> records);

signals:
    /// Your gear was added to, edited or deleted from.
    void userGearChanged();
    /// The shop's shared gear was fetched again, or went.
    void sharedGearChanged();

private:
    GearHub() = default;
    std::weak_ptr<GearLibrary> m_library;
    QList<GearRecord> m_shared;
};

} // namespace headroom
