import QtQuick
import Headroom

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
    property var project

    /// Being dragged by the pointer (the other selected nodes follow through their model position).
    readonly property bool dragged: dragArea.drag.active

    /// Pressed; `toggle` when Ctrl or Shift was held (add to or take out of the selection).
    signal clicked(string deviceId, bool toggle)
    /// While dragged: how far from where the model has it.
    signal dragging(real dx, real dy)
    /// Dropped after a drag: how far it moved, snapped to the grid.
    signal moved(string deviceId, real dx, real dy)
    /// A cable being dragged from an output; `hint` says what connecting to the input under it would mean.
    signal cableDragged(string deviceId, string portId, point from, point to, bool active, string hint)
    /// Right-clicked: the canvas shows the device's menu.
    signal menuRequested(string deviceId)
    /// A cable was dropped on an input its plug does not fit; `adapter` names the one that would.
    signal adapterOffered(string fromDevice, string fromPort, string toDevice, string toPort, string adapter)

    width: Theme.nodeWidth
    height: Theme.nodeHeader + Math.max(inputs.length, outputs.length, 1) * Theme.portRow + 8
    x: modelX
    y: modelY
    radius: 6
    color: Theme.node
    border.color: selected ? Theme.selection : Theme.nodeBorder
    border.width: selected ? 2 : 1
    Accessible.role: Accessible.Button
    Accessible.name: name

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
            width: parent.width
            text: root.name
            font.bold: true
            elide: Text.ElideRight
            color: Theme.text
        }
        Text {
            width: parent.width
            text: root.kindLabel
            font.pixelSize: 11
            elide: Text.ElideRight
            color: Theme.mutedText
        }
        Text {
            // The result that matters here: a listener's level and headroom, a preamp's gain …
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
            width: root.width / 2
            height: Theme.portRow

            Rectangle {
                id: inputDot
                objectName: "in:" + root.deviceId + "." + input.modelData.id
                x: -6
                anchors.verticalCenter: parent.verticalCenter
                width: 12
                height: 12
                radius: 6
                color: dropArea.containsDrag ? (dropArea.verdict.refused ? Theme.error : Theme.ok) : Theme.signalColor(input.modelData.signal)
                border.color: Theme.nodeBorder
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
            DropArea {
                id: dropArea
                property var verdict: ({})
                anchors.fill: parent
                keys: ["headroom/port"]
                onEntered: drag => {
                    verdict = root.project.checkConnection(drag.source.deviceId, drag.source.portId, root.deviceId, input.modelData.id);
                    drag.source.hint = verdict.refused ? verdict.reason
                        : [verdict.reason, verdict.adapter].filter(s => s.length > 0).join(" · ");
                }
                onExited: drag.source.hint = ""
                onDropped: drag => {
                    if (verdict.needsAdapter && !verdict.refused)
                        root.adapterOffered(drag.source.deviceId, drag.source.portId, root.deviceId, input.modelData.id, verdict.adapter);
                    else
                        root.project.connectPorts(drag.source.deviceId, drag.source.portId, root.deviceId, input.modelData.id);
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
            x: root.width / 2
            y: Theme.nodeHeader + index * Theme.portRow
            width: root.width / 2
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

                Item {
                    id: plug
                    property string deviceId: root.deviceId
                    property string portId: output.modelData.id
                    property string hint: ""
                    width: 8
                    height: 8
                    Drag.active: plugArea.drag.active
                    Drag.keys: ["headroom/port"]
                    Drag.hotSpot: Qt.point(4, 4)
                }
                MouseArea {
                    id: plugArea
                    anchors.fill: parent
                    anchors.margins: -6
                    drag.target: plug
                    preventStealing: true
                    cursorShape: Qt.CrossCursor
                    onPositionChanged: {
                        const start = root.portPoint(output.modelData.id, false);
                        const p = plug.mapToItem(root.parent, 4, 4);
                        root.cableDragged(root.deviceId, output.modelData.id, start, p, drag.active, plug.hint);
                    }
                    onReleased: {
                        plug.Drag.drop();
                        plug.x = 0;
                        plug.y = 0;
                        root.cableDragged(root.deviceId, output.modelData.id, Qt.point(0, 0), Qt.point(0, 0), false, "");
                    }
                }
            }
        }
    }
}
