// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Headroom
import Headroom.Models

// The form for your own gear: Save with a missing model keeps the form open and says what is missing; a complete
// form saves, closes and tells the library to search again.
Item {
    id: root
    width: 800
    height: 800

    GearEditorDialog {
        id: dialog
    }
    SignalSpy {
        id: changed
        signalName: "gearChanged"
    }

    TestCase {
        name: "GearEditor"
        when: windowShown

        function initTestCase() {
            changed.target = findChild(dialog, "gearEditor"); // the form's editor tells the app's gear hub
        }

        function test_saveChecksThenCloses() {
            dialog.createNew("headphones");
            tryVerify(() => dialog.opened);
            const editor = findChild(dialog, "gearEditor");
            const save = findChild(dialog.footer, "saveGear");
            editor.brand = "Acme";
            mouseClick(save);
            verify(dialog.visible); // the model is missing
            verify(editor.error.indexOf("Model") >= 0, editor.error);
            compare(changed.count, 0);

            editor.model = "Quick Test Phones " + Date.now();
            editor.setFieldText("impedanceOhm", "32");
            mouseClick(save);
            tryVerify(() => !dialog.visible);
            compare(changed.count, 1);
            verify(editor.gearId.indexOf("user-") === 0);
            verify(dialog.remove(editor.gearId)); // leave no gear behind
            compare(changed.count, 2);
        }
    }
}
