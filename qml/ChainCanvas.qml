import QtQuick
import QtQuick.Controls as QQC2
import Headroom

// The chain on a pannable, zoomable canvas: devices as nodes, cables as wires with their levels.
Flickable {
    id: root

    required property var project
    property string selectedId: ""
    property real zoom: 1.0
    /// Canvas position of the chain's (0, 0), so devices placed left of or above it stay reachable.
    readonly property point origin: Qt.point(1500, 1000)

    signal selected(string deviceId)

    contentWidth: surface.width * zoom
    contentHeight: surface.height * zoom
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
    QQC2.ScrollBar.horizontal: QQC2.ScrollBar {}
    Accessible.name: qsTr("Signal chain canvas")

    function nodeFor(deviceId) {
        return nodes.itemAt(root.project.devices.indexOf(deviceId));
    }
    function zoomBy(factor) {
        zoom = Math.min(2.5, Math.max(0.3, zoom * factor));
    }
    /// Zoom and scroll so that every device is visible.
    property bool fitPending: false
    function zoomToFit() {
        // Before the window is laid out there is no size to fit into: fit once there is.
        fitPending = width <= 0 || height <= 0;
        if (nodes.count === 0 || fitPending)
            return;
        let left = 1e9, top = 1e9, right = -1e9, bottom = -1e9;
        for (let i = 0; i < nodes.count; ++i) {
            const n = nodes.itemAt(i);
            left = Math.min(left, n.x);
            top = Math.min(top, n.y);
            right = Math.max(right, n.x + n.width);
            bottom = Math.max(bottom, n.y + n.height);
        }
        zoom = Math.min(1.0, Math.max(0.3, Math.min(width / (right - left + 80), height / (bottom - top + 80))));
        contentX = Math.max(0, (left - 40) * zoom);
        contentY = Math.max(0, (top - 40) * zoom);
    }

    /// Where a new device goes so the user sees it: near the top left of the visible area, in chain coordinates.
    function visiblePoint(dx, dy) {
        return Qt.point(Math.round((contentX / zoom - origin.x + dx) / Theme.grid) * Theme.grid,
                        Math.round((contentY / zoom - origin.y + dy) / Theme.grid) * Theme.grid);
    }

    onWidthChanged: if (fitPending) Qt.callLater(zoomToFit)
    onHeightChanged: if (fitPending) Qt.callLater(zoomToFit)
    Connections {
        target: root.project
        function onFileChanged() {
            Qt.callLater(root.zoomToFit);
        }
    }

    Item {
        id: surface
        width: 8000
        height: 6000
        scale: root.zoom
        transformOrigin: Item.TopLeft

        Rectangle {
            anchors.fill: parent
            color: Theme.canvas
        }
        Canvas {
            // The snapping grid.
            anchors.fill: parent
            onPaint: {
                const ctx = getContext("2d");
                ctx.strokeStyle = Theme.gridLine;
                ctx.lineWidth = 1;
                ctx.beginPath();
                for (let x = 0; x < width; x += Theme.grid * 5) {
                    ctx.moveTo(x, 0);
                    ctx.lineTo(x, height);
                }
                for (let y = 0; y < height; y += Theme.grid * 5) {
                    ctx.moveTo(0, y);
                    ctx.lineTo(width, y);
                }
                ctx.stroke();
            }
        }
        MouseArea {
            anchors.fill: parent
            onClicked: root.selected("")
            onWheel: wheel => {
                if (wheel.modifiers & Qt.ControlModifier)
                    root.zoomBy(wheel.angleDelta.y > 0 ? 1.1 : 1 / 1.1);
                else
                    wheel.accepted = false;
            }
        }
        DropArea {
            // Products dragged from the gear library.
            anchors.fill: parent
            keys: ["headroom/gear"]
            onDropped: drop => {
                const id = root.project.addGear(drop.source.gearId, Math.round((drop.x - root.origin.x - 40) / Theme.grid) * Theme.grid,
                                                Math.round((drop.y - root.origin.y - 20) / Theme.grid) * Theme.grid);
                if (id.length > 0)
                    root.selected(id);
            }
        }

        Repeater {
            model: root.project.connections
            delegate: Wire {
                required property string fromDevice
                required property string fromPort
                required property string toDevice
                required property string toPort
                required property string levelText
                required property string signalClass
                readonly property Item fromNode: root.nodeFor(fromDevice)
                readonly property Item toNode: root.nodeFor(toDevice)
                anchors.fill: parent
                // Re-evaluated when either node moves.
                from: fromNode ? (fromNode.x, fromNode.y, fromNode.portPoint(fromPort, false)) : Qt.point(0, 0)
                to: toNode ? (toNode.x, toNode.y, toNode.portPoint(toPort, true)) : Qt.point(0, 0)
                color: Theme.signalColor(signalClass)
                label: levelText
            }
        }

        Wire {
            id: pendingCable
            anchors.fill: parent
            visible: false
            color: Theme.selection
        }

        Repeater {
            id: nodes
            model: root.project.devices
            delegate: DeviceNode {
                required property real posX
                required property real posY
                modelX: posX + root.origin.x
                modelY: posY + root.origin.y
                project: root.project
                selected: deviceId === root.selectedId
                onClicked: id => root.selected(id)
                onMoved: (id, nx, ny) => root.project.moveDevice(id, nx - root.origin.x, ny - root.origin.y)
                onCableDragged: (id, port, start, end, active) => {
                    pendingCable.visible = active;
                    pendingCable.from = start;
                    pendingCable.to = end;
                }
            }
        }
    }
}
