// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chain.h"

#include "units.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace headroom {
namespace {

constexpr const char *kProgrammeKeys[] = {"speech", "music", "pink-noise", "tone", "sweep"};
constexpr const char *kProgrammeLabels[] = {QT_TRANSLATE_NOOP("Program", "Speech"), QT_TRANSLATE_NOOP("Program", "Music"),
                                            QT_TRANSLATE_NOOP("Program", "Pink noise"), QT_TRANSLATE_NOOP("Program", "1 kHz tone"),
                                            QT_TRANSLATE_NOOP("Program", "Sweep 20 Hz–20 kHz")};

/// Nominal level of each signal class in dBu (physics.md §1: mic ~5–50 mV, instrument ~10–30 mV, pro line +4 dBu).
double nominalDbu(SignalClass c)
{
    switch (c) {
    case SignalClass::Mic:
        return -40.0;
    case SignalClass::Instrument:
        return -20.0;
    default:
        return 4.0;
    }
}

/// Unset (NaN) equals unset.
bool same(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }

} // namespace

bool operator==(const PortSettings &a, const PortSettings &b)
{
    return same(a.gainDb, b.gainDb) && a.volumeDb == b.volumeDb && a.faderDb == b.faderDb && a.auxSendDb == b.auxSendDb && a.phantom == b.phantom
        && a.hiZ == b.hiZ;
}

bool operator==(const DeviceSettings &a, const DeviceSettings &b)
{
    return a.ports == b.ports && a.directMonitor == b.directMonitor && a.programme == b.programme && same(a.splDb, b.splDb)
        && a.referenceDistanceM == b.referenceDistanceM && a.distanceM == b.distanceM && same(a.levelDbfs, b.levelDbfs)
        && same(a.levelDbv, b.levelDbv) && same(a.crestDb, b.crestDb) && a.listener == b.listener && a.targetPeakSplDb == b.targetPeakSplDb
        && a.listeningDistanceM == b.listeningDistanceM && a.roomGainDb == b.roomGainDb && a.bothSpeakers == b.bothSpeakers
        && a.levelControlDb == b.levelControlDb && a.monitorInputs == b.monitorInputs && a.bufferSamples == b.bufferSamples
        && a.sampleRateHz == b.sampleRateHz;
}

SignalClass primaryClass(SignalClasses classes)
{
    for (SignalClass c : {SignalClass::Line, SignalClass::Headphone, SignalClass::Mic, SignalClass::Instrument, SignalClass::Acoustic,
                          SignalClass::Digital, SignalClass::Midi, SignalClass::Speaker})
        if (classes & bit(c))
            return c;
    return SignalClass::Line;
}

double levelGapDb(SignalClasses out, SignalClasses in)
{
    if (out & in)
        return 0.0;
    const double gap = nominalDbu(primaryClass(out)) - nominalDbu(primaryClass(in));
    return std::abs(gap) < 1 ? 0.0 : gap;
}

const char *programmeKey(Programme p) { return kProgrammeKeys[static_cast<int>(p)]; }
const char *programmeLabel(Programme p) { return kProgrammeLabels[static_cast<int>(p)]; }

std::optional<Programme> programmeByKey(QStringView key)
{
    for (std::size_t i = 0; i < std::size(kProgrammeKeys); ++i)
        if (key == QLatin1StringView(kProgrammeKeys[i]))
            return static_cast<Programme>(i);
    if (key == u"sine") // the tone's key in projects written before the preview and the engine shared one list
        return Programme::Tone;
    return std::nullopt;
}

double programmeCrestDb(Programme p)
{
    switch (p) {
    case Programme::Speech:
        return 12.0; // physics.md §3 [S75]
    case Programme::Music:
        return 18.0; // physics.md §3 [S75]: 18–20 dB
    case Programme::PinkNoise:
        return 12.0; // Gaussian noise clipped at 4σ
    case Programme::Tone:
    case Programme::Sweep:
        return units::kSineCrestDb; // physics.md §0
    }
    return 18.0;
}

Device::Device(QString deviceId, DeviceSpec deviceSpec) : id(std::move(deviceId))
{
    if (isSpeakers(deviceSpec.kind()))
        settings.targetPeakSplDb = kMonitorTargetPeakSplDb;
    setSpec(std::move(deviceSpec));
}

