// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Headroom

// Help → Keyboard Shortcuts and Help → About Headroom open and show what they promise.
Item {
    id: root
    width: 1000
    height: 800

    ShortcutsDialog {
        id: shortcuts
    }
    AboutDialog {
        id: about
    }

    TestCase {
        name: "Help"
        when: windowShown

        function test_shortcutsListTheKeys() {
            shortcuts.open();
            tryVerify(() => shortcuts.opened);
            const arrange = findChild(shortcuts.contentItem, "shortcut:Ctrl+L");
            verify(arrange !== null);
            verify(arrange.visible);
            verify(findChild(shortcuts.contentItem, "shortcut:Ctrl+Z, Ctrl+Shift+Z") !== null);
            shortcuts.close();
        }

        function test_aboutShowsVersions() {
            about.open();
            tryVerify(() => about.opened);
            const version = findChild(about.contentItem, "aboutVersion");
            verify(/^Headroom \d+\.\d+\.\d+$/.test(version.text), version.text);
            verify(findChild(about.contentItem, "aboutQt").text.indexOf("6.") >= 0);
            const catalog = findChild(about.contentItem, "aboutCatalog").text;
            verify(/\d+ products, made /.test(catalog), catalog);
            verify(findChild(about.contentItem, "licence:SQLite").text.indexOf("public domain") >= 0);
            verify(findChild(about.contentItem, "aboutLicence").text.indexOf("version 3 or later") >= 0);
            verify(findChild(about.contentItem, "licence:libsndfile").text.indexOf("LGPL-2.1-or-later") >= 0);
            about.close();
        }
    }
}
