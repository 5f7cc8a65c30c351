// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The renderer measured on its output: levels against the engine's SPL, clipped samples against the predicted
// headroom, the noise floor against the computed hiss, and the response read from a rendered sweep against the
// computed deviation. Chains are built so that the expected figure is also known by hand (written beside each row).

#include "audiofile.h"
#include "chainbuilder.h"
#include "impedance.h"
#include "programme.h"
#include "projectfile.h"
#include "renderer.h"
#include "units.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace headroom;
using namespace headroom::test;
using namespace headroom::units;

namespace {

constexpr double kSeconds = 4.0;
constexpr double kRate = 48000.0;

/// A player's headphone output (2 V open circuit, Zo, optional current limit) into one pair of headphones.
ChainBuilder playerInto(double outputOhm, double phonesOhm, double dbPerV, double volumeDb, double levelDbfs, double maxCurrentMa = 0)
{
    ChainBuilder b;
    b.add(QStringLiteral("src"), playerOutput(2.0, outputOhm, maxCurrentMa))
        .add(QStringLiteral("phones"), phonesPerVolt(phonesOhm, dbPerV))
        .connect(QStringLiteral("src.hp1"), QStringLiteral("phones.in"));
    b.settings(QStringLiteral("src")).programme = Programme::Music;
    b.settings(QStringLiteral("src")).levelDbfs = levelDbfs;
    b.port(QStringLiteral("src"), QStringLiteral("hp1")).volumeDb = volumeDb;
    return b;
}

struct Rendered {
    AudioBuffer audio;
    RenderReport report;
    RenderPath path;
};

Rendered render(const ChainBuilder &b, AudioBuffer programme, const QString &listener = QStringLiteral("phones"))
{
    const AnalysisResult result = b.analyze();
    Rendered r{std::move(programme), {}, renderPath(b.chain(), result, b.chain().indexOf(listener))};
    r.report = Renderer(r.path).render(r.audio);
    return r;
}

double splOf(const std::vector<float> &x, std::size_t from = 0, std::size_t count = SIZE_MAX)
{
    count = std::min(count, x.size() - from);
    return renderedSpl(x.data() + from, count, RenderOptions{}.referenceSpl);
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private slots:
    void levelFollowsComputedSpl_data();
    void levelFollowsComputedSpl();
    void levelDifferenceBetweenChains_data();
    void levelDifferenceBetweenChains();
    void clippingWherePredicted_data();
    void clippingWherePredicted();
    void mixRendersAsAMix_data();
    void mixRendersAsAMix();
    void noiseFloorIsComputedHiss_data();
    void noiseFloorIsComputedHiss();
    void sweepFollowsComputedResponse_data();
    void sweepFollowsComputedResponse();
    void channelsRenderOnTheirOwn();
    void programmeCalibration_data();
    void programmeCalibration();
    void badFilesAreErrors_data();
    void badFilesAreErrors();
    void fileRoundTripFoldsToStereo();
};

void TestRender::mixRendersAsAMix_data()
{
    QTest::addColumn<QString>("listener");
    // The podcast example: the computer's music and two hosts' speech on the Scarlett's monitor bus, each at
    // −18 dBFS RMS, so the mix is 10·log10(3) = 4.77 dB above the music alone (hand value, powers add).
    for (const char *id : {"phones1", "phones3"}) // one of each pair: an ATH-M50x and a DT 770 PRO 80 Ω
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestRender::mixRendersAsAMix()
{
    QFETCH(QString, listener);
    const ProjectLoad load = loadProject(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/04-podcast-distribution-amp.headroom"));
    QVERIFY(load.chain());
    const AnalysisResult result = analyze(*load.chain());
    const RenderPath path = renderPath(*load.chain(), result, load.chain()->indexOf(listener));
    QCOMPARE(path.branches.size(), std::size_t{2}); // the two microphones join the music
    for (const RenderBranch &branch : path.branches)
        QCOMPARE(branch.path.programme, Programme::Speech);

    AudioBuffer mix = generateProgramme(Programme::Music, kSeconds, kRate);
    const RenderReport report = Renderer(path).render(mix);
    // The listener hears the computed level (tolerance 0.1 dB: the programmes' RMS over 4 s, and their chance
    // correlation), and every stage of every source is in the report.
    QVERIFY2(std::abs(report.averageSpl - path.averageSpl) < 0.1, qPrintable(QString::number(report.averageSpl - path.averageSpl)));
    // mic1.sound, scarlett.in1, mic2.sound, scarlett.in2, daw.usb, the Scarlett's monitor mix (its DAC), line out, amp out
    QCOMPARE(report.clipping.size(), std::size_t{8});
    const auto mixClip = std::find_if(report.clipping.begin(), report.clipping.end(), [&](const StageClipping &c) {
        return load.chain()->devices[static_cast<std::size_t>(c.device)].spec.kind() == DeviceKind::Interface
            && load.chain()->devices[static_cast<std::size_t>(c.device)].ports[static_cast<std::size_t>(c.port)].id == u"usb";
    });
    QVERIFY(mixClip != report.clipping.end());
    QCOMPARE(mixClip->clip, ClipKind::Hard);
    QCOMPARE(mixClip->clipPeak, std::sqrt(2.0)); // a full-scale sine's peak, in full-scale units (physics.md §0)
    for (const StageClipping &stage : report.clipping)
        if (load.chain()->devices[static_cast<std::size_t>(stage.device)].spec.kind() == DeviceKind::Microphone)
            QCOMPARE(stage.clippedSamples, std::int64_t{0}); // speech at 3 in. is far from the SM7B's limit

    RenderPath musicAlone = path;
    musicAlone.branches.clear();
    AudioBuffer alone = generateProgramme(Programme::Music, kSeconds, kRate);
    const double without = Renderer(musicAlone).render(alone).averageSpl;
    QVERIFY2(std::abs(report.averageSpl - without - 10 * std::log10(3.0)) < 0.1, qPrintable(QString::number(report.averageSpl - without)));
}

void TestRender::levelFollowsComputedSpl_data()
{
    QTest::addColumn<double>("volumeDb");
    QTest::addColumn<int>("programme");
    // Hand value: V_node = 2 V·10^((level+vol)/20)·32/(32+Zo); SPL = 100 + 20·log10(V_node).
    QTest::newRow("music −18 dBFS, full volume") << 0.0 << static_cast<int>(Programme::Music);
    QTest::newRow("speech, −12 dB volume") << -12.0 << static_cast<int>(Programme::Speech);
    QTest::newRow("pink noise, −6 dB volume") << -6.0 << static_cast<int>(Programme::PinkNoise);
    QTest::newRow("1 kHz tone, −20 dB volume") << -20.0 << static_cast<int>(Programme::Tone);
}

void TestRender::levelFollowsComputedSpl()
{
    QFETCH(double, volumeDb);
    QFETCH(int, programme);
    const ChainBuilder b = playerInto(10, 32, 100, volumeDb, -18);
    const Rendered r = render(b, generateProgramme(static_cast<Programme>(programme), kSeconds, kRate));
    const double expected = 100 + amplitudeDb(2.0 * amplitudeRatio(-18 + volumeDb) * 32.0 / 42.0);
    QVERIFY(std::abs(r.path.averageSpl - expected) < 0.01); // the engine agrees with the hand value
    // ±0.1 dB: the rendered RMS in dB SPL is the engine's average SPL (noise is 100 dB below; float rounding).
    QVERIFY2(std::abs(r.report.averageSpl - expected) < 0.1, qPrintable(QString::number(r.report.averageSpl - expected)));
}

void TestRender::levelDifferenceBetweenChains_data()
{
    QTest::addColumn<double>("volumeA");
    QTest::addColumn<double>("zoA");
    QTest::addColumn<double>("volumeB");
    QTest::addColumn<double>("zoB");
    QTest::addColumn<double>("expectedDb"); // B − A, by hand from the divider 32/(32+Zo) and the volume
    QTest::newRow("6 dB less volume") << 0.0 << 1.0 << -6.0 << 1.0 << -6.0;
    QTest::newRow("75 Ω source instead of 1 Ω") << 0.0 << 1.0 << 0.0 << 75.0 << amplitudeDb((32.0 / 107.0) / (32.0 / 33.0));
    QTest::newRow("quieter chain, louder volume") << -10.0 << 10.0 << -3.0 << 50.0 << 7.0 + amplitudeDb((32.0 / 82.0) / (32.0 / 42.0));
}

void TestRender::levelDifferenceBetweenChains()
{
    QFETCH(double, volumeA);
    QFETCH(double, zoA);
    QFETCH(double, volumeB);
    QFETCH(double, zoB);
    QFETCH(double, expectedDb);
    const AudioBuffer programme = generateProgramme(Programme::Music, kSeconds, kRate);
    const Rendered a = render(playerInto(zoA, 32, 100, volumeA, -18), programme);
    const Rendered b = render(playerInto(zoB, 32, 100, volumeB, -18), programme);
    QVERIFY(std::abs((b.path.averageSpl - a.path.averageSpl) - expectedDb) < 0.01);
    // ±0.1 dB: the A/B difference heard equals the computed SPL difference.
    const double measured = b.report.averageSpl - a.report.averageSpl;
    QVERIFY2(std::abs(measured - expectedDb) < 0.1, qPrintable(QString::number(measured - expectedDb)));
}

void TestRender::clippingWherePredicted_data()
{
    QTest::addColumn<double>("levelDbfs");
    QTest::addColumn<double>("volumeDb");
    QTest::addColumn<double>("currentFactor"); // current ceiling over the voltage ceiling at the node; 0: none
    QTest::addColumn<bool>("digitalClips");
    QTest::addColumn<bool>("outputClips");
    // Full scale is the RMS of a full-scale sine (physics.md §0), so the digital limit is a peak of +3.01 dBFS, and
    // music's peaks (crest 18 dB) sit at level + 18 dBFS: digital headroom = 3.01 − (level + 18). The node's clean
    // limit is the full-scale sine (2 V·32/34) times the current factor; its headroom is 20·log10(factor) − (level +
    // 18 − 3.01 + volume), with the level taken at most at the digital limit.
    QTest::newRow("clean: 1 dB below both limits") << -16.0 << 0.0 << 0.0 << false << false;
    QTest::newRow("digital peaks 1 dB over, output 1.5 dB below") << -14.0 << -1.5 << 0.0 << true << false;
    QTest::newRow("current limit 0.4 dB below the peaks") << -16.0 << 0.0 << 0.85 << false << true;
    QTest::newRow("current limit 1.5 dB above the peaks") << -16.0 << 0.0 << 1.06 << false << false;
    QTest::newRow("digital 1 dB over, current limit 1.9 dB under") << -14.0 << 0.0 << 0.8 << true << true;
}

void TestRender::clippingWherePredicted()
{
    QFETCH(double, levelDbfs);
    QFETCH(double, volumeDb);
    QFETCH(double, currentFactor);
    QFETCH(bool, digitalClips);
    QFETCH(bool, outputClips);
    const double fullScaleNode = 2.0 * 32.0 / 34.0;
    const double maxMa = currentFactor > 0 ? currentFactor * fullScaleNode / 32.0 * 1000.0 : 0.0;
    const ChainBuilder b = playerInto(2, 32, 100, volumeDb, levelDbfs, maxMa);
    const AnalysisResult result = b.analyze();
    const PortResult &usb = result.port(0, 0);
    const PortResult &hp = result.port(0, 1);
    QCOMPARE(usb.headroomDb < 0, digitalClips); // the engine predicts what the row says
    QCOMPARE(hp.headroomDb < 0, outputClips);
    const Rendered r = render(b, generateProgramme(Programme::Music, kSeconds, kRate));
    // Non-zero exactly where clipping is predicted (the programme's sample peak is its crest factor exactly).
    QCOMPARE(r.report.clipping.size(), std::size_t{2});
    QCOMPARE(r.report.clipping[0].clippedSamples > 0, digitalClips);
    QCOMPARE(r.report.clipping[0].clip, ClipKind::Hard);
    QCOMPARE(r.report.clipping[1].clippedSamples > 0, outputClips);
    QCOMPARE(r.report.clipping[1].clip, ClipKind::Soft);
    // Nothing leaves a clipping stage above its limit: the rendered peak stays at or below the node's clean peak.
    float peak = 0;
    for (float v : r.audio.channels[0])
        peak = std::max(peak, std::abs(v));
    const double limitSpl = 100 + amplitudeDb(r.report.clipping[1].clipPeak / kSqrt2);
    QVERIFY(Renderer::splOfRms(peak / kSqrt2, RenderOptions{}.referenceSpl) <= limitSpl + 0.05);
}

void TestRender::noiseFloorIsComputedHiss_data()
{
    QTest::addColumn<double>("volumeDb");
    QTest::addColumn<double>("dbPerV");
    QTest::addColumn<double>("expectedHiss");
    // The player's output noise is 2 V·10^(−120/20) = 2 µV open circuit, after the volume control; at the phones
    // ×32/42: hiss = S_V + 20·log10(2e-6·32/42) (physics.md §7).
    const double node = amplitudeDb(2e-6 * 32.0 / 42.0);
    QTest::newRow("studio headphones 100 dB/V") << 0.0 << 100.0 << 100 + node;
    QTest::newRow("sensitive IEM 133 dB/V") << 0.0 << 133.0 << 133 + node;
    QTest::newRow("volume does not change the floor") << -30.0 << 120.0 << 120 + node;
}

void TestRender::noiseFloorIsComputedHiss()
{
    QFETCH(double, volumeDb);
    QFETCH(double, dbPerV);
    QFETCH(double, expectedHiss);
    const ChainBuilder b = playerInto(10, 32, dbPerV, volumeDb, -18);
    AudioBuffer silence = generateProgramme(Programme::Tone, kSeconds, kRate);
    for (auto &channel : silence.channels)
        std::fill(channel.begin(), channel.end(), 0.0f);
    const Rendered r = render(b, silence);
    QVERIFY(std::abs(r.path.hissSpl - expectedHiss) < 0.01);
    // ±0.5 dB (the statistical error of 192,000 Gaussian samples is ±0.03 dB).
    for (const auto &channel : r.audio.channels)
        QVERIFY2(std::abs(splOf(channel) - expectedHiss) < 0.5, qPrintable(QString::number(splOf(channel) - expectedHiss)));
}

void TestRender::sweepFollowsComputedResponse_data()
{
    QTest::addColumn<double>("hz");
    for (double hz : {40.0, 63.0, 100.0, 160.0, 400.0, 2500.0, 6300.0, 12500.0})
        QTest::newRow(qPrintable(QStringLiteral("%1 Hz").arg(hz))) << hz;
}

void TestRender::sweepFollowsComputedResponse()
{
    QFETCH(double, hz);
    // A dynamic headphone's bass resonance (physics.md §4: 300 → 600 Ω at 80 Hz) and a rising top, on a 120 Ω source
    // (IEC 61938): the node's level follows |Z/(Z+Zo)|.
    Chain chain = playerInto(120, 300, 100, -10, -18).chain();
    chain.device(QStringLiteral("phones"))
        ->spec.setImpedanceCurve({{20, 320, 0}, {80, 600, 0}, {300, 310, 0}, {1000, 300, 0}, {5000, 330, 0}, {20000, 500, 0}});
    const AnalysisResult result = analyze(chain);
    const ListenerResult *l = result.listener(chain.indexOf(u"phones"));
    QVERIFY(l && l->responseCurveDb);
    const auto &grid = frequencyGrid();
    const auto k = static_cast<std::size_t>(
        std::min_element(grid.begin(), grid.end(), [hz](double a, double c) { return std::abs(std::log(a / hz)) < std::abs(std::log(c / hz)); })
        - grid.begin());
    const double computed = (*l->responseCurveDb)[k];
    // Independent: |Z/(Z+120)| at the grid point vs at 1 kHz.
    const Complex z = impedanceAt(chain.device(u"phones")->spec.impedanceCurve(), 300, grid[k]);
    QVERIFY(std::abs(computed - amplitudeDb(std::abs(z / (z + 120.0)) / (300.0 / 420.0))) < 0.01);

    constexpr double kSweepSeconds = 20.0;
    AudioBuffer programme = generateProgramme(Programme::Sweep, kSweepSeconds, kRate, 1);
    const AudioBuffer dry = programme;
    const RenderPath path = renderPath(chain, result, chain.indexOf(u"phones"));
    Renderer(path).render(programme);
    // The sweep passes a 1/12-octave window around the frequency; rendered level minus dry level there, minus the
    // same at 1 kHz, is the response (±0.2 dB).
    const auto windowDb = [&](double f) {
        const double t = kSweepSeconds * std::log(f / 20.0) / std::log(1000.0);
        const double half = kSweepSeconds * std::log(std::pow(2.0, 1.0 / 24)) / std::log(1000.0);
        const auto from = static_cast<std::size_t>((t - half) * kRate);
        const auto count = static_cast<std::size_t>(2 * half * kRate);
        return splOf(programme.channels[0], from, count) - splOf(dry.channels[0], from, count);
    };
    const double measured = windowDb(grid[k]) - windowDb(kReferenceHz);
    QVERIFY2(std::abs(measured - computed) < 0.2, qPrintable(QStringLiteral("measured %1, computed %2").arg(measured).arg(computed)));
}

void TestRender::channelsRenderOnTheirOwn()
{
    // Each channel renders on its own, on a core of its own where there is one: a render repeats bit for bit, the
    // first channel of a stereo render is the mono render of that channel, and the clip counts add over the channels.
    // The chain clips digitally and softly (the current limit 1.9 dB under the peaks) and filters (a headphone's curve).
    const double maxMa = 0.8 * 2.0 * 32.0 / 34.0 / 32.0 * 1000.0;
    Chain chain = playerInto(2, 32, 100, 0, -14, maxMa).chain();
    chain.device(QStringLiteral("phones"))->spec.setImpedanceCurve({{20, 40, 0}, {80, 60, 0}, {1000, 32, 0}, {20000, 50, 0}});
    const RenderPath path = renderPath(chain, analyze(chain), chain.indexOf(u"phones"));
    AudioBuffer stereo = generateProgramme(Programme::Music, kSeconds, kRate, 2);
    AudioBuffer again = stereo;
    AudioBuffer mono;
    mono.sampleRate = kRate;
    mono.channels = {stereo.channels[0]};
    const RenderReport both = Renderer(path).render(stereo);
    const RenderReport repeated = Renderer(path).render(again);
    const RenderReport first = Renderer(path).render(mono);
    QVERIFY(again.channels == stereo.channels);
    QVERIFY(mono.channels[0] == stereo.channels[0]);
    QCOMPARE(both.clipping.size(), std::size_t{2});
    for (std::size_t i = 0; i < both.clipping.size(); ++i) {
        QCOMPARE(repeated.clipping[i].clippedSamples, both.clipping[i].clippedSamples);
        QVERIFY(first.clipping[i].clippedSamples > 0);
        QVERIFY(both.clipping[i].clippedSamples > first.clipping[i].clippedSamples); // the second channel clips too
    }
}

void TestRender::programmeCalibration_data()
{
    QTest::addColumn<int>("programme");
    QTest::addColumn<double>("crestDb"); // what the engine assumes (chain.h programCrestDb, physics.md §0, §3)
    QTest::newRow("speech") << static_cast<int>(Programme::Speech) << 12.0;
    QTest::newRow("music") << static_cast<int>(Programme::Music) << 18.0;
    QTest::newRow("pink noise") << static_cast<int>(Programme::PinkNoise) << 12.0;
    QTest::newRow("sweep") << static_cast<int>(Programme::Sweep) << 3.0103;
    QTest::newRow("tone") << static_cast<int>(Programme::Tone) << 3.0103;
}

void TestRender::programmeCalibration()
{
    QFETCH(int, programme);
    QFETCH(double, crestDb);
    const AudioBuffer a = generateProgramme(static_cast<Programme>(programme), kSeconds, kRate);
    QCOMPARE(a.channels.size(), std::size_t{2});
    for (const auto &channel : a.channels) {
        float peak = 0;
        for (float v : channel)
            peak = std::max(peak, std::abs(v));
        QVERIFY(std::abs(splOf(channel) - RenderOptions{}.referenceSpl - kSineCrestDb) < 0.01);                 // RMS 1.0 (±0.01 dB)
        QVERIFY2(std::abs(amplitudeDb(peak) - crestDb) < 0.01, qPrintable(QString::number(amplitudeDb(peak)))); // crest ±0.01 dB
    }
    const AudioBuffer again = generateProgramme(static_cast<Programme>(programme), kSeconds, kRate);
    QVERIFY(again.channels == a.channels); // reproducible from the seed
}

void TestRender::badFilesAreErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QByteArray random(4096, '\0');
    for (int i = 0; i < random.size(); ++i)
        random[i] = static_cast<char>((i * 7919 + 13) % 251);
    QTest::newRow("empty") << QStringLiteral("empty.wav") << QByteArray();
    QTest::newRow("truncated WAV header") << QStringLiteral("cut.wav") << QByteArray("RIFF\x24\x00\x00\x00WAVEfmt ", 16);
    QTest::newRow("random bytes") << QStringLiteral("noise.flac") << random;
    QTest::newRow("text named .wav") << QStringLiteral("notes.wav") << QByteArray("these are not samples\n");
    QTest::newRow("unsupported extension") << QStringLiteral("song.mp3") << random;
    QTest::newRow("missing file") << QStringLiteral("absent.wav") << QByteArray("<absent>");
}

void TestRender::badFilesAreErrors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    if (content != "<absent>") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const AudioRead read = readAudio(path);
    QVERIFY(!read.audio);
    QVERIFY2(read.error.contains(path), qPrintable(read.error));
}

void TestRender::fileRoundTripFoldsToStereo()
{
    QTemporaryDir dir;
    AudioBuffer mono = generateProgramme(Programme::Tone, 0.5, 44100, 1);
    for (float &v : mono.channels[0])
        v *= 0.5f; // inside 24-bit full scale
    const QString flac = dir.filePath(QStringLiteral("mono.flac"));
    QVERIFY(writeAudio(flac, mono).isEmpty());
    const AudioRead read = readAudio(flac);
    QVERIFY2(read.audio, qPrintable(read.error));
    QCOMPARE(read.audio->sampleRate, 44100.0);
    QCOMPARE(read.audio->channels.size(), std::size_t{2}); // mono plays on both sides
    QCOMPARE(read.audio->frames(), mono.frames());
    for (std::size_t i = 0; i < mono.frames(); i += 97)
        QVERIFY(std::abs(read.audio->channels[1][i] - mono.channels[0][i]) < 1e-6f); // 24-bit: ±2^−23
    // A WAV cut short inside its data still reads what is there.
    const QString wav = dir.filePath(QStringLiteral("cut.wav"));
    QVERIFY(writeAudio(wav, mono).isEmpty());
    QFile f(wav);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.resize(f.size() / 2);
    f.close();
    const AudioRead cut = readAudio(wav);
    QVERIFY2(cut.audio, qPrintable(cut.error));
    QVERIFY(cut.audio->frames() > 0 && cut.audio->frames() < mono.frames());
    QVERIFY(!writeAudio(dir.filePath(QStringLiteral("out.mp3")), mono).isEmpty());
}

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
