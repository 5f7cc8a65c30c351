// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// headroom-cli render: a rendered file a user can open, an A/B that is level-honest or level-matched, and exit
// status 2 with a message naming the file for bad input.

#include "audiofile.h"
#include "clirunner.h"
#include "renderer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using headroom::test::CliRun;

namespace {

const QString kSplitter = QStringLiteral(HEADROOM_SOURCE_DIR "/examples/03-y-splitter-two-headphones.headroom");
const QString kInterface = QStringLiteral(HEADROOM_SOURCE_DIR "/examples/02-interface-250-ohm-headphones.headroom");

double fileSpl(const QString &path)
{
    const headroom::AudioRead read = headroom::readAudio(path);
    return read.audio ? headroom::renderedSpl(read.audio->channels[0].data(), read.audio->frames(), 110) : -1e9;
}

} // namespace

class TestCliRender : public QObject
{
    Q_OBJECT

private slots:
    void rendersFirstListener();
    void compareIsLevelHonestOrMatched();
    void badInputExitsTwo_data();
    void badInputExitsTwo();
};

void TestCliRender::rendersFirstListener()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("a.wav"));
    const CliRun run = headroom::test::runCli({QStringLiteral("render"), kSplitter, QStringLiteral("--duration"), QStringLiteral("2"),
                                               QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("m50x") && run.out.contains("clipped samples"), run.out.constData());
    const headroom::AudioRead read = headroom::readAudio(out);
    QVERIFY(read.audio);
    QCOMPARE(read.audio->frames(), std::size_t{96000});
}

void TestCliRender::compareIsLevelHonestOrMatched()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("a.wav"));
    const QString other = dir.filePath(QStringLiteral("a-compare.wav"));
    const QStringList base{QStringLiteral("render"), kSplitter, QStringLiteral("--program"), QStringLiteral("pink-noise"),
                           QStringLiteral("--duration"), QStringLiteral("2"), QStringLiteral("--out"), out,
                           QStringLiteral("--compare"), kInterface};
    QCOMPARE(headroom::test::runCli(base).exitCode, 0);
    // Honest: the files differ by the computed averages, 95.0 (03, ATH-M50x) vs 91.6 dB SPL (02, DT 990 PRO 250 Ω)
    // from the analysis reports; ±0.2 dB for their one-decimal rounding.
    const double honest = fileSpl(other) - fileSpl(out);
    QVERIFY2(std::abs(honest - (91.6 - 95.0)) < 0.2, qPrintable(QString::number(honest)));
    QCOMPARE(headroom::test::runCli(QStringList(base) << QStringLiteral("--level-match")).exitCode, 0);
    QVERIFY(std::abs(fileSpl(other) - fileSpl(out)) < 0.1); // matched: ±0.1 dB
}

void TestCliRender::badInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("inputContent");
    QTest::newRow("text file named .wav") << QStringList{QStringLiteral("--input"), QStringLiteral("INPUT.wav")} << QByteArray("not audio\n");
    QTest::newRow("truncated WAV header") << QStringList{QStringLiteral("--input"), QStringLiteral("INPUT.wav")} << QByteArray("RIFF\x10\x00\x00\x00WAVE", 12);
    QTest::newRow("unsupported input") << QStringList{QStringLiteral("--input"), QStringLiteral("INPUT.mp3")} << QByteArray("ID3");
    QTest::newRow("unknown listener") << QStringList{QStringLiteral("--listener"), QStringLiteral("nobody")} << QByteArray();
    QTest::newRow("unknown programme") << QStringList{QStringLiteral("--program"), QStringLiteral("polka")} << QByteArray();
}

void TestCliRender::badInputExitsTwo()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, inputContent);
    QTemporaryDir dir;
    for (QString &arg : extra)
        if (arg.startsWith(u"INPUT")) {
            arg = dir.filePath(arg);
            QFile f(arg);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(inputContent);
        }
    const CliRun run = headroom::test::runCli(QStringList{QStringLiteral("render"), kSplitter, QStringLiteral("--out"),
                                                          dir.filePath(QStringLiteral("o.wav"))} + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_clirender.moc"
