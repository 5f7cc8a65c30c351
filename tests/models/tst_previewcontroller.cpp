// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The preview panel's controller: renders in the background with progress, an A/B against a saved variant that is
// level-honest (the rendered difference equals the computed SPL difference, ±0.1 dB) or level-matched (±0.1 dB),
// cancel, export, and clear messages for bad input or a missing audio device.

#include "analysis.h"
#include "audiofile.h"
#include "preview.h"
#include "previewcontroller.h"
#include "projectfile.h"
#include "renderer.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;

namespace {

const QUrl kDirect = QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/01-interface-studio-headphones.headroom"));
const QUrl kSplitter = QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/03-y-splitter-two-headphones.headroom"));
/// A 50 Ω output into the DT 990 PRO's impedance curve: a response up 0.4 dB near 90 Hz.
const QUrl kTilted = QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/02-interface-250-ohm-headphones.headroom"));

/// The engine's average SPL at the M50x in a project: what the render must reproduce.
double computedSpl(const QUrl &project)
{
    const Chain chain = *loadProject(project.toLocalFile()).chain();
    return renderPath(chain, analyze(chain), findListener(chain, QStringLiteral("m50x"))).averageSpl;
}

double measuredSpl(const AudioBuffer &audio, double referenceSpl)
{
    std::vector<float> all;
    for (const auto &channel : audio.channels)
        all.insert(all.end(), channel.begin(), channel.end());
    return renderedSpl(all.data(), all.size(), referenceSpl);
}

/// The direct example open, its preview set to a one-second tone.
struct TonePreview {
    TonePreview()
    {
        project.open(kDirect);
        preview.setProject(&project);
        preview.setProgramme(QStringLiteral("tone"));
        preview.setSeconds(1);
    }
    ProjectController project;
    PreviewController preview;
};

/// Two seconds of pink noise on the M50x of `project`.
void listenToPinkNoise(PreviewController &preview, ProjectController &project)
{
    preview.setProject(&project);
    preview.setListener(QStringLiteral("m50x"));
    preview.setProgramme(QStringLiteral("pink-noise"));
    preview.setSeconds(2);
}

bool renderAndWait(PreviewController &preview)
{
    QSignalSpy finished(&preview, &PreviewController::renderFinished);
    preview.render();
    return finished.wait(30000);
}

} // namespace

class TestPreviewController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void abIsLevelHonest_data();
    void abIsLevelHonest();
    void levelMatchIsOnWhatIsHeard();
    void abBetweenVariants();
    void cancelKeepsThePreviousRender();
    void newOrOpenStartsAfresh();
    void badInputIsReported();
    void exportWritesTheChosenSide();
    void playWithoutDeviceSaysSo();
};

void TestPreviewController::abIsLevelHonest_data()
{
    QTest::addColumn<bool>("levelMatch");
    QTest::newRow("level-honest") << false;
    QTest::newRow("level-matched") << true;
}

void TestPreviewController::abIsLevelHonest()
{
    QFETCH(bool, levelMatch);
    ProjectController project;
    QVERIFY(project.open(kDirect));
    PreviewController preview;
    listenToPinkNoise(preview, project);
    preview.setVariantUrl(kSplitter);
    preview.setLevelMatch(levelMatch);
    QSignalSpy state(&preview, &PreviewController::stateChanged);
    QVERIFY(renderAndWait(preview));
    QVERIFY2(preview.error().isEmpty(), qPrintable(preview.error()));
    QVERIFY(preview.rendered());
    QVERIFY(preview.hasVariant());
    QCOMPARE(preview.progress(), 1.0);
    QVERIFY(state.count() >= 2); // busy, then done
    QVERIFY(preview.summaryA().contains(QStringLiteral("dB SPL")));

    const double a = measuredSpl(*preview.renders().a, preview.referenceSpl());
    const double b = measuredSpl(*preview.renders().b, preview.referenceSpl());
    QVERIFY(std::abs(a - computedSpl(kDirect)) < 0.1);
    const double computedGap = computedSpl(kDirect) - computedSpl(kSplitter);
    QVERIFY2(computedGap > 1, "the splitter costs level"); // otherwise this test would prove nothing
    QVERIFY2(std::abs((a - b) - (levelMatch ? 0.0 : computedGap)) < 0.1, qPrintable(QStringLiteral("A %1, B %2").arg(a).arg(b)));
}

