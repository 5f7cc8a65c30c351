// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The engine behind analyze(), shared by the files that hold its parts (not part of Headroom's interface):
// analysis.cpp (the chain's structure and the run), devices.cpp (what each kind of device does to the programme),
// loading.cpp (outputs driving their loads, physics.md §4–§6) and listeners.cpp (SPL, verdicts and the findings of
// each listener and node).

#include "analysis.h"
#include "chain.h"
#include "chaingraph.h"
#include "impedance.h"
#include "units.h"

#include <bitset>
#include <cmath>
#include <map>
#include <memory>
#include <tuple>
#include <vector>

namespace headroom::engine {

using namespace units;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kTargetDbfs = -18.0;   // physics.md §3: EBU R68 alignment, average ≈ −18 dBFS
constexpr double kQuietDbfs = -30.0;    // average below this wastes the converter's range
constexpr double kBridgingRatio = 10.0; // physics.md §6
constexpr double kEighthRule = 8.0;     // physics.md §4
constexpr double kMarginalDb = -3.0;    // physics.md §4 decision step 3
constexpr double kExposureDbA = 85.0;   // physics.md §4, NIOSH
constexpr double kHissAudibleDb = 10.0; // physics.md §7 heuristic: audible above ~10 dB SPL(A) in a quiet room
constexpr double kHissFaintDb = 0.0;    // physics.md §7 heuristic: inaudible below ~0 dB SPL(A)
constexpr double kBoosterGainDb = 25.0; // physics.md §2: Cloudlifter CL-1 adds +25 dB
constexpr double kClipEpsilonDb = 1e-6;
constexpr double kLatencyNoticedMs = 10;   // physics.md §3, "Latency": a performer hears themself late beyond ~10 ms
constexpr double kSmallBufferSamples = 32; // physics.md §3, "Latency": the smallest buffer most drivers offer

/// A programme and its capability as it travels (physics.md §9).
struct Signal {
    double rms = 0;
    double peak = 0;
    double noise = 0;
    double capability = 0;
    bool present = false;
    bool estimated = false;
};

/// An active output as a Thevenin source (physics.md §4).
struct Source {
    Signal openCircuit; ///< open-circuit programme, noise and capability
    double sourceOhm = 0;
    double maxOpenCircuit = kInfinity; ///< voltage ceiling, RMS of the largest clean sine
    double maxCurrent = kInfinity;     ///< RMS current ceiling
    double minLoadOhm = 0;
    const std::vector<LoadLevel> *levelByLoad = nullptr; ///< a ceiling at the load by load range (physics.md §4)
    std::vector<StageFeed> feeds;                        ///< what the open-circuit programme comes from, with its gains
    double addedNoise = 0;                               ///< open-circuit noise this output adds to what feeds it
};

struct Terminal {
    int port;        ///< global port index of an input
    double gain;     ///< linear level change along the passive path (adapters)
    Complex load{};  ///< its impedance at 1 kHz, once drive() has computed it
    int from = -1;   ///< the port whose level it follows: the output, a passive device's input, or the amp input a thru repeats
    double step = 1; ///< linear level change from that port
};

/// A splitter or adapter port on a net, with the terminals downstream of it [first, end).
struct PassivePort {
    int port;
    double gain;
    std::size_t first;
    std::size_t end;
    int from = -1; ///< as Terminal::from
    double step = 1;
};

/// An electrical node: one active output and everything its cables reach through passive devices.
struct Net {
    int output = -1;
    std::vector<Terminal> terminals;
    std::vector<PassivePort> passivePorts; ///< splitter and adapter ports on the node
    int splitter = -1;                     ///< first splitter device on the net
    Complex load{kInfinity, 0};
    Complex admittance{0, 0}; ///< Σ 1/Z of the terminals at 1 kHz
    double sourceOhm = 0;
    bool currentLimited = false;
    std::shared_ptr<std::vector<double>> response; ///< node level per frequencyGrid() point vs 1 kHz, once computed
    bool responseKnown = false;                    ///< computed (a node without curves has none): each listener on it asks again
};

/// Sample-peak headroom against a limit given as the RMS of the largest clean sine (physics.md §0, §8):
/// 20·log10(√2·V_limit / V_peak).
inline double headroomDb(double peak, double limitRms)
{
    if (!std::isfinite(limitRms) || peak <= 0)
        return kInfinity;
    return amplitudeDb(kSqrt2 * limitRms / peak);
}

/// Clips a signal at a limit: peaks are cut (hard or soft, physics.md §8), capability cannot exceed the limit.
inline double applyLimit(Signal &s, double limitRms)
{
    const double room = headroomDb(s.peak, limitRms);
    if (room < 0) {
        s.peak = kSqrt2 * limitRms;
        s.rms = std::min(s.rms, limitRms); // a clipped programme cannot be louder than the sine at the limit
    }
    s.capability = std::min(s.capability, limitRms);
    return room;
}

inline Signal scaled(Signal s, double gain)
{
    s.rms *= gain;
    s.peak *= gain;
    s.noise *= gain;
    s.capability *= gain;
    return s;
}

/// Power sum of uncorrelated programmes (physics.md §3 "combining noises", applied to programmes too).
inline void mixInto(Signal &bus, const Signal &s)
{
    bus.rms = std::hypot(bus.rms, s.rms);
    bus.peak = std::hypot(bus.peak, s.peak);
    bus.noise = std::hypot(bus.noise, s.noise);
    bus.capability = std::max(bus.capability, s.capability);
    bus.present = bus.present || s.present;
    bus.estimated = bus.estimated || s.estimated;
}

struct OutputCeilings {
    double openCircuitVolts = 0; ///< 0 when the spec states nothing
    double currentAmps = kInfinity;
};

/// A headphone output's voltage and current ceilings from what its maker states (physics.md §4).
[[nodiscard]] OutputCeilings outputCeilings(const DeviceSpec &sp, double sourceOhm);

/// An input in front of a converter, in its own units: dBu for a voltage, dB SPL for a capsule's pressure (physics.md §3).
struct ConverterInput {
    double maxInDb = 0; ///< the level that reaches full scale at the lowest gain
    double gainMinDb = 0;
    double gainMaxDb = 0;
    double noiseDb = -kInfinity;        ///< noise added here, referred to the input
    double (*fromDb)(double) = nullptr; ///< the level in volts or pascals
    double (*toDb)(double) = nullptr;
    bool microphone = false;   ///< short gain is a finding
    bool boosterHelps = false; ///< an inline preamp could be put in front
};

/// An input buffer and an output buffer: the computer's part of a round trip, in ms (physics.md §3, "Latency").
inline double roundTripBuffersMs(double samples, double sampleRateHz) { return 2.0 * samples / sampleRateHz * 1000.0; }

/// How late an interface's inputs reach its outputs: NaN when they do not.
struct InputLatency {
    double ms = kNaN;
    double ownMs = 0; ///< the device's own part, without the computer's buffers
    bool estimated = false;
    int interface = -1; ///< the interface whose inputs these are
    int computer = -1;  ///< the player whose buffers the inputs pass through, −1 for direct monitoring
};

/// A mix bus in full-scale units and the stage that records it.
struct Bus {
    Signal signal;
    StageRecord record;
    int stage = -1;
};

/// What turns the voltage at a listener's input into SPL at the ears, and the listener's own limits there
/// (physics.md §4 for headphones, §6 "Studio monitors" for a pair of monitors).
struct Ears {
    double dbSplPerVolt = 0;
    Complex ownLoad{};                     ///< the listener's own impedance at 1 kHz
    double inputCeilingSpl = kInfinity;    ///< the level where the listener's input clips, as SPL at the ears
    double acousticCeilingSpl = kInfinity; ///< the most the listener's own drivers give at the ears
    double selfNoiseSpl = -kInfinity;      ///< the listener's own hiss at the ears
    [[nodiscard]] double ceilingSpl() const { return std::min(inputCeilingSpl, acousticCeilingSpl); }
};

class Engine
{
public:
    explicit Engine(const Chain &chain) : m_chain(chain), m_graph(chain) {}
    AnalysisResult run();

private:
    // Structure
    void setUp();
    void cableFindings();
    void reportUnconnected();

