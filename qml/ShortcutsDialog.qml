// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom

// Help → Keyboard Shortcuts: every key and gesture, grouped as the menus are. The README's key table says the same.
QQC2.Dialog {
    id: root

    /// [{title, rows: [{keys, action}]}]
    readonly property var groups: [
        {title: qsTr("File"), rows: [
            {keys: qsTr("Ctrl+N, Ctrl+Shift+N, Ctrl+O, Ctrl+S, Ctrl+Shift+S"), action: qsTr("new project, quick check, open, save, save as")},
            {keys: qsTr("Ctrl+E, Ctrl+Shift+E, Ctrl+P, Ctrl+Q"), action: qsTr("export a report, export the diagram, print the diagram, quit")}]},
        {title: qsTr("Selection"), rows: [
            {keys: qsTr("drag on empty canvas, Ctrl/Shift+click"), action: qsTr("select several devices")},
            {keys: qsTr("Ctrl+A, Esc"), action: qsTr("select all, select none")},
            {keys: qsTr("Tab, Shift+Tab"), action: qsTr("next or previous device, left to right")},
            {keys: qsTr("arrows, Shift+arrows"), action: qsTr("nudge the selection by one grid step or five")}]},
        {title: qsTr("Edit"), rows: [
            {keys: qsTr("Ctrl+C, Ctrl+X, Ctrl+V, Ctrl+D, Delete"), action: qsTr("copy, cut, paste, duplicate (cables inside the selection come along), delete")},
            {keys: qsTr("Ctrl+L"), action: qsTr("arrange left to right by signal flow")},
            {keys: qsTr("Ctrl+Shift+D, Ctrl+Shift+C"), action: qsTr("duplicate the chain as a variant, compare the variants")},
            {keys: qsTr("Ctrl+Z, Ctrl+Shift+Z"), action: qsTr("undo, redo (every edit, one step each)")}]},
        {title: qsTr("View"), rows: [
            {keys: qsTr("Ctrl+wheel, pinch, Ctrl++, Ctrl+−, Ctrl+0, Ctrl+2"), action: qsTr("zoom, zoom to fit, zoom to the selection; middle-drag or wheel pans")},
            {keys: qsTr("Ctrl+Shift+L, Ctrl+Shift+I, Ctrl+Shift+P"), action: qsTr("show or hide the gear library, the inspector and findings, the preview")},
            {keys: qsTr("Ctrl+Shift+G"), action: qsTr("a listener's plots: SPL against volume, the response change and the impedance")},
            {keys: qsTr("Ctrl+,"), action: qsTr("settings")}]}
    ]

    title: qsTr("Keyboard Shortcuts")
    modal: true
    standardButtons: QQC2.Dialog.Close
    anchors.centerIn: parent

    ColumnLayout {
        spacing: 12
        Repeater {
            model: root.groups
            delegate: ColumnLayout {
                id: group
                required property var modelData
                spacing: 4
                QQC2.Label {
                    text: group.modelData.title
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    model: group.modelData.rows
                    delegate: RowLayout {
                        id: row
                        required property var modelData
                        spacing: 16
                        QQC2.Label {
                            objectName: "shortcut:" + row.modelData.keys
                            Layout.preferredWidth: 280
                            text: row.modelData.keys
                            font.bold: true
                            color: Theme.text
                        }
                        QQC2.Label {
                            Layout.preferredWidth: 360
                            text: row.modelData.action
                            wrapMode: Text.Wrap
                            color: Theme.text
                        }
                    }
                }
            }
        }
    }
}
