// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands.h"

#include "analysis.h"
#include "audiofile.h"
#include "preview.h"
#include "projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include <cmath>
#include <utility>

namespace headroom::cli {
namespace {

constexpr double kDefaultSeconds = 10.0;
constexpr double kMaxSeconds = 3600.0;
constexpr double kGeneratedRate = 48000.0;

/// A project analysed, and the listener to render.
struct Scene {
    Chain chain;
    AnalysisResult result;
    int listener = -1;
};

/// A project and its listener: the one asked for, else (`listenerIn` given) the one matching a listener of another
/// scene, else the first headphones. Says what is wrong on `err`.
std::optional<Scene> loadScene(const QString &path, const QString &listenerId, const Scene *listenerIn, QTextStream &err)
{
    ProjectLoad load = loadProject(path);
    if (!load.chain()) {
        err << load.error << Qt::endl;
        return std::nullopt;
    }
    Scene scene{std::move(*load.chain()), {}, -1};
    scene.listener = listenerIn ? matchingListener(listenerIn->chain, listenerIn->listener, scene.chain) : findListener(scene.chain, listenerId);
    if (scene.listener < 0) {
        err << (listenerId.isEmpty() || listenerIn ? QCoreApplication::translate("Cli", "%1: the project has no headphones to render").arg(path)
                                                   : QCoreApplication::translate("Cli", "%1: no listener \"%2\"").arg(path, listenerId))
            << Qt::endl;
        return std::nullopt;
    }
    scene.result = analyze(scene.chain);
    return scene;
}

/// One line: who, how loud (rendered and computed), the hiss, and the clipped samples per stage.
QString summary(const Scene &scene, const RenderPath &path, const RenderReport &report, const QString &out)
{
    const QLocale locale;
    const Device &phones = scene.chain.devices[static_cast<std::size_t>(scene.listener)];
    if (!path.playing())
        return QCoreApplication::translate("Cli", "%1 (%2): no programme reaches this listener; %3 is silent\n").arg(phones.name(), phones.id, out);
    QStringList clips;
    for (const StageClipping &c : report.clipping) {
        const Device &d = scene.chain.devices[static_cast<std::size_t>(c.device)];
        clips << QStringLiteral("%1.%2 %3").arg(d.id, d.ports[static_cast<std::size_t>(c.port)].id).arg(c.clippedSamples);
    }
    return QCoreApplication::translate("Cli", "%1 (%2): %3 dB SPL average rendered (computed %4), hiss %5 dB SPL; clipped samples: %6 → %7\n")
        .arg(phones.name(), phones.id, locale.toString(report.averageSpl, 'f', 1), locale.toString(path.averageSpl, 'f', 1),
             locale.toString(path.hissSpl, 'f', 1), clips.join(QStringLiteral(", ")), out);
}

/// The comparison's file next to the main one: out.wav → out-compare.wav.
QString compareName(const QString &out)
{
    const QFileInfo info(out);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-compare.") + info.suffix());
}

} // namespace

int renderCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption listener(
        QStringLiteral("listener"), QCoreApplication::translate("Cli", "The headphones' device id or listener name (default: the first headphones)."),
        QStringLiteral("id"));
    const QCommandLineOption input(
        QStringLiteral("input"),
        QCoreApplication::translate("Cli", "Your own programme: WAV, FLAC, OGG or AIFF, played at the chain's programme level."),
        QStringLiteral("audio"));
    const QCommandLineOption program(
        QStringLiteral("program"),
        QCoreApplication::translate("Cli", "Generated programme: speech, music, pink-noise, sweep or tone (default: the source's)."),
        QStringLiteral("name"));
    const QCommandLineOption duration(QStringLiteral("duration"), QCoreApplication::translate("Cli", "Seconds of generated programme (default 10)."),
                                      QStringLiteral("seconds"), QString::number(kDefaultSeconds));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("Cli", "The rendered file: .wav (32-bit float) or .flac (24-bit)."),
                                 QStringLiteral("file"));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        QCoreApplication::translate("Cli", "Also render the same programme through another project, to OUT-compare.wav, level-honest."),
        QStringLiteral("project"));
    const QCommandLineOption levelMatch(QStringLiteral("level-match"),
                                        QCoreApplication::translate("Cli", "Scale the comparison to the same average SPL as the first render."));
    const QCommandLineOption reference(QStringLiteral("reference-spl"),
                                       QCoreApplication::translate("Cli", "The SPL of a full-scale sine in the file (default 110 dB SPL)."),
                                       QStringLiteral("db"), QString::number(kDefaultReferenceSpl));
    parser.addOptions({listener, input, program, duration, out, compare, levelMatch, reference});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Cli", "The .headroom project."));
    if (auto done = parseArguments(
            parser, arguments,
            QCoreApplication::translate("Cli",
                                        "Render what a listener hears: the programme through the chain's gains, clipping, hiss and output-impedance "
                                        "response, at a level relative to the reference SPL."),
            0, -1))
        return *done;
    QTextStream err(stderr);
    bool secondsOk = false, referenceOk = false;
    const double seconds = parser.value(duration).toDouble(&secondsOk);
    const double referenceSpl = parser.value(reference).toDouble(&referenceOk);
    const std::optional<Programme> chosen = parser.isSet(program) ? programmeByKey(parser.value(program)) : std::nullopt;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(out) || !secondsOk || !(seconds > 0 && seconds <= kMaxSeconds) || !referenceOk
        || !(referenceSpl >= kMinReferenceSpl && referenceSpl <= kMaxReferenceSpl) || (parser.isSet(program) && !chosen)
        || (parser.isSet(program) && parser.isSet(input))) {
        err << QCoreApplication::translate("Cli",
                                           "usage: headroom-cli render FILE [--listener ID] [--input AUDIO | --program NAME] "
                                           "[--duration SECONDS] --out OUT.wav [--compare OTHER.headroom [--level-match]] [--reference-spl DB]")
            << Qt::endl;
        return kExitInvalid;
    }
    const std::optional<Scene> scene = loadScene(parser.positionalArguments().first(), parser.value(listener), nullptr, err);
    if (!scene)
        return kExitInvalid;
    std::optional<Scene> other;
    if (parser.isSet(compare) && !(other = loadScene(parser.value(compare), parser.value(listener), &*scene, err)))
        return kExitInvalid;

    const RenderPath path = renderPath(scene->chain, scene->result, scene->listener);
    // A file of the user's streams through the render a block at a time, however long it is; a generated programme
    // (at most kMaxSeconds) is made once and shared by the comparison.
    const bool fromFile = parser.isSet(input);
    const PreviewProgramme programme = fromFile ? PreviewProgramme{} : previewProgramme(path, {}, chosen, seconds, kGeneratedRate);
    if (!fromFile && !programme.audio) {
        err << programme.error << Qt::endl;
        return kExitInvalid;
    }

    // Render and write one project; the comparison gets the same programme.
    bool warned = false;
    const auto render = [&](const RenderPath &p, double gainDb, const QString &file) -> std::optional<RenderReport> {
        RenderReport report;
        QString error;
        if (fromFile) {
            FileRender rendered = renderFile(p, parser.value(input), file, referenceSpl, gainDb);
            if (!rendered.warning.isEmpty() && !std::exchange(warned, true))
                err << rendered.warning << Qt::endl;
            error = rendered.error;
            report = std::move(rendered.report);
        } else {
            const auto [audio, rendered] = renderPreview(p, *programme.audio, referenceSpl, gainDb);
            error = writeAudio(file, audio);
            report = rendered;
        }
        if (!error.isEmpty()) {
            err << error << Qt::endl;
            return std::nullopt;
        }
        return report;
    };
    QTextStream stdOut(stdout);
    const std::optional<RenderReport> first = render(path, 0.0, parser.value(out));
    if (!first)
        return kExitInvalid;
    stdOut << summary(*scene, path, *first, parser.value(out));
    if (other) {
        const RenderPath otherPath = renderPath(other->chain, other->result, other->listener);
        const QString file = compareName(parser.value(out));
        const double gainDb = parser.isSet(levelMatch) ? levelMatchDb(path, otherPath) : 0.0;
        std::optional<RenderReport> second = render(otherPath, gainDb, file);
        // Matched on what the renders measure, which a response shaped by output impedance moves (preview.h).
        if (const std::optional<double> matched = second && parser.isSet(levelMatch) ? matchedGainDb(*first, *second, gainDb) : std::nullopt)
            second = render(otherPath, *matched, file);
        if (!second)
            return kExitInvalid;
        stdOut << summary(*other, otherPath, *second, file);
    }
    return kExitOk;
}

} // namespace headroom::cli
