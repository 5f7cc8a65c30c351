// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Headroom
import Headroom.Models

// The canvas as a user works it: add devices, drag a cable between ports, have a nonsense cable refused,
// undo and redo, delete, select with a rectangle, copy and paste, nudge and Tab with the keyboard, move a
// selection together, insert the adapter a cable needs.
Item {
    id: root
    width: 1200
    height: 800

    ProjectController {
        id: project
    }
    ChainCanvas {
        id: canvas
        anchors.fill: parent
        project: project
    }

    TestCase {
        name: "Canvas"
        when: windowShown

        function init() {
            project.newProject();
            wait(10); // the zoom to fit a new project asks for runs first
            canvas.forceActiveFocus();
            canvas.zoom = 1.0;
            canvas.contentX = canvas.origin.x - 40;
            canvas.contentY = canvas.origin.y - 40;
        }

        function dot(name) {
            const item = findChild(canvas, name);
            verify(item !== null, name + " is on the canvas");
            return item;
        }

        function dragCable(fromName, toName) {
            const from = dot(fromName);
            const to = dot(toName).parent; // the input's row accepts the drop, not only its dot
            const target = to.mapToItem(from, to.width / 2, to.height / 2);
            mousePress(from, from.width / 2, from.height / 2);
            for (let step = 1; step <= 10; ++step)
                mouseMove(from, from.width / 2 + (target.x - from.width / 2) * step / 10, from.height / 2 + (target.y - from.height / 2) * step / 10);
            mouseRelease(from, target.x, target.y);
        }

        function test_addDevices() {
            project.session.addGear("focusrite-scarlett-2i2-4th-gen", 0, 0);
            project.session.addGear("sennheiser-hd-600", 400, 0);
            compare(project.session.devices.rowCount(), 2);
            compare(project.session.listeners.rowCount(), 1);
            verify(project.dirty);
        }

        function test_dragCableConnects() {
            const iface = project.session.addGear("focusrite-scarlett-2i2-4th-gen", 0, 0);
            const phones = project.session.addGear("sennheiser-hd-600", 400, 0);
            wait(50);
            dragCable("out:" + iface + ".hp1", "in:" + phones + ".in");
            tryCompare(project.session.connections, "count", 1);
            compare(project.session.connections.rowCount(), 1);
        }

        function test_nonsenseCableRefused() {
            const voice = project.session.addKind("acoustic-source", 0, 0);
            const iface = project.session.addGear("focusrite-scarlett-2i2-4th-gen", 400, 0);
            wait(50);
            dragCable("out:" + voice + ".sound", "in:" + iface + ".in1"); // sound is not an electrical signal
            wait(50);
            compare(project.session.connections.rowCount(), 0);
            verify(project.session.checkConnection(voice, "sound", iface, "in1").refused);
        }

        function test_undoRedoDelete() {
            const iface = project.session.addGear("focusrite-scarlett-2i2-4th-gen", 0, 0);
            const phones = project.session.addGear("sennheiser-hd-600", 400, 0);
            verify(project.session.connectPorts(iface, "hp1", phones, "in"));
            project.session.removeDevice(phones);
            compare(project.session.devices.rowCount(), 1);
            compare(project.session.connections.rowCount(), 0);
            project.session.undo();
            compare(project.session.devices.rowCount(), 2);
            compare(project.session.connections.rowCount(), 1);
            verify(findChild(canvas, "in:" + phones + ".in") !== null);
            project.session.redo();
            compare(project.session.devices.rowCount(), 1);
        }

        function test_dragNodeMovesAndSnaps() {
            const phones = project.session.addGear("sennheiser-hd-600", 0, 0);
            wait(50);
            const node = dot("in:" + phones + ".in").parent.parent;
            mouseDrag(node, 100, 20, 93, 47);
            const snap = v => Math.round(v / 20) * 20;
            tryVerify(() => project.session.devices.device(phones).posX > 0);
            const moved = project.session.devices.device(phones);
            compare(moved.posX, snap(moved.posX)); // on the 20 px grid
            compare(moved.posY, snap(moved.posY));
            verify(moved.posY > 0);
            compare(node.x, moved.posX + canvas.origin.x); // the node follows the model again after the drag
            project.session.undo();
            compare(project.session.devices.device(phones).posX, 0);
        }
    
        /// Where a chain position appears in the canvas's own coordinates (init() scrolls the origin to 40, 40).
        function view(x, y) {
            return Qt.point(x + 40, y + 40);
        }

        function test_rubberBandSelects() {
            const a = project.session.addGear("focusrite-scarlett-2i2-4th-gen", 0, 0);
            const b = project.session.addGear("sennheiser-hd-600", 300, 0);
            const c = project.session.addGear("sennheiser-hd-600", 0, 400);
            wait(50);
            const from = view(-20, -20), to = view(560, 100);
            mousePress(canvas, from.x, from.y);
            for (let step = 1; step <= 5; ++step)
                mouseMove(canvas, from.x + (to.x - from.x) * step / 5, from.y + (to.y - from.y) * step / 5);
            mouseRelease(canvas, to.x, to.y);
            compare(Array.from(project.session.selection).sort(), [a, b].sort());
            // Ctrl+click adds the third, Ctrl+click again takes it out; a click on empty canvas clears.
            const p = view(60, 410);
            mouseClick(canvas, p.x, p.y, Qt.LeftButton, Qt.ControlModifier);
            compare(project.session.selection.length, 3);
            mouseClick(canvas, p.x, p.y, Qt.LeftButton, Qt.ControlModifier);
            compare(project.session.selection.indexOf(c), -1);
            const empty = view(700, 300);
            mouseClick(canvas, empty.x, empty.y);
            compare(project.session.selection.length, 0);
        }

        function test_copyPasteKeepsConnections() {
            const iface = project.session.addGear("focusrite-scarlett-2i2-4th-gen", 0, 0);
            const phones = project.session.addGear("sennheiser-hd-600", 300, 0);
            verify(project.session.connectPorts(iface, "hp1", phones, "in"));
            project.session.selectAll();
            project.session.copySelection();
            verify(project.session.canPaste);
            verify(project.session.paste());
            compare(project.session.devices.count, 4);
            compare(project.session.connections.count, 2);
            wait(50);
            // The copies are on the canvas with their cable, and selected.
            verify(findChild(canvas, "out:" + project.session.selection[0] + ".hp1") !== null);
            compare(project.session.selection.length, 2);
            project.session.undo();
            compare(project.session.devices.count, 2);
            compare(project.session.connections.count, 1);
        }

        function test_keyboardNudgeAndTab() {
            const a = project.session.addGear("focusrite-scarlett-2i2-4th-gen", 0, 0);
            const b = project.session.addGear("sennheiser-hd-600", 300, 0);
            project.session.select(a);
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Down, Qt.ShiftModifier);
            compare(project.session.devices.device(a).posX, 20);
            compare(project.session.devices.device(a).posY, 100);
            keyClick(Qt.Key_Tab);
            compare(project.session.currentDevice, b);
            keyClick(Qt.Key_Tab); // wraps
            compare(project.session.currentDevice, a);
            keyClick(Qt.Key_Escape);
            compare(project.session.selection.length, 0);
        }

        function test_dragMovesTheSelectionTogether() {
            const a = project.session.addGear("focusrite-scarlett-2i2-4th-gen", 0, 0);
            const b = project.session.addGear("sennheiser-hd-600", 300, 100);
            project.session.setSelection([a, b]);
            wait(50);
            const node = dot("in:" + b + ".in").parent.parent;
            mouseDrag(node, 100, 20, 80, 40);
            tryVerify(() => project.session.devices.device(b).posX > 300);
            const dx = project.session.devices.device(b).posX - 300;
            const dy = project.session.devices.device(b).posY - 100;
            compare(project.session.devices.device(a).posX, dx);
            compare(project.session.devices.device(a).posY, dy);
            compare(canvas.groupDrag, Qt.point(0, 0));
            project.session.undo(); // one step for both
            compare(project.session.devices.device(a).posX, 0);
            compare(project.session.devices.device(b).posX, 300);
        }

        function test_adapterOfferedForMismatchedPlug() {
            const iface = project.session.addGear("focusrite-scarlett-2i2-4th-gen", 0, 0);
            const phones = project.session.addGear("audio-technica-ath-m50x", 400, 0); // 3.5 mm plug, 6.35 mm socket
            wait(50);
            dragCable("out:" + iface + ".hp1", "in:" + phones + ".in");
            const menu = findChild(canvas, "adapterMenu");
            tryVerify(() => menu.opened);
            compare(project.session.connections.count, 0); // nothing connected until the user chooses
            findChild(canvas, "insertAdapter").triggered();
            compare(project.session.devices.count, 3);
            compare(project.session.connections.count, 2);
            compare(project.session.devices.device("adapter").kind, "adapter");
        }
    
        function test_contextMenuDisconnectsAndReplaces() {
            const iface = project.session.addGear("focusrite-scarlett-2i2-4th-gen", 0, 0);
            const phones = project.session.addGear("sennheiser-hd-600", 400, 0);
            verify(project.session.connectPorts(iface, "hp1", phones, "in"));
            wait(50);
            const node = dot("in:" + phones + ".in").parent.parent;
            mouseClick(node, 100, 20, Qt.RightButton);
            const menu = findChild(canvas, "nodeMenu");
            tryVerify(() => menu.opened);
            compare(project.session.currentDevice, phones); // right-click selects
            compare(menu.cables.length, 1);
            verify(menu.cables[0].text.indexOf("HD 600") >= 0, menu.cables[0].text);
            // Menu items live in the popup, not under the canvas: walk the menu to the Disconnect submenu.
            let item = null;
            for (let i = 0; i < menu.count; ++i) {
                const sub = menu.itemAt(i).subMenu;
                if (sub)
                    item = sub.itemAt(0);
            }
            verify(item !== null);
            compare(item.objectName, "disconnect:" + phones + ".in");
            item.triggered();
            compare(project.session.connections.count, 0);
            project.session.undo();
            compare(project.session.connections.count, 1);
            menu.close();
            verify(project.session.canReplace(phones));
            verify(!project.session.canReplace(project.session.addKind("acoustic-source", 0, 300)));
        }
    
        function test_replacePickerSaysWhenNothingFits() {
            const iface = project.session.addGear("focusrite-scarlett-2i2-4th-gen", 0, 0);
            const phones = project.session.addGear("sennheiser-hd-600", 400, 0);
            verify(project.session.connectPorts(iface, "hp1", phones, "in"));
            wait(50);
            mouseClick(dot("in:" + phones + ".in").parent.parent, 100, 20, Qt.RightButton);
            const menu = findChild(canvas, "nodeMenu");
            tryVerify(() => menu.opened);
            let replace = null;
            for (let i = 0; i < menu.count; ++i)
                if (menu.itemAt(i).text === "Replace with…")
                    replace = menu.itemAt(i);
            verify(replace !== null);
            replace.triggered();
            const picker = findChild(canvas, "replacePicker");
            tryVerify(() => picker.opened);
            const message = findChild(picker, "noReplacement");
            verify(!message.visible); // other headphones keep the cable
            for (const key of "zzqx")
                keyClick(key);
            tryVerify(() => message.visible);
            compare(message.text, "No gear matches “zzqx” and keeps this device's cables");
            picker.close();
        }

        function test_zoomKeepsTheCentre() {
            const centre = Qt.point((canvas.contentX + canvas.width / 2) / canvas.zoom, (canvas.contentY + canvas.height / 2) / canvas.zoom);
            canvas.zoomBy(1.2);
            compare(canvas.zoom, 1.2);
            fuzzyCompare((canvas.contentX + canvas.width / 2) / canvas.zoom, centre.x, 0.01);
            fuzzyCompare((canvas.contentY + canvas.height / 2) / canvas.zoom, centre.y, 0.01);
            // The wheel keeps the point under the pointer.
            const pointer = Qt.point(1600, 1100);
            const before = Qt.point(pointer.x * canvas.zoom - canvas.contentX, pointer.y * canvas.zoom - canvas.contentY);
            canvas.zoomBy(1 / 1.1, pointer);
            fuzzyCompare(pointer.x * canvas.zoom - canvas.contentX, before.x, 0.01);
            fuzzyCompare(pointer.y * canvas.zoom - canvas.contentY, before.y, 0.01);
        }
    }
}
