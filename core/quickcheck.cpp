// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "quickcheck.h"

#include "advisor.h"

#include <QCoreApplication>

#include <algorithm>

namespace headroom {
namespace {

/// Adds a device for a product with an id of its own (its kind, numbered) and returns its id.
QString add(Chain &chain, const Product &product)
{
    Device device(chain.uniqueId(QString::fromLatin1(kindKey(product.spec.kind()))), product.spec);
    device.catalogId = product.id;
    chain.devices.push_back(std::move(device));
    return chain.devices.back().id;
}

/// The computer that plays into an interface over USB (DAW playback, music).
QString addComputer(Chain &chain)
{
    DeviceSpec spec(DeviceKind::Player);
    spec.model = QCoreApplication::translate("QuickCheck", "Computer");
    spec.variant = QCoreApplication::translate("QuickCheck", "DAW playback");
    spec.set(Field::HeadphoneOutputs, 0);
    return add(chain, {QString(), spec});
}

std::vector<PortRef> portsWithRole(const Device &device, PortRole role)
{
    std::vector<PortRef> out;
    for (const PortSpec &port : device.ports)
        if (port.role == role)
            out.push_back({device.id, port.id});
    return out;
}

/// A cable from `from` to `to`, through an adapter where the plug does not fit; the refusal when none can work.
QString wire(Chain &chain, const PortRef &from, const PortRef &to, const QuickCheckParts &parts)
{
    const ConnectionCheck check = chain.checkConnection(from, to);
    if (check.refused)
        return check.refusal;
    if (!check.needsAdapter) {
        chain.connections.push_back({from, to});
        return {};
    }
    Device adapter = adapterFor(chain, check.plug, check.socket, parts.adapters);
    const PortRef in{adapter.id, adapter.ports.front().id};
    const PortRef out{adapter.id, adapter.ports.back().id};
    chain.devices.push_back(std::move(adapter));
    chain.connections.push_back({from, in});
    chain.connections.push_back({out, to});
    return {};
}

/// The splitter with the fewest outputs that still has `needed`, one whose input fits `socket` first.
const Product *splitterFor(const QuickCheckParts &parts, int needed, Connector socket)
{
    const Product *best = nullptr;
    const auto rank = [socket](const Product &p) {
        return std::pair(p.spec.count(Field::Outputs), !connectorsMate(static_cast<Connector>(p.spec.count(Field::InputConnector)), socket));
    };
    for (const Product &p : parts.splitters)
        if (p.spec.kind() == DeviceKind::Splitter && p.spec.count(Field::Outputs) >= needed && (!best || rank(p) < rank(*best)))
            best = &p;
    return best;
}

/// Sources whose computer plays into them over USB.
bool playsFromAComputer(const Device &source) { return source.portIndex(u"usb") >= 0 && source.spec.kind() != DeviceKind::Player; }

/// Why the gear cannot make a chain, or nothing when it can.
QString refusal(const QuickCheckGear &gear)
{
    const DeviceKind source = gear.source.spec.kind();
    if (source == DeviceKind::HeadphoneAmp)
        return QCoreApplication::translate(
                   "QuickCheck",
                   "%1 is a headphone amp: choose what feeds it (an interface, computer or phone) as the source, and the amp as the amp")
            .arg(gear.source.spec.displayName());
    if (source != DeviceKind::Interface && source != DeviceKind::Player && source != DeviceKind::Mixer && source != DeviceKind::UsbMic)
        return QCoreApplication::translate(
                   "QuickCheck", "%1 does not play into headphones: start from an audio interface, a mixer, a USB microphone, a computer or a phone")
            .arg(gear.source.spec.displayName());
    if (gear.amp && gear.amp->spec.kind() != DeviceKind::HeadphoneAmp && gear.amp->spec.kind() != DeviceKind::PowerAmp)
        return QCoreApplication::translate("QuickCheck", "%1 is neither a headphone amp nor a power amplifier").arg(gear.amp->spec.displayName());
    if (gear.listeners.empty())
        return QCoreApplication::translate("QuickCheck", "Choose at least one pair of headphones or monitors");
    for (const Product &p : gear.listeners)
        if (!isListener(p.spec.kind()))
            return QCoreApplication::translate("QuickCheck", "%1 is neither headphones nor studio monitors").arg(p.spec.displayName());
    // A power amplifier drives one pair of passive speakers, and passive speakers need one.
    const bool powerAmp = gear.amp && gear.amp->spec.kind() == DeviceKind::PowerAmp;
    const auto isPassive = [](const Product &p) { return p.spec.kind() == DeviceKind::PassiveSpeaker; };
    const auto passive = std::count_if(gear.listeners.begin(), gear.listeners.end(), isPassive);
    if (passive > 0 && !powerAmp)
        return QCoreApplication::translate("QuickCheck", "%1 are passive speakers: choose the power amplifier that drives them as the amp")
            .arg(std::find_if(gear.listeners.begin(), gear.listeners.end(), isPassive)->spec.displayName());
    if (powerAmp && passive != 1)
        return QCoreApplication::translate("QuickCheck", "%1 drives one pair of passive speakers: choose one pair").arg(gear.amp->spec.displayName());
    if (gear.microphone && gear.microphone->spec.kind() != DeviceKind::Microphone)
        return QCoreApplication::translate("QuickCheck", "%1 is not a microphone").arg(gear.microphone->spec.displayName());
    if (gear.microphone && ((source != DeviceKind::Interface && source != DeviceKind::Mixer) || gear.source.spec.count(Field::ComboInputs) < 1))
        return QCoreApplication::translate("QuickCheck", "%1 has no microphone input: a microphone needs an audio interface or a mixer")
            .arg(gear.source.spec.displayName());
    return {};
}

/// Plugs each pair of monitors, and the power amplifier of passive speakers, into the next of the source's line
/// outputs, or of its headphone outputs where it has no line outputs (a phone's jack through a cable); returns the
/// headphone outputs left over.
std::vector<PortRef> plugMonitors(Chain &chain, const QuickCheckGear &gear, const QString &source, const QuickCheckParts &parts, QString &error)
{
    const Device &device = *chain.device(source);
    std::vector<PortRef> hp = portsWithRole(device, PortRole::HeadphoneOut);
    std::vector<PortRef> outputs = portsWithRole(device, PortRole::LineOut);
    const bool onHeadphoneOutputs = outputs.empty();
    if (onHeadphoneOutputs)
        outputs = hp;
    std::size_t next = 0;
    for (const Product &p : gear.listeners) {
        if (!isSpeakers(p.spec.kind()))
            continue;
        const bool passive = p.spec.kind() == DeviceKind::PassiveSpeaker;
        if (next == outputs.size()) {
            error = QCoreApplication::translate("QuickCheck", "%1 has no free output for %2")
                        .arg(gear.source.spec.displayName(), (passive ? *gear.amp : p).spec.displayName());
            return {};
        }
        const QString id = add(chain, p);
        if (passive) { // physics.md §6: the source's line level into the amplifier, its speaker outputs into the speakers
            const QString amp = add(chain, *gear.amp);
            chain.connections.push_back({{amp, QStringLiteral("out")}, {id, QStringLiteral("in")}});
            if (error = wire(chain, outputs[next++], {amp, QStringLiteral("in")}, parts); !error.isEmpty())
                return {};
        } else if (error = wire(chain, outputs[next++], {id, QStringLiteral("in")}, parts); !error.isEmpty()) {
            return {};
        }
    }
    if (onHeadphoneOutputs)
        hp.erase(hp.begin(), hp.begin() + static_cast<std::ptrdiff_t>(next));
    return hp;
}

/// The outputs that take the headphones: the amp's (fed from the source), or the source's headphone outputs left.
std::vector<PortRef> headphoneOutputs(Chain &chain, const QuickCheckGear &gear, const QString &source, std::vector<PortRef> sourceHp,
                                      const QuickCheckParts &parts, QString &error)
{
    if (!gear.amp || gear.amp->spec.kind() != DeviceKind::HeadphoneAmp) {
        if (sourceHp.empty())
            error = QCoreApplication::translate("QuickCheck", "%1 has no headphone output: add a headphone amp").arg(gear.source.spec.displayName());
        return sourceHp;
    }
    // physics.md §6: an amp is fed from line outputs where there are some, not from a headphone output; monitors
    // already plugged in keep theirs.
    std::vector<PortRef> feeds = portsWithRole(*chain.device(source), PortRole::LineOut);
    std::erase_if(feeds, [&chain](const PortRef &out) {
        return std::any_of(chain.connections.begin(), chain.connections.end(), [&out](const Connection &c) { return c.from == out; });
    });
    feeds.insert(feeds.end(), sourceHp.begin(), sourceHp.end());
    if (feeds.empty()) {
        error = QCoreApplication::translate("QuickCheck", "%1 has no analogue output to feed the amp").arg(gear.source.spec.displayName());
        return {};
    }
    const QString amp = add(chain, *gear.amp);
    error = wire(chain, feeds.front(), {amp, QStringLiteral("in")}, parts);
    return portsWithRole(*chain.device(amp), PortRole::HeadphoneOut);
}

/// Plugs the headphones into `outputs`, one each; the last output feeds a splitter when there are more of them.
QString plugHeadphones(Chain &chain, const std::vector<Product> &headphones, bool named, std::vector<PortRef> outputs, const QuickCheckParts &parts)
{
    const int listeners = static_cast<int>(headphones.size());
    if (listeners > static_cast<int>(outputs.size())) {
        const PortRef shared = outputs.back();
        outputs.pop_back();
        const int needed = listeners - static_cast<int>(outputs.size());
        const Connector socket =
            chain.device(shared.device)->ports[static_cast<std::size_t>(chain.device(shared.device)->portIndex(shared.port))].connector;
        const Product *splitter = splitterFor(parts, needed, socket);
        if (!splitter)
            return QCoreApplication::translate("QuickCheck", "No splitter in the catalog has %1 outputs: use a distribution amp").arg(needed);
        const QString id = add(chain, *splitter);
        if (QString error = wire(chain, shared, {id, QStringLiteral("in")}, parts); !error.isEmpty())
            return error;
        const std::vector<PortRef> splits = portsWithRole(*chain.device(id), PortRole::PassiveOut);
        outputs.insert(outputs.end(), splits.begin(), splits.end());
    }
    for (int i = 0; i < listeners; ++i) {
        const QString id = add(chain, headphones[static_cast<std::size_t>(i)]);
        if (named)
            chain.device(id)->settings.listener = QCoreApplication::translate("QuickCheck", "Listener %1").arg(i + 1);
        if (QString error = wire(chain, outputs[static_cast<std::size_t>(i)], {id, QStringLiteral("in")}, parts); !error.isEmpty())
            return error;
    }
    return {};
}

/// A voice, speaking at its default distance; returns its id.
QString addVoice(Chain &chain)
{
    const QString voice = add(chain, {QString(), DeviceSpec(DeviceKind::AcousticSource)});
    chain.device(voice)->label = QCoreApplication::translate("QuickCheck", "Voice");
    chain.device(voice)->settings.programme = Programme::Speech;
    return voice;
}

/// A voice in front of the microphone, the microphone in the first input with 48 V where it needs it, heard through
/// direct monitoring (a mixer always mixes its inputs itself).
QString addMicrophone(Chain &chain, const Product &microphone, const QString &source, const QuickCheckParts &parts)
{
    const QString voice = addVoice(chain); // the voice first: it leads the signal flow
    const QString mic = add(chain, microphone);
    chain.connections.push_back({{voice, QStringLiteral("sound")}, {mic, QStringLiteral("sound")}});
    Device &device = *chain.device(source);
    if (device.spec.kind() == DeviceKind::Interface)
        device.settings.directMonitor = true;
    device.settings.ports[static_cast<std::size_t>(device.portIndex(u"in1"))].phantom = needsPhantom(microphone.spec);
    return wire(chain, {mic, QStringLiteral("out")}, {source, QStringLiteral("in1")}, parts);
}

} // namespace

QuickCheck buildQuickCheck(const QuickCheckGear &gear, const QuickCheckParts &parts, const NodeSize &sizeOf)
{
    if (QString error = refusal(gear); !error.isEmpty())
        return {std::nullopt, error};
    Chain chain;
    const int listeners = static_cast<int>(gear.listeners.size());
    std::vector<Product> headphones;
    std::copy_if(gear.listeners.begin(), gear.listeners.end(), std::back_inserter(headphones),
                 [](const Product &p) { return p.spec.kind() == DeviceKind::Headphones; });

    chain.title =
        QCoreApplication::translate("QuickCheck", "%1 with %2")
            .arg(gear.source.spec.displayName(),
                 listeners == 1                                   ? gear.listeners.front().spec.displayName()
                     : headphones.size() == gear.listeners.size() ? QCoreApplication::translate("QuickCheck", "%n headphones", "", listeners)
                                                                  : QCoreApplication::translate("QuickCheck", "%n listeners", "", listeners));
    const QString source = add(chain, gear.source);
    if (playsFromAComputer(*chain.device(source)))
        chain.connections.push_back({{addComputer(chain), QStringLiteral("usb")}, {source, QStringLiteral("usb")}});
    if (gear.source.spec.kind() == DeviceKind::UsbMic) {
        chain.connections.push_back({{addVoice(chain), QStringLiteral("sound")}, {source, QStringLiteral("sound")}});
        chain.device(source)->settings.directMonitor = gear.source.spec.flag(Field::HasDirectMonitoring);
    }
    QString error;
    std::vector<PortRef> outputs = plugMonitors(chain, gear, source, parts, error);
    if (error.isEmpty() && !headphones.empty())
        outputs = headphoneOutputs(chain, gear, source, std::move(outputs), parts, error);
    if (error.isEmpty() && !headphones.empty())
        error = plugHeadphones(chain, headphones, listeners > 1, outputs, parts);
    if (error.isEmpty() && gear.microphone)
        error = addMicrophone(chain, *gear.microphone, source, parts);
    if (!error.isEmpty())
        return {std::nullopt, error};
    // As a person would, the volumes go down to each listener's target: full volume clips a strong amp.
    static_cast<void>(setVolumesForTarget(chain, analyze(chain)));
    const std::vector<QPointF> at = arrangeBySignalFlow(chain, sizeOf);
    for (std::size_t i = 0; i < chain.devices.size(); ++i) {
        chain.devices[i].x = at[i].x();
        chain.devices[i].y = at[i].y();
    }
    return {std::move(chain), QString()};
}

} // namespace headroom