    // Stages, in signal-flow order
    void process(int d);
    void acousticSource(int d);
    void microphone(int d);
    void instrument(int d);
    void inlinePreamp(int d);
    void diBox(int d);
    void interfaceDevice(int d);
    Signal interfaceInput(int d, int p);
    /// An input's gain stage as for a converter: its clip point, gain range and noise, and the Hi-Z finding.
    ConverterInput channelInput(int d, int p, bool &estimated);
    void preamp(int d);
    void usbMicrophone(int d);
    /// The gain that brings an input to the converter's full scale, and what it records (physics.md §3).
    Signal convert(int d, int p, const ConverterInput &in, bool estimated);
    /// The computer's playback and the monitored inputs, summed in full-scale units.
    Bus monitorMix(int d, const std::vector<std::pair<int, Signal>> &inputs);
    /// A mixer's aux send: the channels through their sends, before their faders.
    Bus auxMix(int d, int auxPort, const std::vector<std::pair<int, Signal>> &inputs);
    /// Adds a channel to a bus through a level, and to the bus's record.
    void mixChannel(int d, int p, const Signal &s, double level, Bus &bus);
    /// Clips a summed bus at full scale (a finding at `clipPort`) and records its stage; returns the stage.
    int closeBus(int d, int clipPort, Bus &bus);
    /// Line, aux and headphone outputs driven from the main mix and the aux send.
    void driveOutputs(int d, const Bus &main, const Bus &aux);
    void headphoneAmp(int d);
    void powerAmp(int d);
    void monitorController(int d);
    void player(int d);
    /// `fromStage` is the stage whose full-scale signal drives the output.
    Source headphoneOutput(int d, const Signal &fullScaleDrive, double volumeDb, int fromStage);
    void drive(int outPort, const Source &source);
    /// The output's stage: its feeds and added noise through the divider into its load, and its ceiling there.
    void recordOutput(int outPort, const Source &source, double dividerRatio, double nodeCeiling);
    void collectNet(int outPort, double gain, Net &net);
    /// A passive device's level change (physics.md §5), linear.
    [[nodiscard]] double levelChange(int d) const { return amplitudeRatio(dev(d).spec.valueOr(Field::LevelChangeDb, 0.0)); }
    void passTo(int inPort, const Signal &s, std::uint8_t cls);

