// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The quick check builds the chain a person would wire: listeners on the headphone outputs in order, a splitter
// only when they run out, adapters where plugs do not fit, an amp fed from the line outputs, 48 V for a condenser,
// and volumes set for the target.

#include "chainbuilder.h"
#include "quickcheck.h"

#include <QTest>

using namespace headroom;
using headroom::test::makeSpec;

namespace {

Product interfaceWith(int headphoneOutputs, int lineOutputs, Connector hp = Connector::Trs635)
{
    return {QStringLiteral("iface"),
            makeSpec(DeviceKind::Interface,
                     {{Field::ComboInputs, 2},
                      {Field::LineOutputs, lineOutputs},
                      {Field::HeadphoneOutputs, headphoneOutputs},
                      {Field::HpConnector, static_cast<double>(hp)},
                      {Field::HpMaxLevelDbu, 10},
                      {Field::HpOutputImpedanceOhm, 10}})};
}

Product phones(const char *id, Connector plug = Connector::Trs635)
{
    return {
        QString::fromLatin1(id),
        makeSpec(DeviceKind::Headphones,
                 {{Field::ImpedanceOhm, 32}, {Field::Sensitivity, 100}, {Field::SensitivityUnit, 0}, {Field::Connector, static_cast<double>(plug)}})};
}

Product splitter(const char *id, int outputs)
{
    return {QString::fromLatin1(id),
            makeSpec(DeviceKind::Splitter,
                     {{Field::Outputs, outputs},
                      {Field::InputConnector, static_cast<double>(Connector::Trs635)},
                      {Field::OutputConnector, static_cast<double>(Connector::Trs635)}})};
}

DeviceSpec playerOutputProduct() { return headroom::test::playerOutput(1.0, 10); }

Product monitors(const char *id)
{
    return {QString::fromLatin1(id), makeSpec(DeviceKind::Monitor, {{Field::InputConnector, static_cast<double>(Connector::Trs635)}})};
}

Product powerAmp()
{
    return {QStringLiteral("power"),
            makeSpec(DeviceKind::PowerAmp,
                     {{Field::SpeakerPowerW, 100},
                      {Field::SpeakerPowerLoadOhm, 8},
                      {Field::GainDb, 26},
                      {Field::InputConnector, static_cast<double>(Connector::Trs635)}})};
}

Product passiveSpeakers(const char *id)
{
    return {QString::fromLatin1(id),
            makeSpec(DeviceKind::PassiveSpeaker,
                     {{Field::ImpedanceOhm, 8},
                      {Field::SpeakerSensitivityDb, 86},
                      {Field::SpeakerSensitivityRef, static_cast<double>(SpeakerSensitivityRef::OneWatt)}})};
}

/// Where each device of `kind` is plugged: the output feeding its input, through any adapter.
QStringList pluggedInto(const Chain &chain, DeviceKind kind);

Product mic(MicType type)
{
    return {QStringLiteral("mic"), makeSpec(DeviceKind::Microphone, {{Field::MicType, static_cast<double>(type)}, {Field::SensitivityMvPerPa, 10}})};
}

QStringList pluggedInto(const Chain &chain, DeviceKind kind)
{
    QStringList out;
    for (const Device &d : chain.devices)
        if (d.spec.kind() == kind) {
            const Connection *c = chain.connectionInto({d.id, QStringLiteral("in")});
            while (c && chain.device(c->from.device)->spec.kind() == DeviceKind::Adapter)
                c = chain.connectionInto({c->from.device, QStringLiteral("in")});
            out << (c ? chain.device(c->from.device)->spec.displayName() + u'.' + c->from.port : QStringLiteral("nothing"));
        }
    return out;
}

/// Where each pair of headphones is plugged.
QStringList pluggedInto(const Chain &chain) { return pluggedInto(chain, DeviceKind::Headphones); }

int countKind(const Chain &chain, DeviceKind kind)
{
    return static_cast<int>(std::count_if(chain.devices.begin(), chain.devices.end(), [kind](const Device &d) { return d.spec.kind() == kind; }));
}

} // namespace

