// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import Headroom

// A menu as wide as its widest entry (long example titles, file names and shortcuts are never cut), whose
// actions show their shortcuts.
QQC2.Menu {
    id: root

    delegate: MenuEntry {}
    width: {
        let widest = 0;
        for (let i = 0; i < count; ++i) {
            const entry = itemAt(i);
            if (entry)
                widest = Math.max(widest, entry.implicitWidth);
        }
        return Math.min(Math.max(220, widest + leftPadding + rightPadding), 640);
    }
}