void TestPreviewController::levelMatchIsOnWhatIsHeard()
{
    // Pink noise through the tilted response is 0.13 dB louder than its 1 kHz figure; matched, A and B play at the
    // same measured level all the same (±0.01 dB).
    ProjectController project;
    QVERIFY(project.open(kDirect));
    PreviewController preview;
    listenToPinkNoise(preview, project);
    preview.setVariantUrl(kTilted);
    preview.setLevelMatch(true);
    QVERIFY(renderAndWait(preview));
    QVERIFY2(preview.error().isEmpty(), qPrintable(preview.error()));
    const double a = measuredSpl(*preview.renders().a, preview.referenceSpl());
    const double b = measuredSpl(*preview.renders().b, preview.referenceSpl());
    QVERIFY2(std::abs(a - b) < 0.01, qPrintable(QStringLiteral("A %1, B %2").arg(a).arg(b)));
}

void TestPreviewController::abBetweenVariants()
{
    // B is another variant of the open project: the direct chain as A, and a copy of it
    // changed to put a second listener on a Y-splitter as B. The rendered difference is the computed one, as for a
    // saved file.
    ProjectController project;
    QVERIFY(project.open(kDirect));
    project.duplicateVariant();
    project.switchVariant(0);
    PreviewController preview;
    listenToPinkNoise(preview, project);
    preview.setVariantUrl(kSplitter);
    preview.setCompareVariant(1);
    QVERIFY(preview.variantUrl().isEmpty()); // one B at a time
    QCOMPARE(preview.variantName(), QStringLiteral("Variant 2"));
    // The second variant is the direct chain too until it changes: B plays what A plays.
    QVERIFY(renderAndWait(preview));
    QVERIFY2(preview.error().isEmpty(), qPrintable(preview.error()));
    QVERIFY(preview.hasVariant());
    const double a = measuredSpl(*preview.renders().a, preview.referenceSpl());
    const double b = measuredSpl(*preview.renders().b, preview.referenceSpl());
    QVERIFY2(std::abs(a - b) < 0.05, qPrintable(QStringLiteral("A %1, B %2").arg(a).arg(b)));
    // Now B loses level to a second listener on its headphone output, as computed.
    project.switchVariant(1);
    const QString second = project.session()->addGear(QStringLiteral("beyerdynamic-dt-770-pro-80"), 400, 300);
    const QString split = project.session()->addGear(QStringLiteral("generic-y-splitter-3-5mm-1x2"), 200, 300);
    QVERIFY(!second.isEmpty() && !split.isEmpty());
    project.session()->disconnectInput(QStringLiteral("m50x"), QStringLiteral("in"));
    QVERIFY(project.session()->connectPorts(QStringLiteral("scarlett"), QStringLiteral("hp1"), split, QStringLiteral("in")));
    QVERIFY(project.session()->connectPorts(split, QStringLiteral("out1"), QStringLiteral("m50x"), QStringLiteral("in")));
    QVERIFY(project.session()->connectPorts(split, QStringLiteral("out2"), second, QStringLiteral("in")));
    const Chain splitChain = project.currentChain();
    project.switchVariant(0);
    preview.setCompareVariant(-1);
    preview.setCompareVariant(1);
    QVERIFY(renderAndWait(preview));
    QVERIFY2(preview.error().isEmpty(), qPrintable(preview.error()));
    const double computedGap =
        computedSpl(kDirect) - renderPath(splitChain, analyze(splitChain), findListener(splitChain, QStringLiteral("m50x"))).averageSpl;
    QVERIFY2(computedGap > 1, "the splitter costs level"); // otherwise this test would prove nothing
    const double a2 = measuredSpl(*preview.renders().a, preview.referenceSpl());
    const double b2 = measuredSpl(*preview.renders().b, preview.referenceSpl());
    QVERIFY2(std::abs((a2 - b2) - computedGap) < 0.1, qPrintable(QStringLiteral("A %1, B %2, computed gap %3").arg(a2).arg(b2).arg(computedGap)));
}

void TestPreviewController::cancelKeepsThePreviousRender()
{
    TonePreview tone;
    PreviewController &preview = tone.preview;
    QVERIFY(renderAndWait(preview));
    const auto first = preview.renders().a;
    QVERIFY(first);

    preview.setSeconds(600);
    QSignalSpy finished(&preview, &PreviewController::renderFinished);
    preview.render();
    QVERIFY(preview.busy());
    preview.cancel();
    QVERIFY(finished.wait(30000));
    QCOMPARE(preview.error(), QStringLiteral("Cancelled"));
    QCOMPARE(preview.renders().a, first); // still there to play and export
}

