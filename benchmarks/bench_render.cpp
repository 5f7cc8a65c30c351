// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Render speed as a multiple of real time: 60 s of 48 kHz stereo music through a computer → interface line outputs →
// headphone amp → Y-splitter → two headphones (one with an impedance curve, so the response FIR runs), against a null
// pass that only reads and writes the same file with libsndfile. Then each built-in programme generated and rendered
// through the same chain, as Play does. Best of three runs each.
// Run: ./build/benchmarks/bench_render DIR [PROGRAMME…] (writes DIR/in.wav, the programme; benchmarks/render-vs-sox.sh
// adds sox); naming programmes (speech, music, …) times only those.
// With --hour: a 60-minute file (1.4 GB of float WAV in DIR) streamed through the same chain from file to file, with
// the process's peak memory before and after the render.

#include "audiofile.h"
#include "preview.h"
#include "chainbuilder.h"
#include "programme.h"
#include "renderer.h"
#include "units.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <functional>

using namespace headroom;
using namespace headroom::test;

namespace {

constexpr double kSeconds = 60.0;
constexpr int kRuns = 3;

Chain ampSplitterTwoHeadphones()
{
    const DeviceSpec iface = makeSpec(DeviceKind::Interface,
                                      {{Field::LineOutMaxDbu, 16},
                                       {Field::LineOutImpedanceOhm, 100},
                                       {Field::LineOutDynamicRangeDb, 110},
                                       {Field::HpMaxLevelDbu, 10},
                                       {Field::HpOutputImpedanceOhm, 1},
                                       {Field::HpDynamicRangeDb, 110}});
    const DeviceSpec amp = makeSpec(DeviceKind::HeadphoneAmp,
                                    {{Field::GainDb, 10},
                                     {Field::InputImpedanceOhm, 10000},
                                     {Field::HpMaxLevelDbu, 20},
                                     {Field::HpOutputImpedanceOhm, 10},
                                     {Field::HpOutputNoiseUv, 3},
                                     {Field::Channels, 2}});
    DeviceSpec phones = phonesPerVolt(300, 102);
    phones.setImpedanceCurve({{20, 420, 30}, {90, 600, 0}, {1000, 300, 5}, {20000, 330, 20}});
    ChainBuilder b;
    b.add(QStringLiteral("daw"), makeSpec(DeviceKind::Player, {{Field::HeadphoneOutputs, 0}}))
        .add(QStringLiteral("iface"), iface)
        .add(QStringLiteral("amp"), amp)
        .add(QStringLiteral("split"), splitter(2))
        .add(QStringLiteral("a"), phones)
        .add(QStringLiteral("b"), phonesPerVolt(80, 107))
        .connect(QStringLiteral("daw.usb"), QStringLiteral("iface.usb"))
        .connect(QStringLiteral("iface.line_out1"), QStringLiteral("amp.in"))
        .connect(QStringLiteral("amp.out1"), QStringLiteral("split.in"))
        .connect(QStringLiteral("split.out1"), QStringLiteral("a.in"))
        .connect(QStringLiteral("split.out2"), QStringLiteral("b.in"));
    return b.chain();
}

/// The best of a few timed runs, in seconds.
double best(const std::function<void()> &run)
{
    double fastest = 1e300;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        fastest = std::min(fastest, static_cast<double>(timer.nsecsElapsed()) * 1e-9);
    }
    return fastest;
}

/// The process's peak resident memory so far, in MB.
double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

/// An hour of music written as a file ten seconds at a time, then rendered from file to file.
int hour(const QDir &dir, QTextStream &out)
{
    constexpr double kHour = 3600, kBlock = 10;
    const QString in = dir.filePath(QStringLiteral("hour.wav"));
    {
        AudioBuffer block = generateProgramme(Programme::Music, kBlock);
        const std::vector<const float *> channels{block.channels[0].data(), block.channels[1].data()};
        AudioWriter writer(in, block.sampleRate, 2);
        for (int i = 0; i < static_cast<int>(kHour / kBlock); ++i)
            writer.write(channels.data(), block.frames());
        if (const QString error = writer.commit(); !error.isEmpty()) {
            out << error << Qt::endl;
            return 1;
        }
    }
    const double before = peakMegabytes();
    const Chain chain = ampSplitterTwoHeadphones();
    const RenderPath path = renderPath(chain, analyze(chain), chain.indexOf(u"a"));
    QElapsedTimer timer;
    timer.start();
    const FileRender rendered = renderFile(path, in, dir.filePath(QStringLiteral("hour-out.wav")), kDefaultReferenceSpl);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    if (!rendered.error.isEmpty()) {
        out << rendered.error << Qt::endl;
        return 1;
    }
    out << QStringLiteral("60-minute file, streamed (measure + render + write): %1 s  %2x real time\n")
               .arg(seconds, 0, 'f', 1)
               .arg(kHour / seconds, 0, 'f', 0)
        << QStringLiteral("peak memory before the render %1 MB, after it %2 MB\n").arg(before, 0, 'f', 0).arg(peakMegabytes(), 0, 'f', 0);
    QFile::remove(in);
    QFile::remove(dir.filePath(QStringLiteral("hour-out.wav")));
    return 0;
}

