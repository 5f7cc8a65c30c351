// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "quickcheck.h"

#include "advisor.h"

#include <QCoreApplication>

#include <algorithm>

namespace headroom {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("QuickCheck", text); }

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
    spec.model = tr("Computer");
    spec.variant = tr("DAW playback");
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

/// Why the gear cannot make a chain, or nothing when it can.
QString refusal(const QuickCheckGear &gear)
{
    const DeviceKind source = gear.source.spec.kind();
    if (source == DeviceKind::HeadphoneAmp)
        return tr("%1 is a headphone amp: choose what feeds it (an interface, computer or phone) as the source, and the amp as the amp")
            .arg(gear.source.spec.displayName());
    if (source != DeviceKind::Interface && source != DeviceKind::Player)
        return tr("%1 does not play into headphones: start from an audio interface, a computer or a phone").arg(gear.source.spec.displayName());
    if (gear.amp && gear.amp->spec.kind() != DeviceKind::HeadphoneAmp)
        return tr("%1 is not a headphone amp").arg(gear.amp->spec.displayName());
    if (gear.headphones.empty())
        return tr("Choose at least one pair of headphones");
    for (const Product &p : gear.headphones)
        if (p.spec.kind() != DeviceKind::Headphones)
            return tr("%1 is not headphones").arg(p.spec.displayName());
    if (gear.microphone && gear.microphone->spec.kind() != DeviceKind::Microphone)
        return tr("%1 is not a microphone").arg(gear.microphone->spec.displayName());
    if (gear.microphone && (source != DeviceKind::Interface || gear.source.spec.count(Field::ComboInputs) < 1))
        return tr("%1 has no microphone input: a microphone needs an audio interface").arg(gear.source.spec.displayName());
    return {};
}

/// The outputs that take the listeners: the amp's (fed from the source), or the source's headphone outputs.
std::vector<PortRef> listenerOutputs(Chain &chain, const QuickCheckGear &gear, const QString &source, const QuickCheckParts &parts, QString &error)
{
    const std::vector<PortRef> sourceHp = portsWithRole(*chain.device(source), PortRole::HeadphoneOut);
    if (!gear.amp) {
        if (sourceHp.empty())
            error = tr("%1 has no headphone output: add a headphone amp").arg(gear.source.spec.displayName());
        return sourceHp;
    }
    // physics.md §6: an amp is fed from line outputs where there are some, not from a headphone output.
    std::vector<PortRef> feeds = portsWithRole(*chain.device(source), PortRole::LineOut);
    feeds.insert(feeds.end(), sourceHp.begin(), sourceHp.end());
    if (feeds.empty()) {
        error = tr("%1 has no analogue output to feed the amp").arg(gear.source.spec.displayName());
        return {};
    }
    const QString amp = add(chain, *gear.amp);
    error = wire(chain, feeds.front(), {amp, QStringLiteral("in")}, parts);
    return portsWithRole(*chain.device(amp), PortRole::HeadphoneOut);
}

/// Plugs the listeners into `outputs`, one each; the last output feeds a splitter when there are more listeners.
QString plugListeners(Chain &chain, const QuickCheckGear &gear, std::vector<PortRef> outputs, const QuickCheckParts &parts)
{
    const int listeners = static_cast<int>(gear.headphones.size());
    if (listeners > static_cast<int>(outputs.size())) {
        const PortRef shared = outputs.back();
        outputs.pop_back();
        const int needed = listeners - static_cast<int>(outputs.size());
        const Connector socket =
            chain.device(shared.device)->ports[static_cast<std::size_t>(chain.device(shared.device)->portIndex(shared.port))].connector;
        const Product *splitter = splitterFor(parts, needed, socket);
        if (!splitter)
            return tr("No splitter in the catalog has %1 outputs: use a distribution amp").arg(needed);
        const QString id = add(chain, *splitter);
        if (QString error = wire(chain, shared, {id, QStringLiteral("in")}, parts); !error.isEmpty())
            return error;
        const std::vector<PortRef> splits = portsWithRole(*chain.device(id), PortRole::PassiveOut);
        outputs.insert(outputs.end(), splits.begin(), splits.end());
    }
    for (int i = 0; i < listeners; ++i) {
        const QString id = add(chain, gear.headphones[static_cast<std::size_t>(i)]);
        if (listeners > 1)
            chain.device(id)->settings.listener = tr("Listener %1").arg(i + 1);
        if (QString error = wire(chain, outputs[static_cast<std::size_t>(i)], {id, QStringLiteral("in")}, parts); !error.isEmpty())
            return error;
    }
    return {};
}

/// A voice in front of the microphone, the microphone in the interface's first input with 48 V where it needs it,
/// heard through direct monitoring.
QString addMicrophone(Chain &chain, const Product &microphone, const QString &interface, const QuickCheckParts &parts)
{
    DeviceSpec voiceSpec(DeviceKind::AcousticSource);
    const QString voice = add(chain, {QString(), voiceSpec});
    chain.device(voice)->label = tr("Voice");
    chain.device(voice)->settings.programme = Programme::Speech;
    const QString mic = add(chain, microphone);
    chain.connections.push_back({{voice, QStringLiteral("sound")}, {mic, QStringLiteral("sound")}});
    Device &iface = *chain.device(interface);
    iface.settings.directMonitor = true;
    iface.settings.ports[static_cast<std::size_t>(iface.portIndex(u"in1"))].phantom = needsPhantom(microphone.spec);
    return wire(chain, {mic, QStringLiteral("out")}, {interface, QStringLiteral("in1")}, parts);
}

} // namespace

QuickCheck buildQuickCheck(const QuickCheckGear &gear, const QuickCheckParts &parts, const NodeSize &sizeOf)
{
    if (QString error = refusal(gear); !error.isEmpty())
        return {std::nullopt, error};
    Chain chain;
    const int listeners = static_cast<int>(gear.headphones.size());
    chain.title = tr("%1 with %2")
                      .arg(gear.source.spec.displayName(),
                           listeners == 1 ? gear.headphones.front().spec.displayName()
                                          : QCoreApplication::translate("QuickCheck", "%n headphones", "", listeners));
    const QString source = add(chain, gear.source);
    if (gear.source.spec.kind() == DeviceKind::Interface)
        chain.connections.push_back({{addComputer(chain), QStringLiteral("usb")}, {source, QStringLiteral("usb")}});
    QString error;
    const std::vector<PortRef> outputs = listenerOutputs(chain, gear, source, parts, error);
    if (error.isEmpty())
        error = plugListeners(chain, gear, outputs, parts);
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