void TestPreviewController::newOrOpenStartsAfresh()
{
    TonePreview tone;
    ProjectController &project = tone.project;
    PreviewController &preview = tone.preview;
    preview.setVariantUrl(kSplitter);
    QVERIFY(renderAndWait(preview));
    QVERIFY(preview.hasVariant());
    preview.setPlayingB(true);
    preview.setProgramme(QStringLiteral("file"));
    preview.render(); // no file chosen: an error
    QVERIFY(!preview.error().isEmpty());

    const auto isFresh = [&preview] {
        return !preview.rendered() && !preview.hasVariant() && preview.variantUrl().isEmpty() && preview.error().isEmpty() && !preview.playingB()
            && preview.summaryA().isEmpty();
    };
    project.newProject();
    QVERIFY(isFresh());

    // A render of the old project still running when another opens is dropped, not shown.
    QVERIFY(project.open(kDirect));
    preview.setProgramme(QStringLiteral("tone"));
    preview.setSeconds(600);
    QSignalSpy finished(&preview, &PreviewController::renderFinished);
    preview.render();
    QVERIFY(project.open(kSplitter));
    QVERIFY(finished.wait(30000));
    QVERIFY(isFresh());
    QVERIFY(!preview.busy());
}

void TestPreviewController::badInputIsReported()
{
    ProjectController project;
    QVERIFY(project.open(kDirect));
    PreviewController preview;
    preview.setProject(&project);
    preview.setProgramme(QStringLiteral("file"));
    preview.render();
    QVERIFY(preview.error().contains(QStringLiteral("audio file"))); // no file chosen
    preview.setInputFile(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/README.md")));
    QVERIFY(renderAndWait(preview));
    QVERIFY2(preview.error().contains(QStringLiteral("README.md")), qPrintable(preview.error()));
    QVERIFY(!preview.rendered());

    preview.setProgramme(QStringLiteral("tone"));
    preview.setVariantUrl(QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/05-sm7b-on-56-db-preamp.headroom")));
    QVERIFY(renderAndWait(preview));
    QVERIFY2(preview.error().contains(QStringLiteral("no headphones")), qPrintable(preview.error()));

    project.newProject();
    preview.setVariantUrl({});
    QVERIFY(renderAndWait(preview));
    QVERIFY2(preview.error().contains(QStringLiteral("Add headphones")), qPrintable(preview.error()));
}

void TestPreviewController::exportWritesTheChosenSide()
{
    ProjectController project;
    QVERIFY(project.open(kDirect));
    PreviewController preview;
    preview.setProject(&project);
    QVERIFY(!preview.exportTo(QUrl::fromLocalFile(QStringLiteral("/tmp/never.wav"))));
    QVERIFY(preview.error().contains(QStringLiteral("Render")));
    preview.setProgramme(QStringLiteral("sweep"));
    preview.setSeconds(1);
    preview.setVariantUrl(kSplitter);
    QVERIFY(renderAndWait(preview));

    QTemporaryDir dir;
    preview.setPlayingB(true);
    const QString b = dir.filePath(QStringLiteral("b.flac"));
    QVERIFY2(preview.exportTo(QUrl::fromLocalFile(b)), qPrintable(preview.error()));
    const AudioRead read = readAudio(b);
    QVERIFY(read.audio);
    QCOMPARE(read.audio->frames(), preview.renders().b->frames());
    // FLAC is 24-bit: the level survives to well within 0.01 dB.
    QVERIFY(std::abs(measuredSpl(*read.audio, 110) - measuredSpl(*preview.renders().b, 110)) < 0.01);
    QVERIFY(!preview.exportTo(QUrl::fromLocalFile(dir.filePath(QStringLiteral("b.xyz")))));
    QVERIFY(!preview.error().isEmpty());
}

void TestPreviewController::playWithoutDeviceSaysSo()
{
    if (PreviewController::audioOutputAvailable())
        QSKIP("this machine has an audio output");
    ProjectController project;
    QVERIFY(project.open(kDirect));
    PreviewController preview;
    preview.setProject(&project);
    preview.play();
    QVERIFY(!preview.playing());
    QVERIFY(preview.error().contains(QStringLiteral("no audio output")));
}

QTEST_MAIN(TestPreviewController)
#include "tst_previewcontroller.moc"
