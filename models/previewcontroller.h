// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The preview panel's workflow: render what a listener hears (in a worker thread, with progress and cancel), play
// it, switch between the current chain (A) and a saved variant (B) while it plays, export either to a file.

#include "audiobuffer.h"
#include "projectcontroller.h"
#include "renderer.h"

#include <QAudioFormat>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>

class QAudioSink;

namespace headroom {

class PreviewStream;

/// Two renders of one programme: through the current chain (A) and through the variant (B), with what they did.
struct PreviewRenders {
    std::shared_ptr<const AudioBuffer> a;
    std::shared_ptr<const AudioBuffer> b;
    QString summaryA;
    QString summaryB;
    QString error;
};

class PreviewController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The project whose chain is A.
    Q_PROPERTY(headroom::ProjectController *project READ project WRITE setProject NOTIFY projectChanged)
    /// The headphones to render, by device id ("" = the first).
    Q_PROPERTY(QString listener READ listener WRITE setListener NOTIFY settingsChanged)
    /// A key of `programmes`: "source" plays the source's own programme, "file" the user's `inputFile`.
    Q_PROPERTY(QString programme READ programme WRITE setProgramme NOTIFY settingsChanged)
    Q_PROPERTY(QUrl inputFile READ inputFile WRITE setInputFile NOTIFY settingsChanged)
    Q_PROPERTY(double seconds READ seconds WRITE setSeconds NOTIFY settingsChanged)
    /// The SPL a full-scale sine stands for: the playback volume's calibration (physics.md §8).
    Q_PROPERTY(double referenceSpl READ referenceSpl WRITE setReferenceSpl NOTIFY settingsChanged)
    /// The range the reference SPL may be set in.
    Q_PROPERTY(double minReferenceSpl READ minReferenceSpl CONSTANT)
    Q_PROPERTY(double maxReferenceSpl READ maxReferenceSpl CONSTANT)
    /// A saved project to compare with (B); empty for none.
    Q_PROPERTY(QUrl variantUrl READ variantUrl WRITE setVariantUrl NOTIFY settingsChanged)
    /// The file names of `inputFile` and `variantUrl`, "" when unset.
    Q_PROPERTY(QString inputName READ inputName NOTIFY settingsChanged)
    /// B as another variant of the open project (an index into its variants), −1 for none; setting it clears
    /// variantUrl, and setting variantUrl clears it.
    Q_PROPERTY(int compareVariant READ compareVariant WRITE setCompareVariant NOTIFY settingsChanged)
    /// What B is: the variant's name or the file's.
    Q_PROPERTY(QString variantName READ variantName NOTIFY settingsChanged)
    Q_PROPERTY(bool levelMatch READ levelMatch WRITE setLevelMatch NOTIFY settingsChanged)
    /// Plays (and exports) B instead of A.
    Q_PROPERTY(bool playingB READ playingB WRITE setPlayingB NOTIFY playingBChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY stateChanged)
    Q_PROPERTY(bool playing READ playing NOTIFY stateChanged)
    Q_PROPERTY(bool rendered READ rendered NOTIFY stateChanged)
    Q_PROPERTY(bool hasVariant READ hasVariant NOTIFY stateChanged)
    /// Seconds played of the render.
    Q_PROPERTY(double position READ position NOTIFY positionChanged)
    /// Whether there is an audio device to play on; without one, renders can still be exported.
    Q_PROPERTY(bool audioOutputAvailable READ audioOutputAvailable CONSTANT)
    Q_PROPERTY(QString summaryA READ summaryA NOTIFY stateChanged)
    Q_PROPERTY(QString summaryB READ summaryB NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    /// [{key, label}] of the programme choices.
    Q_PROPERTY(QVariantList programmes READ programmes NOTIFY settingsChanged)

public:
    explicit PreviewController(QObject *parent = nullptr);
    ~PreviewController() override;

    [[nodiscard]] ProjectController *project() const { return m_project; }
    void setProject(ProjectController *project);
    [[nodiscard]] QString listener() const { return m_listener; }
    void setListener(const QString &deviceId);
    [[nodiscard]] QString programme() const { return m_programme; }
    void setProgramme(const QString &key);
    [[nodiscard]] QUrl inputFile() const { return m_inputFile; }
    void setInputFile(const QUrl &url);
    [[nodiscard]] double seconds() const { return m_seconds; }
    void setSeconds(double seconds);
    [[nodiscard]] double referenceSpl() const { return m_referenceSpl; }
    [[nodiscard]] static double minReferenceSpl() { return kMinReferenceSpl; }
    [[nodiscard]] static double maxReferenceSpl() { return kMaxReferenceSpl; }
    void setReferenceSpl(double spl);
    [[nodiscard]] QUrl variantUrl() const { return m_variantUrl; }
    void setVariantUrl(const QUrl &url);
    [[nodiscard]] QString inputName() const { return m_inputFile.fileName(); }
    [[nodiscard]] int compareVariant() const { return m_compareVariant; }
    void setCompareVariant(int index);
    [[nodiscard]] QString variantName() const;
    [[nodiscard]] bool levelMatch() const { return m_levelMatch; }
    void setLevelMatch(bool on);
    [[nodiscard]] bool playingB() const { return m_playingB; }
    void setPlayingB(bool b);
    [[nodiscard]] bool busy() const { return m_watcher.isRunning(); }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] bool playing() const { return m_sink != nullptr; }
    [[nodiscard]] bool rendered() const { return m_renders.a != nullptr; }
    [[nodiscard]] bool hasVariant() const { return m_renders.b != nullptr; }
    [[nodiscard]] double position() const;
    [[nodiscard]] static bool audioOutputAvailable();
    [[nodiscard]] QString summaryA() const { return m_renders.summaryA; }
    [[nodiscard]] QString summaryB() const { return m_renders.summaryB; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QVariantList programmes() const;

    /// Renders A (and B when a variant is set) in the background; the previous render stays until it is done.
    Q_INVOKABLE void render();
    Q_INVOKABLE void cancel();
    /// Plays the render from the start (rendering first when the chain or settings changed).
    Q_INVOKABLE void play();
    Q_INVOKABLE void stop();
    /// Writes the render being listened to (A or B) as WAV or FLAC, by the file's extension.
    Q_INVOKABLE bool exportTo(const QUrl &url);
    /// The last render, for tests and exports.
    [[nodiscard]] const PreviewRenders &renders() const { return m_renders; }

signals:
    void projectChanged();
    void settingsChanged();
    void playingBChanged();
    void stateChanged();
    void positionChanged();
    /// A render finished (successfully or not).
    void renderFinished();

private:
    void finishRender();
    void startPlayback();
    void fail(const QString &message);
    /// The chain or settings changed: the render no longer shows them.
    void invalidate();
    /// Another project was opened: nothing rendered, compared or reported for the old one applies to it.
    void forgetProject();
    /// Sets a setting; a change makes the render stale.
    template <typename T>
    void update(T &member, T value)
    {
        if (member == value)
            return;
        member = std::move(value);
        invalidate();
        emit settingsChanged();
    }

    ProjectController *m_project = nullptr;
    QString m_listener;
    QString m_programme = QStringLiteral("source");
    QUrl m_inputFile;
    double m_seconds = 10;
    double m_referenceSpl = kDefaultReferenceSpl;
    QUrl m_variantUrl;
    int m_compareVariant = -1;
    bool m_levelMatch = false;
    bool m_playingB = false;
    double m_progress = 0;
    bool m_stale = true;
    bool m_playWhenRendered = false;
    bool m_discardRender = false; ///< the render in flight is of a project no longer open
    QString m_error;
    PreviewRenders m_renders;
    QFutureWatcher<PreviewRenders> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<int>> m_step; ///< render steps done, for the progress bar
    QTimer m_tick;                            ///< polls progress and play position
    QAudioSink *m_sink = nullptr;
    PreviewStream *m_stream = nullptr;
};

} // namespace headroom
