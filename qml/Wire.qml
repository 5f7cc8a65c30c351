// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Shapes
import Headroom

// A cable between two ports, labelled with the level it carries.
Item {
    id: root

    property point from
    property point to
    property color color: Theme.mutedText
    property string label: ""
    /// MIDI cables are dashed: they carry notes and controls, not a level.
    property bool dashed: false
    /// The level label is drawn only when large enough to read.
    property bool detailed: true

    Shape {
        anchors.fill: parent
        ShapePath {
            strokeColor: root.color
            strokeWidth: 2
            strokeStyle: root.dashed ? ShapePath.DashLine : ShapePath.SolidLine
            dashPattern: [4, 3]
            fillColor: "transparent"
            startX: root.from.x
            startY: root.from.y
            PathCubic {
                x: root.to.x
                y: root.to.y
                control1X: root.from.x + Math.max(40, (root.to.x - root.from.x) / 2)
                control1Y: root.from.y
                control2X: root.to.x - Math.max(40, (root.to.x - root.from.x) / 2)
                control2Y: root.to.y
            }
        }
    }
    Rectangle {
        // Just right of the output and above the cable, where it leaves horizontally: clear of both nodes however
        // close they stand, and never on another output's cable. Plain Text on a Rectangle: hundreds open fast.
        objectName: "wireLabel"
        visible: root.detailed && root.label.length > 0
        x: root.from.x + 9
        y: root.from.y - height - 3
        width: levelText.implicitWidth + 6
        height: levelText.implicitHeight
        color: Qt.rgba(Theme.canvas.r, Theme.canvas.g, Theme.canvas.b, 0.85)
        radius: 3
        Text {
            id: levelText
            x: 3
            text: root.label
            font.pixelSize: 11
            color: Theme.text
        }
    }
}
