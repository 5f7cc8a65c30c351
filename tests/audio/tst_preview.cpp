// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What the CLI and the app share around a render: which headphones an A/B compares, the programme a preview plays,
// and a render that leaves the programme as it was for the other side of the comparison.

#include "chainbuilder.h"
#include "preview.h"

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
};

QTEST_GUILESS_MAIN(TestPreview)
#include "tst_preview.moc"
