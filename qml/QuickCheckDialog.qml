// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Headroom
import Headroom.Models

// The quick check: "What do you have?" in four steps (what plays the sound, an amplifier if any, the headphones,
// studio monitors or passive speakers, a microphone if any). Headroom then wires the chain on the canvas (ProjectController::quickCheck) and the
// verdicts appear as for any chain; everything stays editable.
QQC2.Dialog {
    id: root

    required property ProjectController project
    /// Node sizes for arranging the chain: the canvas's nodeSizes().
    property var sizes: ({})

    property int step: 0
    property var source: null // {id, name}
    property var amp: null
    property var headphones: [] // the listeners: [{id, name, kind}], headphones and studio monitors
    property var mic: null
    readonly property bool optionalStep: step === 1 || step === 3
    /// A computer's or phone's jack and a USB microphone have no microphone input: their check ends with the listeners.
    readonly property bool lastStep: step === 3 || (step === 2 && source !== null && (source.kind === "player" || source.kind === "usb-mic"))
    readonly property var sourceKinds: ["interface", "mixer", "usb-mic", "player"]
    readonly property var ampKinds: ["headphone-amp", "power-amp"]
    readonly property var listenerKinds: ["headphones", "monitor", "passive-speaker"]
    readonly property var stepKinds: [sourceKinds[sourceKind.currentIndex], ampKinds[ampKind.currentIndex], listenerKinds[listenerKind.currentIndex],
        "microphone"]
    readonly property var stepTitles: [qsTr("1. What plays the sound?"), qsTr("2. An amplifier?"), qsTr("3. Your headphones, monitors or speakers"),
        qsTr("4. A microphone?")]
    readonly property var stepHints: [qsTr("Your audio interface, mixer or USB microphone, or the headphone jack of your computer or phone."),
        qsTr("Only if you have one: a headphone amp, or the power amplifier of passive speakers. It is fed from the line outputs."),
        qsTr("Click each pair that will be listening; click a pair twice for two of the same. Monitors take the line outputs, passive speakers the power amplifier."),
        qsTr("Only if you record or talk: it goes into the first input.")]

    function restart() {
        step = 0;
        source = null;
        amp = null;
        headphones = [];
        mic = null;
        search.text = "";
    }
    function choose(gearId, name) {
        const pick = {
            "id": gearId,
            "name": name,
            "kind": stepKinds[step]
        };
        if (step === 0)
            source = pick;
        else if (step === 1)
            amp = pick;
        else if (step === 2)
            headphones = headphones.concat([pick]);
        else
            mic = pick;
    }
    function removeHeadphones(index) {
        const list = headphones.slice();
        list.splice(index, 1);
        headphones = list;
    }
    /// The ids chosen at the current step, to mark them in the list.
    function chosenIds() {
        const pick = [source, amp, null, mic][step];
        return step === 2 ? headphones.map(h => h.id) : pick ? [pick.id] : [];
    }
    function canGoOn() {
        return step === 0 ? source !== null : step === 2 ? headphones.length > 0 : true;
    }
    function next() {
        if (!lastStep) {
            step += 1;
            search.text = "";
            search.forceActiveFocus();
            return;
        }
        const ok = project.session.quickCheck(source.id, amp ? amp.id : "", headphones.map(h => h.id), mic ? mic.id : "", sizes);
        if (ok)
            close();
    }

    objectName: "quickCheckDialog"
    title: qsTr("Quick check: what do you have?")
    modal: true
    anchors.centerIn: parent
    width: Math.min(620, parent ? parent.width - 40 : 620)
    height: Math.min(600, parent ? parent.height - 40 : 600)
    onOpened: search.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        QQC2.Label {
            text: root.stepTitles[root.step]
            font.bold: true
            color: Theme.text
        }
        QQC2.Label {
            Layout.fillWidth: true
            text: root.stepHints[root.step]
            wrapMode: Text.Wrap
            color: Theme.mutedText
        }
        QQC2.TabBar {
            id: sourceKind
            visible: root.step === 0
            Layout.fillWidth: true
            QQC2.TabButton {
                text: qsTr("Audio interface")
            }
            QQC2.TabButton {
                text: qsTr("Mixer")
            }
            QQC2.TabButton {
                text: qsTr("USB microphone")
            }
            QQC2.TabButton {
                text: qsTr("Computer or phone")
            }
        }
        QQC2.TabBar {
            id: ampKind
            visible: root.step === 1
            Layout.fillWidth: true
            QQC2.TabButton {
                text: qsTr("Headphone amp")
            }
            QQC2.TabButton {
                text: qsTr("Power amplifier")
            }
        }
        QQC2.TabBar {
            id: listenerKind
            visible: root.step === 2
            Layout.fillWidth: true
            QQC2.TabButton {
                text: qsTr("Headphones")
            }
            QQC2.TabButton {
                text: qsTr("Studio monitors")
            }
            QQC2.TabButton {
                text: qsTr("Passive speakers")
            }
        }
        QQC2.TextField {
            id: search
            objectName: "quickCheckSearch"
            Layout.fillWidth: true
            placeholderText: qsTr("Search gear: brand, model…")
            Accessible.name: root.stepTitles[root.step]
            onTextChanged: gear.text = text
            Keys.onDownPressed: list.forceActiveFocus()
        }
        ListView {
            id: list
            objectName: "quickCheckList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            keyNavigationEnabled: true
            cacheBuffer: 0 // no delegates made ahead: each key resets the list, and Qt 6.4 warns of cancelled ones
            model: GearSearchModel {
                id: gear
                kind: root.stepKinds[root.step]
            }
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
            delegate: QQC2.ItemDelegate {
                required property string gearId
                required property string name
                required property string detail
                required property int index
                width: ListView.view.width
                highlighted: root.chosenIds().indexOf(gearId) >= 0 || (ListView.isCurrentItem && ListView.view.activeFocus)
                text: name
                Accessible.name: name
                QQC2.ToolTip.text: detail
                QQC2.ToolTip.visible: hovered && detail.length > 0
                onClicked: {
                    ListView.view.currentIndex = index;
                    root.choose(gearId, name);
                }
                Keys.onReturnPressed: clicked()
            }
        }
        // What is chosen so far; a pair of headphones can be taken back.
        Flow {
            Layout.fillWidth: true
            spacing: 6
            QQC2.Label {
                text: root.source ? root.source.name : qsTr("Nothing chosen yet")
                color: root.source ? Theme.text : Theme.mutedText
            }
            QQC2.Button {
                visible: root.amp !== null
                flat: true
                text: root.amp ? "→ " + root.amp.name + "  ×" : ""
                Accessible.name: root.amp ? qsTr("Remove %1").arg(root.amp.name) : ""
                onClicked: root.amp = null
            }
            Repeater {
                model: root.headphones
                delegate: QQC2.Button {
                    required property var modelData
                    required property int index
                    objectName: "chosenHeadphones" + index
                    flat: true
                    text: "→ " + modelData.name + "  ×"
                    Accessible.name: qsTr("Remove %1").arg(modelData.name)
                    onClicked: root.removeHeadphones(index)
                }
            }
            QQC2.Button {
                visible: root.mic !== null
                flat: true
                text: root.mic ? "+ " + root.mic.name + "  ×" : ""
                Accessible.name: root.mic ? qsTr("Remove %1").arg(root.mic.name) : ""
                onClicked: root.mic = null
            }
        }
    }

    footer: QQC2.Pane {
        RowLayout {
            anchors.fill: parent
            spacing: 8
            Item {
                Layout.fillWidth: true
            }
            QQC2.Button {
                text: qsTr("Back")
                enabled: root.step > 0
                onClicked: root.step -= 1
            }
            QQC2.Button {
                objectName: "quickCheckNext"
                text: root.lastStep ? qsTr("Check") : root.optionalStep && !(root.step === 1 ? root.amp : root.mic) ? qsTr("Skip") : qsTr("Next")
                enabled: root.canGoOn()
                highlighted: true
                onClicked: root.next()
            }
            QQC2.Button {
                text: qsTr("Cancel")
                onClicked: root.close()
            }
        }
    }
}
