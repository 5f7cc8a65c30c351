// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import Headroom
import Headroom.Models

// A menu entry that shows its action's shortcut at the right and a longer description on hover.
QQC2.MenuItem {
    id: root

    /// Shown as a tooltip: a file's full path, an example's description.
    property string hint: ""
    readonly property string shortcutText: action ? ShortcutText.of(action.shortcut) : ""

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding + (keys.visible ? keys.implicitWidth + 32 : 0))
    QQC2.ToolTip.text: hint
    QQC2.ToolTip.visible: hovered && hint.length > 0
    QQC2.ToolTip.delay: 600

    QQC2.Label {
        id: keys
        visible: text.length > 0
        anchors.right: parent.right
        anchors.rightMargin: root.rightPadding
        anchors.verticalCenter: parent.verticalCenter
        text: root.shortcutText
        color: root.enabled ? Theme.mutedText : Theme.disabledText
    }
}
