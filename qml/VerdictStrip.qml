import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom

// One entry per listener, the verdict a beginner reads first.
Flow {
    id: root

    property alias model: entries.model
    signal listenerClicked(string deviceId)

    spacing: 6
    Repeater {
        id: entries
        delegate: QQC2.Button {
            id: entry
            required property string deviceId
            required property string verdict
            required property string summary
            flat: true
            text: summary
            Accessible.name: summary
            onClicked: root.listenerClicked(deviceId)
            background: Rectangle {
                radius: 4
                color: Qt.rgba(0, 0, 0, 0)
                border.color: Theme.verdictColor(entry.verdict)
                border.width: 2
            }
            contentItem: QQC2.Label {
                text: entry.summary
                color: Theme.text
                wrapMode: Text.Wrap
                width: Math.min(implicitWidth, root.width - 20)
            }
        }
    }
    QQC2.Label {
        visible: entries.count === 0
        text: qsTr("Add headphones to see whether your gear drives them loud enough.")
        color: Theme.mutedText
    }
}
