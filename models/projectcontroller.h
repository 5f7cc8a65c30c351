// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The open project: its chain, file, undo stack and live analysis, as QML sees it. Every edit is an undoable
// command; after each one the chain is analysed again and the models refresh.

#include "advisor.h"
#include "chaincommands.h"
#include "chainmodels.h"
#include "devicesettingsmodel.h"
#include "projectfile.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <chrono>
#include <memory>

namespace headroom {

class GearLibrary;

class ProjectController : public QObject, private ChainHost
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(headroom::DeviceListModel *devices READ devices CONSTANT)
    Q_PROPERTY(headroom::ConnectionListModel *connections READ connections CONSTANT)
    Q_PROPERTY(headroom::FindingListModel *findings READ findings CONSTANT)
    Q_PROPERTY(headroom::ListenerListModel *listeners READ listeners CONSTANT)
    /// Microphones and instruments with a problem at their input (not enough gain, phantom power off …).
    Q_PROPERTY(headroom::ListenerListModel *sources READ sources CONSTANT)
    /// The current device's settings, for the inspector.
    Q_PROPERTY(headroom::DeviceSettingsModel *settings READ settings CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QUrl fileUrl READ fileUrl NOTIFY fileChanged)
    /// The file's name ("Studio A.headroom"), "" before the first save.
    Q_PROPERTY(QString fileName READ fileName NOTIFY fileChanged)
    /// A name for files made from the project: the file's name without its suffix, else the title, else "Untitled".
    Q_PROPERTY(QString baseName READ baseName NOTIFY fileChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY cleanChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString levelUnit READ levelUnit WRITE setLevelUnit NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY errorChanged)
    Q_PROPERTY(QVariantList recentFiles READ recentFiles NOTIFY recentFilesChanged)
    Q_PROPERTY(QVariantList examples READ examples CONSTANT)
    /// The programmes a source can play, {key, label}.
    Q_PROPERTY(QVariantList programmes READ programmes CONSTANT)
    Q_PROPERTY(bool recoveryAvailable READ recoveryAvailable NOTIFY recoveryChanged)
    /// Ids of the selected devices, in the order they were selected.
    Q_PROPERTY(QStringList selection READ selection NOTIFY selectionChanged)
    /// The device the inspector shows: the last one selected, or "".
    Q_PROPERTY(QString currentDevice READ currentDevice NOTIFY selectionChanged)
    Q_PROPERTY(bool canPaste READ canPaste NOTIFY clipboardChanged)
    /// Figures the catalog has changed since the open project saved them, one line each; the analysis keeps the
    /// saved ones until the user updates.
    Q_PROPERTY(QStringList catalogChanges READ catalogChanges NOTIFY catalogChangesChanged)
    /// The project's variants by name, in order, and the one being edited (docs/file-format.md, "Variants").
    Q_PROPERTY(QStringList variantNames READ variantNames NOTIFY variantsChanged)
    Q_PROPERTY(int currentVariant READ currentVariant NOTIFY variantsChanged)

public:
    explicit ProjectController(QObject *parent = nullptr);
    ~ProjectController() override;

    [[nodiscard]] DeviceListModel *devices() { return &m_devices; }
    [[nodiscard]] ConnectionListModel *connections() { return &m_connections; }
    [[nodiscard]] FindingListModel *findings() { return &m_findings; }
    [[nodiscard]] DeviceSettingsModel *settings() { return &m_settings; }
    [[nodiscard]] ListenerListModel *listeners() { return &m_listeners; }
    [[nodiscard]] ListenerListModel *sources() { return &m_sources; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QUrl fileUrl() const { return m_fileUrl; }
    [[nodiscard]] QString fileName() const;
    [[nodiscard]] QString baseName() const;
    [[nodiscard]] bool dirty() const { return !m_undo.isClean(); }
    [[nodiscard]] bool canUndo() const { return m_undo.canUndo(); }
    [[nodiscard]] bool canRedo() const { return m_undo.canRedo(); }
    [[nodiscard]] QString undoText() const { return m_undo.undoText(); }
    [[nodiscard]] QString redoText() const { return m_undo.redoText(); }
    [[nodiscard]] QString levelUnit() const;
    void setLevelUnit(const QString &unit);
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] const Chain &currentChain() const { return m_chain; }
    /// [{title, url}] of recently opened or saved projects, newest first.
    [[nodiscard]] QVariantList recentFiles() const;
    /// [{title, description, url}] of the bundled example projects.
    [[nodiscard]] static QVariantList examples();
    [[nodiscard]] static QVariantList programmes() { return programmeChoices(); }
    /// An autosaved copy of unsaved work from a session that did not end cleanly.
    [[nodiscard]] bool recoveryAvailable() const;
    /// Where unsaved work is kept until it is saved or discarded.
    [[nodiscard]] static QString autosavePath();
    /// How long after the last edit unsaved work is autosaved (2 s: a burst of edits is written once).
    void setAutosaveDelay(std::chrono::milliseconds delay) { m_autosave.setInterval(delay); }
    [[nodiscard]] QStringList selection() const { return m_selection; }
    [[nodiscard]] QString currentDevice() const { return m_selection.isEmpty() ? QString() : m_selection.constLast(); }
    [[nodiscard]] bool canPaste() const;
    [[nodiscard]] QStringList catalogChanges() const { return m_catalogChanges; }
    [[nodiscard]] QStringList variantNames() const;
    [[nodiscard]] int currentVariant() const { return m_project.current; }
    /// The whole project as it would be saved: every variant, the one being edited as it is now.
    [[nodiscard]] Project currentProject() const;
    /// One variant's chain as it is now (the one being edited included); index within variantNames().
    [[nodiscard]] const Chain &variantChain(int index) const
    {
        return index == m_project.current ? m_chain : m_project.variants[static_cast<std::size_t>(index)].chain;
    }

