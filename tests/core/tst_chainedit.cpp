// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Copy/paste fragments and the arrangement by signal flow. Expected positions are worked by hand from the rule in
// chainedit.h: nodes 200 × 100, column gap 100, row gap 40, grid 20, so columns start at 0, 300, 600 …

#include "chainbuilder.h"
#include "chainedit.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;

Q_DECLARE_METATYPE(headroom::Chain)

namespace {

/// An amp with a shared input and two inputs of its own (in, in1, in2), so that up to three cables can reach it.
DeviceSpec amp() { return makeSpec(DeviceKind::HeadphoneAmp, {{Field::Channels, 2}, {Field::InputPerChannel, 1}}); }

/// A chain of amps at the given positions wired by "a>b" pairs, each cable into the next free input of b.
Chain wired(std::initializer_list<std::tuple<const char *, double, double>> devices, std::initializer_list<const char *> cables)
{
    ChainBuilder b;
    for (const auto &[id, x, y] : devices) {
        b.add(QString::fromLatin1(id), amp());
        Device *d = const_cast<Chain &>(b.chain()).device(QString::fromLatin1(id));
        d->x = x;
        d->y = y;
    }
    QHash<QString, int> inputsUsed;
    for (const char *cable : cables) {
        const QStringList ends = QString::fromLatin1(cable).split(u'>');
        const int used = inputsUsed[ends[1]]++;
        b.connect(ends[0] + QStringLiteral(".out1"), ends[1] + (used == 0 ? QStringLiteral(".in") : QStringLiteral(".in%1").arg(used)));
    }
    return b.chain();
}

QString layout(const Chain &chain, const std::vector<QPointF> &points)
{
    QStringList parts;
    for (std::size_t i = 0; i < points.size(); ++i)
        parts << QStringLiteral("%1@%2,%3").arg(chain.devices[i].id).arg(points[i].x()).arg(points[i].y());
    return parts.join(u' ');
}

} // namespace

class TestChainEdit : public QObject
{
    Q_OBJECT

private slots:
    void arrange_data();
    void arrange();
    void arrangeUsesEachSize();
    void extractKeepsInnerCables();
    void placeRenamesClashes();
    void replacingKeepsCablesThatFit();
};

void TestChainEdit::arrange_data()
{
    QTest::addColumn<Chain>("chain");
    QTest::addColumn<QString>("expected");
    QTest::newRow("line a>b>c, one row") << wired({{"a", 0, 0}, {"b", 0, 0}, {"c", 0, 0}}, {"a>b", "b>c"}) << QStringLiteral("a@0,0 b@300,0 c@600,0");
    // Column 1 holds two nodes: 100 + 40 + 100 = 240 tall; the source is centred: (240 − 100) / 2 = 70 → grid 80.
    QTest::newRow("splitter fan-out, feeds sorted by old height")
        << wired({{"s", 0, 0}, {"p1", 0, 300}, {"p2", 0, 100}}, {"s>p1", "s>p2"}) << QStringLiteral("s@0,80 p1@300,140 p2@300,0");
    QTest::newRow("longest path sets the column") << wired({{"a", 0, 0}, {"b", 0, 0}, {"c", 0, 0}}, {"a>c", "a>b", "b>c"})
                                                  << QStringLiteral("a@0,0 b@300,0 c@600,0");
    QTest::newRow("a loop back is broken at the first device")
        << wired({{"a", 0, 0}, {"b", 0, 0}}, {"a>b", "b>a"}) << QStringLiteral("a@0,0 b@300,0");
    QTest::newRow("top-left corner kept") << wired({{"a", 100, -60}, {"b", 400, 500}}, {"a>b"}) << QStringLiteral("a@100,-60 b@400,-60");
    QTest::newRow("unconnected devices stack in the first column")
        << wired({{"a", 0, 0}, {"lone", 0, 200}, {"b", 0, 0}}, {"a>b"}) << QStringLiteral("a@0,0 lone@0,140 b@300,80");
    QTest::newRow("cables to missing devices are ignored") << wired({{"a", 0, 0}}, {"a>ghost"}) << QStringLiteral("a@0,0");
}

void TestChainEdit::arrange()
{
    QFETCH(Chain, chain);
    QFETCH(QString, expected);
    const auto points = arrangeBySignalFlow(chain, [](const Device &) { return QSizeF(200, 100); });
    QCOMPARE(layout(chain, points), expected);
}

