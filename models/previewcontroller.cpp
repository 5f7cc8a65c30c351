// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "previewcontroller.h"

#include "analysis.h"
#include "audiofile.h"
#include "preview.h"
#include "previewstream.h"
#include "projectcontroller.h"
#include "projectfile.h"
#include "renderer.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QCoreApplication>
#include <QLocale>
#include <QMediaDevices>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace headroom {
namespace {

constexpr int kTickMs = 50;
constexpr double kMaxSeconds = 600; // generated programme: ten minutes is more than a preview needs

/// Everything a render needs, copied from the GUI thread so the worker shares nothing with it.
struct PreviewJob {
    Chain chain;
    QString listener;
    QString variantLabel;              ///< what B is, for messages
    QString variantPath;               ///< B from a saved project
    std::optional<Chain> variantChain; ///< or B as another variant of this one
    std::optional<Programme> programme;
    QString inputPath;
    double seconds = 10;
    double referenceSpl = kDefaultReferenceSpl;
    bool levelMatch = false;
};

/// One line on what a render did: how loud, the hiss, where it clipped.
QString summary(const Chain &chain, const RenderPath &path, const RenderReport &report)
{
    const QLocale locale;
    const QString name = chain.devices[static_cast<std::size_t>(path.listener)].name();
    if (!path.playing())
        return QCoreApplication::translate("Preview", "%1: nothing reaches these headphones").arg(name);
    QStringList clips;
    bool analysisDisagrees = false;
    std::optional<AnalysisResult> analysis;
    for (const StageClipping &c : report.clipping) {
        if (c.clippedSamples <= 0)
            continue;
        clips << QCoreApplication::translate("Preview", "%1 (%2 samples)")
                     .arg(chain.devices[static_cast<std::size_t>(c.device)].name(), locale.toString(c.clippedSamples));
        if (!analysis)
            analysis = analyze(chain);
        analysisDisagrees = analysisDisagrees || (c.port >= 0 && analysis->port(c.device, c.port).headroomDb > 0);
    }
    QString text =
        QCoreApplication::translate("Preview", "%1: %2 dB SPL average (computed %3), hiss %4 dB SPL; %5")
            .arg(name, locale.toString(report.averageSpl, 'f', 1), locale.toString(path.averageSpl, 'f', 1), locale.toString(path.hissSpl, 'f', 1),
                 clips.isEmpty() ? QCoreApplication::translate("Preview", "no clipping")
                                 : QCoreApplication::translate("Preview", "clips at %1").arg(clips.join(QStringLiteral(", "))));
    // The analysis assumes the programme's typical crest factor and adds the peaks of mixed sources in power
    // (physics.md §3); a file or a mix whose peaks go higher clips in the preview first: never show both claims
    // without saying why.
    if (analysisDisagrees)
        text += QCoreApplication::translate("Preview",
                                            " — the analysis finds headroom there: it assumes the programme's typical peaks and adds "
                                            "the peaks of mixed sources in power; these peaks go higher");
    return text;
}

/// Loads, analyses and renders A and B; steps counts what is done; stops early when cancelled.
PreviewRenders renderJob(const PreviewJob &job, const std::atomic<bool> &cancel, std::atomic<int> &step)
{
    PreviewRenders out;
    const auto cancelled = [&] {
        if (cancel)
            out.error = QCoreApplication::translate("Preview", "Cancelled");
        return cancel.load();
    };
    const int listenerA = findListener(job.chain, job.listener);
    if (listenerA < 0) {
        out.error = QCoreApplication::translate("Preview", "Add headphones to the chain to hear what they would play");
        return out;
    }
    const AnalysisResult resultA = analyze(job.chain);
    const RenderPath pathA = renderPath(job.chain, resultA, listenerA);

    std::optional<Chain> chainB = job.variantChain;
    RenderPath pathB;
    if (!job.variantPath.isEmpty()) {
        ProjectLoad load = loadProject(job.variantPath);
        if (!load.chain()) {
            out.error = load.error;
            return out;
        }
        chainB = std::move(*load.chain());
    }
    if (chainB) {
        const int listenerB = matchingListener(job.chain, listenerA, *chainB);
        if (listenerB < 0) {
            out.error = QCoreApplication::translate("Preview", "%1 has no headphones to compare with").arg(job.variantLabel);
            return out;
        }
        pathB = renderPath(*chainB, analyze(*chainB), listenerB);
    }
    ++step;
    if (cancelled())
        return out;

    const PreviewProgramme programme = previewProgramme(pathA, job.inputPath, job.programme, job.seconds);
    if (!programme.audio) {
        out.error = programme.error;
        return out;
    }
    ++step;
    if (cancelled())
        return out;

    // One programme through both chains: what differs is the chain (physics.md §8).
    const auto renderOne = [&](const RenderPath &path, double gainDb) { return renderPreview(path, *programme.audio, job.referenceSpl, gainDb); };
    auto [audioA, reportA] = renderOne(pathA, 0.0);
    out.summaryA = summary(job.chain, pathA, reportA);
    out.a = std::make_shared<AudioBuffer>(std::move(audioA));
    ++step;
    if (!programme.warning.isEmpty()) // a truncated file plays, and the summary says what is missing
        out.summaryA = programme.warning + u'\n' + out.summaryA;
    if (cancelled()) {
        out.a.reset();
        return out;
    }
    if (chainB) {
        const double gainDb = job.levelMatch ? levelMatchDb(pathA, pathB) : 0.0;
        auto rendered = renderOne(pathB, gainDb);
        // Matched on what the renders measure, which a response shaped by output impedance moves (preview.h).
        if (const std::optional<double> matched = job.levelMatch ? matchedGainDb(reportA, rendered.second, gainDb) : std::nullopt)
            rendered = renderOne(pathB, *matched);
        out.summaryB = summary(*chainB, pathB, rendered.second);
        out.b = std::make_shared<AudioBuffer>(std::move(rendered.first));
        ++step;
    }
    if (cancelled())
        out.a.reset(), out.b.reset();
    return out;
}

} // namespace

