// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// Preferences: the language, the appearance and the shop name the summary report prints, applied at once and
// remembered.
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
            currentIndex: indexOfValue(settings.language)
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
            currentIndex: indexOfValue(settings.appearance)
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
    }
}