/// 60 s of music from a file, rendered and written back, against a null pass that only reads and writes it.
bool fileRender(const QDir &dir, const Chain &chain, QTextStream &out)
{
    const QString in = dir.filePath(QStringLiteral("in.wav"));
    AudioBuffer music = generateProgramme(Programme::Music, kSeconds);
    for (auto &channel : music.channels)
        for (float &v : channel)
            v *= static_cast<float>(units::amplitudeRatio(-18.0 - units::kSineCrestDb)); // −18 dBFS (physics.md §0, §3)
    if (const QString error = writeAudio(in, music); !error.isEmpty()) {
        out << error << Qt::endl;
        return false;
    }
    const double null = best([&] {
        const AudioRead read = readAudio(in);
        (void)writeAudio(dir.filePath(QStringLiteral("null.wav")), *read.audio);
    });
    RenderReport report;
    double renderOnly = 0;
    const double full = best([&] {
        AudioRead read = readAudio(in);
        normaliseRms(*read.audio);
        const AnalysisResult result = analyze(chain);
        QElapsedTimer timer;
        timer.start();
        report = Renderer(renderPath(chain, result, chain.indexOf(u"a"))).render(*read.audio);
        renderOnly = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
        (void)writeAudio(dir.filePath(QStringLiteral("headroom.wav")), *read.audio);
    });
    out << QStringLiteral("null pass (libsndfile read + write):     %1 s  %2x real time\n").arg(null, 0, 'f', 3).arg(kSeconds / null, 0, 'f', 0)
        << QStringLiteral("headroom (read + render + write):       %1 s  %2x real time\n").arg(full, 0, 'f', 3).arg(kSeconds / full, 0, 'f', 0)
        << QStringLiteral("headroom render alone (last run):       %1 s  %2x real time\n")
               .arg(renderOnly, 0, 'f', 3)
               .arg(kSeconds / renderOnly, 0, 'f', 0)
        << QStringLiteral("rendered average %1 dB SPL, %2 clip stages\n").arg(report.averageSpl, 0, 'f', 1).arg(report.clipping.size());
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QDir dir(argc > 1 && argv[1][0] != '-' ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath());
    if (QCoreApplication::arguments().contains(QStringLiteral("--hour")))
        return hour(dir, out);
    const Chain chain = ampSplitterTwoHeadphones();
    const QStringList only = QCoreApplication::arguments().mid(2); // programme keys to run, all (and the file) when none
    if (only.isEmpty() && !fileRender(dir, chain, out))
        return 1;
    const RenderPath path = renderPath(chain, analyze(chain), chain.indexOf(u"a"));
    const Renderer renderer(path);
    for (Programme m : {Programme::Speech, Programme::Music, Programme::PinkNoise, Programme::Sweep, Programme::Tone}) {
        if (!only.isEmpty() && !only.contains(QLatin1StringView(programmeKey(m))))
            continue;
        double generation = 0, rendering = 0;
        const double both = best([&] {
            QElapsedTimer timer;
            timer.start();
            AudioBuffer audio = generateProgramme(m, kSeconds);
            generation = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
            (void)renderer.render(audio);
            rendering = static_cast<double>(timer.nsecsElapsed()) * 1e-9 - generation;
        });
        out << QStringLiteral("%1 generated + rendered:%2 %3 s  %4x real time (generation alone %5x, rendering %6x)\n")
                   .arg(QLatin1StringView(programmeKey(m)))
                   .arg(QString(12 - static_cast<int>(qstrlen(programmeKey(m))), u' '))
                   .arg(both, 0, 'f', 3)
                   .arg(kSeconds / both, 0, 'f', 0)
                   .arg(kSeconds / generation, 0, 'f', 0)
                   .arg(kSeconds / rendering, 0, 'f', 0);
    }
    return 0;
}
