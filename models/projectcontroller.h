// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The open project as QML sees it: the document (file, variants, autosave, recovery, recent files, catalog changes)
// around an editing session (editsession.h) of the variant being edited.

#include "editsession.h"
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
class SharedServer;

/// The open project as a document: its file, its variants, autosave and recovery, recent files, the catalog's newer
/// figures, and the editing session of the variant being edited.
class ProjectController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The editing of the variant being edited: its chain, undo stack, selection, clipboard and models.
    Q_PROPERTY(headroom::EditSession *session READ session CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QUrl fileUrl READ fileUrl NOTIFY fileChanged)
    /// The file's name ("Studio A.headroom"), "" before the first save.
    Q_PROPERTY(QString fileName READ fileName NOTIFY fileChanged)
    /// A name for files made from the project: the file's name without its suffix, else the title, else "Untitled".
    Q_PROPERTY(QString baseName READ baseName NOTIFY fileChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY cleanChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY errorChanged)
    Q_PROPERTY(QVariantList recentFiles READ recentFiles NOTIFY recentFilesChanged)
    Q_PROPERTY(QVariantList examples READ examples CONSTANT)
    /// The programmes a source can play, {key, label}.
    Q_PROPERTY(QVariantList programmes READ programmes CONSTANT)
    Q_PROPERTY(bool recoveryAvailable READ recoveryAvailable NOTIFY recoveryChanged)
    /// Figures the catalog has changed since the open project saved them, one line each; the analysis keeps the
    /// saved ones until the user updates.
    Q_PROPERTY(QStringList catalogChanges READ catalogChanges NOTIFY catalogChangesChanged)
    /// The project's variants by name, in order, and the one being edited (docs/file-format.md, "Variants").
    Q_PROPERTY(QStringList variantNames READ variantNames NOTIFY variantsChanged)
    Q_PROPERTY(int currentVariant READ currentVariant NOTIFY variantsChanged)
    /// The project's name on the shop's server when it was opened from or saved to it, else "".
    Q_PROPERTY(QString sharedName READ sharedName NOTIFY sharedChanged)

