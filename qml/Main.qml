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

    width: 1400
    height: 860
    visible: true
    title: (project.dirty ? "• " : "") + qsTr("%1 — Headroom").arg(project.title)
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

    onClosing: close => {
        if (project.dirty && !unsavedDialog.closing) {
            close.accepted = false;
            whenSafe(() => {
                unsavedDialog.closing = true;
                window.close();
            });
        }
    }
    Component.onCompleted: if (project.recoveryAvailable) recoveryDialog.open()

    ProjectController {
        id: project
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a project")
        nameFilters: [qsTr("Headroom projects (*.headroom)")]
        onAccepted: window.openUrl(selectedFile)
    }
    FileDialog {
        id: saveDialog
        title: qsTr("Save the project")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "headroom"
        nameFilters: [qsTr("Headroom projects (*.headroom)")]
        onAccepted: project.saveAs(selectedFile)
    }
    FileDialog {
        id: reportDialog
        title: qsTr("Export a report")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "txt"
        nameFilters: [qsTr("Text report (*.txt)"), qsTr("JSON report (*.json)")]
        onAccepted: project.exportReport(selectedFile)
    }
    MessageDialog {
        id: unsavedDialog
        property var pending: null
        property bool closing: false
        title: qsTr("Unsaved changes")
        text: qsTr("Save the changes to %1 first?").arg(project.title)
        buttons: MessageDialog.Save | MessageDialog.Discard | MessageDialog.Cancel // qmllint disable
        onButtonClicked: (button, role) => {
            if (button === MessageDialog.Save) {
                if (String(project.fileUrl).length === 0) {
                    saveDialog.open();
                    return;
                }
                if (!project.save())
                    return;
            }
            if (button !== MessageDialog.Cancel && pending)
                pending();
            pending = null;
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
    ShortcutsDialog {
        id: shortcutsDialog
    }
    AboutDialog {
        id: aboutDialog
    }
    GearEditorDialog {
        id: gearEditor
        onGearChanged: library.refresh()
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

    menuBar: QQC2.MenuBar {
        QQC2.Menu {
            title: qsTr("&File")
            QQC2.Action {
                text: qsTr("&New")
                shortcut: StandardKey.New
                onTriggered: window.whenSafe(() => project.newProject())
            }
            QQC2.Action {
                text: qsTr("&Open…")
                shortcut: StandardKey.Open
                onTriggered: window.whenSafe(() => openDialog.open())
            }
            QQC2.Menu {
                title: qsTr("Open &Recent")
                enabled: project.recentFiles.length > 0
                Repeater {
                    model: project.recentFiles
                    delegate: QQC2.MenuItem {
                        required property var modelData
                        text: modelData.title
                        onTriggered: window.whenSafe(() => window.openUrl(modelData.url))
                    }
                }
            }
            QQC2.Action {
                text: qsTr("&Save")
                shortcut: StandardKey.Save
                onTriggered: String(project.fileUrl).length > 0 ? project.save() : saveDialog.open()
            }
            QQC2.Action {
                text: qsTr("Save &As…")
                shortcut: StandardKey.SaveAs
                onTriggered: saveDialog.open()
            }
            QQC2.Action {
                text: qsTr("Export &Report…")
                shortcut: "Ctrl+E"
                onTriggered: reportDialog.open()
            }
            QQC2.MenuSeparator {}
            QQC2.Action {
                text: qsTr("&Quit")
                shortcut: StandardKey.Quit
                onTriggered: window.close()
            }
        }
        QQC2.Menu {
            title: qsTr("&Edit")
            QQC2.Action {
                text: project.undoText.length > 0 ? qsTr("&Undo %1").arg(project.undoText) : qsTr("&Undo")
                enabled: project.canUndo
                shortcut: StandardKey.Undo
                onTriggered: project.undo()
            }
            QQC2.Action {
                text: project.redoText.length > 0 ? qsTr("&Redo %1").arg(project.redoText) : qsTr("&Redo")
                enabled: project.canRedo
                shortcut: StandardKey.Redo
                onTriggered: project.redo()
            }
            QQC2.MenuSeparator {}
            QQC2.Action {
                text: qsTr("Cu&t")
                enabled: project.selection.length > 0
                shortcut: StandardKey.Cut
                onTriggered: project.cutSelection()
            }
            QQC2.Action {
                text: qsTr("&Copy")
                enabled: project.selection.length > 0
                shortcut: StandardKey.Copy
                onTriggered: project.copySelection()
            }
            QQC2.Action {
                text: qsTr("&Paste")
                enabled: project.canPaste
                shortcut: StandardKey.Paste
                onTriggered: project.paste()
            }
            QQC2.Action {
                text: qsTr("D&uplicate")
                enabled: project.selection.length > 0
                shortcut: "Ctrl+D"
                onTriggered: project.duplicateSelection()
            }
            QQC2.Action {
                text: qsTr("&Delete")
                enabled: project.selection.length > 0
                shortcut: StandardKey.Delete
                onTriggered: project.removeSelection()
            }
            QQC2.MenuSeparator {}
            QQC2.Action {
                text: qsTr("Select &All")
                shortcut: StandardKey.SelectAll
                onTriggered: project.selectAll()
            }
            QQC2.Action {
                text: qsTr("&Arrange by Signal Flow")
                shortcut: "Ctrl+L"
                onTriggered: project.autoArrange(canvas.nodeSizes())
            }
            QQC2.MenuSeparator {}
            QQC2.Action {
                text: qsTr("&Settings…")
                shortcut: StandardKey.Preferences
                onTriggered: settingsDialog.open()
            }
        }
        QQC2.Menu {
            title: qsTr("&View")
            QQC2.Action {
                text: qsTr("Zoom to &Fit")
                shortcut: "Ctrl+0"
                onTriggered: canvas.zoomToFit()
            }
            QQC2.Action {
                text: qsTr("Zoom to &Selection")
                enabled: project.selection.length > 0
                shortcut: "Ctrl+2"
                onTriggered: canvas.zoomToSelection()
            }
            QQC2.Action {
                text: qsTr("Zoom &In")
                shortcut: StandardKey.ZoomIn
                onTriggered: canvas.zoomBy(1.2)
            }
            QQC2.Action {
                text: qsTr("Zoom &Out")
                shortcut: StandardKey.ZoomOut
                onTriggered: canvas.zoomBy(1 / 1.2)
            }
            QQC2.MenuSeparator {}
            Repeater {
                model: ["dBu", "dBV", "V", "dBFS"]
                delegate: QQC2.MenuItem {
                    required property string modelData
                    text: qsTr("Levels in %1").arg(modelData)
                    checkable: true
                    checked: project.levelUnit === modelData
                    onTriggered: project.levelUnit = modelData
                }
            }
        }
        QQC2.Menu {
            title: qsTr("&Help")
            QQC2.Menu {
                title: qsTr("&Examples")
                Repeater {
                    model: project.examples
                    delegate: QQC2.MenuItem {
                        required property var modelData
                        text: modelData.title
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

    header: QQC2.ToolBar {
        VerdictStrip {
            width: parent.width - 16
            x: 8
            model: project.listeners
            onListenerClicked: id => project.select(id)
        }
    }

    QQC2.SplitView {
        anchors.fill: parent

        LibraryPanel {
            id: library
            QQC2.SplitView.preferredWidth: 290
            QQC2.SplitView.minimumWidth: 200
            onAddRequested: gearId => {
                const p = canvas.visiblePoint(80, 80);
                project.select(project.addGear(gearId, p.x, p.y));
            }
            onAddKindRequested: kind => {
                const p = canvas.visiblePoint(40, 40);
                project.select(project.addKind(kind, p.x, p.y));
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
                Rectangle {
                    // The catalog has newer figures for devices in this project: say which, offer to take them.
                    Layout.fillWidth: true
                    visible: project.catalogChanges.length > 0
                    implicitHeight: catalogRow.implicitHeight + 12
                    color: Theme.node
                    border.color: Theme.warning
                    RowLayout {
                        id: catalogRow
                        anchors.fill: parent
                        anchors.margins: 6
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            QQC2.Label {
                                Layout.fillWidth: true
                                text: qsTr("The catalog's figures changed since this project was saved; the analysis uses the saved ones.")
                                wrapMode: Text.Wrap
                                color: Theme.text
                            }
                            Repeater {
                                model: project.catalogChanges
                                delegate: QQC2.Label {
                                    required property string modelData
                                    Layout.fillWidth: true
                                    text: modelData
                                    wrapMode: Text.Wrap
                                    color: Theme.mutedText
                                }
                            }
                        }
                        QQC2.Button {
                            text: qsTr("Use the catalog's figures")
                            onClicked: project.updateFromCatalog()
                        }
                        QQC2.Button {
                            text: qsTr("Keep the saved figures")
                            onClicked: project.keepSavedFigures()
                        }
                    }
                }
                ChainCanvas {
                    id: canvas
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    project: project
                }
            }
            PreviewPanel {
                QQC2.SplitView.preferredHeight: 150
                QQC2.SplitView.minimumHeight: 90
                project: project
            }
        }

        QQC2.SplitView {
            // The selection's settings and figures above, the findings below; each scrolls on its own.
            QQC2.SplitView.preferredWidth: 380
            QQC2.SplitView.minimumWidth: 260
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
                    deviceId: project.currentDevice
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
                    model: project.findings
                    onFindingClicked: id => {
                        project.select(id);
                        canvas.ensureVisible(id);
                    }
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
