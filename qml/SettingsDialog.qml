// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// Preferences: the language, the appearance, the shop name the summary report prints, and the shop's server for
// shared gear and projects (docs/shared-server.md); applied at once and remembered.
QQC2.Dialog {
    id: root

    title: qsTr("Settings")
    modal: true
    standardButtons: QQC2.Dialog.Close
    anchors.centerIn: parent

    AppSettings {
        id: settings
    }

    GridLayout {
        columns: 2
        columnSpacing: 12
        QQC2.Label {
            text: qsTr("Language")
            color: Theme.text
        }
        QQC2.ComboBox {
            objectName: "languageBox"
            Layout.minimumWidth: 200
            model: settings.languages
            textRole: "label"
            valueRole: "key"
            // Not indexOfValue(): it runs before the box has its choices, and -1 shows nothing.
            currentIndex: settings.languageIndex
            Accessible.name: qsTr("Language")
            onActivated: settings.language = currentValue
        }
        QQC2.Label {
            text: qsTr("Appearance")
            color: Theme.text
        }
        QQC2.ComboBox {
            objectName: "appearanceBox"
            Layout.minimumWidth: 200
            model: settings.appearances
            textRole: "label"
            valueRole: "key"
            currentIndex: settings.appearanceIndex
            Accessible.name: qsTr("Appearance")
            onActivated: settings.appearance = currentValue
        }
        QQC2.Label {
            text: qsTr("Shop name on reports")
            color: Theme.text
        }
        QQC2.TextField {
            objectName: "shopNameField"
            Layout.minimumWidth: 200
            text: settings.shopName
            placeholderText: qsTr("Leave empty for none")
            Accessible.name: qsTr("Shop name on reports")
            onEditingFinished: settings.shopName = text
        }

        QQC2.Label {
            Layout.columnSpan: 2
            topPadding: 12
            text: qsTr("Shared gear and projects")
            font.bold: true
            color: Theme.text
        }
        QQC2.Label {
            text: qsTr("Shop server")
            color: Theme.text
        }
        QQC2.TextField {
            id: serverField
            objectName: "serverField"
            Layout.minimumWidth: 340
            text: ShopServer.address
            //: an example of the address; keep its form, postgresql://user@host/database
            placeholderText: qsTr("postgresql://staff@shop.example/headroom")
            Accessible.name: qsTr("Shop server")
            onAccepted: connectButton.clicked()
        }
        QQC2.Label {
            text: qsTr("Password")
            color: Theme.text
        }
        QQC2.TextField {
            id: passwordField
            objectName: "passwordField"
            Layout.minimumWidth: 340
            echoMode: TextInput.Password
            placeholderText: qsTr("Empty: from ~/.pgpass, or none")
            Accessible.name: qsTr("Password")
            onAccepted: connectButton.clicked()
        }
        Item {
            width: 1
        }
        QQC2.CheckBox {
            id: rememberBox
            objectName: "rememberPassword"
            text: qsTr("Remember the password in the system's keyring")
            checked: ShopServer.passwordRemembered
        }
        Item {
            width: 1
        }
        RowLayout {
            QQC2.Button {
                id: connectButton
                objectName: "connectServer"
                text: qsTr("Connect")
                enabled: serverField.text.trim().length > 0
                onClicked: {
                    ShopServer.connectTo(serverField.text, passwordField.text, rememberBox.checked);
                    passwordField.clear();
                }
            }
            QQC2.Button {
                objectName: "forgetServer"
                text: qsTr("Forget This Server")
                enabled: ShopServer.configured
                onClicked: ShopServer.forget()
            }
        }
        QQC2.Label {
            objectName: "serverStatus"
            Layout.columnSpan: 2
            Layout.maximumWidth: 480
            visible: text.length > 0
            text: ShopServer.status
            wrapMode: Text.Wrap
            color: ShopServer.online ? Theme.text : Theme.warningText
        }
    }
}
