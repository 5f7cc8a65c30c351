// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The chain as a graph: which cables it keeps and why it leaves the others out, what feeds what, the signal-flow
// order and the loops. Expected values are read off the small chains written out in each case.

#include "chainbuilder.h"
#include "chainedit.h"
#include "chaingraph.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;

Q_DECLARE_METATYPE(headroom::CableProblem)

namespace {

/// A headphone amp with one input and one output: enough to wire chains and loops.
DeviceSpec amp() { return makeSpec(DeviceKind::HeadphoneAmp, {{Field::Channels, 1}}); }

} // namespace

class TestChainGraph : public QObject
{
    Q_OBJECT

private slots:
    void cableProblems_data();
    void cableProblems();
    void feedsAndOrder();
    void loopsAreSetApart();
    void arrangementFollowsTheGraph();
};

void TestChainGraph::cableProblems_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<CableProblem>("problem");
    QTest::newRow("output into input") << "amp1.out1"
                                       << "phones.in" << CableProblem::None;
    QTest::newRow("unknown device") << "nobody.hp1"
                                    << "phones.in" << CableProblem::BadEnds;
    QTest::newRow("unknown port") << "amp1.out9"
                                  << "phones.in" << CableProblem::BadEnds;
    QTest::newRow("input into input") << "amp2.in"
                                      << "amp1.in" << CableProblem::BadEnds;
    QTest::newRow("output into output") << "amp1.out1"
                                        << "amp2.out1" << CableProblem::BadEnds;
    QTest::newRow("into itself") << "amp1.out1"
                                 << "amp1.in" << CableProblem::BadEnds;
    QTest::newRow("air into a jack") << "talker.sound"
                                     << "amp1.in" << CableProblem::SignalsDiffer;
    QTest::newRow("input already fed") << "amp2.out1"
                                       << "phones.in" << CableProblem::InputTaken;
}

void TestChainGraph::cableProblems()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(CableProblem, problem);
    ChainBuilder b;
    b.add(QStringLiteral("talker"), DeviceSpec(DeviceKind::AcousticSource))
        .add(QStringLiteral("amp1"), amp())
        .add(QStringLiteral("amp2"), amp())
        .add(QStringLiteral("phones"), phonesPerVolt(32, 100));
    if (problem == CableProblem::InputTaken)
        b.connect(QStringLiteral("amp1.out1"), QStringLiteral("phones.in"));
    b.connect(from, to);
    const ChainGraph graph(b.chain());
    const Cable &cable = graph.cables().back();
    QCOMPARE(cable.problem, problem);
    // A kept cable joins its two ports both ways; a refused one joins nothing.
    const int phonesIn = graph.global(graph.deviceIndex(u"phones"), 0);
    const int amp1Out = graph.global(graph.deviceIndex(u"amp1"), b.chain().devices[1].portIndex(u"out1"));
    const bool firstKept = problem == CableProblem::None || problem == CableProblem::InputTaken;
    QCOMPARE(graph.upstream(phonesIn), firstKept ? amp1Out : -1);
    QCOMPARE(graph.connected(amp1Out), firstKept);
}

void TestChainGraph::feedsAndOrder()
{
    // A player's output feeds a splitter that feeds two pairs of headphones; listed in reverse, so the order comes
    // from the cables, not the list.
    ChainBuilder b;
    b.add(QStringLiteral("left"), phonesPerVolt(32, 100))
        .add(QStringLiteral("right"), phonesPerVolt(32, 100))
        .add(QStringLiteral("y"), splitter(2))
        .add(QStringLiteral("pc"), playerOutput(1, 10))
        .connect(QStringLiteral("pc.hp1"), QStringLiteral("y.in"))
        .connect(QStringLiteral("y.out1"), QStringLiteral("left.in"))
        .connect(QStringLiteral("y.out2"), QStringLiteral("right.in"));
    const ChainGraph graph(b.chain());
    QCOMPARE(graph.portCount(), 1 + 1 + 3 + 3); // headphones 1 each, splitter in + 2 outs, player usb + hp1 + USB MIDI
    const int y = graph.deviceIndex(u"y");
    const int pc = graph.deviceIndex(u"pc");
    QCOMPARE(graph.feeders(y), std::vector<int>{pc});
    QCOMPARE(graph.fed(y), (std::vector<int>{0, 1}));
    const std::vector<int> &order = graph.order();
    QCOMPARE(order.size(), std::size_t{4});
    const auto at = [&](int d) { return std::find(order.begin(), order.end(), d) - order.begin(); };
    QVERIFY(at(pc) < at(y));
    QVERIFY(at(y) < at(0) && at(y) < at(1));
    const std::span<const int> fromY = graph.downstream(graph.global(y, 1));
    QCOMPARE(fromY.size(), std::size_t{1});
    QCOMPARE(graph.device(fromY.front()), 0);
    QCOMPARE(graph.local(fromY.front()), 0);
}

void TestChainGraph::loopsAreSetApart()
{
    // pc → amp1 → amp2 → amp1 (a loop through the thru-less amps' inputs) and amp2 → phones: amp1 and amp2 wait on
    // each other, so neither is ordered, and the phones wait on amp2.
    ChainBuilder b;
    b.add(QStringLiteral("pc"), playerOutput(1, 10))
        .add(QStringLiteral("amp1"), amp())
        .add(QStringLiteral("amp2"), amp())
        .add(QStringLiteral("phones"), phonesPerVolt(32, 100))
        .connect(QStringLiteral("amp1.out1"), QStringLiteral("amp2.in"))
        .connect(QStringLiteral("amp2.out1"), QStringLiteral("amp1.in"))
        .connect(QStringLiteral("pc.hp1"), QStringLiteral("phones.in"));
    const ChainGraph graph(b.chain());
    QVERIFY(graph.inLoop(1));
    QVERIFY(graph.inLoop(2));
    QVERIFY(!graph.inLoop(0));
    QVERIFY(!graph.inLoop(3));
    QCOMPARE(graph.order(), (std::vector<int>{0, 3}));
}

void TestChainGraph::arrangementFollowsTheGraph()
{
    // A refused cable (input into input) places nothing: the amp stays in the sources' column.
    ChainBuilder b;
    b.add(QStringLiteral("pc"), playerOutput(1, 10))
        .add(QStringLiteral("amp"), amp())
        .add(QStringLiteral("phones"), phonesPerVolt(32, 100))
        .connect(QStringLiteral("pc.hp1"), QStringLiteral("phones.in"))
        .connect(QStringLiteral("phones.in"), QStringLiteral("amp.in"));
    const std::vector<QPointF> at = arrangeBySignalFlow(b.chain(), [](const Device &) { return QSizeF(100, 60); });
    QCOMPARE(at[0].x(), at[1].x());
    QCOMPARE(at[2].x(), at[0].x() + 100 + kCableLane);
}

QTEST_GUILESS_MAIN(TestChainGraph)
#include "tst_chaingraph.moc"
