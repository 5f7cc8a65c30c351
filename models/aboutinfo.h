// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What Help → About shows: Headroom's version, the Qt it runs on, the bundled catalog and the licences of the
// libraries Headroom uses.

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace headroom {

class AboutInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString version READ version CONSTANT)
    /// The Qt version Headroom runs on, which may be newer than the one it was built with.
    Q_PROPERTY(QString qtVersion READ qtVersion CONSTANT)
    /// The bundled catalog: its product count and the date of its file, for it carries no version of its own.
    Q_PROPERTY(QString catalog READ catalog CONSTANT)
    /// [{name, licence}] of the libraries Headroom uses.
    Q_PROPERTY(QVariantList libraries READ libraries CONSTANT)

public:
    using QObject::QObject;

    [[nodiscard]] static QString version();
    [[nodiscard]] static QString qtVersion();
    [[nodiscard]] static QString catalog();
    [[nodiscard]] static QVariantList libraries();
};

} // namespace headroom