class TestQuickCheck : public QObject
{
    Q_OBJECT

private slots:
    void listenersTakeTheOutputsInOrder_data();
    void listenersTakeTheOutputsInOrder();
    void adaptersWherePlugsDoNotFit();
    void ampIsFedFromTheLineOutputs();
    void phantomForACondenserOnly_data();
    void phantomForACondenserOnly();
    void volumesAreSetForTheTarget();
    void monitorsTakeTheLineOutputs();
    void monitorsOnAPhonesJack();
    void usbMicrophoneWithItsHeadphones();
    void mixerWithAHostOnEachOutput();
    void refusesWhatCannotBeWired();
    void passiveSpeakersThroughTheirAmplifier();
};

void TestQuickCheck::listenersTakeTheOutputsInOrder_data()
{
    QTest::addColumn<int>("outputs");
    QTest::addColumn<int>("listeners");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("splitterUsed");
    const QString hp1 = QStringLiteral("Audio interface.hp1");
    const QString hp2 = QStringLiteral("Audio interface.hp2");
    const QString y = QStringLiteral("Splitter.out");
    QTest::newRow("one on one") << 1 << 1 << QStringList{hp1} << QString();
    QTest::newRow("two on two") << 2 << 2 << QStringList{hp1, hp2} << QString();
    // Two on one output: the two-way splitter, not the four-way one.
    QTest::newRow("two on one") << 1 << 2 << QStringList{y + u'1', y + u'2'} << QStringLiteral("y2");
    // Three on two: the first keeps its own output, the other two share the second through a splitter.
    QTest::newRow("three on two") << 2 << 3 << QStringList{hp1, y + u'1', y + u'2'} << QStringLiteral("y2");
    QTest::newRow("four on one") << 1 << 4 << QStringList{y + u'1', y + u'2', y + u'3', y + u'4'} << QStringLiteral("box4");
}

void TestQuickCheck::listenersTakeTheOutputsInOrder()
{
    QFETCH(int, outputs);
    QFETCH(int, listeners);
    QFETCH(QStringList, expected);
    QFETCH(QString, splitterUsed);
    QuickCheckGear gear{interfaceWith(outputs, 2), std::nullopt, {}, std::nullopt};
    for (int i = 0; i < listeners; ++i)
        gear.listeners.push_back(phones("hp"));
    const QuickCheck built = buildQuickCheck(gear, {{}, {splitter("box4", 4), splitter("y2", 2)}}, roughNodeSize);
    QVERIFY2(built.chain, qPrintable(built.error));
    QCOMPARE(pluggedInto(*built.chain), expected);
    QCOMPARE(countKind(*built.chain, DeviceKind::Splitter), splitterUsed.isEmpty() ? 0 : 1);
    for (const Device &d : built.chain->devices)
        if (d.spec.kind() == DeviceKind::Splitter)
            QCOMPARE(d.catalogId, splitterUsed);
    // The computer plays into the interface; every listener has a name of its own when there are several.
    QVERIFY(built.chain->connectionInto({QStringLiteral("interface"), QStringLiteral("usb")}));
    QCOMPARE(analyze(*built.chain).listeners.size(), static_cast<std::size_t>(listeners));
    QStringList names;
    for (const Device &d : built.chain->devices)
        if (d.spec.kind() == DeviceKind::Headphones)
            names << d.name() + d.settings.listener;
    QCOMPARE(static_cast<int>(QSet<QString>(names.begin(), names.end()).size()), listeners);
}

void TestQuickCheck::adaptersWherePlugsDoNotFit()
{
    const Product adapter{
        QStringLiteral("a635-35"),
        makeSpec(DeviceKind::Adapter,
                 {{Field::InputConnector, static_cast<double>(Connector::Trs635)}, {Field::OutputConnector, static_cast<double>(Connector::Trs35)}})};
    QuickCheckGear gear{interfaceWith(2, 0), std::nullopt, {phones("small", Connector::Trs35), phones("big")}, std::nullopt};
    const QuickCheck built = buildQuickCheck(gear, {{adapter}, {}}, roughNodeSize);
    QVERIFY2(built.chain, qPrintable(built.error));
    QCOMPARE(countKind(*built.chain, DeviceKind::Adapter), 1); // the 3.5 mm plug only
    QCOMPARE(pluggedInto(*built.chain), (QStringList{QStringLiteral("Audio interface.hp1"), QStringLiteral("Audio interface.hp2")}));
    const AnalysisResult result = analyze(*built.chain);
    QVERIFY(std::none_of(result.findings.begin(), result.findings.end(), [](const Finding &f) { return f.code == FindingCode::NeedsAdapter; }));
}

