// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settings.h"

#include "analysis.h"
#include "gearspec.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace headroom {
namespace {

constexpr std::uint32_t kind(DeviceKind k) { return 1u << static_cast<unsigned>(k); }
constexpr std::uint32_t role(PortRole r) { return 1u << static_cast<unsigned>(r); }
constexpr std::uint32_t kSources = kind(DeviceKind::AcousticSource) | kind(DeviceKind::Instrument) | kind(DeviceKind::Player);
constexpr std::uint32_t kOutputsWithVolume =
    role(PortRole::LineOut) | role(PortRole::AuxOut) | role(PortRole::HeadphoneOut) | role(PortRole::SpeakerOut);
constexpr std::uint32_t kAnyKind = ~0u;
constexpr std::uint32_t kConverters = kind(DeviceKind::Interface) | kind(DeviceKind::UsbMic);
/// Kinds whose inputs have 48 V and Hi-Z switches.
constexpr std::uint32_t kChannelStrips = kind(DeviceKind::Interface) | kind(DeviceKind::Mixer) | kind(DeviceKind::Preamp);
constexpr std::uint32_t kSpeakers = kind(DeviceKind::Monitor) | kind(DeviceKind::PassiveSpeaker);
constexpr std::uint32_t kListeners = kind(DeviceKind::Headphones) | kSpeakers;

QVariant number(double v) { return std::isnan(v) ? QVariant() : QVariant(v); }
double numberOf(const QVariant &v) { return v.isValid() ? v.toDouble() : kUnset; }

PortSettings &portOf(Device &d, int port) { return d.settings.ports[static_cast<std::size_t>(port)]; }
const PortSettings &portOf(const Device &d, int port) { return d.settings.ports[static_cast<std::size_t>(port)]; }

/// The gain a control offers on an interface, as the engine takes it (devices.cpp): the published maximum, else the
/// minimum plus a published span; typical values where neither is known.
std::pair<double, double> gainRange(const Device &device)
{
    const auto figure = [&device](Field f, double fallback) {
        return device.spec.value(f).value_or(typicalValue(device.spec, f).value_or(fallback));
    };
    if (device.spec.kind() == DeviceKind::UsbMic) // from no gain to its span (physics.md §3, "USB microphones")
        return {0.0, figure(Field::GainRangeDb, 0)};
    const double from = figure(Field::GainMinDb, 0);
    const std::optional<double> span = device.spec.value(Field::GainRangeDb);
    return {from, device.spec.has(Field::GainMaxDb) || !span ? figure(Field::GainMaxDb, from + 60) : from + *span};
}

// The ranges are wider than any real setting and narrow enough that every level, voltage and SPL computed from them
// stays finite (tst_finiteoutput).
const SettingDef kSettings[] = {
    {"directMonitor", SettingType::Flag, false, kConverters, 0, 0, 0, "", 1, "", QT_TRANSLATE_NOOP("Setting", "Direct monitoring"),
     [](const Device &d, int) { return QVariant(d.settings.directMonitor); },
     [](Device &d, int, const QVariant &v) { d.settings.directMonitor = v.toBool(); }},
    {"program", SettingType::Choice, false, kSources, 0, 0, 0, "", 1, "", QT_TRANSLATE_NOOP("Setting", "Programme"),
     [](const Device &d, int) { return QVariant(QString::fromLatin1(programmeKey(d.settings.programme))); },
     [](Device &d, int, const QVariant &v) { d.settings.programme = programmeByKey(v.toString()).value_or(d.settings.programme); }},
    // a whisper to a kick drum at the head; 150 dB SPL hurts at once
    {"splDb", SettingType::Number, false, kind(DeviceKind::AcousticSource), 0, 0, 150, "dB SPL", 1, "dB SPL", QT_TRANSLATE_NOOP("Setting", "Level"),
     [](const Device &d, int) { return number(d.settings.splDb); }, [](Device &d, int, const QVariant &v) { d.settings.splDb = numberOf(v); },
     [](const Device &, const PortResult *) { return QVariant(kDefaultSourceSplDb); }},
    // a capsule's grille to across a room
    {"referenceDistanceM", SettingType::Number, false, kind(DeviceKind::AcousticSource), 0, 0.005, 10, "m", 100, "cm",
     QT_TRANSLATE_NOOP("Setting", "Level measured at"), [](const Device &d, int) { return QVariant(d.settings.referenceDistanceM); },
     [](Device &d, int, const QVariant &v) { d.settings.referenceDistanceM = v.toDouble(); }},
    {"distanceM", SettingType::Number, false, kind(DeviceKind::AcousticSource), 0, 0.005, 10, "m", 100, "cm",
     QT_TRANSLATE_NOOP("Setting", "Distance to the mic"), [](const Device &d, int) { return QVariant(d.settings.distanceM); },
     [](Device &d, int, const QVariant &v) { d.settings.distanceM = v.toDouble(); }},
    // below any converter's noise to a full-scale square wave (+3 dBFS)
    {"levelDbfs", SettingType::Number, false, kind(DeviceKind::Player), 0, -120, 3, "dBFS", 1, "dBFS",
     QT_TRANSLATE_NOOP("Setting", "Programme level"), [](const Device &d, int) { return number(d.settings.levelDbfs); },
     [](Device &d, int, const QVariant &v) { d.settings.levelDbfs = numberOf(v); },
     [](const Device &, const PortResult *) { return QVariant(kDefaultProgrammeDbfs); }},
    // a quiet passive pickup to an active one's strongest
    {"levelDbv", SettingType::Number, false, kind(DeviceKind::Instrument), 0, -80, 20, "dBV", 1, "dBV", QT_TRANSLATE_NOOP("Setting", "Playing level"),
     [](const Device &d, int) { return number(d.settings.levelDbv); }, [](Device &d, int, const QVariant &v) { d.settings.levelDbv = numberOf(v); },
     [](const Device &d, const PortResult *) { // the spec's typical output (physics.md §1)
         const std::optional<double> level = d.spec.value(Field::OutputLevelDbv);
         return level ? QVariant(*level) : number(typicalValue(d.spec, Field::OutputLevelDbv).value_or(kUnset));
     }},
    {"monitorInputs", SettingType::Flag, false, kind(DeviceKind::Player), 0, 0, 0, "", 1, "",
     QT_TRANSLATE_NOOP("Setting", "Monitor the inputs through the computer"), [](const Device &d, int) { return QVariant(d.settings.monitorInputs); },
     [](Device &d, int, const QVariant &v) { d.settings.monitorInputs = v.toBool(); }},
    // the smallest and largest buffers drivers offer
    {"bufferSamples", SettingType::Number, false, kind(DeviceKind::Player), 0, 8, 8192, "samples", 1, "samples",
     QT_TRANSLATE_NOOP("Setting", "Buffer size"), [](const Device &d, int) { return QVariant(d.settings.bufferSamples); },
     [](Device &d, int, const QVariant &v) { d.settings.bufferSamples = v.toDouble(); }},
    {"sampleRateHz", SettingType::Number, false, kind(DeviceKind::Player), 0, 8000, 768000, "Hz", 1, "Hz",
     QT_TRANSLATE_NOOP("Setting", "Sample rate"), [](const Device &d, int) { return QVariant(d.settings.sampleRateHz); },
     [](Device &d, int, const QVariant &v) { d.settings.sampleRateHz = v.toDouble(); }},
    // a square wave to the sparsest programme
    {"crestDb", SettingType::Number, false, kSources, 0, 0, 40, "dB", 1, "dB", QT_TRANSLATE_NOOP("Setting", "Crest factor"),
     [](const Device &d, int) { return number(d.settings.crestDb); }, [](Device &d, int, const QVariant &v) { d.settings.crestDb = numberOf(v); },
     [](const Device &d, const PortResult *) { return QVariant(programmeCrestDb(d.settings.programme)); }},
    {"listener", SettingType::Text, false, kListeners, 0, 0, 0, "", 1, "", QT_TRANSLATE_NOOP("Setting", "Listener"),
     [](const Device &d, int) { return QVariant(d.settings.listener); },
     [](Device &d, int, const QVariant &v) { d.settings.listener = v.toString(); }},
    // quiet listening to the pain threshold
    {"targetPeakSplDb", SettingType::Number, false, kListeners, 0, 60, 140, "dB SPL", 1, "dB SPL", QT_TRANSLATE_NOOP("Setting", "Peak target"),
     [](const Device &d, int) { return QVariant(d.settings.targetPeakSplDb); },
     [](Device &d, int, const QVariant &v) { d.settings.targetPeakSplDb = v.toDouble(); }},
    // a desk's nearfield pair to the back of a large room
    {"listeningDistanceM", SettingType::Number, false, kSpeakers, 0, 0.2, 30, "m", 100, "cm", QT_TRANSLATE_NOOP("Setting", "Listening distance"),
     [](const Device &d, int) { return QVariant(d.settings.listeningDistanceM); },
     [](Device &d, int, const QVariant &v) { d.settings.listeningDistanceM = v.toDouble(); }},
    // a room that swallows sound to a small, bare one
    {"roomGainDb", SettingType::Number, false, kSpeakers, 0, -10, 15, "dB", 1, "dB", QT_TRANSLATE_NOOP("Setting", "Room allowance"),
     [](const Device &d, int) { return QVariant(d.settings.roomGainDb); },
     [](Device &d, int, const QVariant &v) { d.settings.roomGainDb = v.toDouble(); }},
    {"bothSpeakers", SettingType::Flag, false, kSpeakers, 0, 0, 0, "", 1, "", QT_TRANSLATE_NOOP("Setting", "Both speakers play"),
     [](const Device &d, int) { return QVariant(d.settings.bothSpeakers); },
     [](Device &d, int, const QVariant &v) { d.settings.bothSpeakers = v.toBool(); }},
    // the widest level controls monitors have
    {"levelControlDb", SettingType::Number, false, kind(DeviceKind::Monitor), 0, -80, 20, "dB", 1, "dB",
     QT_TRANSLATE_NOOP("Setting", "Level control"), [](const Device &d, int) { return QVariant(d.settings.levelControlDb); },
     [](Device &d, int, const QVariant &v) { d.settings.levelControlDb = v.toDouble(); }},
    // a pad to the most gain any preamp chain offers
    {"gainDb", SettingType::Number, true, kConverters | kChannelStrips, role(PortRole::ComboIn) | role(PortRole::LineIn) | role(PortRole::SoundIn),
     -40, 100, "dB", 1, "dB", QT_TRANSLATE_NOOP("Setting", "Gain"), [](const Device &d, int p) { return number(portOf(d, p).gainDb); },
     [](Device &d, int p, const QVariant &v) { portOf(d, p).gainDb = numberOf(v); },
     [](const Device &, const PortResult *analysed) { return analysed && analysed->gainDb ? QVariant(*analysed->gainDb) : QVariant(); }, gainRange},
    {"phantom", SettingType::Flag, true, kChannelStrips, role(PortRole::ComboIn), 0, 0, "", 1, "", QT_TRANSLATE_NOOP("Setting", "48 V"),
     [](const Device &d, int p) { return QVariant(portOf(d, p).phantom); },
     [](Device &d, int p, const QVariant &v) { portOf(d, p).phantom = v.toBool(); }},
    {"hiZ", SettingType::Flag, true, kChannelStrips, role(PortRole::ComboIn), 0, 0, "", 1, "", QT_TRANSLATE_NOOP("Setting", "Hi-Z"),
     [](const Device &d, int p) { return QVariant(portOf(d, p).hiZ); }, [](Device &d, int p, const QVariant &v) { portOf(d, p).hiZ = v.toBool(); }},
    // a closed fader to the +10 dB at the top of a mixer's fader travel
    {"faderDb", SettingType::Number, true, kind(DeviceKind::Mixer) | kind(DeviceKind::MonitorMixer), role(PortRole::ComboIn) | role(PortRole::LineIn),
     -120, 10, "dB", 1, "dB", QT_TRANSLATE_NOOP("Setting", "Fader"), [](const Device &d, int p) { return QVariant(portOf(d, p).faderDb); },
     [](Device &d, int p, const QVariant &v) { portOf(d, p).faderDb = v.toDouble(); }},
    {"auxSendDb", SettingType::Number, true, kind(DeviceKind::Mixer), role(PortRole::ComboIn) | role(PortRole::LineIn), -120, 10, "dB", 1, "dB",
     QT_TRANSLATE_NOOP("Setting", "Aux send"), [](const Device &d, int p) { return QVariant(portOf(d, p).auxSendDb); },
     [](Device &d, int p, const QVariant &v) { portOf(d, p).auxSendDb = v.toDouble(); }},
    // silent to full volume
    {"volumeDb", SettingType::Number, true, kAnyKind, kOutputsWithVolume, -120, 0, "dB", 1, "dB", QT_TRANSLATE_NOOP("Setting", "Volume"),
     [](const Device &d, int p) { return QVariant(portOf(d, p).volumeDb); },
     [](Device &d, int p, const QVariant &v) { portOf(d, p).volumeDb = v.toDouble(); }},
};

} // namespace

