// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// MIDI is a signal class of its own: a MIDI output goes only into a MIDI input (a thru repeats an input down a chain),
// and a MIDI cable carries no audio, so it changes no level and cannot close a loop.

#include "chainbuilder.h"

#include "findings.h"

#include <QTest>

using namespace headroom;
using namespace headroom::test;

namespace {

DeviceSpec keyboard(bool thru)
{
    return makeSpec(DeviceKind::MidiController, {{Field::MidiInputs, 1}, {Field::MidiOutputs, 1}, {Field::MidiThru, thru ? 1.0 : 0.0}});
}

/// A keyboard whose MIDI output feeds an interface's MIDI input, and the interface's MIDI output back into the
/// keyboard (local control off), beside the computer's playback on headphones.
ChainBuilder studio()
{
    ChainBuilder b;
    b.add(QStringLiteral("keys"), keyboard(false))
        .add(QStringLiteral("daw"), makeSpec(DeviceKind::Player, {{Field::HeadphoneOutputs, 0}}))
        .add(QStringLiteral("iface"), makeSpec(DeviceKind::Interface, {{Field::MidiInputs, 1}, {Field::MidiOutputs, 1}}))
        .add(QStringLiteral("phones"), phonesPerVolt(32, 110))
        .connect(QStringLiteral("daw.usb"), QStringLiteral("iface.usb"))
        .connect(QStringLiteral("iface.hp1"), QStringLiteral("phones.in"));
    return b;
}

PortRef ref(const char *device, const char *port) { return {QString::fromLatin1(device), QString::fromLatin1(port)}; }

} // namespace

class TestMidi : public QObject
{
    Q_OBJECT

private slots:
    void portsFromTheFigures();
    void onlyMidiIntoMidi_data();
    void onlyMidiIntoMidi();
    void cablesChangeNoLevelAndCloseNoLoop();
    void usbMidiIntoTheComputer();
};

void TestMidi::portsFromTheFigures()
{
    const Device keys(QStringLiteral("keys"), keyboard(true));
    QStringList ids;
    for (const PortSpec &p : keys.ports)
        ids << p.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("midi_in1"), QStringLiteral("midi_out1"), QStringLiteral("midi_thru")}));
    // A controller without figures still has the output it exists for; an interface without them has no MIDI.
    QCOMPARE(Device(QStringLiteral("c"), DeviceSpec(DeviceKind::MidiController)).portIndex(u"midi_out1"), 0);
    QCOMPARE(Device(QStringLiteral("i"), DeviceSpec(DeviceKind::Interface)).portIndex(u"midi_in1"), -1);
}

void TestMidi::onlyMidiIntoMidi_data()
{
    QTest::addColumn<PortRef>("from");
    QTest::addColumn<PortRef>("to");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::newRow("keyboard into the interface") << ref("keys", "midi_out1") << ref("iface", "midi_in1") << QString();
    QTest::newRow("interface back to the keyboard") << ref("iface", "midi_out1") << ref("keys", "midi_in1") << QString();
    QTest::newRow("MIDI into a line input") << ref("keys", "midi_out1") << ref("iface", "line_in1")
                                            << QStringLiteral("MIDI output into a line level input");
    QTest::newRow("headphones into MIDI") << ref("iface", "hp2") << ref("keys", "midi_in1")
                                          << QStringLiteral("headphone level output into a MIDI input");
    QTest::newRow("into a MIDI output") << ref("iface", "midi_out1") << ref("keys", "midi_out1")
                                        << QStringLiteral("a cable runs from an output to an input");
}

void TestMidi::onlyMidiIntoMidi()
{
    QFETCH(PortRef, from);
    QFETCH(PortRef, to);
    QFETCH(QString, refusal);
    ChainBuilder b = studio();
    Chain chain = b.chain();
    chain.devices[2] = Device(
        QStringLiteral("iface"),
        makeSpec(DeviceKind::Interface, {{Field::LineInputs, 1}, {Field::HeadphoneOutputs, 2}, {Field::MidiInputs, 1}, {Field::MidiOutputs, 1}}));
    const ConnectionCheck check = chain.checkConnection(from, to);
    QCOMPARE(check.refused, !refusal.isEmpty());
    QCOMPARE(check.refusal, refusal);
    QVERIFY(!check.needsAdapter); // 5-pin DIN at both ends
}

void TestMidi::cablesChangeNoLevelAndCloseNoLoop()
{
    const AnalysisResult without = studio().analyze();
    ChainBuilder b = studio();
    b.add(QStringLiteral("second"), keyboard(true))
        .connect(QStringLiteral("keys.midi_out1"), QStringLiteral("iface.midi_in1"))
        .connect(QStringLiteral("iface.midi_out1"), QStringLiteral("keys.midi_in1"))
        .connect(QStringLiteral("keys.midi_out1"), QStringLiteral("second.midi_in1")); // one output may feed several inputs
    const AnalysisResult with = b.analyze();
    QCOMPARE(with.listeners.size(), std::size_t(1));
    QCOMPARE(with.listeners.front().averageSpl, without.listeners.front().averageSpl);
    QCOMPARE(with.listeners.front().verdict, without.listeners.front().verdict);
    for (const Finding &f : with.findings) // the keyboards and their cables add nothing to say
        QVERIFY2(f.device != 0 && f.device != 4, codeKey(f.code));
}

void TestMidi::usbMidiIntoTheComputer()
{
    // A USB-only controller has no DIN socket to show; its USB MIDI goes into the computer, and only there.
    const Device pads(QStringLiteral("pads"), makeSpec(DeviceKind::MidiController, {{Field::HasUsbMidi, 1}}));
    QCOMPARE(pads.ports.size(), std::size_t(1));
    QCOMPARE(portLabel(pads.ports.front()), QStringLiteral("USB MIDI"));
    ChainBuilder b = studio();
    b.add(QStringLiteral("pads"), pads.spec);
    const Chain &chain = b.chain();
    const ConnectionCheck into = chain.checkConnection(ref("pads", "usb_midi"), ref("daw", "usb_midi"));
    QVERIFY(!into.refused);
    QVERIFY(!into.needsAdapter);                                                                    // USB at both ends
    QVERIFY(chain.checkConnection(ref("pads", "usb_midi"), ref("iface", "midi_in1")).needsAdapter); // USB into 5-pin DIN takes a USB host box
    QCOMPARE(chain.checkConnection(ref("daw", "usb"), ref("daw", "usb_midi")).refused, true);
    // Wired, it changes nothing the listener hears.
    const AnalysisResult without = studio().analyze();
    b.connect(QStringLiteral("pads.usb_midi"), QStringLiteral("daw.usb_midi"));
    QCOMPARE(b.analyze().listeners.front().averageSpl, without.listeners.front().averageSpl);
}

QTEST_GUILESS_MAIN(TestMidi)
#include "tst_midi.moc"
