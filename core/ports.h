// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Ports: the typed sockets of a device, derived from its spec. Stereo line and headphone connections are one
// port (and one wire); the engine computes one channel and assumes the other matches.

#include "gearspec.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace headroom {

enum class Direction : std::uint8_t { In, Out };

/// Signal classes as flags: an input accepts a set, an output emits exactly one.
enum class SignalClass : std::uint8_t {
    Acoustic = 1 << 0,
    Mic = 1 << 1,
    Instrument = 1 << 2,
    Line = 1 << 3,
    Headphone = 1 << 4,
    Digital = 1 << 5,
    Midi = 1 << 6,    ///< MIDI: notes and controls, no audio level
    Speaker = 1 << 7, ///< a power amplifier's output: tens of volts, for passive speakers only
};
using SignalClasses = std::uint8_t;
inline constexpr SignalClasses kAnalogClasses = static_cast<SignalClasses>(SignalClass::Mic) | static_cast<SignalClasses>(SignalClass::Instrument)
    | static_cast<SignalClasses>(SignalClass::Line) | static_cast<SignalClasses>(SignalClass::Headphone);
[[nodiscard]] constexpr SignalClasses bit(SignalClass c) { return static_cast<SignalClasses>(c); }
/// Classes that meet only their own: air reaches only a microphone, USB only a USB socket, MIDI only a MIDI socket
/// and a power amplifier's output only a loudspeaker. Among the other analog signals a mismatch is only a warning.
inline constexpr SignalClasses kSeparateClasses =
    bit(SignalClass::Acoustic) | bit(SignalClass::Digital) | bit(SignalClass::Midi) | bit(SignalClass::Speaker);
[[nodiscard]] const char *signalClassKey(SignalClass c);
[[nodiscard]] const char *signalClassLabel(SignalClass c);

/// What a port does inside its device; the engine dispatches on it instead of on names.
enum class PortRole : std::uint8_t {
    SoundOut,     ///< acoustic source → air
    SoundIn,      ///< air → microphone capsule
    SourceOut,    ///< mic, pickup or inline-preamp output
    BoosterIn,    ///< inline preamp input
    ComboIn,      ///< interface mic/line/instrument input
    LineIn,       ///< interface line-only input
    PlaybackIn,   ///< interface USB playback from a computer
    PlaybackOut,  ///< computer's USB playback
    LineOut,      ///< interface line output pair
    HeadphoneOut, ///< headphone output of an interface, amp or player
    AmpIn,        ///< headphone amp input (shared or per channel)
    Thru,         ///< headphone amp's thru, electrically the amp's shared input
    PassiveIn,    ///< splitter or adapter input
    PassiveOut,   ///< splitter or adapter output
    Listener,     ///< headphone input
    MonitorIn,    ///< a studio monitor pair's inputs (physics.md §6)
    DirectIn,     ///< a DI box's jack input
    MidiIn,       ///< a MIDI input (5-pin DIN)
    MidiOut,      ///< a MIDI output
    MidiThru,     ///< a MIDI thru: a copy of the device's MIDI input
    SpeakerOut,   ///< a power amplifier's speaker outputs
    SpeakerIn,    ///< a passive speaker pair's terminals
    AuxOut,       ///< a mixer's aux (monitor) send output
};

/// An output at line level from a mix: the main line outputs or a mixer's aux send.
[[nodiscard]] constexpr bool isLineOutput(PortRole role) { return role == PortRole::LineOut || role == PortRole::AuxOut; }

struct PortSpec {
    QString id; ///< stable within the device: "in1", "hp2", "out" …
    Direction direction;
    PortRole role;
    SignalClasses classes; ///< accepted (input) or emitted (output, exactly one bit)
    Connector connector;
    bool stereo;
    int index; ///< 0-based number among the ports of the same role
};

/// The ports of a device with this spec, in a stable order: audio inputs, audio outputs, then MIDI.
[[nodiscard]] std::vector<PortSpec> portsOf(const DeviceSpec &spec);

/// The port as people call it: "input 1", "headphone output 2" …, translated.
[[nodiscard]] QString portLabel(const PortSpec &port);

/// Whether a plug fits a socket as is.
[[nodiscard]] bool connectorsMate(Connector plug, Connector socket);

} // namespace headroom
