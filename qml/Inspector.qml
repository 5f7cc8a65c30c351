// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom

// The selected device's settings: gain, phantom power and Hi-Z on inputs, volume on outputs.
ColumnLayout {
    id: root

    required property var project
    property string deviceId: ""
    property var device: ({})

    function refresh() {
        device = project.devices.device(deviceId);
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
        visible: root.project.selection.length > 1
        text: qsTr("%1 devices selected; their settings are shown one at a time.").arg(root.project.selection.length)
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
    Repeater {
        model: root.device.inputs !== undefined ? root.device.inputs : []
        delegate: ColumnLayout {
            id: input
            required property var modelData
            visible: root.device.kind === "interface" && (modelData.id.startsWith("in") || modelData.id.startsWith("line_in"))
            Layout.fillWidth: true
            QQC2.Label {
                text: input.modelData.label
                color: Theme.mutedText
            }
            RowLayout {
                readonly property var gain: root.project.gainControl(root.deviceId, input.modelData.id)
                visible: root.device.kind === "interface"
                NumberField {
                    Layout.fillWidth: true
                    label: qsTr("Gain")
                    unit: qsTr("dB")
                    from: parent.gain.from
                    to: parent.gain.to
                    value: parent.gain.value
                    onEdited: value => root.project.setPortSetting(root.deviceId, input.modelData.id, "gainDb", value)
                }
                QQC2.CheckBox {
                    text: qsTr("Auto")
                    checked: parent.gain.auto === true
                    QQC2.ToolTip.text: qsTr("Headroom sets the gain so the average sits at −18 dBFS")
                    QQC2.ToolTip.visible: hovered
                    onToggled: root.project.setPortSetting(root.deviceId, input.modelData.id, "gainDb", checked ? undefined : parent.gain.value)
                }
            }
            RowLayout {
                QQC2.CheckBox {
                    text: qsTr("48 V")
                    checked: root.project.portSetting(root.deviceId, input.modelData.id, "phantom") === true
                    onToggled: root.project.setPortSetting(root.deviceId, input.modelData.id, "phantom", checked)
                }
                QQC2.CheckBox {
                    text: qsTr("Hi-Z")
                    checked: root.project.portSetting(root.deviceId, input.modelData.id, "hiZ") === true
                    onToggled: root.project.setPortSetting(root.deviceId, input.modelData.id, "hiZ", checked)
                }
            }
        }
    }
    Repeater {
        model: root.device.outputs !== undefined ? root.device.outputs : []
        delegate: ColumnLayout {
            id: output
            required property var modelData
            visible: !modelData.id.startsWith("usb")
            Layout.fillWidth: true
            NumberField {
                Layout.fillWidth: true
                label: qsTr("%1 volume").arg(output.modelData.label)
                unit: qsTr("dB")
                from: root.project.settingRange("volumeDb").min
                to: root.project.settingRange("volumeDb").max
                value: root.project.portSetting(root.deviceId, output.modelData.id, "volumeDb") || 0
                onEdited: value => root.project.setPortSetting(root.deviceId, output.modelData.id, "volumeDb", value)
            }
        }
    }
    QQC2.CheckBox {
        visible: root.device.kind === "interface"
        text: qsTr("Direct monitoring")
        checked: root.project.deviceSetting(root.deviceId, "directMonitor") === true
        onToggled: root.project.setDeviceSetting(root.deviceId, "directMonitor", checked)
    }
    // What plays: a voice's level and distance, a computer's programme and level, a listener's name and target.
    NumberField {
        visible: root.device.kind === "acoustic-source"
        Layout.fillWidth: true
        label: qsTr("Level at %1 cm").arg(Math.round((root.project.deviceSetting(root.deviceId, "referenceDistanceM") || 0.3) * 100))
        unit: qsTr("dB SPL")
        from: root.project.settingRange("splDb").min
        to: root.project.settingRange("splDb").max
        value: root.project.deviceSetting(root.deviceId, "splDb") || 74
        onEdited: value => root.project.setDeviceSetting(root.deviceId, "splDb", value)
    }
    NumberField {
        visible: root.device.kind === "acoustic-source"
        Layout.fillWidth: true
        label: qsTr("Distance to the mic")
        unit: qsTr("cm")
        from: Math.ceil(root.project.settingRange("distanceM").min * 100)
        to: root.project.settingRange("distanceM").max * 100
        value: Math.round((root.project.deviceSetting(root.deviceId, "distanceM") || 0.076) * 100)
        onEdited: value => root.project.setDeviceSetting(root.deviceId, "distanceM", value / 100)
    }
    NumberField {
        visible: root.device.kind === "player"
        Layout.fillWidth: true
        label: qsTr("Programme level")
        unit: qsTr("dBFS")
        from: root.project.settingRange("levelDbfs").min
        to: root.project.settingRange("levelDbfs").max
        value: root.project.deviceSetting(root.deviceId, "levelDbfs") || -18
        onEdited: value => root.project.setDeviceSetting(root.deviceId, "levelDbfs", value)
    }
    RowLayout {
        visible: root.device.kind === "player" || root.device.kind === "acoustic-source"
        QQC2.Label {
            text: qsTr("Programme")
            color: Theme.text
        }
        QQC2.ComboBox {
            model: root.project.programmes
            textRole: "label"
            valueRole: "key"
            currentIndex: indexOfValue(root.project.deviceSetting(root.deviceId, "program"))
            Accessible.name: qsTr("Programme")
            onActivated: root.project.setDeviceSetting(root.deviceId, "program", currentValue)
        }
    }
    RowLayout {
        visible: root.device.kind === "headphones"
        QQC2.Label {
            text: qsTr("Listener")
            color: Theme.text
        }
        QQC2.TextField {
            Layout.fillWidth: true
            text: root.project.deviceSetting(root.deviceId, "listener") || ""
            Accessible.name: qsTr("Listener")
            onEditingFinished: root.project.setDeviceSetting(root.deviceId, "listener", text)
        }
    }
    NumberField {
        visible: root.device.kind === "headphones"
        Layout.fillWidth: true
        label: qsTr("Peak target")
        unit: qsTr("dB SPL")
        from: root.project.settingRange("targetPeakSplDb").min
        to: root.project.settingRange("targetPeakSplDb").max
        value: root.project.deviceSetting(root.deviceId, "targetPeakSplDb") || 110
        onEdited: value => root.project.setDeviceSetting(root.deviceId, "targetPeakSplDb", value)
    }
    QQC2.Label {
        visible: root.device.name !== undefined
        text: qsTr("Figures")
        font.bold: true
        color: Theme.text
    }
    Repeater {
        // Every figure with where it comes from; unknown ones say a typical value stands in.
        model: root.device.name !== undefined ? root.project.specRows(root.deviceId) : []
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
            visible: root.project.canReplace(root.deviceId)
            text: qsTr("Replace with…")
            Accessible.name: qsTr("Replace %1 with another product").arg(root.device.name || "")
            onClicked: picker.open()
        }
        QQC2.Button {
            text: qsTr("Delete device")
            onClicked: root.project.removeDevice(root.deviceId)
        }
    }
    GearPicker {
        id: picker
        project: root.project
        deviceId: root.deviceId
        title: qsTr("Replace %1 with…").arg(root.device.name || "")
        onPicked: gearId => root.project.replaceDevice(root.deviceId, gearId)
    }
}