public:
    /// A project on the app's shared gear library (GearHub), or on `library` (tests bring their own).
    explicit ProjectController(QObject *parent = nullptr);
    ProjectController(std::shared_ptr<GearLibrary> library, QObject *parent = nullptr);
    ~ProjectController() override;

    [[nodiscard]] EditSession *session() { return &m_session; }
    [[nodiscard]] const EditSession *session() const { return &m_session; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QUrl fileUrl() const { return m_fileUrl; }
    [[nodiscard]] QString fileName() const;
    [[nodiscard]] QString baseName() const;
    [[nodiscard]] bool dirty() const { return !m_session.undoStack().isClean(); }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] const Chain &currentChain() const { return m_session.currentChain(); }
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
    [[nodiscard]] QStringList catalogChanges() const { return m_catalogChanges; }
    [[nodiscard]] QStringList variantNames() const;
    [[nodiscard]] int currentVariant() const { return m_project.current; }
    /// The whole project as it would be saved: every variant, the one being edited as it is now.
    [[nodiscard]] Project currentProject() const;
    /// One variant's chain as it is now (the one being edited included); index within variantNames().
    [[nodiscard]] const Chain &variantChain(int index) const
    {
        return index == m_project.current ? currentChain() : m_project.variants[static_cast<std::size_t>(index)].chain;
    }

    Q_INVOKABLE void newProject();
    Q_INVOKABLE bool open(const QUrl &url);
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool saveAs(const QUrl &url);
    /// Writes a report by the file's suffix: PDF or HTML ("summary" for a customer, with the shop's name from the
    /// settings, or "full" for an engineer; documents/reportdocument.h), JSON (docs/analysis-json.md) or text.
    Q_INVOKABLE bool exportReport(const QUrl &url, const QString &form = QStringLiteral("summary"));
    /// Writes the chain's diagram, all of it or the selected devices, as SVG, PNG (at twice the canvas's size) or PDF.
    Q_INVOKABLE bool exportDiagram(const QUrl &url, bool selectionOnly = false);
    /// Prints the chain's diagram through the system's print dialog; false when cancelled.
    Q_INVOKABLE bool printDiagram();
    /// Takes the catalog's current figures for every device they changed for, as one step.
    Q_INVOKABLE void updateFromCatalog();
    /// Keeps the project's own figures and stops mentioning the catalog's.
    Q_INVOKABLE void keepSavedFigures();
    /// Variants, each change one undo step: edit another variant; a copy of this one, named "Variant N", to edit
    /// next; a new name (refused when empty or taken); delete one (never the last).
    Q_INVOKABLE void switchVariant(int index);
    Q_INVOKABLE void duplicateVariant();
    Q_INVOKABLE bool renameVariant(int index, const QString &name);
    Q_INVOKABLE bool removeVariant(int index);
    /// Makes suggestion `index` of the session's last suggestionsFor() in a new variant named after the change, and
    /// edits it: before and after side by side for a customer.
    Q_INVOKABLE bool applySuggestionAsVariant(int index);
    /// Variants side by side (core/compare.h), all when `variants` is empty: {variants: [names], totals: [text],
    /// rows: [{name, cells: [{present, verdict, verdictText, maxSpl, headroom, volume, hiss, problems}],
    /// differences: [keys]}]}, figures as text in the user's locale.
    Q_INVOKABLE [[nodiscard]] QVariantMap compareVariants(const QList<int> &variants = {}) const;
    /// Says an error from elsewhere (a plot that could not be saved) as lastError; true when there was none.
    bool reportError(const QString &error);
    /// Opens the autosaved work (marked unsaved, with no file), or drops it.
    Q_INVOKABLE bool recover();
    Q_INVOKABLE void discardRecovery();

    // The shop's server (shopserver.h, projectserver.cpp). Each fails with lastError when the server is out of reach.
    [[nodiscard]] QString sharedName() const { return m_shared.name; }
    /// The server's projects, [{id, name, detail}], detail saying who saved each last and when.
    Q_INVOKABLE [[nodiscard]] QVariantList sharedProjects();
    Q_INVOKABLE bool openShared(const QString &id);
    /// Saves to the server: over the shared project this one came from, only if nobody saved it since (else
    /// serverConflict), or as a new shared project named after this one.
    Q_INVOKABLE bool saveToServer();
    /// Saves as a new shared project under `name`, whatever happened to the one this came from.
    Q_INVOKABLE bool saveToServerAsCopy(const QString &name);
    /// Opens the server's current revision of this shared project, dropping the changes made here.
    Q_INVOKABLE bool reloadFromServer();

signals:
    void changed();
    void fileChanged();
    /// Another project took this one's place (New, Open, recovery); unlike fileChanged, not sent by Save As.
    void replaced();
    void cleanChanged();
    void errorChanged();
    void recentFilesChanged();
    void recoveryChanged();
    void catalogChangesChanged();
    void variantsChanged();
    void sharedChanged();
    /// Someone saved the shared project (or deleted it) after it was opened here; nothing was saved.
    void serverConflict(const QString &message);

protected:
    /// Re-analyses when the language changes, so findings and labels come in the new one.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
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

    std::shared_ptr<GearLibrary> m_library;
    EditSession m_session;
    Project m_project = singleVariant(Chain{}); ///< every variant; the one being edited is out of date until currentProject()
    QUrl m_fileUrl;
    QString m_lastError;
    QTimer m_autosave;
    bool m_recoveryChecked = false;
    QStringList m_catalogChanges;
    /// The shared project this one is, on the shop's server.
    struct SharedRef {
        QString id;
        QString name;
        int revision = 0;
    } m_shared;
    void setShared(SharedRef shared);
    /// Saves to the server: over `id` from `basedOnRevision`, or as a new project when `id` is empty.
    bool saveShared(const QString &id, const QString &name, int basedOnRevision);
    /// The server's connection, or null after saying why not.
    [[nodiscard]] SharedServer *sharedServer();
};

} // namespace headroom
