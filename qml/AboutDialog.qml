// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// Help → About Headroom: the version, the Qt it runs on, the bundled catalog, Headroom's licences and the
// libraries'.
QQC2.Dialog {
    id: root

    title: qsTr("About Headroom")
    modal: true
    standardButtons: QQC2.Dialog.Close
    anchors.centerIn: parent

    AboutInfo {
        id: about
    }

    ColumnLayout {
        spacing: 6
        QQC2.Label {
            objectName: "aboutVersion"
            text: qsTr("Headroom %1").arg(about.version)
            font.bold: true
            font.pixelSize: 18
            color: Theme.text
        }
        QQC2.Label {
            Layout.preferredWidth: 420
            wrapMode: Text.Wrap
            text: qsTr("Plans studio signal chains and tells you whether your gear works together.")
            color: Theme.text
        }
        QQC2.Label {
            objectName: "aboutQt"
            text: qsTr("Running on Qt %1").arg(about.qtVersion)
            color: Theme.text
        }
        QQC2.Label {
            objectName: "aboutCatalog"
            Layout.preferredWidth: 420
            wrapMode: Text.Wrap
            text: qsTr("Gear catalog: %1").arg(about.catalog)
            color: Theme.text
        }
        QQC2.Label {
            objectName: "aboutLicence"
            Layout.preferredWidth: 420
            wrapMode: Text.Wrap
            text: qsTr("Free software under the GNU General Public License, version 3 or later. The gear catalog and the documentation are under Creative Commons Attribution 4.0; every figure names its source.")
            color: Theme.text
        }
        QQC2.Label {
            Layout.topMargin: 6
            text: qsTr("Libraries")
            font.bold: true
            color: Theme.text
        }
        Repeater {
            model: about.libraries
            delegate: QQC2.Label {
                required property var modelData
                objectName: "licence:" + modelData.name
                text: qsTr("%1 — %2").arg(modelData.name).arg(modelData.licence)
                color: Theme.text
            }
        }
    }
}
