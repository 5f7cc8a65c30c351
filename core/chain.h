// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The chain: device instances with their settings and canvas positions, and the connections between their
// ports. A value type; the engine reads it, the project file stores it, the editor changes it through commands.

#include "gearspec.h"
#include "ports.h"

#include <QString>

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace headroom {

/// Programme material: what a source plays in the engine and what the preview generates. It sets the default crest
/// factor (physics.md §3: speech ≈ 12 dB, music 18–20 dB; a tone or sweep is a sine, 3.01 dB).
enum class Programme : std::uint8_t { Speech, Music, PinkNoise, Tone, Sweep };
[[nodiscard]] const char *programmeKey(Programme p);
[[nodiscard]] std::optional<Programme> programmeByKey(QStringView key);
[[nodiscard]] const char *programmeLabel(Programme p);
/// Peak-to-RMS ratio in dB of a programme (physics.md §0, §3).
[[nodiscard]] double programmeCrestDb(Programme p);

inline constexpr double kUnset = std::numeric_limits<double>::quiet_NaN();

/// Settings of one port: preamp gain and switches on inputs, volume on outputs.
struct PortSettings {
    double gainDb = kUnset; ///< unset: the engine picks the gain that puts the average at −18 dBFS (physics.md §3)
    double volumeDb = 0;    ///< 0 dB = full volume; attenuation is negative
    double faderDb = 0;     ///< a mixer channel's fader: 0 dB = unity, up to +10 dB (physics.md §3, "Mixers")
    double auxSendDb = 0;   ///< a mixer channel's send to its aux bus, before the fader: 0 dB = unity
    bool phantom = false;
    bool hiZ = false;
    friend bool operator==(const PortSettings &, const PortSettings &);
};

/// What an unset level stands for (physics.md §2, §3): speech at 74 dB SPL (at the reference distance), a player's
/// programme at −18 dBFS RMS (EBU R68 alignment).
inline constexpr double kDefaultSourceSplDb = 74;
inline constexpr double kDefaultProgrammeDbfs = -18;

/// A monitor pair's peak target at the listener: the broadcast mixing level, 79 dB(C) from each speaker with pink
/// noise at the −18 dBFS alignment level, both speakers together (+3 dB), plus the 18 dB up to a full-scale sine
/// (physics.md §6, "Studio monitors").
inline constexpr double kMonitorTargetPeakSplDb = 100;

/// Settings of a device. Each kind reads the ones that apply to it (the table in settings.h, docs/file-format.md).
struct DeviceSettings {
    std::vector<PortSettings> ports; ///< one per port, in DeviceSpec port order
    bool directMonitor = false;      ///< interface: inputs to outputs without the computer
    Programme programme = Programme::Music;
    double splDb = kUnset;           ///< acoustic source: level at referenceDistanceM (unset: 74 dB SPL speech)
    double referenceDistanceM = 0.3; ///< Shure: 74 dB SPL at 12 in for speech (physics.md §2)
    double distanceM = 0.076;        ///< acoustic source to microphone, 3 in
    double levelDbfs = kUnset;       ///< player: programme RMS in dBFS (unset: −18 dBFS, EBU R68 alignment)
    double levelDbv = kUnset;        ///< instrument: RMS playing level (unset: the spec's typical output)
    bool monitorInputs = false;      ///< player: the DAW plays the interface's inputs back (monitoring through the computer)
    double bufferSamples = 256;      ///< player: the audio buffer, in samples (physics.md §3, "Latency")
    double sampleRateHz = 48000;     ///< player: the sample rate the interface runs at
    double crestDb = kUnset;         ///< unset: by programme
    QString listener;                ///< headphones and monitors: who listens
    double targetPeakSplDb = 110;    ///< headphones: peak SPL target (physics.md §4, NwAvGuy 110 dB); monitors: kMonitorTargetPeakSplDb
    double listeningDistanceM = 1;   ///< monitors: from each speaker to the listener's head
    double roomGainDb = 0;           ///< monitors: what the room adds over free field at the listener (physics.md §6)
    bool bothSpeakers = true;        ///< monitors: the pair plays (+3 dB), or one speaker
    double levelControlDb = 0;       ///< monitors: the level control, relative to where the sensitivity is stated
    friend bool operator==(const DeviceSettings &, const DeviceSettings &);
};

/// One device on the canvas.
struct Device {
    QString id;        ///< unique in the chain, stable across edits
    QString label;     ///< optional name shown instead of the product name
    QString catalogId; ///< stable catalog id, empty for custom gear
    DeviceSpec spec;   ///< a snapshot of the figures used
    std::vector<PortSpec> ports;
    DeviceSettings settings;
    double x = 0;
    double y = 0;

    Device() = default;
    Device(QString id, DeviceSpec spec);
    /// Replaces the spec, re-deriving ports and keeping the settings of ports that still exist.
    void setSpec(DeviceSpec spec);
    [[nodiscard]] int portIndex(QStringView portId) const;
    [[nodiscard]] QString name() const { return label.isEmpty() ? spec.displayName() : label; }
};

/// A port addressed by device id and port id.
struct PortRef {
    QString device;
    QString port;
    [[nodiscard]] QString toString() const { return device + u'.' + port; }
    friend bool operator==(const PortRef &, const PortRef &) = default;
};

/// A cable from an output to an input.
struct Connection {
    PortRef from;
    PortRef to;
    friend bool operator==(const Connection &, const Connection &) = default;
};

/// Whether a connection can be made, and what it would need; for the editor and for findings.
struct ConnectionCheck {
    bool refused = false;      ///< cannot work: wrong direction, acoustic/digital mismatch, occupied input …
    QString refusal;           ///< why, in plain language
    bool needsAdapter = false; ///< the plug does not fit the socket as is
    Connector plug = Connector::Xlr;
    Connector socket = Connector::Xlr;
    double levelGapDb = 0; ///< nominal level of the source minus what the input expects (mic into line: ≈ −44)
    [[nodiscard]] bool ok() const { return !refused && !needsAdapter && levelGapDb == 0; }
};

/// Nominal level of what an output emits minus what an input expects, in dB (0 when the input accepts it).
[[nodiscard]] double levelGapDb(SignalClasses out, SignalClasses in);
/// The signal class a set stands for when one must be named (line before headphone before mic …).
[[nodiscard]] SignalClass primaryClass(SignalClasses classes);

class Chain
{
public:
    QString title;
    QString description;
    std::vector<Device> devices;
    std::vector<Connection> connections;

    [[nodiscard]] int indexOf(QStringView deviceId) const;
    [[nodiscard]] const Device *device(QStringView deviceId) const;
    [[nodiscard]] Device *device(QStringView deviceId);
    /// A fresh id "prefix", "prefix-2", … not used by any device.
    [[nodiscard]] QString uniqueId(const QString &prefix) const;
    /// A port as people name it: the device's name and the port's label ("Scarlett 2i2 input 1"); the ids when
    /// either is not in the chain.
    [[nodiscard]] QString portName(const PortRef &ref) const;
    /// The connection into an input, if any.
    [[nodiscard]] const Connection *connectionInto(const PortRef &input) const;
    /// Whether from → to would be a sensible new cable, and if not, why.
    [[nodiscard]] ConnectionCheck checkConnection(const PortRef &from, const PortRef &to) const;
};

} // namespace headroom
