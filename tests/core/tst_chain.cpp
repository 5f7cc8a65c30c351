// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The chain model: ports derived from specs, connection checks for the editor, settings kept across spec changes.

#include "chain.h"
#include "chainbuilder.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;

class TestChain : public QObject
{
    Q_OBJECT

private slots:
    void portsPerKind_data();
    void portsPerKind();
    void connectorsMate_data();
    void connectorsMate();
    void checkConnection();
    void levelGap();
    void setSpecKeepsSettings();
    void uniqueId();
    void specValidation_data();
    void specValidation();
};

void TestChain::portsPerKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("microphone") << int(DeviceKind::Microphone) << QStringList{"sound", "out"};
    QTest::newRow("interface 2 combo, 1 line out pair, 1 hp") << int(DeviceKind::Interface) << QStringList{"in1", "in2", "usb", "line_out1", "hp1"};
    QTest::newRow("headphone amp, shared input") << int(DeviceKind::HeadphoneAmp) << QStringList{"in", "out1"};
    QTest::newRow("splitter 1→2") << int(DeviceKind::Splitter) << QStringList{"in", "out1", "out2"};
    QTest::newRow("headphones") << int(DeviceKind::Headphones) << QStringList{"in"};
    QTest::newRow("player") << int(DeviceKind::Player) << QStringList{"usb", "hp1", "usb_midi"};
}

void TestChain::portsPerKind()
{
    QFETCH(int, kind);
    QFETCH(QStringList, ids);
    QStringList actual;
    for (const PortSpec &p : portsOf(DeviceSpec(DeviceKind(kind))))
        actual << p.id;
    QCOMPARE(actual, ids);
}

void TestChain::connectorsMate_data()
{
    QTest::addColumn<int>("plug");
    QTest::addColumn<int>("socket");
    QTest::addColumn<bool>("mates");
    QTest::newRow("XLR into combo") << int(Connector::Xlr) << int(Connector::Combo) << true;
    QTest::newRow("TS into combo") << int(Connector::Ts635) << int(Connector::Combo) << true;
    QTest::newRow("3.5 mm into 6.35 mm") << int(Connector::Trs35) << int(Connector::Trs635) << false;
    QTest::newRow("RCA into XLR") << int(Connector::Rca) << int(Connector::Xlr) << false;
    QTest::newRow("TS into TRS") << int(Connector::Ts635) << int(Connector::Trs635) << true;
}

void TestChain::connectorsMate()
{
    QFETCH(int, plug);
    QFETCH(int, socket);
    QFETCH(bool, mates);
    QCOMPARE(headroom::connectorsMate(Connector(plug), Connector(socket)), mates);
}

void TestChain::checkConnection()
{
    ChainBuilder b;
    b.add(QStringLiteral("mic"), DeviceSpec(DeviceKind::Microphone))
        .add(QStringLiteral("voice"), DeviceSpec(DeviceKind::AcousticSource))
        .add(QStringLiteral("iface"), DeviceSpec(DeviceKind::Interface))
        .add(QStringLiteral("phones"), makeSpec(DeviceKind::Headphones, {{Field::Connector, double(Connector::Trs35)}}))
        .connect(QStringLiteral("mic.out"), QStringLiteral("iface.in1"));
    const Chain &c = b.chain();
    const auto ref = [](const char *d, const char *p) { return PortRef{QString::fromLatin1(d), QString::fromLatin1(p)}; };

    QVERIFY(c.checkConnection(ref("mic", "out"), ref("iface", "in2")).ok());
    QVERIFY(c.checkConnection(ref("iface", "in2"), ref("mic", "out")).refused);     // wrong direction
    QVERIFY(c.checkConnection(ref("voice", "sound"), ref("iface", "in2")).refused); // sound into an electrical input
    QVERIFY(c.checkConnection(ref("iface", "hp1"), ref("iface", "in2")).refused);   // a device feeding itself
    const ConnectionCheck occupied = c.checkConnection(ref("voice", "sound"), ref("mic", "sound"));
    QVERIFY(occupied.ok());
    const ConnectionCheck taken = c.checkConnection(ref("iface", "hp1"), ref("iface", "in1"));
    QVERIFY(taken.refused);
    QVERIFY(c.checkConnection(ref("mic", "out"), ref("mic", "sound")).refused);
    const ConnectionCheck adapter = c.checkConnection(ref("iface", "hp1"), ref("phones", "in"));
    QVERIFY(!adapter.refused);
    QVERIFY(adapter.needsAdapter);
    QCOMPARE(adapter.plug, Connector::Trs635);
    QCOMPARE(adapter.socket, Connector::Trs35);
    QVERIFY(c.checkConnection(ref("nope", "out"), ref("iface", "in2")).refused);
}

void TestChain::levelGap()
{
    // Mic level (≈ −40 dBu) into a line input (+4 dBu): about 44 dB too low (physics.md §1 nominal levels).
    QCOMPARE(levelGapDb(bit(SignalClass::Mic), bit(SignalClass::Line)), -44.0);
    QCOMPARE(levelGapDb(bit(SignalClass::Line), bit(SignalClass::Line) | bit(SignalClass::Mic)), 0.0);
}

void TestChain::setSpecKeepsSettings()
{
    Device d(QStringLiteral("iface"), DeviceSpec(DeviceKind::Interface));
    d.settings.ports[0].gainDb = 42;
    d.settings.ports[static_cast<std::size_t>(d.portIndex(u"hp1"))].volumeDb = -12;
    DeviceSpec bigger(DeviceKind::Interface);
    bigger.set(Field::ComboInputs, 4);
    d.setSpec(bigger);
    QCOMPARE(d.ports.size(), 7u);
    QCOMPARE(d.settings.ports.size(), d.ports.size());
    QCOMPARE(d.settings.ports[0].gainDb, 42.0);
    QCOMPARE(d.settings.ports[static_cast<std::size_t>(d.portIndex(u"hp1"))].volumeDb, -12.0);
    QVERIFY(std::isnan(d.settings.ports[3].gainDb));
}

void TestChain::uniqueId()
{
    ChainBuilder b;
    b.add(QStringLiteral("mic"), DeviceSpec(DeviceKind::Microphone)).add(QStringLiteral("mic-2"), DeviceSpec(DeviceKind::Microphone));
    QCOMPARE(b.chain().uniqueId(QStringLiteral("mic")), QStringLiteral("mic-3"));
    QCOMPARE(b.chain().uniqueId(QStringLiteral("amp")), QStringLiteral("amp"));
}

void TestChain::specValidation_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("300 Ω") << int(Field::ImpedanceOhm) << 300.0 << true;
    QTest::newRow("negative impedance") << int(Field::ImpedanceOhm) << -32.0 << false;
    QTest::newRow("zero impedance") << int(Field::ImpedanceOhm) << 0.0 << false;
    QTest::newRow("NaN is unknown, not invalid") << int(Field::ImpedanceOhm) << std::nan("") << true;
    QTest::newRow("infinite sensitivity") << int(Field::Sensitivity) << std::numeric_limits<double>::infinity() << false;
    QTest::newRow("absurd sensitivity") << int(Field::Sensitivity) << 400.0 << false;
}

void TestChain::specValidation()
{
    QFETCH(int, field);
    QFETCH(double, value);
    QFETCH(bool, valid);
    DeviceSpec spec(DeviceKind::Headphones);
    spec.set(Field(field), value);
    QCOMPARE(spec.validate().isEmpty(), valid);
}

QTEST_GUILESS_MAIN(TestChain)
#include "tst_chain.moc"
