// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// Hear a listener's chain: pick the headphones and a programme, render, play, switch A/B against another variant or a saved project,
// export. The controller does the work; this only binds to it.
QQC2.Pane {
    id: root

    required property ProjectController project
    property alias preview: preview

    PreviewController {
        id: preview
        project: root.project
    }
    FileChooser {
        id: inputDialog
        title: qsTr("Choose audio to play through the chain")
        nameFilters: [qsTr("Audio files (*.wav *.flac *.ogg *.aif *.aiff)")]
        onAccepted: file => {
            preview.inputFile = file;
            preview.programme = "file";
        }
    }
    FileChooser {
        id: variantDialog
        title: qsTr("Choose a saved variant to compare with")
        nameFilters: [qsTr("Headroom projects (*.headroom)")]
        onAccepted: file => preview.variantUrl = file
    }
    FileChooser {
        id: exportDialog
        title: qsTr("Export the preview")
        saving: true
        suggestedName: root.project.baseName + ".wav"
        nameFilters: [qsTr("WAV, 32-bit float (*.wav)"), qsTr("FLAC, 24-bit (*.flac)")]
        onAccepted: file => preview.exportTo(file)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        Flow {
            // Wraps in a narrow window instead of cutting controls off.
            Layout.fillWidth: true
            spacing: 8
            QQC2.Label {
                height: listenerBox.height
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Preview")
                font.bold: true
                color: Theme.text
            }
            QQC2.ComboBox {
                id: listenerBox
                objectName: "previewListener"
                width: 190
                model: root.project.session.listeners
                textRole: "name"
                valueRole: "deviceId"
                enabled: count > 0
                displayText: count > 0 ? currentText : qsTr("No headphones in the chain")
                Accessible.name: qsTr("Listener to preview")
                onActivated: preview.listener = currentValue
                // A project with other headphones was opened: start from its first listener.
                onCountChanged: {
                    if (currentIndex < 0 || currentIndex >= count)
                        currentIndex = count > 0 ? 0 : -1;
                    preview.listener = currentIndex >= 0 ? valueAt(currentIndex) : "";
                }
            }
            QQC2.ComboBox {
                objectName: "previewProgramme"
                width: 200
                model: preview.programmes
                textRole: "label"
                valueRole: "key"
                currentIndex: indexOfValue(preview.programme)
                Accessible.name: qsTr("Programme")
                onActivated: currentValue === "file" && preview.inputName.length === 0 ? inputDialog.open() : preview.programme = currentValue
            }
            QQC2.Button {
                visible: preview.programme === "file"
                text: preview.inputName.length > 0 ? preview.inputName : qsTr("Choose file…")
                onClicked: inputDialog.open()
            }
            QQC2.Label {
                height: listenerBox.height
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Full scale =")
                color: Theme.text
            }
            QQC2.SpinBox {
                width: 140
                from: preview.minReferenceSpl
                to: preview.maxReferenceSpl
                editable: true
                value: preview.referenceSpl
                textFromValue: (v, locale) => qsTr("%1 dB SPL").arg(v)
                valueFromText: (text, locale) => parseInt(text)
                Accessible.name: qsTr("The SPL a full-scale sine plays at")
                QQC2.ToolTip.text: qsTr("Set your playback volume so a full-scale sine would play at this SPL; then the preview is as loud as the chain.")
                QQC2.ToolTip.visible: hovered
                onValueModified: preview.referenceSpl = value
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: 8
            QQC2.Button {
                objectName: "previewPlay"
                text: preview.playing ? qsTr("Stop") : qsTr("Play")
                enabled: listenerBox.count > 0
                onClicked: preview.playing ? preview.stop() : preview.play()
            }
            QQC2.Button {
                objectName: "previewRender"
                text: qsTr("Render")
                enabled: listenerBox.count > 0 && !preview.busy
                onClicked: preview.render()
            }
            QQC2.ButtonGroup {
                buttons: [sideA, sideB]
            }
            QQC2.RadioButton {
                id: sideA
                text: qsTr("A: this chain")
                checked: !preview.playingB
                onToggled: preview.playingB = false
            }
            QQC2.RadioButton {
                id: sideB
                text: preview.variantName.length > 0 ? qsTr("B: %1").arg(preview.variantName) : qsTr("B: none")
                enabled: preview.variantName.length > 0
                checked: preview.playingB
                onToggled: preview.playingB = true
            }
            QQC2.Button {
                id: compareWith
                objectName: "previewCompareWith"
                text: qsTr("Compare with…")
                // Another variant of this project, or a saved project.
                onClicked: root.project.variantNames.length > 1 ? compareMenu.popup(compareWith, 0, compareWith.height) : variantDialog.open()
                AppMenu {
                    id: compareMenu
                    Repeater {
                        model: root.project.variantNames
                        delegate: MenuEntry {
                            required property string modelData
                            required property int index
                            text: modelData
                            enabled: index !== root.project.currentVariant
                            checkable: true
                            checked: preview.compareVariant === index
                            onTriggered: preview.compareVariant = index
                        }
                    }
                    QQC2.MenuSeparator {}
                    MenuEntry {
                        text: qsTr("A saved project…")
                        onTriggered: variantDialog.open()
                    }
                }
            }
            QQC2.CheckBox {
                text: qsTr("Level-match B")
                enabled: preview.variantName.length > 0
                checked: preview.levelMatch
                onToggled: preview.levelMatch = checked
            }
            QQC2.Button {
                objectName: "previewExport"
                text: qsTr("Export…")
                enabled: preview.rendered
                onClicked: exportDialog.open()
            }
            QQC2.ProgressBar {
                visible: preview.busy
                width: 120
                value: preview.progress
            }
            QQC2.Button {
                visible: preview.busy
                text: qsTr("Cancel")
                onClicked: preview.cancel()
            }
            QQC2.Label {
                visible: preview.playing
                height: listenerBox.height
                verticalAlignment: Text.AlignVCenter
                text: qsTr("%1 s").arg(Number(preview.position).toLocaleString(Qt.locale(), "f", 1))
                color: Theme.mutedText
            }
        }

        QQC2.Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: preview.error.length > 0 ? preview.error
                : !preview.audioOutputAvailable ? qsTr("No audio output found: render and export to a file to listen elsewhere.") : ""
            color: preview.error.length > 0 ? Theme.warningText : Theme.mutedText
            wrapMode: Text.Wrap
        }
        QQC2.Label {
            Layout.fillWidth: true
            visible: preview.rendered
            text: "A — " + preview.summaryA + (preview.hasVariant ? "\nB — " + preview.summaryB : "")
            color: Theme.text
            wrapMode: Text.Wrap
        }
    }
}
