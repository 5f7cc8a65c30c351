// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Headroom
import Headroom.Models

// Headroom's main window: gear library, canvas, inspector, findings and a verdict per listener.
QQC2.ApplicationWindow {
    id: window

    property alias project: project

    // As large as the screen allows, down to a 1280×720 screen (or 2560×1440 at 200 %).
    width: Math.min(1400, Screen.desktopAvailableWidth)
    height: Math.min(860, Screen.desktopAvailableHeight)
    minimumWidth: Math.min(900, Screen.desktopAvailableWidth)
    minimumHeight: Math.min(540, Screen.desktopAvailableHeight)
    visible: true
    title: (project.dirty ? "• " : "") + qsTr("%1 — Headroom").arg(project.variantNames.length > 1 ? qsTr("%1, %2").arg(project.title).arg(project.variantNames[project.currentVariant]) : project.title)
    color: Theme.canvas

    function openUrl(url) {
        project.open(url);
    }

    /// Runs an action that would drop the current project, asking first when there are unsaved changes.
    function whenSafe(action) {
        if (!project.dirty) {
            action();
            return;
        }
        unsavedDialog.pending = action;
        unsavedDialog.open();
    }
    /// Saves to the project's file, or asks where first; `then` runs once the project is saved.
    function save(then) {
        if (String(project.fileUrl).length === 0) {
            saveAs(then);
            return;
        }
        if (project.save() && then)
            then();
    }
    function saveAs(then) {
        saveDialog.afterSave = then ? then : null;
        saveDialog.suggestedName = project.fileName.length > 0 ? project.fileName : qsTr("Untitled") + ".headroom";
        saveDialog.open();
    }

    /// The quick check in a new project (asking to save the current one first when it has unsaved changes).
    function startQuickCheck() {
        whenSafe(() => {
            if (project.session.devices.count > 0)
                project.newProject();
            quickCheckDialog.restart();
            quickCheckDialog.sizes = canvas.nodeSizes();
            quickCheckDialog.open();
        });
    }

    onClosing: close => {
        if (project.dirty && !unsavedDialog.closing) {
            close.accepted = false;
            whenSafe(() => {
                unsavedDialog.closing = true;
                window.close();
            });
        }
    }
    /// Shows or hides a panel (the canvas takes the room) and remembers it for next time.
    function showPanel(panel, key, shown) {
        panel.visible = shown;
        layoutSettings.setPanelShown(key, shown);
    }
    Component.onCompleted: {
        library.visible = layoutSettings.panelShown("library");
        sidePanel.visible = layoutSettings.panelShown("side");
        previewPanel.visible = layoutSettings.panelShown("preview");
        if (project.recoveryAvailable)
            recoveryDialog.open();
    }
    AppSettings {
        id: layoutSettings
    }

    ProjectController {
        id: project
    }

    FileChooser {
        id: openDialog
        title: qsTr("Open a project")
        nameFilters: [qsTr("Headroom projects (*.headroom)")]
        onAccepted: file => window.openUrl(file)
    }
    FileChooser {
        id: saveDialog
        property var afterSave: null
        title: qsTr("Save the project")
        saving: true
        nameFilters: [qsTr("Headroom projects (*.headroom)")]
        onAccepted: file => {
            const then = afterSave;
            afterSave = null;
            if (project.saveAs(file) && then)
                then();
        }
        onRejected: afterSave = null
    }
    FileChooser {
        id: reportDialog
        title: qsTr("Export a report")
        saving: true
        suggestedName: project.baseName + ".pdf"
        nameFilters: [qsTr("Summary for a customer (*.pdf)"), qsTr("Engineering report (*.pdf)"), qsTr("Engineering report as a web page (*.html)"),
            qsTr("Text report (*.txt)"), qsTr("JSON report (*.json)")]
        onAccepted: (file, filterIndex) => project.exportReport(file, filterIndex === 0 ? "summary" : "full")
    }
    FileChooser {
        id: diagramDialog
        property bool selectionOnly: false
        title: selectionOnly ? qsTr("Export the selected devices as a diagram") : qsTr("Export the chain as a diagram")
        saving: true
        suggestedName: project.baseName + ".svg"
        nameFilters: [qsTr("SVG drawing (*.svg)"), qsTr("PNG image (*.png)"), qsTr("PDF document (*.pdf)")]
        onAccepted: file => project.exportDiagram(file, selectionOnly)
    }
    MessageDialog {
        id: unsavedDialog
        property var pending: null
        property bool closing: false
        title: qsTr("Unsaved changes")
        text: qsTr("Save the changes to %1 first?").arg(project.title)
        buttons: MessageDialog.Save | MessageDialog.Discard | MessageDialog.Cancel // qmllint disable
        onButtonClicked: (button, role) => {
            const action = pending;
            pending = null;
            if (button === MessageDialog.Save)
                window.save(action);
            else if (button === MessageDialog.Discard && action)
                action();
        }
    }
    MessageDialog {
        id: recoveryDialog
        title: qsTr("Recover unsaved work?")
        text: qsTr("Headroom did not close properly last time. Open the work that was not saved?")
        buttons: MessageDialog.Open | MessageDialog.Discard // qmllint disable
        onButtonClicked: (button, role) => button === MessageDialog.Open ? project.recover() : project.discardRecovery()
    }
    SettingsDialog {
        id: settingsDialog
    }
    ShopDialogs {
        id: shopDialogs
        anchors.fill: parent
        project: project
    }
    ShortcutsDialog {
        id: shortcutsDialog
    }
    AboutDialog {
        id: aboutDialog
    }
    AdviceDialog {
        id: adviceDialog
        project: project
    }
    CompareDialog {
        id: compareDialog
        project: project
    }
    RenameVariantDialog {
        id: renameVariantDialog
        project: project
    }
    PlotsWindow {
        id: plotsWindow
        project: project
    }
    QuickCheckDialog {
        id: quickCheckDialog
        project: project
        onClosed: canvas.zoomToFit()
    }
    GearEditorDialog {
        id: gearEditor
    }
    MessageDialog {
        id: deleteGearDialog
        property string gearId
        title: qsTr("Delete your gear")
        buttons: MessageDialog.Yes | MessageDialog.No // qmllint disable
        onButtonClicked: (button, role) => {
            if (button === MessageDialog.Yes) // qmllint disable
                gearEditor.remove(gearId);
        }
    }
    MessageDialog {
        id: errorDialog
        title: qsTr("Headroom")
        buttons: MessageDialog.Ok // qmllint disable
    }
    Connections {
        target: project
        function onErrorChanged() {
            errorDialog.text = project.lastError;
            errorDialog.open();
        }
    }

    // Every command has its shortcut spelled out: without a platform theme the standard keys can be empty.
    menuBar: QQC2.MenuBar {
        AppMenu {
            title: qsTr("&File")
            QQC2.Action {
                text: qsTr("&New")
                shortcut: "Ctrl+N"
                onTriggered: window.whenSafe(() => project.newProject())
            }
            QQC2.Action {
                text: qsTr("&Quick Check…")
                shortcut: "Ctrl+Shift+N"
                onTriggered: window.startQuickCheck()
            }
            QQC2.Action {
                text: qsTr("&Open…")
                shortcut: "Ctrl+O"
                onTriggered: window.whenSafe(() => openDialog.open())
            }
            AppMenu {
                id: recentMenu
                title: qsTr("Open &Recent")
                enabled: project.recentFiles.length > 0
                Repeater {
                    model: project.recentFiles
                    delegate: MenuEntry {
                        required property var modelData
                        text: modelData.title
                        hint: modelData.path
                        onTriggered: window.whenSafe(() => window.openUrl(modelData.url))
                    }
                }
            }
            QQC2.MenuSeparator {}
            QQC2.Action {
                text: qsTr("&Save")
                shortcut: "Ctrl+S"
                onTriggered: window.save()
            }
            QQC2.Action {
                text: qsTr("Save &As…")
                shortcut: "Ctrl+Shift+S"
                onTriggered: window.saveAs()
            }
            QQC2.Action {
                text: qsTr("Export &Report…")
                shortcut: "Ctrl+E"
                onTriggered: reportDialog.open()
            }
            QQC2.Action {
                text: qsTr("Export &Diagram…")
                shortcut: "Ctrl+Shift+E"
                onTriggered: {
                    diagramDialog.selectionOnly = false;
                    diagramDialog.open();
                }
            }
            QQC2.Action {
                text: qsTr("&Print the Diagram…")
                shortcut: "Ctrl+P"
                onTriggered: project.printDiagram()
            }
            QQC2.Action {
                text: qsTr("Export &Selection as Diagram…")
                enabled: project.session.selection.length > 0
                onTriggered: {
                    diagramDialog.selectionOnly = true;
                    diagramDialog.open();
                }
            }
            QQC2.MenuSeparator {}
            QQC2.Action {
                text: qsTr("&Quit")
                shortcut: "Ctrl+Q"
                onTriggered: window.close()
            }
        }
        AppMenu {
            title: qsTr("&Edit")
            QQC2.Action {
                text: project.session.undoText.length > 0 ? qsTr("&Undo %1").arg(project.session.undoText) : qsTr("&Undo")
                enabled: project.session.canUndo
                shortcut: "Ctrl+Z"
                onTriggered: project.session.undo()
            }
            QQC2.Action {
                text: project.session.redoText.length > 0 ? qsTr("&Redo %1").arg(project.session.redoText) : qsTr("&Redo")
                enabled: project.session.canRedo
                shortcut: "Ctrl+Shift+Z"
                onTriggered: project.session.redo()
            }
            QQC2.MenuSeparator {}
            QQC2.Action {
                text: qsTr("Cu&t")
                enabled: project.session.selection.length > 0
                shortcut: "Ctrl+X"
                onTriggered: project.session.cutSelection()
            }
            QQC2.Action {
                text: qsTr("&Copy")
                enabled: project.session.selection.length > 0
                shortcut: "Ctrl+C"
                onTriggered: project.session.copySelection()
            }
            QQC2.Action {
                text: qsTr("&Paste")
                enabled: project.session.canPaste
                shortcut: "Ctrl+V"
                onTriggered: project.session.paste(canvas.nodeSizes())
            }
            QQC2.Action {
                text: qsTr("D&uplicate")
                enabled: project.session.selection.length > 0
                shortcut: "Ctrl+D"
                onTriggered: project.session.duplicateSelection(canvas.nodeSizes())
            }
            QQC2.Action {
                text: qsTr("&Delete")
                enabled: project.session.selection.length > 0
                shortcut: "Del"
                onTriggered: project.session.removeSelection()
            }
            QQC2.MenuSeparator {}
            QQC2.Action {
                text: qsTr("Select &All")
                shortcut: "Ctrl+A"
                onTriggered: project.session.selectAll()
            }
            QQC2.Action {
                text: qsTr("&Arrange by Signal Flow")
                shortcut: "Ctrl+L"
                onTriggered: project.session.autoArrange(canvas.nodeSizes())
            }
            QQC2.MenuSeparator {}
            QQC2.Action {
                text: qsTr("&Settings…")
                shortcut: "Ctrl+,"
                onTriggered: settingsDialog.open()
            }
        }
        VariantsMenu {
            project: project
            onRenameRequested: index => renameVariantDialog.openFor(index)
            onCompareRequested: compareDialog.open()
        }
        ShopMenu {
            project: project
            onOpenRequested: window.whenSafe(() => shopDialogs.showProjects())
            onCopyRequested: shopDialogs.askCopyName()
            onReloadRequested: window.whenSafe(() => project.reloadFromServer())
            onSettingsRequested: settingsDialog.open()
        }
        AppMenu {
            title: qsTr("&View")
            QQC2.Action {
                text: qsTr("&Plots…")
                shortcut: "Ctrl+Shift+G"
                enabled: project.session.listeners.count > 0
                onTriggered: plotsWindow.showFor(project.session.currentDevice)
            }
            QQC2.Action {
                text: qsTr("Zoom to &Fit")
                shortcut: "Ctrl+0"
                onTriggered: canvas.zoomToFit()
            }
            QQC2.Action {
                text: qsTr("Zoom to &Selection")
                enabled: project.session.selection.length > 0
                shortcut: "Ctrl+2"
                onTriggered: canvas.zoomToSelection()
            }
            QQC2.Action {
                text: qsTr("Zoom &In")
                shortcut: "Ctrl++"
                onTriggered: canvas.zoomBy(1.2)
            }
            QQC2.Action {
                text: qsTr("Zoom &Out")
                shortcut: "Ctrl+-"
                onTriggered: canvas.zoomBy(1 / 1.2)
            }
            QQC2.MenuSeparator {}
            QQC2.Action {
                text: qsTr("Gear &Library")
                checkable: true
                checked: library.visible
                shortcut: "Ctrl+Shift+L"
                onTriggered: window.showPanel(library, "library", checked)
            }
            QQC2.Action {
                text: qsTr("&Inspector and Findings")
                checkable: true
                checked: sidePanel.visible
                shortcut: "Ctrl+Shift+I"
                onTriggered: window.showPanel(sidePanel, "side", checked)
            }
            QQC2.Action {
                text: qsTr("&Preview")
                checkable: true
                checked: previewPanel.visible
                shortcut: "Ctrl+Shift+P"
                onTriggered: window.showPanel(previewPanel, "preview", checked)
            }
            QQC2.MenuSeparator {}
            Repeater {
                model: ["dBu", "dBV", "V", "dBFS"]
                delegate: MenuEntry {
                    required property string modelData
                    text: qsTr("Levels in %1").arg(modelData)
                    checkable: true
                    checked: project.session.levelUnit === modelData
                    onTriggered: project.session.levelUnit = modelData
                }
            }
        }
        AppMenu {
            title: qsTr("&Help")
            AppMenu {
                title: qsTr("&Examples")
                Repeater {
                    model: project.examples
                    delegate: MenuEntry {
                        required property var modelData
                        text: modelData.title
                        hint: modelData.description
                        onTriggered: window.whenSafe(() => window.openUrl(modelData.url))
                    }
                }
            }
            QQC2.Action {
                text: qsTr("&Keyboard Shortcuts")
                onTriggered: shortcutsDialog.open()
            }
            QQC2.Action {
                text: qsTr("&About Headroom")
                onTriggered: aboutDialog.open()
            }
        }
    }
    Shortcut {
        // The other common spelling of Redo.
        sequence: "Ctrl+Y"
        enabled: project.session.canRedo
        onActivated: project.session.redo()
    }

    header: QQC2.ToolBar {
        // One row whatever the verdicts say, so the canvas never moves under the pointer.
        VerdictStrip {
            width: parent.width - 16 - (variantChooser.visible ? variantChooser.width + 8 : 0)
            x: 8
            model: project.session.listeners
            sources: project.session.sources
            onListenerClicked: id => {
                project.session.select(id);
                canvas.ensureVisible(id);
            }
        }
        // With several variants, which one is on the canvas, and a quick way to another.
        QQC2.ComboBox {
            id: variantChooser
            objectName: "variantChooser"
            visible: project.variantNames.length > 1
            anchors.right: parent.right
            anchors.rightMargin: 8
            anchors.verticalCenter: parent.verticalCenter
            width: 200
            model: project.variantNames
            currentIndex: project.currentVariant
            Accessible.name: qsTr("Variant")
            onActivated: index => project.switchVariant(index)
        }
    }

    QQC2.SplitView {
        anchors.fill: parent

        LibraryPanel {
            id: library
            QQC2.SplitView.preferredWidth: 260
            QQC2.SplitView.minimumWidth: 180
            // Added with a double-click or a button: near the middle of the view, on a free spot.
            onAddRequested: gearId => {
                const p = canvas.viewCentre();
                project.session.select(project.session.addGear(gearId, p.x, p.y, canvas.nodeSizes()));
            }
            onAddKindRequested: kind => {
                const p = canvas.viewCentre();
                project.session.select(project.session.addKind(kind, p.x, p.y, canvas.nodeSizes()));
            }
            onNewGearRequested: kind => gearEditor.createNew(kind)
            onEditGearRequested: gearId => gearEditor.editCopy(gearId)
            onDeleteGearRequested: (gearId, name) => {
                deleteGearDialog.gearId = gearId;
                deleteGearDialog.text = qsTr("Delete %1 from your gear? Projects that use it keep their own copy of its figures.").arg(name);
                deleteGearDialog.open();
            }
        }

        QQC2.SplitView {
            QQC2.SplitView.fillWidth: true
            orientation: Qt.Vertical

            ColumnLayout {
                QQC2.SplitView.fillHeight: true
                spacing: 0
                CatalogBanner {
                    Layout.fillWidth: true
                    project: project
                }
                ChainCanvas {
                    id: canvas
                    objectName: "canvas"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    project: project
                    onQuickCheckRequested: window.startQuickCheck()
                }
            }
            PreviewPanel {
                id: previewPanel
                objectName: "previewPanel"
                QQC2.SplitView.preferredHeight: 150
                QQC2.SplitView.minimumHeight: 90
                project: project
            }
        }

        QQC2.SplitView {
            // The selection's settings and figures above, the findings below; each scrolls on its own.
            id: sidePanel
            QQC2.SplitView.preferredWidth: 340
            QQC2.SplitView.minimumWidth: 240
            orientation: Qt.Vertical

            QQC2.ScrollView {
                id: inspectorScroll
                QQC2.SplitView.preferredHeight: parent.height * 0.5
                QQC2.SplitView.minimumHeight: 120
                contentWidth: availableWidth
                Inspector {
                    x: 8
                    y: 8
                    width: inspectorScroll.availableWidth - 16
                    project: project
                    deviceId: project.session.currentDevice
                }
            }
            ColumnLayout {
                QQC2.SplitView.fillHeight: true
                spacing: 4
                QQC2.Label {
                    Layout.leftMargin: 8
                    Layout.topMargin: 6
                    text: qsTr("Findings")
                    font.bold: true
                    color: Theme.text
                }
                FindingsPanel {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    model: project.session.findings
                    onFindingClicked: id => {
                        project.session.select(id);
                        canvas.ensureVisible(id);
                    }
                    onAdviceRequested: (id, code, message) => adviceDialog.openFor(id, code, message)
                }
            }
        }
    }

    DropArea {
        // A .headroom file dropped on the window opens it.
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (drop.hasUrls && drop.urls[0].toString().endsWith(".headroom"))
                window.openUrl(drop.urls[0]);
        }
    }
}
