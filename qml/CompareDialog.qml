// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// The project's variants side by side (ProjectController::compareVariants): a column per variant, a block per
// listener with the verdict, the maximum level, the room to the target, the volume, the hiss and the problems.
// Figures that differ between the variants are marked, so a customer sees at a glance what the change buys.
QQC2.Dialog {
    id: root

    required property ProjectController project
    /// {variants, totals, rows} as ProjectController::compareVariants gives it.
    property var comparison: ({
            "variants": [],
            "totals": [],
            "rows": []
        })
    readonly property var figureRows: [
        {
            "key": "verdict",
            "field": "verdictText",
            "label": qsTr("Verdict")
        },
        {
            "key": "maxSpl",
            "field": "maxSpl",
            "label": qsTr("Max SPL (full volume)")
        },
        {
            "key": "headroom",
            "field": "headroom",
            "label": qsTr("To the peak target")
        },
        {
            "key": "volume",
            "field": "volume",
            "label": qsTr("Volume setting")
        },
        {
            "key": "hiss",
            "field": "hiss",
            "label": qsTr("Hiss")
        },
        {
            "key": "findings",
            "field": "problems",
            "label": qsTr("Problems")
        }
    ]

    function refresh() {
        comparison = project.compareVariants([]);
    }

    objectName: "compareDialog"
    title: qsTr("Compare variants")
    modal: true
    standardButtons: QQC2.Dialog.Close
    anchors.centerIn: parent
    width: Math.min(200 + 260 * Math.max(2, comparison.variants.length), parent ? parent.width - 40 : 720)
    height: Math.min(640, parent ? parent.height - 40 : 640)
    onAboutToShow: refresh()

    Connections {
        target: root.project
        enabled: root.visible
        function onChanged() {
            root.refresh();
        }
    }

    QQC2.ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 14

            // Every block is a grid of the same columns: a label column of fixed width, then one per variant.
            GridLayout {
                Layout.fillWidth: true
                columns: 1 + root.comparison.variants.length
                columnSpacing: 12
                Repeater {
                    model: 2 * (1 + root.comparison.variants.length)
                    delegate: QQC2.Label {
                        required property int index
                        readonly property int column: index % (1 + root.comparison.variants.length)
                        readonly property bool names: index < 1 + root.comparison.variants.length
                        Layout.fillWidth: column > 0
                        Layout.preferredWidth: column > 0 ? 1 : 170
                        text: column === 0 ? (names ? "" : qsTr("In all")) : names ? root.comparison.variants[column - 1] : root.comparison.totals[column - 1]
                        font.bold: names
                        elide: Text.ElideRight
                        color: names ? Theme.text : Theme.mutedText
                    }
                }
            }
            Repeater {
                model: root.comparison.rows
                delegate: ColumnLayout {
                    id: listener
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 2
                    QQC2.Label {
                        text: listener.modelData.name
                        font.bold: true
                        color: Theme.text
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: 1 + root.comparison.variants.length
                        columnSpacing: 12
                        rowSpacing: 2
                        Repeater {
                            model: root.figureRows.length * (1 + root.comparison.variants.length)
                            delegate: Rectangle {
                                id: cell
                                required property int index
                                readonly property int column: index % (1 + root.comparison.variants.length)
                                readonly property var figure: root.figureRows[Math.floor(index / (1 + root.comparison.variants.length))]
                                readonly property var values: column > 0 ? listener.modelData.cells[column - 1] : null
                                readonly property bool differs: listener.modelData.differences.indexOf(figure.key) >= 0
                                objectName: column > 0 ? "compare:" + listener.modelData.name + ":" + figure.key + ":" + (column - 1) : ""
                                property alias text: label.text
                                Layout.fillWidth: column > 0
                                Layout.preferredWidth: column > 0 ? 1 : 170
                                implicitHeight: label.implicitHeight + 4
                                color: column > 0 && differs ? Theme.changed : "transparent"
                                radius: 3
                                QQC2.Label {
                                    id: label
                                    anchors.fill: parent
                                    anchors.leftMargin: 4
                                    anchors.rightMargin: 4
                                    verticalAlignment: Text.AlignVCenter
                                    text: cell.column === 0 ? cell.figure.label : !cell.values.present ? qsTr("not in this variant") : cell.values[cell.figure.field]
                                    wrapMode: Text.Wrap
                                    font.bold: cell.column > 0 && cell.differs
                                    color: cell.column === 0 ? Theme.mutedText : cell.figure.key !== "verdict" || !cell.values.present ? Theme.text
                                        : cell.values.verdict === "ok" ? Theme.ok : cell.values.verdict === "marginal" ? Theme.warningText : Theme.errorText
                                }
                            }
                        }
                    }
                }
            }
            QQC2.Label {
                Layout.fillWidth: true
                text: qsTr("Highlighted: the variants differ here.")
                wrapMode: Text.Wrap
                color: Theme.mutedText
            }
        }
    }
}
