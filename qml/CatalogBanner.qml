// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// Above the canvas when the catalog has newer figures for devices in this project: says which, and offers to take
// them or keep the saved ones.
Rectangle {
    id: root

    required property ProjectController project

    visible: root.project.catalogChanges.length > 0
    implicitHeight: catalogBanner.implicitHeight + 12
    color: Theme.node
    border.color: Theme.warning
    // A column, not a row: wrapped text beside buttons makes the layout re-measure itself forever.
    ColumnLayout {
        id: catalogBanner
        anchors.fill: parent
        anchors.margins: 6
        spacing: 2
        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("The catalog's figures changed since this project was saved; the analysis uses the saved ones.")
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Repeater {
            model: root.project.catalogChanges
            delegate: QQC2.Label {
                required property string modelData
                Layout.fillWidth: true
                text: modelData
                wrapMode: Text.Wrap
                color: Theme.mutedText
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            QQC2.Button {
                text: qsTr("Use the catalog's figures")
                onClicked: root.project.updateFromCatalog()
            }
            QQC2.Button {
                text: qsTr("Keep the saved figures")
                onClicked: root.project.keepSavedFigures()
            }
        }
    }
}