void TestQuickCheck::ampIsFedFromTheLineOutputs()
{
    const Product amp{QStringLiteral("amp"),
                      makeSpec(DeviceKind::HeadphoneAmp,
                               {{Field::Channels, 2},
                                {Field::GainDb, 6},
                                {Field::InputConnector, static_cast<double>(Connector::Trs635)},
                                {Field::HpConnector, static_cast<double>(Connector::Trs635)}})};
    QuickCheckGear gear{interfaceWith(1, 2), amp, {phones("a"), phones("b")}, std::nullopt};
    const QuickCheck built = buildQuickCheck(gear, {}, roughNodeSize);
    QVERIFY2(built.chain, qPrintable(built.error));
    const Connection *feed = built.chain->connectionInto({QStringLiteral("headphone-amp"), QStringLiteral("in")});
    QVERIFY(feed);
    QCOMPARE(feed->from.port, QStringLiteral("line_out1")); // physics.md §6: not the headphone output
    QCOMPARE(pluggedInto(*built.chain), (QStringList{QStringLiteral("Headphone amp.out1"), QStringLiteral("Headphone amp.out2")}));
}

void TestQuickCheck::phantomForACondenserOnly_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("phantom");
    QTest::newRow("condenser") << static_cast<int>(MicType::Condenser) << true;
    QTest::newRow("dynamic") << static_cast<int>(MicType::Dynamic) << false;
    QTest::newRow("ribbon") << static_cast<int>(MicType::Ribbon) << false; // 48 V can harm an old ribbon
}

void TestQuickCheck::phantomForACondenserOnly()
{
    QFETCH(int, type);
    QFETCH(bool, phantom);
    QuickCheckGear gear{interfaceWith(1, 2), std::nullopt, {phones("a")}, mic(static_cast<MicType>(type))};
    const QuickCheck built = buildQuickCheck(gear, {}, roughNodeSize);
    QVERIFY2(built.chain, qPrintable(built.error));
    const Device &iface = *built.chain->device(u"interface");
    QCOMPARE(iface.settings.ports[static_cast<std::size_t>(iface.portIndex(u"in1"))].phantom, phantom);
    QVERIFY(iface.settings.directMonitor);
    const AnalysisResult result = analyze(*built.chain);
    QVERIFY(std::none_of(result.findings.begin(), result.findings.end(),
                         [](const Finding &f) { return f.code == FindingCode::PhantomOff || f.code == FindingCode::PhantomOnRibbon; }));
    // The voice reaches the interface: the microphone is heard.
    QVERIFY(result.port(built.chain->indexOf(u"interface"), iface.portIndex(u"in1")).rms > 0);
}

void TestQuickCheck::volumesAreSetForTheTarget()
{
    // 10 dBu into 32 Ω at 100 dB/mW reaches far past 110 dB SPL: the volume comes down to put the peaks on target.
    QuickCheckGear gear{interfaceWith(1, 0), std::nullopt, {phones("a")}, std::nullopt};
    const QuickCheck built = buildQuickCheck(gear, {}, roughNodeSize);
    QVERIFY2(built.chain, qPrintable(built.error));
    const AnalysisResult result = analyze(*built.chain);
    QCOMPARE(result.listeners.size(), std::size_t(1));
    QVERIFY(result.listeners.front().maxSpl > 110);
    QVERIFY(std::abs(result.listeners.front().peakSpl - 110) < 0.05); // tolerance: the volume search stops within 0.01 dB
}

