// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// A popup to choose the product that takes a device's place: "replace with…". It lists catalog and user gear of
// any kind that keeps every cable the device has.
QQC2.Popup {
    id: root

    required property ProjectController project
    property string deviceId: ""
    property string title: ""

    signal picked(string gearId)

    width: 360
    height: 420
    modal: true
    focus: true
    onOpened: {
        gear.refresh(); // the device's cables may have changed since the last time
        search.forceActiveFocus();
    }

    ColumnLayout {
        anchors.fill: parent
        QQC2.Label {
            text: root.title
            font.bold: true
            color: Theme.text
        }
        QQC2.TextField {
            id: search
            Layout.fillWidth: true
            placeholderText: qsTr("Search gear: brand, model…")
            Accessible.name: root.title
            onTextChanged: gear.text = text
            Keys.onDownPressed: list.forceActiveFocus()
        }
        QQC2.Label {
            objectName: "noReplacement"
            Layout.fillWidth: true
            visible: list.count === 0
            wrapMode: Text.Wrap
            color: Theme.mutedText
            text: search.text.length > 0 ? qsTr("No gear matches “%1” and keeps this device's cables").arg(search.text)
                                         : qsTr("No product can take this device's place and keep its cables")
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            keyNavigationEnabled: true
            model: GearSearchModel {
                id: gear
                project: root.project
                replacing: root.deviceId
            }
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
            delegate: QQC2.ItemDelegate {
                id: row
                required property string gearId
                required property string name
                required property string detail
                required property int index
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                text: name
                Accessible.name: name
                QQC2.ToolTip.text: detail
                QQC2.ToolTip.visible: hovered && detail.length > 0
                onClicked: {
                    root.picked(gearId);
                    root.close();
                }
                Keys.onReturnPressed: clicked()
            }
        }
    }
}
