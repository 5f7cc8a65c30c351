import QtQuick
import QtTest
import Headroom
import Headroom.Models

// The canvas as a user works it: add devices, drag a cable between ports, have a nonsense cable refused,
// undo and redo, delete.
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
            project.addGear("focusrite-scarlett-2i2-4th-gen", 0, 0);
            project.addGear("sennheiser-hd-600", 400, 0);
            compare(project.devices.rowCount(), 2);
            compare(project.listeners.rowCount(), 1);
            verify(project.dirty);
        }

        function test_dragCableConnects() {
            const iface = project.addGear("focusrite-scarlett-2i2-4th-gen", 0, 0);
            const phones = project.addGear("sennheiser-hd-600", 400, 0);
            wait(50);
            dragCable("out:" + iface + ".hp1", "in:" + phones + ".in");
            tryCompare(project.connections, "count", 1);
            compare(project.connections.rowCount(), 1);
        }

        function test_nonsenseCableRefused() {
            const voice = project.addKind("acoustic-source", 0, 0);
            const iface = project.addGear("focusrite-scarlett-2i2-4th-gen", 400, 0);
            wait(50);
            dragCable("out:" + voice + ".sound", "in:" + iface + ".in1"); // sound is not an electrical signal
            wait(50);
            compare(project.connections.rowCount(), 0);
            verify(project.checkConnection(voice, "sound", iface, "in1").refused);
        }

        function test_undoRedoDelete() {
            const iface = project.addGear("focusrite-scarlett-2i2-4th-gen", 0, 0);
            const phones = project.addGear("sennheiser-hd-600", 400, 0);
            verify(project.connectPorts(iface, "hp1", phones, "in"));
            project.removeDevice(phones);
            compare(project.devices.rowCount(), 1);
            compare(project.connections.rowCount(), 0);
            project.undo();
            compare(project.devices.rowCount(), 2);
            compare(project.connections.rowCount(), 1);
            verify(findChild(canvas, "in:" + phones + ".in") !== null);
            project.redo();
            compare(project.devices.rowCount(), 1);
        }

        function test_dragNodeMovesAndSnaps() {
            const phones = project.addGear("sennheiser-hd-600", 0, 0);
            wait(50);
            const node = dot("in:" + phones + ".in").parent.parent;
            mouseDrag(node, 100, 20, 93, 47);
            const snap = v => Math.round(v / 20) * 20;
            tryVerify(() => project.devices.device(phones).posX > 0);
            const moved = project.devices.device(phones);
            compare(moved.posX, snap(moved.posX)); // on the 20 px grid
            compare(moved.posY, snap(moved.posY));
            verify(moved.posY > 0);
            compare(node.x, moved.posX + canvas.origin.x); // the node follows the model again after the drag
            project.undo();
            compare(project.devices.device(phones).posX, 0);
        }
    }
}
