// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// The chain on a pannable, zoomable canvas: devices as nodes, cables as wires with their levels.
Flickable {
    id: root

    required property ProjectController project
    /// The empty canvas's offer: "What do you have?"
    signal quickCheckRequested
    property real zoom: 1.0
    /// Canvas position of the chain's (0, 0), so devices placed left of or above it stay reachable.
    readonly property point origin: Qt.point(1500, 1000)
    /// Small text (ports, levels) is left out below this zoom, where it would be a few pixels high.
    readonly property bool detailed: zoom >= 0.45
    /// While a selected node is dragged, how far; the other selected nodes follow it.
    property point groupDrag: Qt.point(0, 0)

    contentWidth: surface.width * zoom
    contentHeight: surface.height * zoom
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
    QQC2.ScrollBar.horizontal: QQC2.ScrollBar {}
    Accessible.name: qsTr("Signal chain canvas")

    /// The node drawn for each device id; `nodeRevision` changes whenever nodes come or go, so wires that look
    /// their ends up here follow when a device is added, deleted, pasted or undone.
    property var nodeById: ({})
    property int nodeRevision: 0
    function nodeFor(deviceId) {
        return nodeById[deviceId] ?? null;
    }
    /// Zooms keeping one surface point where it is on screen: the pointer's for the wheel, else the view's centre.
    function zoomBy(factor, anchor) {
        const at = anchor !== undefined ? anchor : Qt.point((contentX + width / 2) / zoom, (contentY + height / 2) / zoom);
        const onScreen = Qt.point(at.x * zoom - contentX, at.y * zoom - contentY);
        zoom = Math.min(2.5, Math.max(0.3, zoom * factor));
        contentX = Math.max(0, at.x * zoom - onScreen.x);
        contentY = Math.max(0, at.y * zoom - onScreen.y);
    }
    /// Zoom and scroll so that the given nodes (all when none are given) are visible.
    property bool fitPending: false
    function zoomToFit(deviceIds) {
        // Before the window is laid out there is no size to fit into: fit once there is.
        fitPending = width <= 0 || height <= 0;
        if (nodes.count === 0 || fitPending)
            return;
        let left = 1e9, top = 1e9, right = -1e9, bottom = -1e9;
        for (let i = 0; i < nodes.count; ++i) {
            const n = nodes.itemAt(i);
            if (deviceIds !== undefined && deviceIds.indexOf(n.deviceId) < 0)
                continue;
            left = Math.min(left, n.x);
            top = Math.min(top, n.y);
            right = Math.max(right, n.x + n.width);
            bottom = Math.max(bottom, n.y + n.height);
        }
        if (right < left)
            return;
        zoom = Math.min(1.0, Math.max(0.3, Math.min(width / (right - left + 80), height / (bottom - top + 80))));
        contentX = Math.max(0, (left - 40) * zoom - Math.max(0, width - (right - left + 80) * zoom) / 2);
        contentY = Math.max(0, (top - 40) * zoom - Math.max(0, height - (bottom - top + 80) * zoom) / 2);
    }
    function zoomToSelection() {
        zoomToFit(project.session.selection);
    }
    /// Scrolls just enough to show a node, e.g. the one Tab moved to.
    function ensureVisible(deviceId) {
        const n = nodeFor(deviceId);
        if (!n)
            return;
        if (n.x * zoom < contentX || (n.x + n.width) * zoom > contentX + width)
            contentX = Math.max(0, (n.x + n.width / 2) * zoom - width / 2);
        if (n.y * zoom < contentY || (n.y + n.height) * zoom > contentY + height)
            contentY = Math.max(0, (n.y + n.height / 2) * zoom - height / 2);
    }
    /// Where a device added without a position goes (before it finds free ground): the middle of the view.
    function viewCentre() {
        return Qt.point((contentX + width / 2) / zoom - origin.x - Theme.nodeWidth / 2, (contentY + height / 2) / zoom - origin.y - 60);
    }
    /// {deviceId: {width, height}} of every node, for placing and arranging devices around them.
    function nodeSizes() {
        const sizes = {};
        for (let i = 0; i < nodes.count; ++i) {
            const n = nodes.itemAt(i);
            sizes[n.deviceId] = {width: n.width, height: n.height};
        }
        return sizes;
    }
    /// The input a cable dropped at `p` (surface coordinates) goes to: the nearest input whose dot is within reach
    /// (at least 12 units, more when zoomed out, so the target is easy to hit) or whose row holds the point; null
    /// for none. {device, port}
    function inputAt(p) {
        const reach = Math.max(12, 9 / zoom);
        let best = null;
        let bestDistance = Infinity;
        for (let i = 0; i < nodes.count; ++i) {
            const n = nodes.itemAt(i);
            if (!n || p.x < n.x - reach || p.x > n.x + n.width || p.y < n.y - reach || p.y > n.y + n.height + reach)
                continue;
            for (let k = 0; k < n.inputs.length; ++k) {
                const c = n.portPoint(n.inputs[k].id, true);
                const distance = Math.hypot(p.x - c.x, p.y - c.y);
                const inRow = p.x >= n.x - reach && p.x <= n.x + n.inputColumn && Math.abs(p.y - c.y) <= Theme.portRow / 2;
                if ((distance <= reach || inRow) && distance < bestDistance) {
                    best = {device: n.deviceId, port: n.inputs[k].id};
                    bestDistance = distance;
                }
            }
        }
        return best;
    }
    /// The input under a cable being dragged, with what connecting to it would mean: {device, port, refused}.
    property var cableTarget: null
    /// Follows a cable dragged from an output: the cable's end stays under the pointer, the input under it lights
    /// up green or red with the reason beside it; a drop connects (or offers the adapter the plugs need).
    function dragCable(deviceId, portId, at, phase) {
        const target = phase === "cancel" ? null : inputAt(at);
        let verdict = null;
        if (target) {
            verdict = project.session.checkConnection(deviceId, portId, target.device, target.port);
            target.refused = verdict.refused;
        }
        if (phase !== "move") {
            pendingCable.visible = false;
            cableTarget = null;
            if (phase === "drop" && target) {
                if (verdict.needsAdapter && !verdict.refused)
                    adapterMenu.offer(deviceId, portId, target.device, target.port, verdict.adapter);
                else
                    project.session.connectPorts(deviceId, portId, target.device, target.port);
            }
            return;
        }
        pendingCable.from = nodeFor(deviceId).portPoint(portId, false);
        pendingCable.to = at;
        pendingCable.visible = true;
        if (!target !== !cableTarget || (target && (target.device !== cableTarget.device || target.port !== cableTarget.port)))
            cableTarget = target;
        cableHint.text = !verdict ? "" : verdict.refused ? verdict.reason : [verdict.reason, verdict.adapter].filter(s => s.length > 0).join(" · ");
    }

    /// Ids of the nodes touching a rectangle of the surface.
    function nodesIn(rect) {
        const ids = [];
        for (let i = 0; i < nodes.count; ++i) {
            const n = nodes.itemAt(i);
            if (n.x < rect.x + rect.width && n.x + n.width > rect.x && n.y < rect.y + rect.height && n.y + n.height > rect.y)
                ids.push(n.deviceId);
        }
        return ids;
    }

    activeFocusOnTab: true
    Keys.onPressed: event => {
        const step = (event.modifiers & Qt.ShiftModifier) ? Theme.grid * 5 : Theme.grid;
        const moves = {[Qt.Key_Left]: [-step, 0], [Qt.Key_Right]: [step, 0], [Qt.Key_Up]: [0, -step], [Qt.Key_Down]: [0, step]};
        if (moves[event.key] !== undefined && project.session.selection.length > 0) {
            project.session.moveSelection(moves[event.key][0], moves[event.key][1]);
            event.accepted = true;
        } else if (event.key === Qt.Key_Tab || event.key === Qt.Key_Backtab) {
            project.session.selectNext(event.key === Qt.Key_Backtab);
            ensureVisible(project.session.currentDevice);
            event.accepted = true;
        } else if (event.key === Qt.Key_Escape) {
            project.session.select("");
            event.accepted = true;
        }
    }

    /// Where a new device goes so the user sees it: near the top left of the visible area, in chain coordinates.
    function visiblePoint(dx, dy) {
        return Qt.point(Math.round((contentX / zoom - origin.x + dx) / Theme.grid) * Theme.grid,
                        Math.round((contentY / zoom - origin.y + dy) / Theme.grid) * Theme.grid);
    }

    onWidthChanged: if (fitPending) fitLater.start()
    onHeightChanged: if (fitPending) fitLater.start()
    Timer {
        // After the events of the moment: a new file's nodes, a window's first size.
        id: fitLater
        interval: 0
        onTriggered: root.zoomToFit()
    }
    Connections {
        target: root.project
        function onFileChanged() {
            fitLater.start();
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
        // The snapping grid, a line every five steps: rectangles one screen pixel thin at any zoom, cheap to draw.
        Repeater {
            model: Math.ceil(surface.width / (Theme.grid * 5))
            delegate: Rectangle {
                required property int index
                x: index * Theme.grid * 5
                width: 1 / root.zoom
                height: surface.height
                color: Theme.gridLine
            }
        }
        Repeater {
            model: Math.ceil(surface.height / (Theme.grid * 5))
            delegate: Rectangle {
                required property int index
                y: index * Theme.grid * 5
                width: surface.width
                height: 1 / root.zoom
                color: Theme.gridLine
            }
        }
        MouseArea {
            // Left drag on empty canvas: a selection rectangle (Ctrl/Shift adds to the selection). Middle drag pans.
            id: background
            property point start
            property point pointerAtPress
            property point contentAtPress
            property var before: []
            anchors.fill: parent
            acceptedButtons: Qt.LeftButton | Qt.MiddleButton | Qt.RightButton
            preventStealing: true
            onPressed: mouse => {
                root.forceActiveFocus();
                if (mouse.button === Qt.RightButton) {
                    canvasMenu.popup();
                    return;
                }
                start = Qt.point(mouse.x, mouse.y);
                pointerAtPress = Qt.point(mouse.x * root.zoom - root.contentX, mouse.y * root.zoom - root.contentY);
                contentAtPress = Qt.point(root.contentX, root.contentY);
                before = (mouse.modifiers & (Qt.ControlModifier | Qt.ShiftModifier)) ? root.project.session.selection : [];
                if (mouse.button === Qt.LeftButton && before.length === 0)
                    root.project.session.select("");
            }
            onPositionChanged: mouse => {
                if (pressedButtons & Qt.RightButton)
                    return;
                if (pressedButtons & Qt.MiddleButton) {
                    // The surface moves under the pointer: pan by how far the pointer moved in view coordinates.
                    root.contentX = Math.max(0, contentAtPress.x - (mouse.x * root.zoom - root.contentX - pointerAtPress.x));
                    root.contentY = Math.max(0, contentAtPress.y - (mouse.y * root.zoom - root.contentY - pointerAtPress.y));
                    return;
                }
                band.visible = true;
                band.x = Math.min(start.x, mouse.x);
                band.y = Math.min(start.y, mouse.y);
                band.width = Math.abs(mouse.x - start.x);
                band.height = Math.abs(mouse.y - start.y);
                root.project.session.setSelection(before.concat(root.nodesIn(Qt.rect(band.x, band.y, band.width, band.height))));
            }
            onReleased: band.visible = false
            onWheel: wheel => {
                if (wheel.modifiers & Qt.ControlModifier)
                    root.zoomBy(wheel.angleDelta.y > 0 ? 1.1 : 1 / 1.1, Qt.point(wheel.x, wheel.y));
                else
                    wheel.accepted = false;
            }
        }
        PinchHandler {
            target: null
            property real startZoom: 1
            onActiveChanged: if (active) startZoom = root.zoom
            onActiveScaleChanged: root.zoom = Math.min(2.5, Math.max(0.3, startZoom * activeScale))
        }
        DropArea {
            // Products dragged from the gear library.
            anchors.fill: parent
            keys: ["headroom/gear"]
            // The pointer lands on the new node's title, whatever part of the library row was grabbed.
            onDropped: drop => {
                const id = root.project.session.addGear(drop.source.gearId, drop.x - root.origin.x - 24, drop.y - root.origin.y - 14, root.nodeSizes());
                if (id.length > 0)
                    root.project.session.select(id);
            }
        }

        Repeater {
            model: root.project.session.connections
            delegate: Wire {
                required property string fromDevice
                required property string fromPort
                required property string toDevice
                required property string toPort
                required property string levelText
                required property string signalClass
                required property bool labelled
                objectName: "wire:" + fromDevice + "." + fromPort + ">" + toDevice + "." + toPort
                readonly property DeviceNode fromNode: (root.nodeRevision, root.nodeFor(fromDevice)) as DeviceNode
                readonly property DeviceNode toNode: (root.nodeRevision, root.nodeFor(toDevice)) as DeviceNode
                anchors.fill: parent
                // Re-evaluated when either node moves.
                from: fromNode ? (fromNode.x, fromNode.y, fromNode.portPoint(fromPort, false)) : Qt.point(0, 0)
                to: toNode ? (toNode.x, toNode.y, toNode.portPoint(toPort, true)) : Qt.point(0, 0)
                visible: fromNode !== null && toNode !== null
                color: Theme.signalColor(signalClass)
                dashed: signalClass === "midi"
                // One label per output (every cable from it carries the same level), left out when zoomed out.
                label: labelled ? levelText : ""
                detailed: root.zoom >= 0.6
            }
        }

        Repeater {
            id: nodes
            model: root.project.session.devices
            onItemAdded: (index, item) => {
                root.nodeById[item.deviceId] = item;
                root.nodeRevision++;
            }
            onItemRemoved: (index, item) => {
                if (root.nodeById[item.deviceId] === item)
                    delete root.nodeById[item.deviceId];
                root.nodeRevision++;
            }
            delegate: DeviceNode {
                required property real posX
                required property real posY
                modelX: posX + root.origin.x + (selected && !dragged ? root.groupDrag.x : 0)
                modelY: posY + root.origin.y + (selected && !dragged ? root.groupDrag.y : 0)
                project: root.project
                detailed: root.detailed
                selected: root.project.session.selection.indexOf(deviceId) >= 0
                targetPort: root.cableTarget && root.cableTarget.device === deviceId ? root.cableTarget.port : ""
                targetRefused: root.cableTarget !== null && root.cableTarget.refused
                onClicked: (id, toggle) => {
                    root.forceActiveFocus();
                    if (toggle || !selected)
                        root.project.session.select(id, toggle);
                }
                onDragging: (dx, dy) => root.groupDrag = Qt.point(dx, dy)
                onMoved: (id, dx, dy) => {
                    root.groupDrag = Qt.point(0, 0);
                    root.project.session.moveSelection(dx, dy);
                }
                onCable: (id, port, at, phase) => root.dragCable(id, port, at, phase)
                onMenuRequested: id => nodeMenu.show(id, name)
            }
        }

        Wire {
            // The cable being dragged: above the nodes, its end under the pointer.
            id: pendingCable
            objectName: "pendingCable"
            anchors.fill: parent
            visible: false
            color: Theme.selection
        }

        Rectangle {
            // What the input under a dragged cable would make of it: "about 40 dB too low", an adapter …
            visible: pendingCable.visible && cableHint.text.length > 0
            x: pendingCable.to.x + 14
            y: pendingCable.to.y + 14
            width: cableHint.implicitWidth + 12
            height: cableHint.implicitHeight + 8
            radius: 4
            color: Theme.node
            border.color: Theme.nodeBorder
            Text {
                id: cableHint
                objectName: "cableHint"
                x: 6
                y: 4
                font.pixelSize: 12
                color: Theme.text
            }
        }

        Rectangle {
            id: band
            visible: false
            color: Qt.rgba(Theme.selection.r, Theme.selection.g, Theme.selection.b, 0.15)
            border.color: Theme.selection
        }
    }

    AppMenu {
        // The plug does not fit the socket: add the adapter that fixes it, or cable as is.
        id: adapterMenu
        objectName: "adapterMenu"
        property var cable: []
        function offer(fromDevice, fromPort, toDevice, toPort, adapter) {
            cable = [fromDevice, fromPort, toDevice, toPort];
            insertAdapter.text = qsTr("Insert an %1").arg(adapter);
            popup();
        }
        QQC2.MenuItem {
            id: insertAdapter
            objectName: "insertAdapter"
            onTriggered: root.project.session.connectThroughAdapter(adapterMenu.cable[0], adapterMenu.cable[1], adapterMenu.cable[2], adapterMenu.cable[3],
                                                            root.nodeSizes())
        }
        QQC2.MenuItem {
            text: qsTr("Connect without an adapter")
            onTriggered: root.project.session.connectPorts(adapterMenu.cable[0], adapterMenu.cable[1], adapterMenu.cable[2], adapterMenu.cable[3])
        }
    }

    AppMenu {
        // A device's menu; the action applies to the whole selection where that makes sense.
        id: nodeMenu
        objectName: "nodeMenu"
        property string deviceId
        property string name
        property var cables: []
        function show(id, name) {
            deviceId = id;
            nodeMenu.name = name;
            cables = root.project.session.cablesAt(id);
            popup();
        }
        QQC2.MenuItem {
            text: qsTr("Cut")
            onTriggered: root.project.session.cutSelection()
        }
        QQC2.MenuItem {
            text: qsTr("Copy")
            onTriggered: root.project.session.copySelection()
        }
        QQC2.MenuItem {
            text: qsTr("Duplicate")
            onTriggered: root.project.session.duplicateSelection(root.nodeSizes())
        }
        QQC2.MenuItem {
            text: qsTr("Delete")
            onTriggered: root.project.session.removeSelection()
        }
        QQC2.MenuSeparator {}
        QQC2.MenuItem {
            text: qsTr("Replace with…")
            enabled: root.project.session.canReplace(nodeMenu.deviceId)
            onTriggered: replacePicker.open()
        }
        QQC2.Menu {
            title: qsTr("Disconnect")
            enabled: nodeMenu.cables.length > 0
            Repeater {
                model: nodeMenu.cables
                delegate: QQC2.MenuItem {
                    required property var modelData
                    objectName: "disconnect:" + modelData.toDevice + "." + modelData.toPort
                    text: modelData.text
                    onTriggered: root.project.session.disconnectInput(modelData.toDevice, modelData.toPort)
                }
            }
        }
    }
    GearPicker {
        id: replacePicker
        anchors.centerIn: parent
        objectName: "replacePicker"
        project: root.project
        deviceId: nodeMenu.deviceId
        title: qsTr("Replace %1 with…").arg(nodeMenu.name)
        onPicked: gearId => root.project.session.replaceDevice(nodeMenu.deviceId, gearId)
    }
    QQC2.Menu {
        id: canvasMenu
        QQC2.MenuItem {
            text: qsTr("Paste")
            enabled: root.project.session.canPaste
            onTriggered: root.project.session.paste(root.nodeSizes())
        }
        QQC2.MenuItem {
            text: qsTr("Select All")
            onTriggered: root.project.session.selectAll()
        }
        QQC2.MenuItem {
            text: qsTr("Arrange by Signal Flow")
            onTriggered: root.project.session.autoArrange(root.nodeSizes())
        }
        QQC2.MenuItem {
            text: qsTr("Zoom to Fit")
            onTriggered: root.zoomToFit()
        }
    }

    // An empty canvas asks the beginner's question instead of showing nothing. A child of the view itself, not of
    // the surface, so it stays in the middle whatever the scroll and zoom.
    Rectangle {
        parent: root
        objectName: "quickCheckOffer"
        visible: root.project.session.devices.count === 0
        anchors.centerIn: parent
        width: Math.min(420, root.width - 40)
        height: offer.implicitHeight + 32
        radius: 8
        color: Theme.node
        border.color: Theme.nodeBorder
        ColumnLayout {
            id: offer
            anchors.fill: parent
            anchors.margins: 16
            spacing: 8
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("What do you have?")
                font.bold: true
                font.pixelSize: 18
                color: Theme.text
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Pick your interface or computer, your headphones and a microphone: Headroom wires them and tells you whether they work together.")
                wrapMode: Text.Wrap
                color: Theme.mutedText
            }
            QQC2.Button {
                objectName: "startQuickCheck"
                text: qsTr("Start the quick check")
                highlighted: true
                onClicked: root.quickCheckRequested()
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Or drag gear from the library onto the canvas, or open an example from the Help menu.")
                wrapMode: Text.Wrap
                color: Theme.mutedText
            }
        }
    }
}
