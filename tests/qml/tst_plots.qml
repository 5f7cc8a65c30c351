// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Headroom
import Headroom.Models

// A listener's plot as the plots window shows it: drawn in its colours for the chosen headphones, redrawn when the
// chain changes, and blank-but-for-a-message for a device that is not a listener.
Item {
    id: root
    width: 700
    height: 360

    ProjectController {
        id: project
    }
    ListenerPlot {
        id: plot
        anchors.fill: parent
        project: project
        kind: "volume"
        backgroundColor: "white"
        textColor: "black"
        gridColor: "lightgray"
    }

    TestCase {
        name: "Plots"
        when: windowShown

        /// How many sampled pixels have a colour: the average's line is #3f9bd6, the peaks' #2e9d57.
        function count(image, colour) {
            let n = 0;
            for (let x = 0; x < image.width; x += 2)
                for (let y = 0; y < image.height; y += 2)
                    n += Qt.colorEqual(image.pixel(x, y), colour) ? 1 : 0;
            return n;
        }

        function test_drawsTheListenersCurves() {
            project.newProject();
            const iface = project.session.addGear("focusrite-scarlett-2i2-4th-gen", 0, 0);
            const phones = project.session.addGear("sennheiser-hd-600", 400, 0);
            const computer = project.session.addKind("player", -400, 0);
            verify(project.session.connectPorts(computer, "usb", iface, "usb"));
            verify(project.session.connectPorts(iface, "hp1", phones, "in"));
            plot.listener = iface; // not a listener: a message, no curves
            wait(50);
            compare(count(grabImage(plot), "#3f9bd6"), 0);
            plot.listener = phones;
            tryVerify(() => count(grabImage(plot), "#3f9bd6") > 20 && count(grabImage(plot), "#2e9d57") > 20);
            // Disconnected, nothing plays: the curves go.
            project.session.disconnectInput(phones, "in");
            tryVerify(() => count(grabImage(plot), "#3f9bd6") === 0);
            project.session.undo();
            tryVerify(() => count(grabImage(plot), "#3f9bd6") > 20);
        }
    }
}
