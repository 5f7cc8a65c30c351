// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import Headroom

// One verdict in a few words ("DT 770 PRO: needs an amp, 4.9 dB short"); the whole sentence on hover.
QQC2.AbstractButton {
    id: root

    required property string deviceId
    required property string name
    required property string verdict
    required property string summary
    required property string shortText

    signal activated(string deviceId)

    objectName: "verdict:" + deviceId
    implicitWidth: Math.min(implicitContentWidth + 20, 560)
    implicitHeight: 28
    y: 2
    hoverEnabled: true
    Accessible.name: summary
    QQC2.ToolTip.text: summary
    QQC2.ToolTip.visible: hovered
    QQC2.ToolTip.delay: 300
    onClicked: activated(deviceId)

    background: Rectangle {
        radius: height / 2
        color: root.hovered ? Theme.node : "transparent"
        border.color: Theme.verdictColor(root.verdict)
        border.width: 2
    }
    contentItem: Row {
        leftPadding: 10
        spacing: 6
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: 10
            height: 10
            radius: 5
            color: Theme.verdictColor(root.verdict)
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, 530 - x)
            text: qsTr("%1: %2").arg(root.name).arg(root.shortText)
            elide: Text.ElideMiddle
            color: Theme.text
        }
    }
}