void Device::setSpec(DeviceSpec newSpec)
{
    std::vector<PortSpec> newPorts = portsOf(newSpec);
    std::vector<PortSettings> newSettings(newPorts.size());
    for (std::size_t i = 0; i < newPorts.size(); ++i) {
        const int old = portIndex(newPorts[i].id);
        if (old >= 0 && static_cast<std::size_t>(old) < settings.ports.size())
            newSettings[i] = settings.ports[static_cast<std::size_t>(old)];
    }
    spec = std::move(newSpec);
    ports = std::move(newPorts);
    settings.ports = std::move(newSettings);
}

int Device::portIndex(QStringView portId) const
{
    for (std::size_t i = 0; i < ports.size(); ++i)
        if (ports[i].id == portId)
            return static_cast<int>(i);
    return -1;
}

int Chain::indexOf(QStringView deviceId) const
{
    for (std::size_t i = 0; i < devices.size(); ++i)
        if (devices[i].id == deviceId)
            return static_cast<int>(i);
    return -1;
}

const Device *Chain::device(QStringView deviceId) const
{
    const int i = indexOf(deviceId);
    return i < 0 ? nullptr : &devices[static_cast<std::size_t>(i)];
}

Device *Chain::device(QStringView deviceId)
{
    const int i = indexOf(deviceId);
    return i < 0 ? nullptr : &devices[static_cast<std::size_t>(i)];
}

QString Chain::uniqueId(const QString &prefix) const
{
    if (indexOf(prefix) < 0)
        return prefix;
    for (int n = 2;; ++n) {
        const QString candidate = prefix + u'-' + QString::number(n);
        if (indexOf(candidate) < 0)
            return candidate;
    }
}

QString Chain::portName(const PortRef &ref) const
{
    const Device *d = device(ref.device);
    const int p = d ? d->portIndex(ref.port) : -1;
    if (p < 0)
        return ref.toString();
    return QCoreApplication::translate("Port", "%1 %2").arg(d->name(), portLabel(d->ports[static_cast<std::size_t>(p)]));
}

const Connection *Chain::connectionInto(const PortRef &input) const
{
    const auto it = std::find_if(connections.begin(), connections.end(), [&](const Connection &c) { return c.to == input; });
    return it == connections.end() ? nullptr : &*it;
}

ConnectionCheck Chain::checkConnection(const PortRef &from, const PortRef &to) const
{
    ConnectionCheck check;
    const auto refuse = [&check](QString why) {
        check.refused = true;
        check.refusal = std::move(why);
        return check;
    };
    const Device *source = device(from.device);
    const Device *sink = device(to.device);
    if (!source || !sink)
        return refuse(QCoreApplication::translate("Connection", "no such device"));
    if (source == sink)
        return refuse(QCoreApplication::translate("Connection", "a device cannot feed itself"));
    const int outIndex = source->portIndex(from.port);
    const int inIndex = sink->portIndex(to.port);
    if (outIndex < 0 || inIndex < 0)
        return refuse(QCoreApplication::translate("Connection", "no such port"));
    const PortSpec &out = source->ports[static_cast<std::size_t>(outIndex)];
    const PortSpec &in = sink->ports[static_cast<std::size_t>(inIndex)];
    if (out.direction != Direction::Out || in.direction != Direction::In)
        return refuse(QCoreApplication::translate("Connection", "a cable runs from an output to an input"));
    if (const Connection *existing = connectionInto(to); existing && existing->from != from)
        return refuse(QCoreApplication::translate("Connection", "this input is already connected to %1").arg(existing->from.toString()));

    if ((out.classes & kSeparateClasses) != (in.classes & kSeparateClasses) && !(out.classes & in.classes))
        return refuse(QCoreApplication::translate("Connection", "%1 output into a %2 input")
                          .arg(QCoreApplication::translate("SignalClass", signalClassLabel(primaryClass(out.classes))),
                               QCoreApplication::translate("SignalClass", signalClassLabel(primaryClass(in.classes)))));
    check.levelGapDb = levelGapDb(out.classes, in.classes);
    if (!connectorsMate(out.connector, in.connector)) {
        check.needsAdapter = true;
        check.plug = out.connector;
        check.socket = in.connector;
    }
    return check;
}

} // namespace headroom
