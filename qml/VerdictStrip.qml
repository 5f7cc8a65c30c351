// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import Headroom

// The verdicts a beginner reads first: one compact chip per listener, then one per microphone or instrument with a
// problem. One row of fixed height whatever they say (it scrolls sideways when they do not fit), so the canvas
// below never moves; the whole sentence shows on hover, and a click selects the device.
Flickable {
    id: root

    property alias model: listeners.model
    property alias sources: sourceEntries.model
    signal listenerClicked(string deviceId)

    implicitHeight: 32
    height: implicitHeight
    contentWidth: chips.width
    contentHeight: height
    flickableDirection: Flickable.HorizontalFlick
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    Accessible.name: qsTr("Verdicts")
    QQC2.ScrollBar.horizontal: QQC2.ScrollBar {
        policy: root.contentWidth > root.width ? QQC2.ScrollBar.AsNeeded : QQC2.ScrollBar.AlwaysOff
    }

    Row {
        id: chips
        spacing: 6
        Repeater {
            id: listeners
            delegate: VerdictChip {
                onActivated: id => root.listenerClicked(id)
            }
        }
        Repeater {
            id: sourceEntries
            delegate: VerdictChip {
                onActivated: id => root.listenerClicked(id)
            }
        }
    }

    QQC2.Label {
        anchors.verticalCenter: parent.verticalCenter
        visible: listeners.count === 0 && sourceEntries.count === 0
        text: qsTr("Add headphones to see whether your gear drives them loud enough.")
        color: Theme.mutedText
    }
}
