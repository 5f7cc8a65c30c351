// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import Headroom
import Headroom.Models

// One device on the canvas: name, what it is, a one-line result, ports with their levels. Inputs on the left
// accept cables dropped on them; outputs on the right start a cable when dragged.
Rectangle {
    id: root

    required property int index
    required property string deviceId
    required property string name
    required property string kind
    required property string kindLabel
    required property string summary
    required property int severity
    required property var inputs
    required property var outputs
    required property real modelX
    required property real modelY
    property bool selected: false
    /// Port names and connectors are drawn only when large enough to read (far fewer glyphs on a zoomed-out canvas).
    property bool detailed: true
    property ProjectController project

    /// Being dragged by the pointer (the other selected nodes follow through their model position).
    readonly property bool dragged: dragArea.drag.active

    /// Pressed; `toggle` when Ctrl or Shift was held (add to or take out of the selection).
    signal clicked(string deviceId, bool toggle)
    /// While dragged: how far from where the model has it.
    signal dragging(real dx, real dy)
    /// Dropped after a drag: how far it moved, snapped to the grid.
    signal moved(string deviceId, real dx, real dy)
    /// The input a cable being dragged would connect to ("" for none here), and whether it would be refused.
    property string targetPort: ""
    property bool targetRefused: false

    /// A cable dragged from an output: the pointer `at` (in the canvas surface's coordinates) while it moves, then
    /// "drop" where it was released, or "cancel".
    signal cable(string deviceId, string portId, point at, string phase)
    /// Right-clicked: the canvas shows the device's menu.
    signal menuRequested(string deviceId)

    FontMetrics {
        id: portFont
        font.pixelSize: 11
    }
    FontMetrics {
        id: titleFont
        font.bold: true
    }
    function widestLabel(ports) {
        let widest = 0;
        for (let i = 0; i < ports.length; ++i) // the connector's name below, at 9 px, takes 9/11 of the width
            widest = Math.max(widest, portFont.advanceWidth(ports[i].label), portFont.advanceWidth(ports[i].connector) * 9 / 11);
        return widest;
    }
    readonly property real inputColumn: widestLabel(inputs) + 26
    /// Wide enough for its port names side by side and its title, within reason; what is still cut shows on hover.
    readonly property bool cut: title.truncated || kindText.truncated || summaryText.truncated

    objectName: "node:" + deviceId
    width: Math.min(Theme.nodeMaxWidth, Math.max(Theme.nodeWidth, widestLabel(inputs) + widestLabel(outputs) + 64, Math.min(titleFont.advanceWidth(name) + 44, Theme.nodeTitleWidth)))
    height: Theme.nodeHeader + Math.max(inputs.length, outputs.length, 1) * Theme.portRow + 8
    x: modelX
    y: modelY
    radius: 6
    color: Theme.node
    border.color: selected ? Theme.selection : Theme.nodeBorder
    border.width: selected ? 2 : 1
    Accessible.role: Accessible.Button
    Accessible.name: name
    QQC2.ToolTip.text: name + "\n" + kindLabel + (summary.length > 0 ? "\n" + summary : "")
    QQC2.ToolTip.visible: cut && dragArea.containsMouse && !dragged
    QQC2.ToolTip.delay: 500

    /// Where a port's cable attaches, in the node's parent's coordinates.
    function portPoint(portId, isInput) {
        const list = isInput ? inputs : outputs;
        for (let i = 0; i < list.length; ++i)
            if (list[i].id === portId)
                return Qt.point(x + (isInput ? 0 : width), y + Theme.nodeHeader + i * Theme.portRow + Theme.portRow / 2);
        return Qt.point(x, y);
    }

    onXChanged: if (dragged) dragging(x - modelX, y - modelY)
    onYChanged: if (dragged) dragging(x - modelX, y - modelY)

    MouseArea {
        id: dragArea
        property bool toggling: false
        anchors.fill: parent
        acceptedButtons: Qt.LeftButton | Qt.RightButton
        drag.target: toggling || pressedButtons & Qt.RightButton ? null : root
        drag.threshold: 2
        hoverEnabled: root.cut
        preventStealing: true // the canvas would pan instead
        onPressed: mouse => {
            toggling = (mouse.modifiers & (Qt.ControlModifier | Qt.ShiftModifier)) !== 0;
            root.clicked(root.deviceId, toggling);
            if (mouse.button === Qt.RightButton)
                root.menuRequested(root.deviceId);
        }
        onReleased: {
            if (drag.active || root.x !== root.modelX || root.y !== root.modelY) {
                const snap = v => Math.round(v / Theme.grid) * Theme.grid;
                const dx = snap(root.x) - root.modelX;
                const dy = snap(root.y) - root.modelY;
                root.x = Qt.binding(() => root.modelX);
                root.y = Qt.binding(() => root.modelY);
                root.moved(root.deviceId, dx, dy);
            }
        }
    }

    Column {
        x: 10
        y: 6
        width: root.width - 20
        Text {
            id: title
            width: parent.width - 14 // clear of the findings dot
            text: root.name
            font.bold: true
            elide: Text.ElideRight
            color: Theme.text
        }
        Text {
            id: kindText
            width: parent.width
            text: root.kindLabel
            font.pixelSize: 11
            elide: Text.ElideRight
            color: Theme.mutedText
        }
        Text {
            // The result that matters here: a listener's level and headroom, a preamp's gain …
            id: summaryText
            width: parent.width
            text: root.summary
            font.pixelSize: 11
            elide: Text.ElideRight
            color: Theme.text
        }
    }

    Rectangle {
        // The worst finding about this device.
        visible: root.severity >= 0
        width: 12
        height: 12
        radius: 6
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 8
        color: Theme.severityColor(root.severity)
        Accessible.name: qsTr("Findings about this device")
    }

    Repeater {
        model: root.inputs
        delegate: Item {
            id: input
            required property var modelData
            required property int index
            x: 0
            y: Theme.nodeHeader + index * Theme.portRow
            width: root.inputColumn
            height: Theme.portRow

            Rectangle {
                id: inputDot
                objectName: "in:" + root.deviceId + "." + input.modelData.id
                x: -6
                anchors.verticalCenter: parent.verticalCenter
                width: 12
                height: 12
                radius: 6
                readonly property bool targeted: root.targetPort === input.modelData.id
                color: inputDot.targeted ? (root.targetRefused ? Theme.error : Theme.ok) : Theme.signalColor(input.modelData.signal)
                border.color: inputDot.targeted ? Theme.text : Theme.nodeBorder
                scale: inputDot.targeted ? 1.4 : 1
            }
            Column {
                // The port's name, and under it the connector it takes.
                visible: root.detailed
                x: 12
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width - 14
                Text {
                    width: parent.width
                    text: input.modelData.label
                    font.pixelSize: 11
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    text: input.modelData.connector
                    font.pixelSize: 9
                    color: Theme.mutedText
                    elide: Text.ElideRight
                }
            }
        }
    }

    Repeater {
        model: root.outputs
        delegate: Item {
            id: output
            required property var modelData
            required property int index
            x: root.inputColumn
            y: Theme.nodeHeader + index * Theme.portRow
            width: root.width - root.inputColumn
            height: Theme.portRow

            Column {
                visible: root.detailed
                anchors.right: outputDot.left
                anchors.rightMargin: 6
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width - 16
                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignRight
                    text: output.modelData.label
                    font.pixelSize: 11
                    color: Theme.text
                    elide: Text.ElideLeft
                }
                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignRight
                    text: output.modelData.connector
                    font.pixelSize: 9
                    color: Theme.mutedText
                    elide: Text.ElideLeft
                }
            }
            Rectangle {
                id: outputDot
                objectName: "out:" + root.deviceId + "." + output.modelData.id
                x: parent.width - 6
                anchors.verticalCenter: parent.verticalCenter
                width: 12
                height: 12
                radius: 6
                color: Theme.signalColor(output.modelData.signal)
                border.color: Theme.nodeBorder
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Drag a cable from %1").arg(output.modelData.label)

                MouseArea {
                    // Generous: a cable starts within 6 px of the dot.
                    id: plugArea
                    objectName: "plug:" + root.deviceId + "." + output.modelData.id
                    anchors.fill: parent
                    anchors.margins: -6
                    preventStealing: true
                    cursorShape: Qt.CrossCursor
                    function report(mouse, phase) {
                        root.cable(root.deviceId, output.modelData.id, mapToItem(root.parent, mouse.x, mouse.y), phase);
                    }
                    onPressed: mouse => report(mouse, "move")
                    onPositionChanged: mouse => report(mouse, "move")
                    onReleased: mouse => report(mouse, "drop")
                    onCanceled: root.cable(root.deviceId, output.modelData.id, Qt.point(0, 0), "cancel")
                }
            }
        }
    }
}
