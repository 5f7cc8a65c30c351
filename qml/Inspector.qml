// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// The selected device: its settings (core's settings table, through the project's settings model), its figures and
// where they come from, and the buttons to replace or delete it.
ColumnLayout {
    id: root

    required property ProjectController project
    property string deviceId: ""
    property var device: ({})

    function refresh() {
        device = project.session.devices.device(deviceId);
    }
    onDeviceIdChanged: refresh()
    Connections {
        target: root.project
        function onChanged() {
            root.refresh();
        }
    }

    spacing: 6

    QQC2.Label {
        visible: root.project.session.selection.length > 1
        text: qsTr("%1 devices selected; their settings are shown one at a time.").arg(root.project.session.selection.length)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        color: Theme.mutedText
    }
    QQC2.Label {
        text: root.device.name !== undefined ? root.device.name : qsTr("Select a device to change its settings.")
        font.bold: root.device.name !== undefined
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        color: Theme.text
    }
    // Every setting of the device from the settings table, a port's under the port's name.
    Repeater {
        model: root.project.session.settings
        delegate: ColumnLayout {
            id: setting
            required property int index
            required property string key
            required property string group
            required property bool groupStart
            required property string label
            required property string unit
            required property string type
            required property var value
            required property bool automatic
            required property bool canBeUnset
            required property real from
            required property real to
            required property var choices
            Layout.fillWidth: true
            spacing: 2

            function edit(value) {
                root.project.session.settings.edit(setting.index, value);
            }

            QQC2.Label {
                visible: setting.groupStart
                text: setting.group
                color: Theme.mutedText
                Layout.topMargin: 4
            }
            RowLayout {
                visible: setting.type === "number"
                NumberField {
                    objectName: "setting:" + setting.key
                    Layout.fillWidth: true
                    label: setting.label
                    unit: setting.unit
                    from: setting.from
                    to: setting.to
                    value: setting.type === "number" && setting.value !== undefined ? setting.value : setting.from
                    onEdited: value => setting.edit(value)
                }
                QQC2.CheckBox {
                    visible: setting.canBeUnset
                    text: qsTr("Auto")
                    checked: setting.automatic
                    QQC2.ToolTip.text: qsTr("Headroom decides: the gain that puts the average at −18 dBFS, or the usual value")
                    QQC2.ToolTip.visible: hovered
                    Accessible.name: qsTr("%1: automatic").arg(setting.label)
                    onToggled: setting.edit(checked ? undefined : setting.value)
                }
            }
            QQC2.CheckBox {
                visible: setting.type === "flag"
                text: setting.label
                checked: setting.value === true
                onToggled: setting.edit(checked)
            }
            RowLayout {
                visible: setting.type === "choice" || setting.type === "text"
                QQC2.Label {
                    text: setting.label
                    color: Theme.text
                }
                QQC2.ComboBox {
                    visible: setting.type === "choice"
                    model: setting.choices
                    textRole: "label"
                    valueRole: "key"
                    currentIndex: setting.type === "choice" ? setting.choices.findIndex(choice => choice.key === setting.value) : -1
                    Accessible.name: setting.label
                    onActivated: setting.edit(currentValue)
                }
                QQC2.TextField {
                    visible: setting.type === "text"
                    Layout.fillWidth: true
                    text: setting.type === "text" ? setting.value : ""
                    Accessible.name: setting.label
                    onEditingFinished: setting.edit(text)
                }
            }
        }
    }
    QQC2.Label {
        visible: root.device.name !== undefined
        text: qsTr("Figures")
        font.bold: true
        color: Theme.text
    }
    Repeater {
        // Every figure with where it comes from; unknown ones say a typical value stands in.
        model: root.device.name !== undefined ? root.project.session.specRows(root.deviceId) : []
        delegate: QQC2.Label {
            required property var modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.StyledText
            color: modelData.known ? Theme.text : Theme.warningText
            text: modelData.label + ": " + modelData.value
                  + (modelData.url.length > 0 ? " — <a href=\"" + modelData.url + "\">" + modelData.provenance + "</a>" : "")
            onLinkActivated: link => Qt.openUrlExternally(link)
        }
    }
    RowLayout {
        visible: root.device.name !== undefined
        QQC2.Button {
            visible: root.project.session.canReplace(root.deviceId)
            text: qsTr("Replace with…")
            Accessible.name: qsTr("Replace %1 with another product").arg(root.device.name || "")
            onClicked: picker.open()
        }
        QQC2.Button {
            text: qsTr("Delete device")
            onClicked: root.project.session.removeDevice(root.deviceId)
        }
    }
    GearPicker {
        id: picker
        project: root.project
        deviceId: root.deviceId
        title: qsTr("Replace %1 with…").arg(root.device.name || "")
        onPicked: gearId => root.project.session.replaceDevice(root.deviceId, gearId)
    }
}
