// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom

// A variant's new name ("Y-splitter", "Distribution amp"); the controller refuses an empty or taken one.
QQC2.Dialog {
    id: root

    required property var project
    property int index: -1

    function openFor(variant) {
        index = variant;
        name.text = project.variantNames[variant];
        open();
        name.selectAll();
        name.forceActiveFocus();
    }

    objectName: "renameVariantDialog"
    title: qsTr("Rename variant")
    modal: true
    standardButtons: QQC2.Dialog.Ok | QQC2.Dialog.Cancel
    anchors.centerIn: parent
    width: Math.min(400, parent ? parent.width - 40 : 400)
    onAccepted: project.renameVariant(index, name.text)

    ColumnLayout {
        width: root.availableWidth
        QQC2.Label {
            text: qsTr("Name")
            color: Theme.text
        }
        QQC2.TextField {
            id: name
            objectName: "variantName"
            Layout.fillWidth: true
            Accessible.name: qsTr("Name")
            onAccepted: root.accept()
        }
    }
}
