// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import Headroom
import Headroom.Models

// The Variants menu: the project's variants to switch between, and duplicating, renaming, deleting and comparing
// them. Renaming and comparing open dialogs that belong to the window, so the menu asks for them.
AppMenu {
    id: root

    required property ProjectController project
    signal renameRequested(int index)
    signal compareRequested

    title: qsTr("V&ariants")
    Repeater {
        model: root.project.variantNames
        delegate: MenuEntry {
            required property string modelData
            required property int index
            text: modelData
            checkable: true
            checked: root.project.currentVariant === index
            onTriggered: root.project.switchVariant(index)
        }
    }
    QQC2.MenuSeparator {}
    QQC2.Action {
        text: qsTr("D&uplicate as Variant")
        shortcut: "Ctrl+Shift+D"
        onTriggered: root.project.duplicateVariant()
    }
    QQC2.Action {
        text: qsTr("&Rename Variant…")
        onTriggered: root.renameRequested(root.project.currentVariant)
    }
    QQC2.Action {
        text: qsTr("&Delete Variant")
        enabled: root.project.variantNames.length > 1
        onTriggered: root.project.removeVariant(root.project.currentVariant)
    }
    QQC2.MenuSeparator {}
    QQC2.Action {
        text: qsTr("&Compare Variants…")
        enabled: root.project.variantNames.length > 1
        shortcut: "Ctrl+Shift+C"
        onTriggered: root.compareRequested()
    }
}
