// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The editing of one chain: the chain itself, its undo stack of id-addressed commands, the live analysis and the list
// models QML draws from it, the selection, the clipboard, and every edit a person makes on the canvas or in the
// inspector. The document (ProjectController) owns one and puts chains in it: a file, a variant, recovered work.

#include "advisor.h"
#include "chaincommands.h"
#include "chainmodels.h"
#include "devicesettingsmodel.h"

#include <QObject>
#include <QUndoStack>
#include <QtQml/qqmlregistration.h>

namespace headroom {

class GearLibrary;

class EditSession : public QObject, private ChainHost
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by ProjectController")
    Q_PROPERTY(headroom::DeviceListModel *devices READ devices CONSTANT)
    Q_PROPERTY(headroom::ConnectionListModel *connections READ connections CONSTANT)
    Q_PROPERTY(headroom::FindingListModel *findings READ findings CONSTANT)
    Q_PROPERTY(headroom::ListenerListModel *listeners READ listeners CONSTANT)
    /// Microphones and instruments with a problem at their input (not enough gain, phantom power off …).
    Q_PROPERTY(headroom::ListenerListModel *sources READ sources CONSTANT)
    /// The current device's settings, for the inspector.
    Q_PROPERTY(headroom::DeviceSettingsModel *settings READ settings CONSTANT)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString levelUnit READ levelUnit WRITE setLevelUnit NOTIFY changed)
    /// Ids of the selected devices, in the order they were selected.
    Q_PROPERTY(QStringList selection READ selection NOTIFY selectionChanged)
    /// The device the inspector shows: the last one selected, or "".
    Q_PROPERTY(QString currentDevice READ currentDevice NOTIFY selectionChanged)
    Q_PROPERTY(bool canPaste READ canPaste NOTIFY clipboardChanged)

public:
    /// Edits with products from `library`, which must outlive the session.
    explicit EditSession(GearLibrary &library, QObject *parent = nullptr);
    ~EditSession() override;

    [[nodiscard]] DeviceListModel *devices() { return &m_devices; }
    [[nodiscard]] ConnectionListModel *connections() { return &m_connections; }
    [[nodiscard]] FindingListModel *findings() { return &m_findings; }
    [[nodiscard]] DeviceSettingsModel *settings() { return &m_settings; }
    [[nodiscard]] ListenerListModel *listeners() { return &m_listeners; }
    [[nodiscard]] ListenerListModel *sources() { return &m_sources; }
    [[nodiscard]] bool canUndo() const { return m_undo.canUndo(); }
    [[nodiscard]] bool canRedo() const { return m_undo.canRedo(); }
    [[nodiscard]] QString undoText() const { return m_undo.undoText(); }
    [[nodiscard]] QString redoText() const { return m_undo.redoText(); }
    [[nodiscard]] QString levelUnit() const;
    [[nodiscard]] LevelUnit unit() const { return m_unit; }
    void setLevelUnit(const QString &unit);
    [[nodiscard]] QStringList selection() const { return m_selection; }
    [[nodiscard]] QString currentDevice() const { return m_selection.isEmpty() ? QString() : m_selection.constLast(); }
    [[nodiscard]] bool canPaste() const;

    [[nodiscard]] const Chain &currentChain() const { return m_chain; }
    [[nodiscard]] const AnalysisResult &result() const { return m_result; }
    [[nodiscard]] QUndoStack &undoStack() { return m_undo; }
    [[nodiscard]] const QUndoStack &undoStack() const { return m_undo; }
    /// Another chain in place of this one, with a fresh undo history (a file opened, a new project).
    void resetChain(Chain chain);
    /// Another chain in place of this one, keeping the undo history (a variant switched to, by an undo step).
    void setChain(Chain chain);
    /// A suggestion of the last suggestionsFor(), or null.
    [[nodiscard]] const Suggestion *suggestion(int index) const;
    /// The suggestions were for the chain as it was: they go once one is taken.
    void forgetSuggestions() { m_suggestions.clear(); }
    /// Takes the catalog's current figures for every device they changed for, as one step.
    void takeCatalogFigures();
    /// Analyses the chain again and refreshes every model (after an edit, a unit or a language change).
    void reanalyse();

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
    /// Gear from the catalog and the user's own that fixes the finding `code` at a device, best first (core/advisor.h):
    /// [{index, kind, product, change, reason, solved, estimated, shop}] (shop: your gear's price and stock note). Kept
    /// until the next call, for applySuggestion.
    Q_INVOKABLE QVariantList suggestionsFor(const QString &deviceId, const QString &code);
    /// Makes suggestion `index` of the last suggestionsFor() as one undo step and selects the device it adds.
    Q_INVOKABLE bool applySuggestion(int index);
    /// The quick check (core/quickcheck.h): the chain for the gear a person has, wired, arranged with the canvas's
    /// node sizes and put in place of the current one as one undo step. `ampId` and `micId` may be empty. False (and
    /// failed() saying why) when the gear cannot be wired.
    Q_INVOKABLE bool quickCheck(const QString &sourceId, const QString &ampId, const QStringList &headphoneIds, const QString &micId,
                                const QVariantMap &sizes = {});
    Q_INVOKABLE void undo() { m_undo.undo(); }
    Q_INVOKABLE void redo() { m_undo.redo(); }

signals:
    /// The chain was analysed again: every model is up to date.
    void changed();
    void undoStateChanged();
    void selectionChanged();
    void clipboardChanged();
    /// An edit was refused, with the reason people read.
    void failed(const QString &message);

private:
    Chain &chain() override { return m_chain; }
    void chainEdited() override;
    void fail(const QString &message);
    /// Adds a device at a canvas position, or the nearest free spot, as one step; returns its id.
    QString place(Device device, double x, double y, const QVariantMap &sizes);
    /// Adds a fragment (devices with their cables) moved by (dx, dy), or on to the nearest free ground, as one
    /// step and selects it.
    void addFragment(const Chain &fragment, double dx, double dy, const QVariantMap &sizes, const QString &text);

    GearLibrary &m_library;
    Chain m_chain;
    AnalysisResult m_result;
    QUndoStack m_undo;
    LevelUnit m_unit = LevelUnit::Dbu;
    DeviceListModel m_devices;
    ConnectionListModel m_connections;
    FindingListModel m_findings;
    DeviceSettingsModel m_settings;
    ListenerListModel m_listeners;
    ListenerListModel m_sources;
    std::vector<Suggestion> m_suggestions; ///< the last suggestionsFor()
    QStringList m_selection;
    int m_pasteCount = 0; ///< pastes since the last copy: each lands a step further
};

} // namespace headroom
