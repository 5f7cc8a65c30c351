// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Findings: what the engine concludes, as structured data with a stable code and the figures behind it. The
// plain-language message is made when shown (describe()), so the engine stays fast and every language works.

#include "gearspec.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace headroom {

class Chain;

enum class Severity : std::uint8_t { Info, Warning, Error };

/// Stable finding codes; their JSON names (codeKey) never change once released.
enum class FindingCode : std::uint8_t {
    NeedsHeadphoneAmp,   ///< the output cannot reach the listener's target: short by X dB
    AmpTooWeak,          ///< a headphone amp drives the listener and still falls short
    Marginal,            ///< within 3 dB short of the target
    OutputImpedanceHigh, ///< Z_o above 1/8 of the load (physics.md §4)
    SplitterLoading,     ///< several listeners on one output: drop and loudness mismatch (physics.md §5)
    CurrentLimit,        ///< the output's current limit, not its voltage, sets the maximum
    Clipping,            ///< a stage clips, by X dB
    PreampGainShort,     ///< not enough preamp gain for the source
    GainLow,             ///< the gain setting leaves the recording very quiet
    PhantomOff,          ///< a condenser or inline preamp gets no phantom power
    PhantomOnRibbon,     ///< phantom power on a ribbon microphone's input
    InstrumentNotHiZ,    ///< an instrument into a non-Hi-Z input
    DoubleAmping,        ///< a headphone output feeds an amp while line outputs are free (physics.md §6)
    BridgingRatio,       ///< load under 10× the source impedance (physics.md §6)
    LoudExposure,        ///< average SPL over 85 dB(A) (physics.md §4, NIOSH)
    AudibleHiss,         ///< hiss SPL above the audibility heuristic (physics.md §7)
    Overpowered,         ///< peaks exceed the headphones' maximum input power
    BelowMinLoad,        ///< load below the amp's minimum
    NeedsAdapter,        ///< the plug does not fit the socket
    LevelMismatch,       ///< e.g. a mic-level output into a line input
    InvalidConnection,   ///< a connection that cannot exist (unknown port, wrong direction, acoustic into electric)
    InputHasTwoCables,   ///< an input with more than one cable
    Cycle,               ///< a loop in the signal graph
    NotConnected,        ///< a listener or device with nothing feeding it
    NoSignal,            ///< connected, but nothing plays
    EstimatedFigure,     ///< a figure is unknown and a typical value was used
    MonitorsTooQuiet,    ///< studio monitors cannot reach the target at the listening distance (physics.md §6)
    MonitorOverload,     ///< the programme's peaks pass a monitor's input or acoustic limit
    UnbalancedLink,      ///< an unbalanced end on a cable to monitors: hum on long runs
    MonitoringLatency,   ///< a listener hears the live inputs late, through the computer (physics.md §3)
    /// a headphone verdict rests on the output's typical level or impedance; weighed against the strongest known
    OutputFiguresUnknown,
};

/// What stops studio monitors first (the "limit" figure of MonitorsTooQuiet and MonitorOverload).
enum class MonitorLimit : std::uint8_t {
    Speakers,      ///< their maximum SPL
    Input,         ///< their input clips at the level control's setting
    Source,        ///< the output feeding them runs out of level
    PowerHandling, ///< passive speakers: their power rating
    Amplifier,     ///< passive speakers: the power amplifier runs out of power
};

/// A named number behind a finding, with its unit, for people and for scripts.
struct Figure {
    const char *key;
    double value;
    const char *unit;
};

struct Finding {
    Severity severity = Severity::Info;
    FindingCode code = FindingCode::NoSignal;
    int device = -1;            ///< index into Chain::devices
    int port = -1;              ///< index into the device's ports, or −1
    std::vector<int> related;   ///< other devices the finding names: the driving output, louder then quieter listener …
    std::optional<Field> field; ///< for EstimatedFigure
    bool estimated = false;     ///< depends on a typical value
    std::vector<Figure> figures;
    QString detail; ///< already-translated specifics (a refusal reason)

    [[nodiscard]] std::optional<double> figure(const char *key) const;
};

[[nodiscard]] const char *codeKey(FindingCode code);
/// A few words naming the finding, in the user's language: "audible hiss".
[[nodiscard]] QString findingTitle(FindingCode code);
[[nodiscard]] const char *severityKey(Severity severity);
/// The finding in plain language, naming devices as the chain does.
[[nodiscard]] QString describe(const Finding &finding, const Chain &chain);

} // namespace headroom
