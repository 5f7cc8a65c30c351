// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// The dialogs of the shop's server: its projects, a copy's name, and what happens when someone else saved first.
Item {
    id: root

    required property ProjectController project

    function showProjects() {
        projectsDialog.show();
    }
    function askCopyName() {
        copyDialog.ask();
    }

    SharedProjectsDialog {
        id: projectsDialog
        project: root.project
    }
    QQC2.Dialog {
        id: copyDialog
        function ask() {
            copyName.text = root.project.sharedName.length > 0 ? qsTr("%1 (copy)").arg(root.project.sharedName) : root.project.baseName;
            open();
            copyName.forceActiveFocus();
            copyName.selectAll();
        }
        parent: QQC2.Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Save to the shop's server as a copy")
        standardButtons: QQC2.Dialog.Save | QQC2.Dialog.Cancel
        onAccepted: root.project.saveToServerAsCopy(copyName.text)
        ColumnLayout {
            QQC2.Label {
                text: qsTr("Name on the server")
                color: Theme.text
            }
            QQC2.TextField {
                id: copyName
                objectName: "sharedCopyName"
                Layout.minimumWidth: 320
                Accessible.name: qsTr("Name on the server")
                onAccepted: copyDialog.accept()
            }
        }
    }
    // Someone saved first: never overwritten; the user chooses whose work goes on.
    QQC2.Dialog {
        id: conflictDialog
        objectName: "serverConflict"
        property string message
        parent: QQC2.Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(560, root.width - 40)
        modal: true
        title: qsTr("Saved by someone else")
        contentItem: ColumnLayout {
            spacing: 12
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("%1.\nNothing was saved. Open their version (your changes here are dropped), or save yours as a copy beside it?").arg(conflictDialog.message)
                wrapMode: Text.Wrap
                color: Theme.text
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                QQC2.Button {
                    text: qsTr("Open Theirs")
                    onClicked: {
                        conflictDialog.close();
                        root.project.reloadFromServer();
                    }
                }
                QQC2.Button {
                    text: qsTr("Save Mine as a Copy…")
                    onClicked: {
                        conflictDialog.close();
                        copyDialog.ask();
                    }
                }
                QQC2.Button {
                    text: qsTr("Cancel")
                    onClicked: conflictDialog.close()
                }
            }
        }
    }
    Connections {
        target: root.project
        function onServerConflict(message) {
            conflictDialog.message = message;
            conflictDialog.open();
        }
    }
}
