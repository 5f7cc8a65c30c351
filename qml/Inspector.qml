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
            visible: modelData.id.startsWith("in") || modelData.id.startsWith("line_in")
            Layout.fillWidth: true
            QQC2.Label {
                text: input.modelData.label
                color: Theme.mutedText
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
            QQC2.Label {
                text: qsTr("%1 volume: %2 dB").arg(output.modelData.label).arg(volume.value.toFixed(0))
                color: Theme.mutedText
            }
            QQC2.Slider {
                id: volume
                Layout.fillWidth: true
                from: -60
                to: 0
                stepSize: 1
                value: root.project.portSetting(root.deviceId, output.modelData.id, "volumeDb") || 0
                Accessible.name: qsTr("%1 volume").arg(output.modelData.label)
                onMoved: root.project.setPortSetting(root.deviceId, output.modelData.id, "volumeDb", value)
            }
        }
    }
    QQC2.Button {
        visible: root.device.name !== undefined
        text: qsTr("Delete device")
        onClicked: root.project.removeDevice(root.deviceId)
    }
}