void TestQuickCheck::monitorsTakeTheLineOutputs()
{
    // Monitors on the first line outputs, headphones on the headphone output, and an amp on the line outputs left.
    const Product amp{QStringLiteral("amp"), makeSpec(DeviceKind::HeadphoneAmp, {{Field::Channels, 1}, {Field::GainDb, 6}})};
    QuickCheckGear gear{interfaceWith(1, 2), std::nullopt, {monitors("desk"), phones("a")}, std::nullopt};
    QuickCheck built = buildQuickCheck(gear, {}, roughNodeSize);
    QVERIFY2(built.chain, qPrintable(built.error));
    QCOMPARE(pluggedInto(*built.chain, DeviceKind::Monitor), QStringList{QStringLiteral("Audio interface.line_out1")});
    QCOMPARE(pluggedInto(*built.chain), QStringList{QStringLiteral("Audio interface.hp1")});
    QCOMPARE(analyze(*built.chain).listeners.size(), std::size_t(2));
    gear.amp = amp;
    built = buildQuickCheck(gear, {}, roughNodeSize);
    QVERIFY2(built.chain, qPrintable(built.error));
    QCOMPARE(built.chain->connectionInto({QStringLiteral("headphone-amp"), QStringLiteral("in")})->from.port, QStringLiteral("line_out2"));
    // Two pairs take both line outputs; a third has none left.
    gear = {interfaceWith(1, 2), std::nullopt, {monitors("desk"), monitors("couch")}, std::nullopt};
    built = buildQuickCheck(gear, {}, roughNodeSize);
    QVERIFY2(built.chain, qPrintable(built.error));
    QCOMPARE(pluggedInto(*built.chain, DeviceKind::Monitor),
             (QStringList{QStringLiteral("Audio interface.line_out1"), QStringLiteral("Audio interface.line_out2")}));
    gear.listeners.push_back(monitors("kitchen"));
    QVERIFY(buildQuickCheck(gear, {}, roughNodeSize).error.contains(u"no free output"));
}

void TestQuickCheck::monitorsOnAPhonesJack()
{
    // A phone has no line outputs: the monitors take its jack, and headphones find no output left.
    const Product phone{QStringLiteral("phone"), playerOutputProduct()};
    QuickCheckGear gear{phone, std::nullopt, {monitors("desk")}, std::nullopt};
    const QuickCheck built = buildQuickCheck(gear, {}, roughNodeSize);
    QVERIFY2(built.chain, qPrintable(built.error));
    QCOMPARE(pluggedInto(*built.chain, DeviceKind::Monitor), QStringList{QStringLiteral("Computer, laptop or phone.hp1")});
    QVERIFY(!built.chain->connectionInto({QStringLiteral("player"), QStringLiteral("usb")})); // a phone plays itself
    gear.listeners.push_back(phones("a"));
    QVERIFY(buildQuickCheck(gear, {}, roughNodeSize).error.contains(u"no headphone output"));
}

void TestQuickCheck::usbMicrophoneWithItsHeadphones()
{
    const Product usbMic{QStringLiteral("usbmic"),
                         makeSpec(DeviceKind::UsbMic, {{Field::MaxSplDb, 120}, {Field::HpConnector, static_cast<double>(Connector::Trs35)}})};
    QuickCheckGear gear{usbMic, std::nullopt, {phones("a", Connector::Trs35)}, std::nullopt};
    const QuickCheck built = buildQuickCheck(gear, {}, roughNodeSize);
    QVERIFY2(built.chain, qPrintable(built.error));
    // The computer plays into it, a voice speaks into it and the headphones are on its jack, hearing the voice at once.
    QVERIFY(built.chain->connectionInto({QStringLiteral("usb-mic"), QStringLiteral("usb")}));
    const Connection *voice = built.chain->connectionInto({QStringLiteral("usb-mic"), QStringLiteral("sound")});
    QVERIFY(voice);
    QCOMPARE(built.chain->device(voice->from.device)->settings.programme, Programme::Speech);
    QCOMPARE(pluggedInto(*built.chain), QStringList{QStringLiteral("USB microphone.hp1")});
    const AnalysisResult result = analyze(*built.chain);
    QCOMPARE(result.listeners.front().monitoringLatencyMs, std::optional<double>(0.0));
    // A USB microphone has no microphone input.
    gear.microphone = mic(MicType::Dynamic);
    QVERIFY(buildQuickCheck(gear, {}, roughNodeSize).error.contains(u"no microphone input"));
}

void TestQuickCheck::mixerWithAHostOnEachOutput()
{
    const Product console{QStringLiteral("console"), makeSpec(DeviceKind::Mixer, {{Field::ComboInputs, 4}, {Field::HeadphoneOutputs, 4}})};
    QuickCheckGear gear{console, std::nullopt, {phones("a"), phones("b"), phones("c"), phones("d")}, mic(MicType::Condenser)};
    const QuickCheck built = buildQuickCheck(gear, {}, roughNodeSize);
    QVERIFY2(built.chain, qPrintable(built.error));
    const QString m = QStringLiteral("Mixer or podcast console.hp");
    QCOMPARE(pluggedInto(*built.chain), (QStringList{m + u'1', m + u'2', m + u'3', m + u'4'}));
    const Device &mixer = *built.chain->device(u"mixer");
    QVERIFY(mixer.settings.ports[static_cast<std::size_t>(mixer.portIndex(u"in1"))].phantom);
    QVERIFY(!mixer.settings.directMonitor); // a mixer has no such switch: it always mixes its inputs
    const AnalysisResult result = analyze(*built.chain);
    QVERIFY(result.port(built.chain->indexOf(u"mixer"), mixer.portIndex(u"in1")).rms > 0);
    for (const ListenerResult &l : result.listeners)
        QCOMPARE(l.monitoringLatencyMs, std::optional<double>(0.0));
}

