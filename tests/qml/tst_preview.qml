// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Headroom
import Headroom.Models

// The preview panel as a user works it: the listener list follows the project, Render fills in what was heard, and
// choosing a programme reaches the controller.
Item {
    id: root
    width: 1000
    height: 200

    ProjectController {
        id: project
    }
    PreviewPanel {
        id: panel
        anchors.fill: parent
        project: project
    }
    SignalSpy {
        id: finished
        target: panel.preview
        signalName: "renderFinished"
    }

    TestCase {
        name: "Preview"
        when: windowShown

        function test_renderShowsWhatWasHeard() {
            const listener = findChild(panel, "previewListener");
            compare(listener.count, 0);
            verify(!listener.enabled);
            project.open(Qt.resolvedUrl("../../examples/03-y-splitter-two-headphones.headroom"));
            tryCompare(listener, "count", 2);
            compare(panel.preview.listener, "m50x");
            listener.currentIndex = 1;
            listener.activated(1);
            compare(panel.preview.listener, "dt770");

            const programme = findChild(panel, "previewProgramme");
            programme.currentIndex = programme.indexOfValue("tone");
            programme.activated(programme.currentIndex);
            compare(panel.preview.programme, "tone");

            panel.preview.seconds = 1;
            panel.preview.render();
            finished.wait(20000);
            verify(panel.preview.rendered);
            verify(panel.preview.summaryA.indexOf("DT 770") >= 0, panel.preview.summaryA);
        }
    }
}
