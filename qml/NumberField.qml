// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom

// A setting with a slider for quick changes and a box for the exact figure; whole units.
RowLayout {
    id: root

    property string label
    property string unit
    property real from: 0
    property real to: 100
    property real value: 0

    /// The user set a new value (by slider or by typing).
    signal edited(real value)

    spacing: 6

    QQC2.Label {
        text: root.label
        color: Theme.text
    }
    QQC2.Slider {
        Layout.fillWidth: true
        Layout.minimumWidth: 40
        from: root.from
        to: root.to
        stepSize: 1
        value: root.value
        Accessible.name: root.label
        onMoved: root.edited(value)
    }
    QQC2.SpinBox {
        Layout.preferredWidth: 100
        from: Math.round(root.from)
        to: Math.round(root.to)
        editable: true
        value: Math.round(root.value)
        textFromValue: (v, locale) => qsTr("%1 %2", "a figure and its unit").arg(Number(v).toLocaleString(locale, "f", 0)).arg(root.unit)
        valueFromText: (text, locale) => Number.fromLocaleString(locale, text.replace(root.unit, "").trim())
        Accessible.name: qsTr("%1 in %2").arg(root.label).arg(root.unit)
        onValueModified: root.edited(value)
    }
}