void TestQuickCheck::refusesWhatCannotBeWired()
{
    const Product laptop{QStringLiteral("laptop"), makeSpec(DeviceKind::Player, {{Field::HeadphoneOutputs, 0}})};
    QVERIFY(buildQuickCheck({laptop, std::nullopt, {phones("a")}, std::nullopt}, {}, roughNodeSize).error.contains(u"no headphone output"));
    QVERIFY(buildQuickCheck({interfaceWith(1, 0), std::nullopt, {}, std::nullopt}, {}, roughNodeSize).error.contains(u"at least one"));
    QVERIFY(buildQuickCheck({interfaceWith(1, 0), std::nullopt, {phones("a"), phones("b")}, std::nullopt}, {{}, {splitter("y2", 2)}}, roughNodeSize)
                .chain);
    QVERIFY(buildQuickCheck({interfaceWith(1, 0), std::nullopt, {phones("a"), phones("b"), phones("c")}, std::nullopt}, {{}, {splitter("y2", 2)}},
                            roughNodeSize)
                .error.contains(u"3 outputs"));
}

void TestQuickCheck::passiveSpeakersThroughTheirAmplifier()
{
    // The power amplifier takes the first line output and drives the pair; the headphones keep the headphone output;
    // the amplifier's volume comes down to put the speakers' peaks on their 100 dB SPL target (physics.md §6).
    QuickCheckGear gear{interfaceWith(1, 2), powerAmp(), {passiveSpeakers("pair"), phones("a")}, std::nullopt};
    const QuickCheck built = buildQuickCheck(gear, {}, roughNodeSize);
    QVERIFY2(built.chain, qPrintable(built.error));
    QCOMPARE(built.chain->connectionInto({QStringLiteral("power-amp"), QStringLiteral("in")})->from.port, QStringLiteral("line_out1"));
    QCOMPARE(pluggedInto(*built.chain, DeviceKind::PassiveSpeaker), QStringList{QStringLiteral("Power amplifier.out")});
    QCOMPARE(pluggedInto(*built.chain), QStringList{QStringLiteral("Audio interface.hp1")});
    const AnalysisResult result = analyze(*built.chain);
    const ListenerResult *pair = result.listener(built.chain->indexOf(QStringLiteral("passive-speaker")));
    QVERIFY(pair);
    QVERIFY(pair->maxSpl > 100);
    QVERIFY(std::abs(pair->peakSpl - 100) < 0.05); // tolerance: the volume search stops within 0.01 dB
    QVERIFY(built.chain->device(QStringLiteral("power-amp"))->settings.ports[1].volumeDb < 0);

    // Passive speakers need their amplifier, and it drives one pair.
    const Product headphoneAmp{QStringLiteral("amp"), makeSpec(DeviceKind::HeadphoneAmp, {{Field::Channels, 1}})};
    for (const std::optional<Product> &amp : {std::optional<Product>(), std::optional<Product>(headphoneAmp)})
        QVERIFY(buildQuickCheck({interfaceWith(1, 2), amp, {passiveSpeakers("pair")}, std::nullopt}, {}, roughNodeSize)
                    .error.contains(u"are passive speakers"));
    QVERIFY(buildQuickCheck({interfaceWith(1, 2), powerAmp(), {passiveSpeakers("a"), passiveSpeakers("b")}, std::nullopt}, {}, roughNodeSize)
                .error.contains(u"one pair"));
    QVERIFY(buildQuickCheck({interfaceWith(1, 2), powerAmp(), {phones("a")}, std::nullopt}, {}, roughNodeSize).error.contains(u"one pair"));
}

QTEST_GUILESS_MAIN(TestQuickCheck)
#include "tst_quickcheck.moc"
