// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import Headroom

// Every finding in plain language, worst first; clicking one selects the device it concerns.
ListView {
    id: root

    signal findingClicked(string deviceId)
    /// "What would fix it?" on a finding that gear can fix.
    signal adviceRequested(string deviceId, string code, string message)

    cacheBuffer: 0 // no delegates made ahead: an analysis resets the list, and Qt 6.4 warns of cancelled ones
    clip: true
    spacing: 2
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
    Accessible.name: qsTr("Findings")

    delegate: QQC2.ItemDelegate {
        id: row
        required property int severity
        required property string message
        required property string deviceId
        required property bool estimated
        required property bool advisable
        required property string code
        width: ListView.view.width
        Accessible.name: message
        onClicked: root.findingClicked(deviceId)
        contentItem: Row {
            spacing: 8
            Rectangle {
                y: 4
                width: 10
                height: 10
                radius: 5
                color: Theme.severityColor(row.severity)
            }
            Column {
                width: row.width - 40
                spacing: 4
                QQC2.Label {
                    width: parent.width
                    text: row.message + (row.estimated ? qsTr(" (estimate)") : "")
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                QQC2.Button {
                    visible: row.advisable
                    objectName: "whatWouldFixIt"
                    text: qsTr("What would fix it?")
                    flat: true
                    onClicked: root.adviceRequested(row.deviceId, row.code, row.message)
                }
            }
        }
    }
    QQC2.Label {
        anchors.centerIn: parent
        visible: root.count === 0
        text: qsTr("No findings")
        color: Theme.mutedText
    }
}
