// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// What would fix a finding: gear from the catalog and the user's own, each tried in a copy of the chain by the
// engine, grouped by kind of change and best first, with what it changes and why it ranks there. Apply makes the
// change as one undo step; As variant makes it in a new variant, to compare before and after.
QQC2.Dialog {
    id: root

    required property ProjectController project
    property string problem
    /// [{index, kind, product, change, reason, solved, estimated, shop}] from ProjectController::suggestionsFor
    property var suggestions: []
    /// What a kind of change is called above its suggestions.
    readonly property var kindTitles: ({
            "add-headphone-amp": qsTr("Headphone amps"),
            "replace-headphone-amp": qsTr("Stronger headphone amps"),
            "replace-splitter": qsTr("Distribution amps"),
            "add-inline-preamp": qsTr("Inline preamps"),
            "replace-interface": qsTr("Other interfaces"),
            "replace-headphones": qsTr("Other headphones"),
            "replace-monitors": qsTr("Louder speakers"),
            "replace-power-amp": qsTr("More powerful amplifiers")
        })

    function openFor(deviceId, code, message) {
        problem = message;
        suggestions = project.session.suggestionsFor(deviceId, code);
        open();
    }

    objectName: "adviceDialog"
    title: qsTr("What would fix it")
    modal: true
    standardButtons: QQC2.Dialog.Close
    anchors.centerIn: parent
    width: Math.min(640, parent ? parent.width - 40 : 640)
    height: Math.min(implicitHeight, parent ? parent.height - 40 : implicitHeight)

    QQC2.ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10
            QQC2.Label {
                Layout.fillWidth: true
                text: root.problem
                wrapMode: Text.Wrap
                color: Theme.text
            }
            QQC2.Label {
                visible: root.suggestions.length === 0
                Layout.fillWidth: true
                text: qsTr("Nothing in the catalog or your gear fixes this.")
                wrapMode: Text.Wrap
                color: Theme.mutedText
            }
            Repeater {
                model: root.suggestions
                delegate: ColumnLayout {
                    id: suggestion
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    QQC2.Label {
                        visible: suggestion.index === 0 || root.suggestions[suggestion.index - 1].kind !== suggestion.modelData.kind
                        topPadding: suggestion.index === 0 ? 0 : 6
                        text: root.kindTitles[suggestion.modelData.kind] ?? ""
                        font.bold: true
                        color: Theme.mutedText
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 12
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            QQC2.Label {
                                Layout.fillWidth: true
                                text: suggestion.modelData.change
                                font.bold: suggestion.modelData.solved
                                wrapMode: Text.Wrap
                                color: Theme.text
                            }
                            QQC2.Label {
                                Layout.fillWidth: true
                                text: suggestion.modelData.reason
                                wrapMode: Text.Wrap
                                color: Theme.mutedText
                            }
                            QQC2.Label {
                                // Your own gear's price and stock note, for a shop.
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: suggestion.modelData.shop
                                wrapMode: Text.Wrap
                                color: Theme.text
                            }
                        }
                        QQC2.Button {
                            objectName: "applyAsVariant" + suggestion.index
                            text: qsTr("As variant")
                            Accessible.name: qsTr("Apply as a new variant: %1").arg(suggestion.modelData.change)
                            QQC2.ToolTip.text: qsTr("Make the change in a copy of the chain, to compare before and after")
                            QQC2.ToolTip.visible: hovered
                            onClicked: {
                                root.project.applySuggestionAsVariant(suggestion.modelData.index);
                                root.close();
                            }
                        }
                        QQC2.Button {
                            objectName: "applySuggestion" + suggestion.index
                            text: qsTr("Apply")
                            Accessible.name: qsTr("Apply: %1").arg(suggestion.modelData.change)
                            onClicked: {
                                root.project.session.applySuggestion(suggestion.modelData.index);
                                root.close();
                            }
                        }
                    }
                }
            }
        }
    }
}