void TestChainEdit::arrangeUsesEachSize()
{
    // A 300-wide node widens its column: the next column starts at 300 + 100 = 400; a 180-tall node in column 0
    // centres the 100-tall one in column 1 at (180 − 100) / 2 = 40.
    const Chain chain = wired({{"wide", 0, 0}, {"b", 0, 0}}, {"wide>b"});
    const auto points = arrangeBySignalFlow(chain, [](const Device &d) { return d.id == u"wide" ? QSizeF(300, 180) : QSizeF(200, 100); });
    QCOMPARE(layout(chain, points), QStringLiteral("wide@0,0 b@400,40"));
    QVERIFY(arrangeBySignalFlow(Chain{}, [](const Device &) { return QSizeF(1, 1); }).empty());
}

void TestChainEdit::extractKeepsInnerCables()
{
    const Chain chain = wired({{"a", 0, 0}, {"b", 0, 0}, {"c", 0, 0}}, {"a>b", "b>c"});
    const Chain fragment = extractFragment(chain, {QStringLiteral("b"), QStringLiteral("c")});
    QCOMPARE(fragment.devices.size(), 2u);
    QCOMPARE(fragment.devices[0].id, QStringLiteral("b"));
    QCOMPARE(fragment.connections.size(), 1u);
    QCOMPARE(fragment.connections[0].from.device, QStringLiteral("b"));
    QVERIFY(extractFragment(chain, {QStringLiteral("nothing")}).devices.empty());
}

void TestChainEdit::placeRenamesClashes()
{
    const Chain target = wired({{"hd600", 0, 0}, {"hd600-2", 0, 0}, {"dt-990-pro-250", 0, 0}}, {});
    Chain fragment = wired({{"hd600-2", 10, 20}, {"dt-990-pro-250", 0, 0}, {"fresh", 0, 0}}, {"hd600-2>dt-990-pro-250"});
    const Chain placed = placeFragment(fragment, target, 40, 60);
    // hd600-2 → hd600-3 (its base exists); dt-990-pro-250 keeps its own name as base (there is no "dt-990-pro").
    QCOMPARE(placed.devices[0].id, QStringLiteral("hd600-3"));
    QCOMPARE(placed.devices[1].id, QStringLiteral("dt-990-pro-250-2"));
    QCOMPARE(placed.devices[2].id, QStringLiteral("fresh"));
    QCOMPARE(placed.devices[0].x, 50.0);
    QCOMPARE(placed.devices[0].y, 80.0);
    QCOMPARE(placed.connections[0].from.device, QStringLiteral("hd600-3"));
    QCOMPARE(placed.connections[0].to.device, QStringLiteral("dt-990-pro-250-2"));
    // Pasting the same fragment twice into an empty chain never gives two devices one id.
    Chain twice = placeFragment(fragment, Chain{}, 0, 0);
    const Chain second = placeFragment(fragment, twice, 0, 0);
    for (const Device &d : second.devices)
        QVERIFY2(!twice.device(d.id), qPrintable(d.id));
}

void TestChainEdit::replacingKeepsCablesThatFit()
{
    ChainBuilder b;
    b.add(QStringLiteral("iface"), makeSpec(DeviceKind::Interface, {{Field::HeadphoneOutputs, 1}}))
        .add(QStringLiteral("amp"), makeSpec(DeviceKind::HeadphoneAmp, {{Field::Channels, 1}}))
        .add(QStringLiteral("hp"), phonesPerVolt(300, 100))
        .connect(QStringLiteral("iface.hp1"), QStringLiteral("amp.in"))
        .connect(QStringLiteral("amp.out1"), QStringLiteral("hp.in"));
    // A splitter has the amp's "in" and "out1", and passes any analogue signal: both cables stay.
    QVERIFY(keepsCables(b.chain(), QStringLiteral("amp"), makeSpec(DeviceKind::Splitter, {{Field::Outputs, 2}})));
    // Headphones have an "in" but no output: the cable to the listener goes.
    const std::vector<Connection> lost = cablesLostByReplacing(b.chain(), QStringLiteral("amp"), phonesPerVolt(32, 100));
    QCOMPARE(lost.size(), 1u);
    QCOMPARE(lost[0].to.toString(), QStringLiteral("hp.in"));
    // A microphone has neither port.
    QCOMPARE(cablesLostByReplacing(b.chain(), QStringLiteral("amp"), DeviceSpec(DeviceKind::Microphone)).size(), 2u);
}

QTEST_GUILESS_MAIN(TestChainEdit)
#include "tst_chainedit.moc"
