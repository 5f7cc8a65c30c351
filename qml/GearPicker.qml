import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// A popup to choose a product of one kind from the gear library: "replace with…".
QQC2.Popup {
    id: root

    property string kind: ""
    property string title: ""

    signal picked(string gearId)

    width: 360
    height: 420
    modal: true
    focus: true
    onOpened: search.forceActiveFocus()

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
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            keyNavigationEnabled: true
            model: GearSearchModel {
                id: gear
                kind: root.kind
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
