// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Headroom
import Headroom.Models

// The appearance setting switches Theme between light and dark at once, and in both every text colour reaches the
// WCAG AA contrast of 4.5:1 on the backgrounds text is drawn on.
Item {
    id: root
    width: 400
    height: 300

    AppSettings {
        id: settings
    }

    TestCase {
        name: "Theme"
        when: windowShown

        function cleanup() {
            settings.appearance = "system";
        }

        /// WCAG 2.x relative luminance of an sRGB colour.
        function luminance(c) {
            const linear = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
            return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
        }

        function contrast(a, b) {
            const la = luminance(a), lb = luminance(b);
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
        }

        /// Every colour Theme offers for text.
        readonly property var textColours: ["text", "mutedText", "warningText", "errorText"]

        function test_textContrast_data() {
            return [{tag: "light", appearance: "light", dark: false}, {tag: "dark", appearance: "dark", dark: true}];
        }

        function test_textContrast(data) {
            settings.appearance = data.appearance;
            tryCompare(Theme, "dark", data.dark);
            for (const name of textColours)
                for (const background of ["canvas", "node"]) {
                    const ratio = contrast(Theme[name], Theme[background]);
                    verify(ratio >= 4.5, name + " " + Theme[name] + " on " + background + " " + Theme[background] + ": " + ratio.toFixed(2) + ":1");
                }
        }
    }
}