    Q_INVOKABLE void newProject();
    Q_INVOKABLE bool open(const QUrl &url);
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool saveAs(const QUrl &url);
    /// Writes the analysis with its parts list: JSON for a .json file (docs/analysis-json.md), else text.
    Q_INVOKABLE bool exportReport(const QUrl &url);

    /// Adds a product from the gear library at a canvas position, or the nearest free spot; returns the new
    /// device's id. `sizes` maps device ids to the {width, height} the canvas draws them at.
    Q_INVOKABLE QString addGear(const QString &gearId, double x, double y, const QVariantMap &sizes = {});
    /// Adds a device of a kind with no catalog entry (a voice, a guitar, a computer); returns its id.
    Q_INVOKABLE QString addKind(const QString &kindKey, double x, double y, const QVariantMap &sizes = {});
    Q_INVOKABLE void moveDevice(const QString &deviceId, double x, double y);
    Q_INVOKABLE void removeDevice(const QString &deviceId);
    /// {refused, reason, needsAdapter, adapter, levelGapDb}: what connecting these ports would mean.
    Q_INVOKABLE [[nodiscard]] QVariantMap checkConnection(const QString &fromDevice, const QString &fromPort, const QString &toDevice,
                                                          const QString &toPort) const;
    Q_INVOKABLE bool connectPorts(const QString &fromDevice, const QString &fromPort, const QString &toDevice, const QString &toPort);
    Q_INVOKABLE void disconnectInput(const QString &toDevice, const QString &toPort);
    /// The cables at a device's ports: [{toDevice, toPort, text}], `text` naming both ends for a menu.
    Q_INVOKABLE [[nodiscard]] QVariantList cablesAt(const QString &deviceId) const;
    /// Changes a setting of core's table (settings.h) as one undo step: a device's (`portId` empty) or a port's, in the
    /// setting's own unit; an invalid value unsets a number. A value the table refuses changes nothing and says why.
    Q_INVOKABLE void setSetting(const QString &deviceId, const QString &portId, const QString &key, const QVariant &value);
    /// A setting as stored: invalid for an unset number or an unknown device, port or key.
    Q_INVOKABLE [[nodiscard]] QVariant setting(const QString &deviceId, const QString &portId, const QString &key) const;
    /// The device's figures for the inspector: [{label, value, provenance, url, note, known}], unknown ones included.
    Q_INVOKABLE [[nodiscard]] QVariantList specRows(const QString &deviceId) const;
    /// Selects one device; with `toggle` adds it to the selection or takes it out.
    Q_INVOKABLE void select(const QString &deviceId, bool toggle = false);
    Q_INVOKABLE void setSelection(const QStringList &deviceIds);
    Q_INVOKABLE void selectAll();
    /// Moves the selection to the next device in reading order (left to right, then top to bottom), for Tab.
    Q_INVOKABLE void selectNext(bool backward = false);
    /// Deletes the selected devices and their cables as one step.
    Q_INVOKABLE void removeSelection();
    /// Moves every selected device by (dx, dy) as one step: arrow-key nudges and dragging several devices.
    Q_INVOKABLE void moveSelection(double dx, double dy);
    /// Copies of the selected devices, with the cables between them, placed beside them on free ground and selected.
    Q_INVOKABLE void duplicateSelection(const QVariantMap &sizes = {});
    /// Puts the selected devices and the cables between them on the clipboard (as .headroom JSON).
    Q_INVOKABLE void copySelection();
    Q_INVOKABLE void cutSelection();
    /// Adds the devices on the clipboard, shifted onto free ground so repeated pastes do not stack, and selects them.
    Q_INVOKABLE bool paste(const QVariantMap &sizes = {});
    /// Lays the chain out left to right by signal flow as one step; `sizes` maps device ids to {width, height}.
    Q_INVOKABLE void autoArrange(const QVariantMap &sizes);
    /// Whether the library has products of the device's kind to swap it for (a voice or a guitar has none).
    Q_INVOKABLE [[nodiscard]] bool canReplace(const QString &deviceId) const;
    /// Swaps a device for a product from the library, keeping its place, settings and the cables that still fit.
    Q_INVOKABLE bool replaceDevice(const QString &deviceId, const QString &gearId);
    /// Connects two ports through an adapter between their connectors, placed between them (moving what must
    /// move to make room), as one step.
    Q_INVOKABLE bool connectThroughAdapter(const QString &fromDevice, const QString &fromPort, const QString &toDevice, const QString &toPort,
                                           const QVariantMap &sizes = {});
    /// Takes the catalog's current figures for every device they changed for, as one step.
    Q_INVOKABLE void updateFromCatalog();
    /// Keeps the project's own figures and stops mentioning the catalog's.
    Q_INVOKABLE void keepSavedFigures();
    /// Gear from the catalog and the user's own that fixes the finding `code` at a device, best first (core/advisor.h):
    /// [{index, kind, product, change, reason, solved, estimated, shop}] (shop: your gear's price and stock note). Kept
    /// until the next call, for applySuggestion.
    Q_INVOKABLE QVariantList suggestionsFor(const QString &deviceId, const QString &code);
    /// Makes suggestion `index` of the last suggestionsFor() as one undo step and selects the device it adds.
    Q_INVOKABLE bool applySuggestion(int index);
    /// The quick check (core/quickcheck.h): the chain for the gear a person has, wired, arranged with the canvas's
    /// node sizes and put in place of the current one as one undo step. `ampId` and `micId` may be empty. False (with
    /// lastError saying why) when the gear cannot be wired.
    Q_INVOKABLE bool quickCheck(const QString &sourceId, const QString &ampId, const QStringList &headphoneIds, const QString &micId,
                                const QVariantMap &sizes = {});
    /// Variants, each change one undo step: edit another variant; a copy of this one, named "Variant N", to edit
    /// next; a new name (refused when empty or taken); delete one (never the last).
    Q_INVOKABLE void switchVariant(int index);
    Q_INVOKABLE void duplicateVariant();
    Q_INVOKABLE bool renameVariant(int index, const QString &name);
    Q_INVOKABLE bool removeVariant(int index);
    /// Makes suggestion `index` of the last suggestionsFor() in a new variant named after the change, and edits it:
    /// before and after side by side for a customer.
    Q_INVOKABLE bool applySuggestionAsVariant(int index);
    /// Variants side by side (core/compare.h), all when `variants` is empty: {variants: [names], totals: [text],
    /// rows: [{name, cells: [{present, verdict, verdictText, maxSpl, headroom, volume, hiss, problems}],
    /// differences: [keys]}]}, figures as text in the user's locale.
    Q_INVOKABLE [[nodiscard]] QVariantMap compareVariants(const QList<int> &variants = {}) const;
    /// Opens the autosaved work (marked unsaved, with no file), or drops it.
    Q_INVOKABLE bool recover();
    Q_INVOKABLE void discardRecovery();
    Q_INVOKABLE void undo() { m_undo.undo(); }
    Q_INVOKABLE void redo() { m_undo.redo(); }

signals:
    void changed();
    void fileChanged();
    /// Another project took this one's place (New, Open, recovery); unlike fileChanged, not sent by Save As.
    void replaced();
    void cleanChanged();
    void undoStateChanged();
    void errorChanged();
    void recentFilesChanged();
    void recoveryChanged();
    void selectionChanged();
    void clipboardChanged();
    void catalogChangesChanged();
    void variantsChanged();

protected:
    /// Re-analyses when the language changes, so findings and labels come in the new one.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Chain &chain() override { return m_chain; }
    void chainEdited() override;
    void reanalyse();
    void fail(const QString &message);
    void resetTo(Project project, const QUrl &url);
    /// Puts a whole project in place (the variant commands' undo and redo), keeping the file and the undo stack.
    void setProject(Project project);
    /// Pushes the change from the project as it is to `after` as one undo step.
    void changeProject(Project after, const QString &text);
    class ProjectCommand;
    friend class ProjectCommand;
    void remember(const QUrl &url);
    void autosave();
    /// Compares the chain's snapshots with the catalog.
    void checkCatalog();
    /// Adds a device at a canvas position, or the nearest free spot, as one step; returns its id.
    QString place(Device device, double x, double y, const QVariantMap &sizes);
    /// Adds a fragment (devices with their cables) moved by (dx, dy), or on to the nearest free ground, as one
    /// step and selects it.
    void addFragment(const Chain &fragment, double dx, double dy, const QVariantMap &sizes, const QString &text);

    Chain m_chain;                              ///< the variant being edited; its entry in m_project is out of date until currentProject()
    Project m_project = singleVariant(Chain{}); ///< every variant and which one is being edited
    AnalysisResult m_result;
    QUndoStack m_undo;
    QUrl m_fileUrl;
    QString m_lastError;
    LevelUnit m_unit = LevelUnit::Dbu;
    DeviceListModel m_devices;
    ConnectionListModel m_connections;
    FindingListModel m_findings;
    DeviceSettingsModel m_settings;
    ListenerListModel m_listeners;
    ListenerListModel m_sources;
    std::unique_ptr<GearLibrary> m_library;
    std::vector<Suggestion> m_suggestions; ///< the last suggestionsFor()
    QTimer m_autosave;
    bool m_recoveryChecked = false;
    QStringList m_selection;
    QStringList m_catalogChanges;
    int m_pasteCount = 0; ///< pastes since the last copy: each lands a step further
};

} // namespace headroom
