// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// A listener's plots beside the canvas, one at a time: the gain structure of the path, SPL against the volume setting,
// and the response change with the headphones' impedance. They follow every edit; each can be copied or saved as SVG
// or PNG.
Window {
    id: root

    required property ProjectController project
    /// The headphones shown: the selected ones when the window opens, else the first.
    property string listener: ""

    function showFor(deviceId) {
        const ids = [];
        for (let i = 0; i < listenerBox.count; ++i)
            ids.push(listenerBox.valueAt(i));
        listener = ids.indexOf(deviceId) >= 0 ? deviceId : (ids.length > 0 ? ids[0] : "");
        show();
        raise();
    }

    title: qsTr("Plots")
    width: 760
    height: 560
    minimumWidth: 480
    minimumHeight: 420
    color: Theme.node

    FileChooser {
        id: saveDialog
        title: qsTr("Save the plot")
        saving: true
        suggestedName: root.project.baseName + ".svg"
        nameFilters: [qsTr("SVG drawing (*.svg)"), qsTr("PNG image (*.png)")]
        onAccepted: file => plot.save(file)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6
        RowLayout {
            QQC2.Label {
                text: qsTr("Headphones")
                color: Theme.text
            }
            QQC2.ComboBox {
                id: listenerBox
                objectName: "plotListener"
                Layout.minimumWidth: 260
                model: root.project.session.listeners
                textRole: "name"
                valueRole: "deviceId"
                currentIndex: indexOfValue(root.listener)
                Accessible.name: qsTr("Headphones")
                onActivated: root.listener = currentValue
            }
        }
        QQC2.TabBar {
            id: plotTabs
            Layout.fillWidth: true
            Repeater {
                model: [{kind: "gain", name: qsTr("Gain structure")}, {kind: "volume", name: qsTr("SPL against volume")},
                    {kind: "response", name: qsTr("Response and impedance")}]
                delegate: QQC2.TabButton {
                    required property var modelData
                    objectName: "plotTab:" + modelData.kind
                    text: modelData.name
                }
            }
        }
        ListenerPlot {
            id: plot
            objectName: "plot"
            Layout.fillWidth: true
            Layout.fillHeight: true
            project: root.project
            listener: root.listener
            kind: ["gain", "volume", "response"][Math.max(0, plotTabs.currentIndex)] // −1 while the tabs are rebuilt for a new language
            backgroundColor: Theme.node
            textColor: Theme.text
            gridColor: Theme.nodeBorder
            Accessible.name: qsTr("Plot")
        }
        RowLayout {
            QQC2.Button {
                text: qsTr("Copy")
                Accessible.name: qsTr("Copy the plot")
                onClicked: plot.copy()
            }
            QQC2.Button {
                objectName: "savePlot"
                text: qsTr("Save…")
                Accessible.name: qsTr("Save the plot")
                onClicked: saveDialog.open()
            }
        }
    }
}