PreviewController::PreviewController(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<PreviewRenders>::finished, this, &PreviewController::finishRender);
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (busy() && m_step) {
            const int total = variantName().isEmpty() ? 3 : 4;
            m_progress = std::min(1.0, static_cast<double>(m_step->load()) / total);
            emit stateChanged();
        }
        if (playing())
            emit positionChanged();
        if (!busy() && !playing())
            m_tick.stop();
    });
}

PreviewController::~PreviewController()
{
    cancel();
    m_watcher.waitForFinished();
    stop();
}

void PreviewController::setProject(ProjectController *project)
{
    if (project == m_project)
        return;
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &ProjectController::changed, this, &PreviewController::invalidate);
        connect(m_project, &ProjectController::replaced, this, &PreviewController::forgetProject);
    }
    invalidate();
    emit projectChanged();
}

void PreviewController::invalidate() { m_stale = true; }

void PreviewController::forgetProject()
{
    cancel();
    m_discardRender = busy();
    stop();
    m_renders = {};
    m_error.clear();
    m_progress = 0;
    m_variantUrl.clear();
    m_compareVariant = -1;
    setPlayingB(false);
    invalidate();
    emit settingsChanged();
    emit stateChanged();
}

void PreviewController::setListener(const QString &deviceId) { update(m_listener, deviceId); }
void PreviewController::setProgramme(const QString &key) { update(m_programme, key); }
void PreviewController::setInputFile(const QUrl &url) { update(m_inputFile, url); }
void PreviewController::setSeconds(double seconds) { update(m_seconds, std::clamp(seconds, 1.0, kMaxSeconds)); }
void PreviewController::setReferenceSpl(double spl)
{
    update(m_referenceSpl, std::isfinite(spl) ? std::clamp(spl, kMinReferenceSpl, kMaxReferenceSpl) : m_referenceSpl);
}
void PreviewController::setVariantUrl(const QUrl &url)
{
    m_compareVariant = -1;
    update(m_variantUrl, url);
}

void PreviewController::setCompareVariant(int index)
{
    if (index >= 0)
        m_variantUrl.clear();
    update(m_compareVariant, index);
}

QString PreviewController::variantName() const
{
    if (m_project && m_compareVariant >= 0 && m_compareVariant < m_project->variantNames().size())
        return m_project->variantNames().at(m_compareVariant);
    return m_variantUrl.fileName();
}
void PreviewController::setLevelMatch(bool on) { update(m_levelMatch, on); }

void PreviewController::setPlayingB(bool b)
{
    if (b == m_playingB)
        return;
    m_playingB = b;
    if (m_stream)
        m_stream->setPlayingB(b);
    emit playingBChanged();
}

QVariantList PreviewController::programmes() const
{
    const auto entry = [](const QString &key, const QString &label) {
        return QVariantMap{{QStringLiteral("key"), key}, {QStringLiteral("label"), label}};
    };
    return QVariantList{entry(QStringLiteral("source"), QCoreApplication::translate("Preview", "The source's programme"))} + programmeChoices()
        + QVariantList{entry(QStringLiteral("file"), QCoreApplication::translate("Preview", "Your own audio file"))};
}

