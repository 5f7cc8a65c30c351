// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shortcuts as people read them on this platform ("Ctrl+Shift+S", "⇧⌘S"), for menus and the shortcut sheet.

#include <QObject>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

namespace headroom {

class ShortcutText : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;
    /// A shortcut as an Action holds it (a portable string, a QKeySequence or a StandardKey) in native text.
    Q_INVOKABLE [[nodiscard]] static QString of(const QVariant &shortcut);
};

} // namespace headroom
