// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// The gear library: search real products and drag them onto the canvas (or double-click to add).
ColumnLayout {
    id: root

    signal addRequested(string gearId)
    signal addKindRequested(string kind)
    /// The form for a product of your own: new (of a kind, "" for any) or a copy of / edit to an existing one.
    signal newGearRequested(string kind)
    signal editGearRequested(string gearId)
    signal deleteGearRequested(string gearId, string name)

    /// Searches again, after your gear changed.
    function refresh() {
        gear.refresh();
    }

    spacing: 6

    QQC2.TextField {
        id: search
        objectName: "librarySearch"
        Layout.fillWidth: true
        placeholderText: qsTr("Search gear: brand, model…")
        Accessible.name: qsTr("Search the gear library")
        onTextChanged: gear.text = text
    }
    QQC2.ComboBox {
        Layout.fillWidth: true
        model: gear.kinds
        textRole: "label"
        valueRole: "key"
        Accessible.name: qsTr("Kind of gear")
        onActivated: gear.kind = currentValue
    }
    ListView {
        id: list
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: GearSearchModel {
            id: gear
        }
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
        footer: QQC2.Label {
            objectName: "moreGear"
            width: ListView.view.width
            visible: gear.more
            height: visible ? implicitHeight : 0
            padding: 6
            text: qsTr("The first %1 are listed: type a name to find the others.").arg(list.count)
            wrapMode: Text.Wrap
            color: Theme.mutedText
        }
        delegate: QQC2.ItemDelegate {
            id: row
            required property string gearId
            required property string name
            required property string kindLabel
            required property string detail
            required property bool userGear
            required property bool shopGear
            objectName: "gear:" + gearId
            width: ListView.view.width
            Accessible.name: name
            // Long product names are cut to the panel's width: the whole name and figures on hover.
            hoverEnabled: true
            QQC2.ToolTip.text: row.detail.length > 0 ? row.name + "\n" + row.kindLabel + " · " + row.detail : row.name
            QQC2.ToolTip.visible: hovered
            QQC2.ToolTip.delay: 700
            contentItem: Column {
                QQC2.Label {
                    width: parent.width
                    text: row.name + (row.userGear ? qsTr(" (yours)") : row.shopGear ? qsTr(" (shop)") : "")
                    elide: Text.ElideRight
                    color: Theme.text
                }
                QQC2.Label {
                    width: parent.width
                    text: row.detail.length > 0 ? row.kindLabel + " · " + row.detail : row.kindLabel
                    font.pixelSize: 11
                    elide: Text.ElideRight
                    color: Theme.mutedText
                }
            }
            onDoubleClicked: root.addRequested(gearId)
            Keys.onReturnPressed: root.addRequested(gearId)

            QQC2.Menu {
                id: rowMenu
                QQC2.MenuItem {
                    text: qsTr("Add to the chain")
                    onTriggered: root.addRequested(row.gearId)
                }
                QQC2.MenuItem {
                    text: row.userGear ? qsTr("Edit…") : qsTr("Edit a copy…")
                    onTriggered: root.editGearRequested(row.gearId)
                }
                QQC2.MenuItem {
                    visible: row.userGear
                    height: visible ? implicitHeight : 0
                    text: qsTr("Delete from your gear")
                    onTriggered: root.deleteGearRequested(row.gearId, row.name)
                }
                QQC2.MenuItem {
                    visible: row.userGear && ShopServer.online
                    height: visible ? implicitHeight : 0
                    text: qsTr("Share with the Shop")
                    onTriggered: shopMessage.text = ShopServer.share(row.gearId)
                }
                QQC2.MenuItem {
                    visible: row.shopGear && ShopServer.online
                    height: visible ? implicitHeight : 0
                    text: qsTr("Remove from the Shop's Gear")
                    onTriggered: shopMessage.text = ShopServer.unshare(row.gearId)
                }
            }
            Item {
                id: token
                property string gearId: row.gearId
                Drag.keys: ["headroom/gear"]
            }
            MouseArea {
                id: dragArea
                property point pressedAt
                anchors.fill: parent
                acceptedButtons: Qt.LeftButton | Qt.RightButton
                // The token follows the pointer itself (a drag target trails it by the drag threshold), so the
                // product lands exactly where it is released, whatever part of the row was grabbed.
                preventStealing: true // the list would take a diagonal drag as a flick
                onPressed: mouse => pressedAt = Qt.point(mouse.x, mouse.y)
                onPositionChanged: mouse => {
                    if (!(mouse.buttons & Qt.LeftButton))
                        return;
                    if (!token.Drag.active && Math.hypot(mouse.x - pressedAt.x, mouse.y - pressedAt.y) < Application.styleHints.startDragDistance)
                        return;
                    token.x = mouse.x;
                    token.y = mouse.y;
                    token.Drag.active = true;
                }
                onReleased: {
                    if (token.Drag.active)
                        token.Drag.drop();
                    token.Drag.active = false;
                }
                onClicked: mouse => {
                    if (mouse.button === Qt.RightButton)
                        rowMenu.popup();
                }
                onDoubleClicked: root.addRequested(row.gearId)
            }
        }
    }
    QQC2.Button {
        Layout.fillWidth: true
        text: qsTr("Add your own gear…")
        onClicked: root.newGearRequested(gear.kind)
    }
    QQC2.Label {
        text: qsTr("Sources")
        font.bold: true
        color: Theme.text
    }
    Flow {
        Layout.fillWidth: true
        spacing: 4
        Repeater {
            model: [{kind: "acoustic-source", label: qsTr("Voice")}, {kind: "instrument", label: qsTr("Guitar")},
                    {kind: "player", label: qsTr("Computer")}]
            delegate: QQC2.Button {
                required property var modelData
                text: modelData.label
                onClicked: root.addKindRequested(modelData.kind)
            }
        }
    }
    // Why sharing a product with the shop did not work (a read-only login, a name the shop has already).
    QQC2.Label {
        id: shopMessage
        objectName: "shopMessage"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        color: Theme.warningText
    }
    // Where the shop's gear comes from, when a server is set up and cannot be reached.
    QQC2.Label {
        objectName: "shopStatus"
        Layout.fillWidth: true
        visible: ShopServer.configured && !ShopServer.online
        text: ShopServer.status
        wrapMode: Text.Wrap
        color: Theme.warningText
    }
    Repeater {
        model: gear.notices
        delegate: QQC2.Label {
            required property string modelData
            Layout.fillWidth: true
            text: modelData
            wrapMode: Text.Wrap
            color: Theme.warningText
        }
    }
}