std::span<const SettingDef> settingDefs() { return kSettings; }

const SettingDef *settingByKey(QStringView key)
{
    for (const SettingDef &def : kSettings)
        if (key == QLatin1StringView(def.key))
            return &def;
    return nullptr;
}

bool settingApplies(const SettingDef &def, const Device &device, int port)
{
    if (!(def.kinds & kind(device.spec.kind())))
        return false;
    if (!def.perPort)
        return port < 0;
    return port >= 0 && port < static_cast<int>(device.ports.size()) && (def.portRoles & role(device.ports[static_cast<std::size_t>(port)].role));
}

QString settingError(const SettingDef &def, const QVariant &value)
{
    switch (def.type) {
    case SettingType::Number: {
        if (!value.isValid())
            return def.canBeUnset() ? QString() : QCoreApplication::translate("ProjectFile", "is not a number");
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return QCoreApplication::translate("ProjectFile", "is not a number");
        if (!(v >= def.min && v <= def.max))
            return QCoreApplication::translate("ProjectFile", "%1 is outside %2…%3 %4")
                .arg(QString::number(v), QString::number(def.min), QString::number(def.max), QString::fromUtf8(def.unit));
        return {};
    }
    case SettingType::Choice:
        return programmeByKey(value.toString()) ? QString()
                                                : QCoreApplication::translate("ProjectFile", "expected speech, music, pink-noise, tone or sweep");
    case SettingType::Flag:
    case SettingType::Text:
        return {};
    }
    return {};
}

QVariant settingEffectiveValue(const SettingDef &def, const Device &device, int port, const PortResult *analysed)
{
    const QVariant own = def.get(device, port);
    return own.isValid() || !def.automatic ? own : def.automatic(device, analysed);
}

std::pair<double, double> settingControlRange(const SettingDef &def, const Device &device)
{
    return def.controlRange ? def.controlRange(device) : std::pair{def.min, def.max};
}

QString settingLabel(const SettingDef &def) { return QCoreApplication::translate("Setting", def.label); }

} // namespace headroom
