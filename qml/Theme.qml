// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma Singleton
import QtQuick

// Colours and sizes shared by the views; follows the application's palette, which is the system's or the one the
// appearance setting chose (AppSettings). Every text colour reaches a WCAG AA contrast of 4.5:1 on canvas and node.
QtObject {
    // Qt 6.4 has no colour-scheme hint: a dark palette means a dark theme.
    readonly property SystemPalette system: SystemPalette {}
    readonly property bool dark: system.window.hslLightness < 0.5
    readonly property color canvas: dark ? "#1e2023" : "#f4f5f7"
    readonly property color gridLine: dark ? "#2a2d31" : "#e3e5e9"
    readonly property color node: dark ? "#2c3036" : "#ffffff"
    readonly property color nodeBorder: dark ? "#4a5058" : "#c3c8cf"
    readonly property color selection: "#2f7de1"
    readonly property color text: dark ? "#e8eaed" : "#1d2125"
    readonly property color mutedText: dark ? "#a5abb3" : "#5c636b"
    // Disabled entries are exempt from the contrast rule (WCAG 1.4.3) and must look disabled.
    readonly property color disabledText: dark ? "#7d838b" : "#8a9098"
    // Saturated severity colours are for dots and borders; text in a severity uses its darker (or, in dark, lighter)
    // text colour, since #d99a1c on white is only 2.4:1.
    readonly property color ok: "#2e9d57"
    readonly property color warning: "#d99a1c"
    readonly property color warningText: dark ? "#f0b84a" : "#8a5a00"
    readonly property color error: "#d2453b"
    readonly property color errorText: dark ? "#ff8a80" : "#b3261e"
    readonly property color info: "#4a8fd4"
    /// Behind a figure that differs between variants: a tint of the selection colour that text stays readable on.
    readonly property color changed: dark ? "#2a4566" : "#dce9fa"
    readonly property int nodeWidth: 200
    readonly property int nodeMaxWidth: 460
    /// Long product names widen a node up to here, and show whole on hover beyond it.
    readonly property int nodeTitleWidth: 340
    readonly property int nodeHeader: 66
    readonly property int portRow: 30
    readonly property int grid: 20

    function severityColor(severity) {
        return severity >= 2 ? error : severity === 1 ? warning : severity === 0 ? info : "transparent";
    }
    function verdictColor(verdict) {
        switch (verdict) {
        case "ok": return ok;
        case "marginal":
        case "warning": return warning;
        case "needs-amp":
        case "too-quiet":
        case "error": return error;
        }
        return mutedText;
    }
    function signalColor(signal) {
        switch (signal) {
        case "mic": return "#b06fd6";
        case "instrument": return "#d98a3a";
        case "line": return "#3f9bd6";
        case "headphone": return "#2e9d57";
        case "digital": return "#7d8590";
        case "midi": return "#c0527a";
        case "speaker": return "#c24a3a";
        case "acoustic": return "#c9a227";
        }
        return mutedText;
    }
}
