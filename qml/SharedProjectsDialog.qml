// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// The shop's shared projects, with who saved each last and when; opens the chosen one.
QQC2.Dialog {
    id: root

    required property ProjectController project
    property var projects: []

    /// Lists the server's projects afresh and shows the dialog.
    function show() {
        projects = project.sharedProjects();
        list.currentIndex = projects.length > 0 ? 0 : -1;
        open();
    }
    function openChosen() {
        if (list.currentIndex < 0)
            return;
        const id = projects[list.currentIndex].id;
        close();
        project.openShared(id);
    }

    title: qsTr("Open from the shop's server")
    modal: true
    anchors.centerIn: parent
    width: Math.min(560, parent.width - 40)
    height: Math.min(480, parent.height - 40)
    standardButtons: QQC2.Dialog.Open | QQC2.Dialog.Cancel
    onAccepted: openChosen()

    ListView {
        id: list
        objectName: "sharedProjects"
        anchors.fill: parent
        clip: true
        model: root.projects
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
        delegate: QQC2.ItemDelegate {
            id: entry
            required property var modelData
            required property int index
            objectName: "sharedProject:" + modelData.name
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            Accessible.name: modelData.name
            contentItem: Column {
                QQC2.Label {
                    width: parent.width
                    text: entry.modelData.name
                    elide: Text.ElideRight
                    color: Theme.text
                }
                QQC2.Label {
                    width: parent.width
                    text: entry.modelData.detail
                    font.pixelSize: 11
                    elide: Text.ElideRight
                    color: Theme.mutedText
                }
            }
            onClicked: list.currentIndex = index
            onDoubleClicked: {
                list.currentIndex = index;
                root.openChosen();
            }
        }
        QQC2.Label {
            anchors.centerIn: parent
            visible: root.projects.length === 0
            text: qsTr("The shop has no shared projects yet.")
            color: Theme.mutedText
        }
    }
}
