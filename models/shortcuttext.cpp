// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "shortcuttext.h"

#include <QKeySequence>

namespace headroom {

QString ShortcutText::of(const QVariant &shortcut)
{
    QKeySequence sequence;
    if (shortcut.metaType() == QMetaType::fromType<QKeySequence>())
        sequence = shortcut.value<QKeySequence>();
    else if (shortcut.metaType() == QMetaType::fromType<QString>())
        sequence = QKeySequence::fromString(shortcut.toString(), QKeySequence::PortableText);
    else if (shortcut.canConvert<int>() && shortcut.toInt() > 0)
        sequence = QKeySequence(static_cast<QKeySequence::StandardKey>(shortcut.toInt()));
    return sequence.toString(QKeySequence::NativeText);
}

} // namespace headroom
