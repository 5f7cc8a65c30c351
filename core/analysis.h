// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The engine: walks the chain from every source and computes levels, loading, headroom, noise and SPL for every
// port and listener (physics.md §9), then the findings. Linear in the number of devices and connections.

#include "findings.h"

#include <array>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace headroom {

class Chain;

/// Levels at one port. Units follow the signal: volts for electrical ports, pascals for acoustic ports, and
/// full-scale units for digital ports (1.0 = 0 dBFS, the RMS of a full-scale sine; physics.md §0).
struct PortResult {
    bool reached = false;         ///< a programme arrives here
    bool estimated = false;       ///< a typical value stands behind these figures
    std::uint8_t signalClass = 0; ///< SignalClass of the signal here (0 when unconnected)
    double rms = 0;               ///< programme RMS
    double peak = 0;              ///< programme peak: RMS × crest factor
    double noise = 0;             ///< noise floor RMS (A-weighted where the specs are)
    double capability = 0;        ///< largest clean sine RMS here with every volume at maximum and sources at full scale
    std::optional<double> dbfs;   ///< RMS in dBFS where a converter references it (inputs after the preamp, digital)
    std::optional<double> gainDb; ///< preamp gain applied (interface inputs), chosen by the engine when unset
    double openCircuit = 0;       ///< outputs: open-circuit voltage
    double sourceOhm = 0;         ///< outputs: own impedance; inputs: impedance of what drives them
    double loadOhm = 0;           ///< outputs: parallel load (∞ when open); inputs: own input impedance
    double currentA = 0;
    double powerW = 0;
    /// To this stage's clip point: 20·log10(√2·V_clip/V_peak), V_clip the RMS of the largest clean sine
    /// (physics.md §0, §3, §8); +∞ where nothing clips.
    double headroomDb = std::numeric_limits<double>::infinity();
};

/// How a stage clips (physics.md §8): converters and digital full scale hard, analog stages softly.
enum class ClipKind : std::uint8_t { None, Hard, Soft };

/// A signal feeding a stage: another stage's signal times a linear gain, or (stage −1) the device's own
/// programme at its open-circuit level.
struct StageFeed {
    int stage = -1;
    double gain = 1;
};

/// What the engine did at one stage, recorded so that a render replays it (physics.md §8, §9): the signal here is
/// the sum of the feeds (each programme on its own, powers adding), plus the noise this stage adds, clipped where
/// it exceeds the largest clean sine. Units are the port's, as in PortResult.
struct StageRecord {
    int device = -1;
    int port = -1;    ///< local port index; a monitor mix is recorded at the interface's USB port
    bool mix = false; ///< an interface's monitor mix (physics.md §3), between its inputs and its outputs
    std::vector<StageFeed> feeds;
    double noiseRms = 0;                                      ///< RMS noise added here
    double clipRms = std::numeric_limits<double>::infinity(); ///< RMS of the largest clean sine
    ClipKind clip = ClipKind::None;
};

/// NeedsAmp: headphones short of the target by more than 3 dB; TooQuiet: studio monitors, at the listening distance.
enum class Verdict : std::uint8_t { Ok, Marginal, NeedsAmp, NotConnected, TooQuiet };

/// What one pair of headphones delivers (physics.md §4).
struct ListenerResult {
    int device = -1;
    Verdict verdict = Verdict::NotConnected;
    bool estimated = false;
    bool playing = false;  ///< a programme reaches the listener
    int driverDevice = -1; ///< the active output that drives the listener
    int driverPort = -1;
    double sensitivityDbPerV = 0;
    double impedanceOhm = 0; ///< |Z| at 1 kHz
    double averageSpl = 0;   ///< programme RMS
    double peakSpl = 0;      ///< programme peaks as a sine of the same peak (physics.md §4 target convention)
    double maxSpl = 0;       ///< full volume, full-scale sine
    double targetPeakSpl = 110;
    double headroomDb = 0;    ///< maxSpl − target
    double requiredVolts = 0; ///< at the headphones for the target
    double requiredMilliwatts = 0;
    double volumeForTargetDb = 0; ///< volume below full that gives the target; > 0 means unreachable
    double sourceOhm = 0;
    double dampingFactor = 0;
    double splitterDropDb = 0;                                ///< level lost to the other loads on the same output (physics.md §5)
    std::optional<std::array<double, 2>> responseDeviationDb; ///< min, max over 20 Hz–20 kHz vs 1 kHz
    /// Per frequencyGrid() point, when a curve is known; shared by the listeners of one output.
    std::shared_ptr<const std::vector<double>> responseCurveDb;
    double hissSpl = 0;
    double exposureMinutes = 0; ///< NIOSH daily limit at the average SPL
    /// How late the listener hears the live inputs of the interface that feeds them (physics.md §3, "Latency"), when
    /// it monitors them: 0 directly, the round trip through the computer otherwise.
    std::optional<double> monitoringLatencyMs;
    /// headroomDb again with the driving output's unknown maximum level and output impedance at the strongest of its
    /// kind known (strongestKnownValue), when a short verdict rests on their typical values.
    std::optional<double> strongestOutputHeadroomDb;

    /// Short on the typical figures, loud enough on the strongest: the output's unknown figures decide the verdict.
    [[nodiscard]] bool unknownOutputDecides() const { return strongestOutputHeadroomDb && *strongestOutputHeadroomDb >= 0; }
};

/// The setting of the volume control that drives a listener (0 dB, full, when none does).
[[nodiscard]] double driverVolumeDb(const Chain &chain, const ListenerResult &listener);

struct AnalysisResult {
    std::vector<int> portBase; ///< first index in ports of each device
    std::vector<PortResult> ports;
    /// One per port (same index as ports), then the monitor mix of each interface.
    std::vector<StageRecord> stages;
    std::vector<ListenerResult> listeners;
    std::vector<int> listenerIndex; ///< per device: index into listeners, or −1
    std::vector<Finding> findings;

    [[nodiscard]] const PortResult &port(int device, int port) const
    {
        return ports[static_cast<std::size_t>(portBase[static_cast<std::size_t>(device)] + port)];
    }
    [[nodiscard]] const StageRecord &stage(int device, int port) const
    {
        return stages[static_cast<std::size_t>(portBase[static_cast<std::size_t>(device)] + port)];
    }
    [[nodiscard]] const ListenerResult *listener(int device) const;
};

[[nodiscard]] AnalysisResult analyze(const Chain &chain);

} // namespace headroom
