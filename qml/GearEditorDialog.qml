// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// A form for a product of your own: its name, where the figures come from, and every figure of its kind with its
// unit and where to find it. Problems are shown beside the figure they concern.
QQC2.Dialog {
    id: root

    /// Saved or deleted: the library should search again.

    function createNew(kind) {
        editor.startNew(kind.length > 0 ? kind : "headphones");
        open();
    }
    function editCopy(gearId) {
        if (editor.startCopy(gearId))
            open();
    }
    function remove(gearId) {
        return editor.remove(gearId);
    }

    title: editor.gearId.length > 0 ? qsTr("Edit your gear") : qsTr("Add your own gear")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent.width - 40, 620)
    height: Math.min(parent.height - 40, 720)
    footer: RowLayout {
        // Save closes only when the form was saved; otherwise the problems show beside the figures.
        Item {
            Layout.fillWidth: true
        }
        QQC2.Button {
            objectName: "saveGear"
            Layout.bottomMargin: 12
            text: qsTr("Save")
            onClicked: if (editor.save().length > 0) root.close()
        }
        QQC2.Button {
            Layout.rightMargin: 12
            Layout.bottomMargin: 12
            text: qsTr("Cancel")
            onClicked: root.close()
        }
    }

    GearEditor {
        id: editor
        objectName: "gearEditor"
    }
    FileChooser {
        id: curveDialog
        title: qsTr("Import a measured impedance curve")
        nameFilters: [qsTr("Measurement exports: REW, ARTA, LIMP, DATS, CSV (*.txt *.zma *.csv *.dat)"), qsTr("All files (*)")]
        onAccepted: file => editor.importCurve(file)
    }

    QQC2.ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        GridLayout {
            width: scroll.availableWidth
            columns: 3
            columnSpacing: 8

            QQC2.Label {
                text: qsTr("Kind")
                color: Theme.text
            }
            QQC2.ComboBox {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                model: editor.kinds
                textRole: "label"
                valueRole: "key"
                enabled: editor.gearId.length === 0
                currentIndex: indexOfValue(editor.kind)
                Accessible.name: qsTr("Kind")
                onActivated: editor.startNew(currentValue)
            }
            QQC2.Label {
                text: qsTr("Brand")
                color: Theme.text
            }
            QQC2.TextField {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                text: editor.brand
                Accessible.name: qsTr("Brand")
                onTextEdited: editor.brand = text
            }
            QQC2.Label {
                text: qsTr("Model")
                color: Theme.text
            }
            QQC2.TextField {
                objectName: "gearModel"
                Layout.columnSpan: 2
                Layout.fillWidth: true
                text: editor.model
                Accessible.name: qsTr("Model")
                onTextEdited: editor.model = text
            }
            QQC2.Label {
                text: qsTr("Variant")
                color: Theme.text
            }
            QQC2.TextField {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                text: editor.variant
                placeholderText: qsTr("e.g. 80 ohm")
                Accessible.name: qsTr("Variant")
                onTextEdited: editor.variant = text
            }
            QQC2.Label {
                text: qsTr("Figures from")
                color: Theme.text
            }
            QQC2.ComboBox {
                Layout.preferredWidth: 180
                model: [{key: "manufacturer", label: qsTr("the manufacturer")}, {key: "measurement", label: qsTr("a measurement")},
                        {key: "estimate", label: qsTr("an estimate")}]
                textRole: "label"
                valueRole: "key"
                currentIndex: indexOfValue(editor.provenance)
                Accessible.name: qsTr("Where the figures come from")
                onActivated: editor.provenance = currentValue
            }
            QQC2.TextField {
                Layout.fillWidth: true
                text: editor.source
                placeholderText: qsTr("Source: the spec sheet's or measurement's web address")
                Accessible.name: qsTr("Source address")
                onTextEdited: editor.source = text
            }
            // An output that senses its load (Apple's jacks): its level per range of loads, from the same source.
            QQC2.Label {
                visible: editor.hasOutputs
                text: qsTr("Level per load")
                color: Theme.text
            }
            QQC2.TextField {
                objectName: "gearLevelByLoad"
                visible: editor.hasOutputs
                Layout.columnSpan: 2
                Layout.fillWidth: true
                text: editor.levelByLoad
                placeholderText: qsTr("only if the output senses its load, e.g. 0-150: 1.25; 150-1000: 3 (ohms: volts)")
                Accessible.name: qsTr("Level per load")
                onTextEdited: editor.levelByLoad = text
            }
            // Headphones: a measured impedance curve, from the text export of a measurement program.
            QQC2.Label {
                visible: editor.hasCurve
                text: qsTr("Impedance curve")
                color: Theme.text
            }
            ColumnLayout {
                visible: editor.hasCurve
                Layout.columnSpan: 2
                Layout.fillWidth: true
                RowLayout {
                    Layout.fillWidth: true
                    QQC2.Label {
                        objectName: "gearCurveSummary"
                        Layout.fillWidth: true
                        text: editor.curveSummary.length > 0 ? editor.curveSummary : qsTr("none: the nominal impedance at every frequency")
                        wrapMode: Text.Wrap
                        color: editor.curveSummary.length > 0 ? Theme.text : Theme.mutedText
                    }
                    QQC2.Button {
                        objectName: "importCurve"
                        text: qsTr("Import…")
                        Accessible.name: qsTr("Import a measured impedance curve")
                        onClicked: curveDialog.open()
                    }
                    QQC2.Button {
                        objectName: "removeCurve"
                        visible: editor.curveSummary.length > 0
                        text: qsTr("Remove")
                        Accessible.name: qsTr("Remove the impedance curve")
                        onClicked: editor.clearCurve()
                    }
                }
                QQC2.Label {
                    objectName: "gearCurveError"
                    Layout.fillWidth: true
                    visible: editor.curveError.length > 0
                    text: editor.curveError
                    wrapMode: Text.Wrap
                    color: Theme.errorText
                }
            }
            // A shop's own price and stock, shown beside the advice; never part of the catalog.
            QQC2.Label {
                text: qsTr("Price")
                color: Theme.text
            }
            QQC2.TextField {
                objectName: "gearPrice"
                Layout.preferredWidth: 180
                text: editor.price
                placeholderText: qsTr("optional, for a shop")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Accessible.name: qsTr("Price")
                onTextEdited: editor.price = text
            }
            QQC2.TextField {
                objectName: "gearCurrency"
                Layout.preferredWidth: 80
                text: editor.currency
                maximumLength: 3
                placeholderText: "EUR"
                Accessible.name: qsTr("Currency code")
                onTextEdited: editor.currency = text
            }
            QQC2.Label {
                text: qsTr("Stock note")
                color: Theme.text
            }
            QQC2.TextField {
                objectName: "gearStockNote"
                Layout.columnSpan: 2
                Layout.fillWidth: true
                text: editor.stockNote
                placeholderText: qsTr("e.g. 2 in the Main Street store")
                Accessible.name: qsTr("Stock note")
                onTextEdited: editor.stockNote = text
            }

            Repeater {
                model: editor.fields
                delegate: RowLayout {
                    id: row
                    required property var modelData
                    Layout.columnSpan: 3
                    Layout.fillWidth: true
                    spacing: 8
                    QQC2.Label {
                        Layout.preferredWidth: 220
                        text: row.modelData.label
                        wrapMode: Text.Wrap
                        color: row.modelData.error.length > 0 ? Theme.errorText : Theme.text
                        QQC2.ToolTip.text: row.modelData.hint
                        QQC2.ToolTip.visible: hint.hovered
                        HoverHandler {
                            id: hint
                        }
                    }
                    QQC2.TextField {
                        visible: row.modelData.type === "number" || row.modelData.type === "count"
                        Layout.preferredWidth: 120
                        text: row.modelData.text
                        placeholderText: qsTr("unknown")
                        Accessible.name: row.modelData.label
                        onEditingFinished: editor.setFieldText(row.modelData.key, text)
                    }
                    QQC2.CheckBox {
                        visible: row.modelData.type === "flag"
                        checked: row.modelData.text === "true"
                        Accessible.name: row.modelData.label
                        onToggled: editor.setFieldText(row.modelData.key, checked ? "true" : "false")
                    }
                    QQC2.ComboBox {
                        visible: row.modelData.type === "choice"
                        Layout.preferredWidth: 160
                        model: row.modelData.choices
                        textRole: "label"
                        valueRole: "key"
                        currentIndex: Math.max(0, indexOfValue(row.modelData.text))
                        Accessible.name: row.modelData.label
                        onActivated: editor.setFieldText(row.modelData.key, currentValue)
                    }
                    QQC2.Label {
                        Layout.fillWidth: true
                        text: row.modelData.error.length > 0 ? row.modelData.error : row.modelData.unit
                        wrapMode: Text.Wrap
                        color: row.modelData.error.length > 0 ? Theme.errorText : Theme.mutedText
                    }
                }
            }
            QQC2.Label {
                Layout.columnSpan: 3
                Layout.fillWidth: true
                visible: editor.error.length > 0
                text: editor.error
                wrapMode: Text.Wrap
                color: Theme.errorText
            }
        }
    }
}