void PreviewController::fail(const QString &message)
{
    m_error = message;
    emit stateChanged();
}

void PreviewController::render()
{
    if (!m_project || busy())
        return;
    if (m_programme == u"file" && !m_inputFile.isLocalFile()) {
        fail(QCoreApplication::translate("Preview", "Choose an audio file to play through the chain"));
        return;
    }
    std::optional<Chain> variantChain;
    if (m_compareVariant >= 0 && m_compareVariant < m_project->variantNames().size())
        variantChain = m_project->variantChain(m_compareVariant);
    PreviewJob job{m_project->currentChain(),
                   m_listener,
                   variantName(),
                   variantChain ? QString() : m_variantUrl.toLocalFile(),
                   variantChain,
                   programmeByKey(m_programme),
                   m_programme == u"file" ? m_inputFile.toLocalFile() : QString(),
                   m_seconds,
                   m_referenceSpl,
                   m_levelMatch};
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_step = std::make_shared<std::atomic<int>>(0);
    m_stale = false;
    m_progress = 0;
    m_error.clear();
    m_watcher.setFuture(QtConcurrent::run([job = std::move(job), cancel = m_cancel, step = m_step] { return renderJob(job, *cancel, *step); }));
    m_tick.start();
    emit stateChanged();
}

void PreviewController::cancel()
{
    if (m_cancel)
        *m_cancel = true;
    m_playWhenRendered = false;
}

void PreviewController::finishRender()
{
    if (std::exchange(m_discardRender, false)) {
        emit stateChanged(); // no longer busy
        emit renderFinished();
        return;
    }
    PreviewRenders renders = m_watcher.result();
    m_progress = 1;
    if (!renders.error.isEmpty()) {
        m_stale = true;
        m_playWhenRendered = false;
        fail(renders.error); // the previous render stays playable
    } else {
        stop();
        m_renders = std::move(renders);
        emit stateChanged();
        if (std::exchange(m_playWhenRendered, false))
            startPlayback();
    }
    emit renderFinished();
}

void PreviewController::play()
{
    if (!audioOutputAvailable()) {
        fail(QCoreApplication::translate("Preview", "There is no audio output on this computer; export the preview to a file instead"));
        return;
    }
    if (m_stale || !rendered()) {
        m_playWhenRendered = true;
        render();
        return;
    }
    startPlayback();
}

bool PreviewController::audioOutputAvailable() { return !QMediaDevices::defaultAudioOutput().isNull(); }

void PreviewController::startPlayback()
{
    stop();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    QAudioFormat format;
    format.setSampleRate(static_cast<int>(m_renders.a->sampleRate));
    format.setChannelCount(2);
    format.setSampleFormat(QAudioFormat::Float);
    if (!device.isFormatSupported(format))
        format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        fail(QCoreApplication::translate("Preview", "%1 cannot play %2 Hz stereo; export the preview to a file instead")
                 .arg(device.description())
                 .arg(format.sampleRate()));
        return;
    }
    m_stream = new PreviewStream(m_renders.a, m_renders.b, format, this);
    m_stream->open(QIODevice::ReadOnly);
    m_stream->setPlayingB(m_playingB);
    m_sink = new QAudioSink(device, format, this);
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState) // the end of the render
            QTimer::singleShot(0, this, &PreviewController::stop);
    });
    m_sink->start(m_stream);
    m_tick.start();
    emit stateChanged();
}

void PreviewController::stop()
{
    if (!m_sink)
        return;
    m_sink->stop();
    m_sink->deleteLater();
    m_stream->deleteLater();
    m_sink = nullptr;
    m_stream = nullptr;
    emit stateChanged();
    emit positionChanged();
}

double PreviewController::position() const { return m_stream ? m_stream->seconds() : 0.0; }

bool PreviewController::exportTo(const QUrl &url)
{
    const std::shared_ptr<const AudioBuffer> audio = m_playingB && m_renders.b ? m_renders.b : m_renders.a;
    if (!audio) {
        fail(QCoreApplication::translate("Preview", "Render the preview before exporting it"));
        return false;
    }
    if (const QString error = writeAudio(url.toLocalFile(), *audio); !error.isEmpty()) {
        fail(error);
        return false;
    }
    m_error.clear();
    emit stateChanged();
    return true;
}

} // namespace headroom
