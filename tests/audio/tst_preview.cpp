// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the CLI and the app share around a render: which headphones an A/B compares, the programme a preview plays,
// and a render that leaves the programme as it was for the other side of the comparison.

#include "chainbuilder.h"
#include "audiofile.h"
#include "preview.h"
#include "projectfile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace headroom;
using namespace headroom::test;

namespace {

/// A player and the named headphones, each with its listener name; unconnected, as only their names matter here.
Chain listeners(const QList<std::pair<QString, QString>> &phones)
{
    ChainBuilder b;
    b.add(QStringLiteral("pc"), playerOutput(1, 10));
    for (const auto &[id, listener] : phones) {
        b.add(id, phonesPerVolt(32, 100));
        b.settings(id).listener = listener;
    }
    return b.chain();
}

} // namespace

class TestPreview : public QObject
{
    Q_OBJECT

private slots:
    void matchingListener_data()
    {
        QTest::addColumn<QString>("listenerInA");
        QTest::addColumn<QString>("expectedInB");
        // A: hp1 "Guest", hp2 "Host"; B: host "Host", hp1 "Producer", other "".
        QTest::newRow("the same device") << QStringLiteral("hp1") << QStringLiteral("hp1");
        QTest::newRow("else the same listener") << QStringLiteral("hp2") << QStringLiteral("host");
        QTest::newRow("else the first headphones") << QStringLiteral("hp3") << QStringLiteral("host");
    }
    void matchingListener()
    {
        QFETCH(QString, listenerInA);
        QFETCH(QString, expectedInB);
        const Chain a = listeners({{QStringLiteral("hp1"), QStringLiteral("Guest")},
                                   {QStringLiteral("hp2"), QStringLiteral("Host")},
                                   {QStringLiteral("hp3"), QStringLiteral("Engineer")}});
        const Chain b = listeners({{QStringLiteral("host"), QStringLiteral("Host")},
                                   {QStringLiteral("hp1"), QStringLiteral("Producer")},
                                   {QStringLiteral("other"), QString()}});
        const int found = headroom::matchingListener(a, a.indexOf(listenerInA), b);
        QVERIFY(found >= 0);
        QCOMPARE(b.devices[static_cast<std::size_t>(found)].id, expectedInB);
        QCOMPARE(headroom::matchingListener(a, a.indexOf(listenerInA), listeners({})), -1); // nothing to compare with
    }

    void programmeFromAFileOrGenerated()
    {
        const RenderPath silent;
        const PreviewProgramme generated = previewProgramme(silent, {}, Programme::Tone, 0.5);
        QVERIFY(generated.audio);
        QCOMPARE(generated.audio->frames(), std::size_t{24000});
        QTemporaryDir dir;
        const QString gone = dir.filePath(QStringLiteral("gone.wav"));
        const PreviewProgramme missing = previewProgramme(silent, gone, std::nullopt, 0.5);
        QVERIFY(!missing.audio);
        QVERIFY2(missing.error.contains(gone), qPrintable(missing.error));
    }

    void fileStreamsAsInMemory_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("listener");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("rate");
        // 12 s at 48 kHz holds several of the window's drops; 75 s at 8 kHz repeats the mix's generated speech (its
        // 60 s stretch) and is still a small file.
        QTest::newRow("interface into headphones") << "01-interface-studio-headphones"
                                                   << "m50x" << 12.0 << 48000.0;
        QTest::newRow("podcast mix, 12 s") << "04-podcast-distribution-amp"
                                           << "phones1" << 12.0 << 48000.0;
        QTest::newRow("podcast mix, 75 s") << "04-podcast-distribution-amp"
                                           << "phones3" << 75.0 << 8000.0;
    }
    void fileStreamsAsInMemory()
    {
        // The streamed render of a file, read and written a block at a time, gives the samples of the same file
        // rendered in memory (tolerance 1e-4 of full scale: the input's RMS is summed in another order), and the
        // level the engine computed (±0.1 dB: the programmes' RMS over the file and their chance correlation).
        QFETCH(QString, example);
        QFETCH(QString, listener);
        QFETCH(double, seconds);
        QFETCH(double, rate);
        const ProjectLoad load = loadProject(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/") + example + QStringLiteral(".headroom"));
        QVERIFY(load.chain());
        const AnalysisResult result = analyze(*load.chain());
        const RenderPath path = renderPath(*load.chain(), result, load.chain()->indexOf(listener));
        QVERIFY(path.playing());
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("in.wav"));
        AudioBuffer music = generateProgramme(Programme::Music, seconds, rate);
        for (std::vector<float> &channel : music.channels) // not at RMS 1, so that the streamed pass must measure it
            for (float &v : channel)
                v *= 0.25f;
        QCOMPARE(writeAudio(input, music), QString());

        const QString output = dir.filePath(QStringLiteral("out.wav"));
        const FileRender streamed = renderFile(path, input, output, kDefaultReferenceSpl);
        QVERIFY2(streamed.error.isEmpty(), qPrintable(streamed.error));
        const AudioRead written = readAudio(output);
        QVERIFY(written.audio);
        const PreviewProgramme programme = previewProgramme(path, input, std::nullopt, 0);
        const auto [inMemory, report] = renderPreview(path, *programme.audio, kDefaultReferenceSpl);
        QCOMPARE(written.audio->frames(), inMemory.frames());
        float worst = 0;
        for (std::size_t c = 0; c < 2; ++c)
            for (std::size_t i = 0; i < inMemory.frames(); ++i)
                worst = std::max(worst, std::abs(written.audio->channels[c][i] - inMemory.channels[c][i]));
        QVERIFY2(worst < 1e-4f, qPrintable(QString::number(worst)));
        QVERIFY2(std::abs(streamed.report.averageSpl - path.averageSpl) < 0.1,
                 qPrintable(QString::number(streamed.report.averageSpl - path.averageSpl)));
        QCOMPARE(streamed.report.clipping.size(), report.clipping.size());
    }

    void fileRenderRefusesAndKeepsWhatWasThere()
    {
        // A missing input writes nothing; an output that cannot be written leaves the file that was there.
        QTemporaryDir dir;
        ChainBuilder b;
        b.add(QStringLiteral("pc"), playerOutput(1, 10)).add(QStringLiteral("phones"), phonesPerVolt(32, 100));
        b.connect(QStringLiteral("pc.hp1"), QStringLiteral("phones.in"));
        const AnalysisResult result = b.analyze();
        const RenderPath path = renderPath(b.chain(), result, 1);
        const QString output = dir.filePath(QStringLiteral("out.flac"));
        const FileRender missing = renderFile(path, dir.filePath(QStringLiteral("gone.wav")), output, kDefaultReferenceSpl);
        QVERIFY(missing.error.contains(u"gone.wav"));
        QVERIFY(!QFileInfo::exists(output));

        const QString input = dir.filePath(QStringLiteral("in.wav"));
        QCOMPARE(writeAudio(input, generateProgramme(Programme::Tone, 1, 48000)), QString());
        const QString kept = dir.filePath(QStringLiteral("kept.mp3"));
        QFile existing(kept);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("mine");
        existing.close();
        const FileRender refused = renderFile(path, input, kept, kDefaultReferenceSpl);
        QVERIFY2(refused.error.contains(u"mp3"), qPrintable(refused.error));
        QFile again(kept);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("mine"));
    }
};

QTEST_GUILESS_MAIN(TestPreview)
#include "tst_preview.moc"