    // Conclusions
    void listenerResults();
    ListenerResult listenerAt(int d, Net &net);
    [[nodiscard]] Ears headphoneEars(int d, bool &estimated);
    [[nodiscard]] Ears monitorEars(int d, bool &estimated);
    [[nodiscard]] Ears passiveSpeakerEars(int d, bool &estimated);
    /// What the listener's figures mean: a shortfall, a weak or current-limited driver, a high source impedance,
    /// loud exposure, overpowering, hiss.
    void listenerFindings(const ListenerResult &l, const Net &net);
    /// Headphones' shortfall with a weak or current-limited driver, and a high source impedance.
    void headphoneFindings(const ListenerResult &l, const Net &net);
    /// A monitor pair's shortfall at the listening distance, its overload and an unbalanced link.
    void monitorFindings(const ListenerResult &l, const Ears &ears);
    /// The latency with which the listener on `inPort` hears live inputs, from the interface mix that feeds it.
    [[nodiscard]] const InputLatency *monitoringLatency(int inPort) const;
    void netFindings(const Net &net);
    void estimatedFigures();

    // Helpers
    double fig(int d, Field f, bool &estimated);
    [[nodiscard]] const Device &dev(int d) const { return m_chain.devices[static_cast<std::size_t>(d)]; }
    [[nodiscard]] const PortSpec &spec(int g) const { return m_graph.port(g); }
    [[nodiscard]] int local(int g) const { return m_graph.local(g); }
    [[nodiscard]] int device(int g) const { return m_graph.device(g); }
    [[nodiscard]] int global(int d, int p) const { return m_graph.global(d, p); }
    [[nodiscard]] PortResult &res(int g) { return m_result.ports[static_cast<std::size_t>(g)]; }
    [[nodiscard]] StageRecord &stage(int g) { return m_result.stages[static_cast<std::size_t>(g)]; }
    /// Records a stage fed by one other (or by the device's own programme, −1) through a gain.
    void feedStage(int g, int from, double gain) { stage(g).feeds = {{from, gain}}; }
    [[nodiscard]] const PortSettings &settings(int g) const { return dev(device(g)).settings.ports[static_cast<std::size_t>(local(g))]; }
    [[nodiscard]] Signal signalAt(int g) const;
    [[nodiscard]] bool connected(int outPort) const { return m_graph.connected(outPort); }
    /// The impedance an input presents at 1 kHz.
    [[nodiscard]] Complex loadImpedance(int inPort, std::uint8_t sourceClass, bool &estimated);
    [[nodiscard]] std::shared_ptr<const std::vector<double>> netResponse(Net &net);
    [[nodiscard]] bool phantomAt(int outPort);
    [[nodiscard]] bool hasBoosterUpstream(int inPort) const;
    void setOutput(int g, const Signal &s, double openCircuit);
    Finding &add(Severity severity, FindingCode code, int d, int p = -1);

    const Chain &m_chain;
    const ChainGraph m_graph;
    AnalysisResult m_result;
    std::vector<std::int8_t> m_phantom; ///< per output port: −1 unknown, 0/1
    std::vector<int> m_netOf;           ///< per input port: index into m_nets
    std::vector<Net> m_nets;
    std::vector<std::bitset<kFieldCount>> m_typicalUsed;
    /// Per interface: how late its inputs reach its outputs when they are monitored (physics.md §3, "Latency").
    std::vector<InputLatency> m_inputLatency;
    /// Source impedance, the node's admittance at 1 kHz (real, imaginary) and its curves' sampled grids.
    using ResponseKey = std::tuple<double, double, double, std::vector<const std::vector<Complex> *>>;
    std::map<ResponseKey, std::shared_ptr<std::vector<double>>> m_responses;
};

} // namespace headroom::engine
