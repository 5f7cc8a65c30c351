// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"

#include "chain.h"
#include "impedance.h"
#include "units.h"

#include <QHash>

#include <algorithm>
#include <bitset>
#include <cmath>
#include <map>
#include <tuple>

namespace headroom {

const ListenerResult *AnalysisResult::listener(int device) const
{
    if (device < 0 || static_cast<std::size_t>(device) >= listenerIndex.size() || listenerIndex[static_cast<std::size_t>(device)] < 0)
        return nullptr;
    return &listeners[static_cast<std::size_t>(listenerIndex[static_cast<std::size_t>(device)])];
}

namespace {

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
};

struct Terminal {
    int port;       ///< global port index of an input
    double gain;    ///< linear level change along the passive path (adapters)
    Complex load{}; ///< its impedance at 1 kHz, once drive() has computed it
};

/// A splitter or adapter port on a net, with the terminals downstream of it [first, end).
struct PassivePort {
    int port;
    double gain;
    std::size_t first;
    std::size_t end;
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
double headroomDb(double peak, double limitRms)
{
    if (!std::isfinite(limitRms) || peak <= 0)
        return kInfinity;
    return amplitudeDb(kSqrt2 * limitRms / peak);
}

/// Clips a signal at a limit: peaks are cut (hard or soft, physics.md §8), capability cannot exceed the limit.
double applyLimit(Signal &s, double limitRms)
{
    const double room = headroomDb(s.peak, limitRms);
    if (room < 0) {
        s.peak = kSqrt2 * limitRms;
        s.rms = std::min(s.rms, limitRms); // a clipped programme cannot be louder than the sine at the limit
    }
    s.capability = std::min(s.capability, limitRms);
    return room;
}

Signal scaled(Signal s, double gain)
{
    s.rms *= gain;
    s.peak *= gain;
    s.noise *= gain;
    s.capability *= gain;
    return s;
}

/// Power sum of uncorrelated programmes (physics.md §3 "combining noises", applied to programmes too).
void mixInto(Signal &bus, const Signal &s)
{
    bus.rms = std::hypot(bus.rms, s.rms);
    bus.peak = std::hypot(bus.peak, s.peak);
    bus.noise = std::hypot(bus.noise, s.noise);
    bus.capability = std::max(bus.capability, s.capability);
    bus.present = bus.present || s.present;
    bus.estimated = bus.estimated || s.estimated;
}

double defaultLevelDbfs() { return kTargetDbfs; }

struct OutputCeilings {
    double openCircuitVolts = 0; ///< 0 when the spec states nothing
    double currentAmps = kInfinity;
};

/// A headphone output's voltage and current ceilings from whatever the maker states (physics.md §4): a maximum
/// level (open circuit, or into a stated load and referred back through Z_o) and power ratings V = √(P·Z). The
/// statement at the highest load sets the voltage ceiling (the lowest, if several disagree); any statement below
/// it at a lower load reveals a current limit I = V_L/Z. An explicit current limit wins.
OutputCeilings outputCeilings(const DeviceSpec &sp, double sourceOhm)
{
    struct Statement {
        double loadVolts;
        double loadOhm; ///< +∞ for open circuit
        [[nodiscard]] double openCircuit(double zo) const { return std::isinf(loadOhm) ? loadVolts : loadVolts * (loadOhm + zo) / loadOhm; }
    };
    std::vector<Statement> statements;
    if (auto level = sp.value(Field::HpMaxLevelDbu))
        statements.push_back({dbuToVolts(*level), sp.value(Field::HpMaxLevelLoadOhm).value_or(kInfinity)});
    for (auto [power, load] :
         {std::pair{Field::HpRatedPowerMw, Field::HpRatedPowerLoadOhm}, std::pair{Field::HpRatedPower2Mw, Field::HpRatedPower2LoadOhm}})
        if (kindHasField(sp.kind(), power) && sp.has(power) && sp.has(load))
            statements.push_back({std::sqrt(*sp.value(power) / 1000.0 * *sp.value(load)), *sp.value(load)});
    OutputCeilings c;
    if (statements.empty())
        return c;
    const double highestLoad =
        std::max_element(statements.begin(), statements.end(), [](const Statement &a, const Statement &b) { return a.loadOhm < b.loadOhm; })->loadOhm;
    c.openCircuitVolts = kInfinity;
    for (const Statement &s : statements)
        if (s.loadOhm == highestLoad)
            c.openCircuitVolts = std::min(c.openCircuitVolts, s.openCircuit(sourceOhm));
    for (const Statement &s : statements)
        if (s.loadOhm < highestLoad && s.openCircuit(sourceOhm) < c.openCircuitVolts * (1.0 - 1e-3))
            c.currentAmps = std::min(c.currentAmps, s.loadVolts / s.loadOhm);
    if (auto ma = sp.value(Field::HpMaxCurrentMa))
        c.currentAmps = *ma / 1000.0;
    return c;
}

class Engine
{
public:
    explicit Engine(const Chain &chain) : m_chain(chain) {}
    AnalysisResult run();

private:
    // Structure
    void indexPorts();
    void resolveConnections();
    void orderDevices();
    void reportUnconnected();

    // Stages, in signal-flow order
    void process(int d);
    void acousticSource(int d);
    void microphone(int d);
    void instrument(int d);
    void inlinePreamp(int d);
    void interfaceDevice(int d);
    Signal interfaceInput(int d, int p);
    void headphoneAmp(int d);
    void player(int d);
    Source headphoneOutput(int d, const Signal &fullScaleDrive, double volumeDb);
    void drive(int outPort, const Source &source);
    void collectNet(int outPort, double gain, Net &net);
    void passTo(int inPort, const Signal &s, std::uint8_t cls);

    // Conclusions
    void listenerResults();
    ListenerResult listenerAt(int d, Net &net);
    /// What the listener's figures mean: a shortfall, a weak or current-limited driver, a high source impedance,
    /// loud exposure, overpowering, hiss.
    void listenerFindings(const ListenerResult &l, const Net &net);
    void netFindings(const Net &net);
    void estimatedFigures();

    // Helpers
    double fig(int d, Field f, bool &estimated);
    [[nodiscard]] const Device &dev(int d) const { return m_chain.devices[static_cast<std::size_t>(d)]; }
    [[nodiscard]] const PortSpec &spec(int g) const
    {
        return dev(m_portDevice[static_cast<std::size_t>(g)]).ports[static_cast<std::size_t>(local(g))];
    }
    [[nodiscard]] int local(int g) const { return g - m_result.portBase[static_cast<std::size_t>(device(g))]; }
    [[nodiscard]] int device(int g) const { return m_portDevice[static_cast<std::size_t>(g)]; }
    [[nodiscard]] int global(int d, int p) const { return m_result.portBase[static_cast<std::size_t>(d)] + p; }
    [[nodiscard]] PortResult &res(int g) { return m_result.ports[static_cast<std::size_t>(g)]; }
    [[nodiscard]] const PortSettings &settings(int g) const { return dev(device(g)).settings.ports[static_cast<std::size_t>(local(g))]; }
    [[nodiscard]] Signal signalAt(int g) const;
    [[nodiscard]] bool connected(int outPort) const
    {
        return m_downStart[static_cast<std::size_t>(outPort)] != m_downStart[static_cast<std::size_t>(outPort) + 1];
    }
    /// The impedance an input presents at 1 kHz.
    [[nodiscard]] Complex loadImpedance(int inPort, std::uint8_t sourceClass, bool &estimated);
    [[nodiscard]] std::shared_ptr<const std::vector<double>> netResponse(Net &net);
    [[nodiscard]] bool phantomAt(int outPort);
    [[nodiscard]] bool hasBoosterUpstream(int inPort) const;
    void setOutput(int g, const Signal &s, double openCircuit);
    Finding &add(Severity severity, FindingCode code, int d, int p = -1);

    const Chain &m_chain;
    AnalysisResult m_result;
    std::vector<int> m_portDevice;
    std::vector<int> m_upstream;  ///< per input port: the output feeding it, or −1
    std::vector<int> m_downStart; ///< CSR: per output port, range in m_downList
    std::vector<int> m_downList;
    std::vector<int> m_order; ///< devices in signal-flow order; devices in cycles are absent
    std::vector<bool> m_inCycle;
    std::vector<std::int8_t> m_phantom; ///< per output port: −1 unknown, 0/1
    std::vector<int> m_netOf;           ///< per input port: index into m_nets
    std::vector<Net> m_nets;
    std::vector<std::bitset<kFieldCount>> m_typicalUsed;
    /// Source impedance, the node's admittance at 1 kHz (real, imaginary) and its curves' sampled grids.
    using ResponseKey = std::tuple<double, double, double, std::vector<const std::vector<Complex> *>>;
    std::map<ResponseKey, std::shared_ptr<std::vector<double>>> m_responses;
};

AnalysisResult Engine::run()
{
    indexPorts();
    resolveConnections();
    orderDevices();
    for (int d : m_order)
        process(d);
    listenerResults();
    for (const Net &net : m_nets)
        netFindings(net);
    reportUnconnected();
    estimatedFigures();
    return std::move(m_result);
}

void Engine::indexPorts()
{
    const std::size_t n = m_chain.devices.size();
    m_result.portBase.resize(n);
    int total = 0;
    for (std::size_t d = 0; d < n; ++d) {
        m_result.portBase[d] = total;
        total += static_cast<int>(m_chain.devices[d].ports.size());
    }
    m_result.ports.assign(static_cast<std::size_t>(total), PortResult{});
    m_portDevice.resize(static_cast<std::size_t>(total));
    for (std::size_t d = 0; d < n; ++d)
        std::fill_n(m_portDevice.begin() + m_result.portBase[d], m_chain.devices[d].ports.size(), static_cast<int>(d));
    m_upstream.assign(static_cast<std::size_t>(total), -1);
    m_phantom.assign(static_cast<std::size_t>(total), -1);
    m_netOf.assign(static_cast<std::size_t>(total), -1);
    m_typicalUsed.assign(n, {});
    m_inCycle.assign(n, false);
}

void Engine::resolveConnections()
{
    QHash<QStringView, int> byId;
    byId.reserve(static_cast<qsizetype>(m_chain.devices.size()));
    for (std::size_t d = 0; d < m_chain.devices.size(); ++d)
        byId.insert(m_chain.devices[d].id, static_cast<int>(d));
    const auto portOf = [&](const PortRef &ref) {
        const int d = byId.value(ref.device, -1);
        const int p = d < 0 ? -1 : dev(d).portIndex(ref.port);
        return p < 0 ? -1 : global(d, p);
    };

    std::vector<std::pair<int, int>> edges;
    edges.reserve(m_chain.connections.size());
    for (const Connection &c : m_chain.connections) {
        const int from = portOf(c.from);
        const int to = portOf(c.to);
        if (from < 0 || to < 0 || spec(from).direction != Direction::Out || spec(to).direction != Direction::In || device(from) == device(to)) {
            const int d = byId.value(from < 0 ? c.from.device : c.to.device, -1);
            Finding &f = add(Severity::Error, FindingCode::InvalidConnection, d);
            f.detail = c.from.toString() + QStringLiteral(" → ") + c.to.toString();
            continue;
        }
        const PortSpec &out = spec(from);
        const PortSpec &in = spec(to);
        const SignalClasses special = bit(SignalClass::Acoustic) | bit(SignalClass::Digital);
        if ((out.classes & special) != (in.classes & special) && !(out.classes & in.classes)) {
            Finding &f = add(Severity::Error, FindingCode::InvalidConnection, device(to), local(to));
            f.detail = c.from.toString() + QStringLiteral(" → ") + c.to.toString();
            continue;
        }
        if (m_upstream[static_cast<std::size_t>(to)] >= 0) {
            add(Severity::Error, FindingCode::InputHasTwoCables, device(to), local(to));
            continue;
        }
        m_upstream[static_cast<std::size_t>(to)] = from;
        edges.emplace_back(from, to);
        if (!(out.classes & in.classes)) {
            Finding &f = add(Severity::Warning, FindingCode::LevelMismatch, device(to), local(to));
            f.related = {device(from)};
            f.figures = {{"gapDb", levelGapDb(out.classes, in.classes), "dB"},
                         {"from", static_cast<double>(out.classes), ""},
                         {"to", static_cast<double>(in.classes), ""}};
        }
        if (!connectorsMate(out.connector, in.connector)) {
            Finding &f = add(Severity::Info, FindingCode::NeedsAdapter, device(to), local(to));
            f.related = {device(from)};
            f.figures = {{"plug", static_cast<double>(out.connector), ""}, {"socket", static_cast<double>(in.connector), ""}};
        }
    }
    std::sort(edges.begin(), edges.end());
    m_downStart.assign(m_result.ports.size() + 1, 0);
    for (const auto &[from, to] : edges)
        ++m_downStart[static_cast<std::size_t>(from) + 1];
    for (std::size_t i = 1; i < m_downStart.size(); ++i)
        m_downStart[i] += m_downStart[i - 1];
    m_downList.resize(edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i)
        m_downList[i] = edges[i].second;
}

void Engine::orderDevices()
{
    // Kahn's algorithm on the device graph; whatever remains sits on a cycle and is reported, never walked.
    const std::size_t n = m_chain.devices.size();
    std::vector<int> indegree(n, 0);
    for (std::size_t g = 0; g < m_upstream.size(); ++g)
        if (m_upstream[g] >= 0)
            ++indegree[static_cast<std::size_t>(m_portDevice[g])];
    m_order.reserve(n);
    for (std::size_t d = 0; d < n; ++d)
        if (indegree[d] == 0)
            m_order.push_back(static_cast<int>(d));
    for (std::size_t i = 0; i < m_order.size(); ++i) {
        const int d = m_order[i];
        const int end = global(d, 0) + static_cast<int>(dev(d).ports.size());
        for (int g = global(d, 0); g < end; ++g)
            for (int k = m_downStart[static_cast<std::size_t>(g)]; k < m_downStart[static_cast<std::size_t>(g) + 1]; ++k)
                if (--indegree[static_cast<std::size_t>(device(m_downList[static_cast<std::size_t>(k)]))] == 0)
                    m_order.push_back(device(m_downList[static_cast<std::size_t>(k)]));
    }
    for (std::size_t d = 0; d < n; ++d)
        if (indegree[d] > 0) {
            m_inCycle[d] = true;
            add(Severity::Error, FindingCode::Cycle, static_cast<int>(d));
        }
}

void Engine::process(int d)
{
    switch (dev(d).spec.kind()) {
    case DeviceKind::AcousticSource:
        acousticSource(d);
        break;
    case DeviceKind::Instrument:
        instrument(d);
        break;
    case DeviceKind::Microphone:
        microphone(d);
        break;
    case DeviceKind::InlinePreamp:
        inlinePreamp(d);
        break;
    case DeviceKind::Interface:
        interfaceDevice(d);
        break;
    case DeviceKind::HeadphoneAmp:
        headphoneAmp(d);
        break;
    case DeviceKind::Player:
        player(d);
        break;
    case DeviceKind::Splitter:
    case DeviceKind::Adapter:
    case DeviceKind::Headphones:
        break; // passive parts and listeners are reached by the nets of the outputs that feed them
    }
}

Signal Engine::signalAt(int g) const
{
    const PortResult &r = m_result.ports[static_cast<std::size_t>(g)];
    return {r.rms, r.peak, r.noise, r.capability, r.reached, r.estimated};
}

void Engine::acousticSource(int d)
{
    // physics.md §2: speech 74 dB SPL at 12 in (Shure); free field −20·log10(d2/d1).
    const DeviceSettings &s = dev(d).settings;
    const double spl = std::isnan(s.splDb) ? 74.0 : s.splDb;
    const double atMic = spl - amplitudeDb(std::max(s.distanceM, 1e-3) / std::max(s.referenceDistanceM, 1e-3));
    const double crest = std::isnan(s.crestDb) ? programCrestDb(s.program) : s.crestDb;
    Signal sig;
    sig.rms = splToPascal(atMic);
    sig.peak = sig.rms * amplitudeRatio(crest);
    sig.capability = sig.rms;
    sig.present = true;
    const int out = global(d, 0);
    setOutput(out, sig, sig.rms);
    for (int k = m_downStart[static_cast<std::size_t>(out)]; k < m_downStart[static_cast<std::size_t>(out) + 1]; ++k)
        passTo(m_downList[static_cast<std::size_t>(k)], sig, bit(SignalClass::Acoustic));
}

void Engine::microphone(int d)
{
    bool est = false;
    const auto type = static_cast<MicType>(dev(d).spec.count(Field::MicType));
    const double voltsPerPa = fig(d, Field::SensitivityMvPerPa, est) / 1000.0;
    const double maxSpl = fig(d, Field::MaxSplDb, est);
    const double selfNoise = fig(d, Field::SelfNoiseDbA, est);
    Source src;
    src.sourceOhm = fig(d, Field::OutputImpedanceOhm, est);
    const int out = global(d, 1);
    Signal in = signalAt(global(d, 0));
    // physics.md §2: the capsule and its electronics clip softly at the maximum SPL.
    const double room = applyLimit(in, splToPascal(maxSpl));
    res(global(d, 0)).headroomDb = room;
    if (in.present && room < -kClipEpsilonDb) {
        Finding &f = add(Severity::Error, FindingCode::Clipping, d, 0);
        f.figures = {{"overDb", -room, "dB"}};
        f.estimated = est;
    }
    in.capability = splToPascal(maxSpl);

    const bool phantom = phantomAt(out);
    const bool needsPhantom = dev(d).spec.flag(Field::PhantomRequired) || type == MicType::Condenser;
    if (needsPhantom && !phantom && connected(out)) {
        add(Severity::Error, FindingCode::PhantomOff, d, 1);
        in = Signal{}; // an unpowered condenser is silent
    }
    if (type == MicType::Ribbon && phantom)
        add(Severity::Warning, FindingCode::PhantomOnRibbon, d, 1);

    // physics.md §2: V_oc = S·p; self-noise V_n = S·20 µPa·10^(N/20).
    src.openCircuit = scaled(in, voltsPerPa);
    src.openCircuit.noise = std::isnan(selfNoise) ? 0.0 : voltsPerPa * splToPascal(selfNoise);
    src.openCircuit.estimated = in.estimated || est;
    drive(out, src);
}

void Engine::instrument(int d)
{
    bool est = false;
    const DeviceSettings &s = dev(d).settings;
    const double level = std::isnan(s.levelDbv) ? fig(d, Field::OutputLevelDbv, est) : s.levelDbv;
    const double crest = std::isnan(s.crestDb) ? programCrestDb(s.program) : s.crestDb;
    Source src;
    src.sourceOhm = fig(d, Field::OutputImpedanceOhm, est);
    src.openCircuit.rms = dbvToVolts(level);
    src.openCircuit.peak = src.openCircuit.rms * amplitudeRatio(crest);
    src.openCircuit.capability = src.openCircuit.rms;
    src.openCircuit.present = true;
    src.openCircuit.estimated = est;
    drive(global(d, 0), src);
}

void Engine::inlinePreamp(int d)
{
    bool est = false;
    const double gain = fig(d, Field::GainDb, est);
    const double ein = fig(d, Field::EinDbu, est);
    const int out = global(d, 1);
    Signal in = signalAt(global(d, 0));
    Source src;
    src.sourceOhm = fig(d, Field::OutputImpedanceOhm, est);
    if (!phantomAt(out) && connected(out)) {
        add(Severity::Error, FindingCode::PhantomOff, d, 1);
        in = Signal{};
    }
    // physics.md §3: noise is the power sum of the source's and the booster's EIN, then amplified.
    in.noise = std::hypot(in.noise, dbuToVolts(ein));
    src.openCircuit = scaled(in, amplitudeRatio(gain));
    src.openCircuit.estimated = in.estimated || est;
    drive(out, src);
}

Signal Engine::interfaceInput(int d, int p)
{
    // physics.md §3: clip_in(G) = MaxIn@Gmin − (G − Gmin); level_dBFS = V_in_dBu − clip_in(G).
    const int g = global(d, p);
    PortResult &r = res(g);
    if (!r.reached && r.capability == 0)
        return {};
    bool est = r.estimated;
    const auto cls = static_cast<SignalClass>(r.signalClass);
    const PortSettings &ps = settings(g);
    const bool comboHiZ = spec(g).role == PortRole::ComboIn && ps.hiZ && dev(d).spec.flag(Field::HasHiZ);
    Field maxField = Field::LineMaxInputDbu;
    if (cls == SignalClass::Mic && spec(g).role == PortRole::ComboIn)
        maxField = Field::MicMaxInputDbu;
    else if (cls == SignalClass::Instrument && comboHiZ)
        maxField = Field::InstMaxInputDbu;
    if (cls == SignalClass::Instrument && !comboHiZ)
        add(Severity::Warning, FindingCode::InstrumentNotHiZ, d, p);

    const double maxIn = fig(d, maxField, est);
    const double gainMin = fig(d, Field::GainMinDb, est);
    // Many makers publish only the span ("56 dB"): the maximum is then the minimum plus the span.
    const DeviceSpec &sp = dev(d).spec;
    const double gainMax =
        sp.has(Field::GainMaxDb) || !sp.has(Field::GainRangeDb) ? fig(d, Field::GainMaxDb, est) : gainMin + *sp.value(Field::GainRangeDb);
    const double levelDbu = voltsToDbu(r.rms);
    const double neededGain = gainMin + maxIn + kTargetDbfs - levelDbu;
    const double gain = std::isnan(ps.gainDb) ? std::clamp(neededGain, gainMin, gainMax) : std::clamp(ps.gainDb, gainMin, gainMax);
    const double clipDbu = maxIn - (gain - gainMin);
    const double fullScale = dbuToVolts(clipDbu);

    // Input-referred noise: the preamp's EIN, raised by any pad in front of it for line and instrument levels.
    const double ein = fig(d, Field::EinDbu, est);
    const double padDb = maxField == Field::MicMaxInputDbu ? 0.0 : maxIn - fig(d, Field::MicMaxInputDbu, est);
    Signal s = signalAt(g);
    s.noise = std::hypot(s.noise, dbuToVolts(ein + std::max(0.0, padDb)));
    s = scaled(s, 1.0 / fullScale);
    s.capability = 1.0; // a full-scale sine
    s.estimated = est;

    r.gainDb = gain;
    r.headroomDb = applyLimit(s, 1.0); // the ADC clips hard at full scale (physics.md §8)
    if (r.reached)
        r.dbfs = amplitudeDb(s.rms);
    if (r.reached && r.headroomDb < -kClipEpsilonDb) {
        Finding &f = add(Severity::Error, FindingCode::Clipping, d, p);
        f.figures = {{"overDb", -r.headroomDb, "dB"}};
        f.estimated = est;
    }
    if (r.reached && cls == SignalClass::Mic && neededGain > gainMax + 1e-9) {
        Finding &f = add(Severity::Error, FindingCode::PreampGainShort, d, p);
        f.estimated = est;
        f.figures = {{"shortDb", neededGain - gainMax, "dB"},
                     {"neededGainDb", neededGain, "dB"},
                     {"maxGainDb", gainMax, "dB"},
                     {"boosterDb", hasBoosterUpstream(g) ? 0.0 : kBoosterGainDb, "dB"}};
    } else if (r.reached && !std::isnan(ps.gainDb) && *r.dbfs < kQuietDbfs && gain < gainMax) {
        add(Severity::Info, FindingCode::GainLow, d, p).figures = {{"levelDbfs", *r.dbfs, "dBFS"},
                                                                   {"suggestedGainDb", std::min(neededGain, gainMax), "dB"}};
    }
    return s;
}

void Engine::interfaceDevice(int d)
{
    const Device &device = dev(d);
    Signal bus; // the monitor mix in full-scale units
    for (int p = 0; p < static_cast<int>(device.ports.size()); ++p) {
        const PortSpec &port = device.ports[static_cast<std::size_t>(p)];
        if (port.role == PortRole::ComboIn || port.role == PortRole::LineIn) {
            const Signal s = interfaceInput(d, p);
            if (device.settings.directMonitor && device.spec.flag(Field::HasDirectMonitoring))
                mixInto(bus, s);
        } else if (port.role == PortRole::PlaybackIn) {
            mixInto(bus, signalAt(global(d, p)));
        }
    }
    bus.capability = 1.0; // outputs can always be driven to full scale from the computer
    // The DAC clips hard at full scale (physics.md §8).
    const double room = headroomDb(bus.peak, 1.0);
    if (bus.present && room < -kClipEpsilonDb) {
        const int usb = device.portIndex(u"usb");
        add(Severity::Error, FindingCode::Clipping, d, usb).figures = {{"overDb", -room, "dB"}};
    }
    applyLimit(bus, 1.0);

    for (int p = 0; p < static_cast<int>(device.ports.size()); ++p) {
        const PortSpec &port = device.ports[static_cast<std::size_t>(p)];
        if (!connected(global(d, p)))
            continue; // an empty socket has no level to show and needs no figures
        const double volume = amplitudeRatio(std::min(0.0, device.settings.ports[static_cast<std::size_t>(p)].volumeDb));
        if (port.role == PortRole::LineOut) {
            bool est = bus.estimated;
            Source src;
            const double fullScale = dbuToVolts(fig(d, Field::LineOutMaxDbu, est));
            src.sourceOhm = fig(d, Field::LineOutImpedanceOhm, est);
            src.maxOpenCircuit = fullScale;
            src.openCircuit = scaled(bus, fullScale * volume);
            src.openCircuit.capability = fullScale;
            // physics.md §7: output noise from the dynamic range, constant after the volume control.
            src.openCircuit.noise = std::hypot(src.openCircuit.noise, fullScale * amplitudeRatio(-fig(d, Field::LineOutDynamicRangeDb, est)));
            src.openCircuit.estimated = est;
            drive(global(d, p), src);
        } else if (port.role == PortRole::HeadphoneOut) {
            drive(global(d, p), headphoneOutput(d, bus, device.settings.ports[static_cast<std::size_t>(p)].volumeDb));
        }
    }
}

Source Engine::headphoneOutput(int d, const Signal &fullScaleDrive, double volumeDb)
{
    // physics.md §4: V_max,oc from the maximum level (referred to open circuit through Z_o when it was stated into
    // a load) or from power ratings V = √(P·Z); a rating below the voltage ceiling reveals the current limit.
    bool est = fullScaleDrive.estimated;
    const DeviceSpec &sp = dev(d).spec;
    Source src;
    src.sourceOhm = fig(d, Field::HpOutputImpedanceOhm, est);
    const OutputCeilings ceilings = outputCeilings(sp, src.sourceOhm);
    const double vMax = ceilings.openCircuitVolts > 0 ? ceilings.openCircuitVolts : dbuToVolts(fig(d, Field::HpMaxLevelDbu, est));
    src.maxOpenCircuit = vMax;
    src.maxCurrent = ceilings.currentAmps;
    if (auto minLoad = sp.value(Field::MinLoadOhm); minLoad && kindHasField(sp.kind(), Field::MinLoadOhm))
        src.minLoadOhm = *minLoad;

    src.openCircuit = scaled(fullScaleDrive, vMax * amplitudeRatio(std::min(0.0, volumeDb)));
    src.openCircuit.capability = fullScaleDrive.capability * vMax;
    const double noise =
        sp.has(Field::HpOutputNoiseUv) ? *sp.value(Field::HpOutputNoiseUv) * 1e-6 : vMax * amplitudeRatio(-fig(d, Field::HpDynamicRangeDb, est));
    src.openCircuit.noise = std::hypot(src.openCircuit.noise, noise);
    src.openCircuit.estimated = est;
    return src;
}

void Engine::headphoneAmp(int d)
{
    const Device &device = dev(d);
    bool est = false;
    const double gain = amplitudeRatio(fig(d, Field::GainDb, est));
    const int shared = device.portIndex(u"in");
    for (int p = 0; p < static_cast<int>(device.ports.size()); ++p) {
        const PortSpec &port = device.ports[static_cast<std::size_t>(p)];
        if (port.role != PortRole::HeadphoneOut || !connected(global(d, p)))
            continue;
        // A channel's own input wins when something is plugged into it (Behringer HA8000 class).
        int input = shared;
        if (device.spec.flag(Field::InputPerChannel)) {
            const int own = device.portIndex(QStringLiteral("in%1").arg(port.index + 1));
            if (own >= 0 && m_upstream[static_cast<std::size_t>(global(d, own))] >= 0)
                input = own;
        }
        // The amp's voltage ceiling is applied by drive(); the drive here is its input in volts, scaled so that
        // headphoneOutput's full-scale convention (1.0 → V_max) yields V_in·gain.
        Signal in = signalAt(global(d, input));
        const double volume = amplitudeRatio(std::min(0.0, device.settings.ports[static_cast<std::size_t>(p)].volumeDb));
        Source src = headphoneOutput(d, Signal{}, 0.0);
        const double noiseFloor = src.openCircuit.noise;
        src.openCircuit = scaled(in, gain * volume);
        src.openCircuit.capability = in.capability * gain;
        src.openCircuit.noise = std::hypot(src.openCircuit.noise, noiseFloor);
        src.openCircuit.estimated = in.estimated || est || src.openCircuit.estimated;
        drive(global(d, p), src);
    }
}

void Engine::player(int d)
{
    const Device &device = dev(d);
    const DeviceSettings &s = device.settings;
    const double level = std::isnan(s.levelDbfs) ? defaultLevelDbfs() : s.levelDbfs;
    const double crest = std::isnan(s.crestDb) ? programCrestDb(s.program) : s.crestDb;
    Signal programme;
    programme.rms = amplitudeRatio(level);
    programme.peak = programme.rms * amplitudeRatio(crest);
    programme.capability = 1.0;
    programme.present = true;
    const double room = applyLimit(programme, 1.0);
    if (room < -kClipEpsilonDb)
        add(Severity::Error, FindingCode::Clipping, d, 0).figures = {{"overDb", -room, "dB"}};
    for (int p = 0; p < static_cast<int>(device.ports.size()); ++p) {
        const PortSpec &port = device.ports[static_cast<std::size_t>(p)];
        const int g = global(d, p);
        if (port.role == PortRole::PlaybackOut) {
            setOutput(g, programme, programme.rms);
            res(g).dbfs = level;
            res(g).headroomDb = room;
            for (int k = m_downStart[static_cast<std::size_t>(g)]; k < m_downStart[static_cast<std::size_t>(g) + 1]; ++k)
                passTo(m_downList[static_cast<std::size_t>(k)], programme, bit(SignalClass::Digital));
        } else if (port.role == PortRole::HeadphoneOut && connected(g)) {
            drive(g, headphoneOutput(d, programme, s.ports[static_cast<std::size_t>(p)].volumeDb));
        }
    }
}

void Engine::setOutput(int g, const Signal &s, double openCircuit)
{
    passTo(g, s, spec(g).classes);
    res(g).openCircuit = openCircuit;
}

void Engine::passTo(int inPort, const Signal &s, std::uint8_t cls)
{
    PortResult &r = res(inPort);
    r.reached = s.present;
    r.estimated = s.estimated;
    r.signalClass = cls;
    r.rms = s.rms;
    r.peak = s.peak;
    r.noise = s.noise;
    r.capability = s.capability;
    r.headroomDb = kInfinity;
    r.loadOhm = kInfinity;
}

void Engine::collectNet(int outPort, double gain, Net &net)
{
    // Depth first with a stack of its own, not recursion: a chain of 50,000 adapters is one net, and must not run
    // out of call stack. A frame walks either the cables of an output (`device` < 0) or a passive device's outputs;
    // when it is done, the passive entry it fills ends at the terminals collected so far.
    struct Frame {
        int device;  ///< a passive device whose outputs are walked, or -1 for an output's cables
        int at;      ///< the next cable (index into m_downList) or the next port of the device
        int outPort; ///< the output whose cables are walked
        double gain;
        std::size_t closes; ///< the passive entry whose end is set when the frame is done, or npos
    };
    constexpr std::size_t kNone = std::size_t(-1);
    std::vector<Frame> stack{{-1, m_downStart[static_cast<std::size_t>(outPort)], outPort, gain, kNone}};
    while (!stack.empty()) {
        Frame &f = stack.back();
        if (f.device >= 0) { // a splitter's or adapter's outputs, one per visit
            if (f.at < static_cast<int>(dev(f.device).ports.size())) {
                const int out = global(f.device, f.at++);
                const std::size_t outEntry = net.passivePorts.size();
                net.passivePorts.push_back({out, f.gain, net.terminals.size(), 0});
                const double g = f.gain;
                stack.push_back({-1, m_downStart[static_cast<std::size_t>(out)], out, g, outEntry});
                continue;
            }
        } else if (f.at < m_downStart[static_cast<std::size_t>(f.outPort) + 1]) { // the next cable from the output
            const int in = m_downList[static_cast<std::size_t>(f.at++)];
            const int d = device(in);
            if (m_inCycle[static_cast<std::size_t>(d)])
                continue;
            const double g = f.gain;
            const DeviceKind kind = dev(d).spec.kind();
            if (kind == DeviceKind::Splitter || kind == DeviceKind::Adapter) {
                if (kind == DeviceKind::Splitter && net.splitter < 0)
                    net.splitter = d;
                const std::size_t inEntry = net.passivePorts.size();
                net.passivePorts.push_back({in, g, net.terminals.size(), 0});
                stack.push_back({d, 1, -1, g * amplitudeRatio(dev(d).spec.valueOr(Field::LevelChangeDb, 0.0)), inEntry});
                continue;
            }
            net.terminals.push_back({in, g});
            const int thru = dev(d).portIndex(u"thru");
            if (spec(in).role == PortRole::AmpIn && spec(in).index < 0 && thru >= 0) { // the thru is the shared input's node
                const int thruPort = global(d, thru);
                stack.push_back({-1, m_downStart[static_cast<std::size_t>(thruPort)], thruPort, g, kNone});
            }
            continue;
        }
        if (f.closes != kNone)
            net.passivePorts[f.closes].end = net.terminals.size();
        stack.pop_back();
    }
}

Complex Engine::loadImpedance(int in, std::uint8_t sourceClass, bool &est)
{
    const int d = device(in);
    const PortSpec &port = spec(in);
    switch (port.role) {
    case PortRole::ComboIn:
        if (sourceClass == bit(SignalClass::Mic))
            return fig(d, Field::MicInputImpedanceOhm, est);
        if (sourceClass == bit(SignalClass::Instrument) && settings(in).hiZ && dev(d).spec.flag(Field::HasHiZ))
            return fig(d, Field::InstInputImpedanceOhm, est);
        return fig(d, Field::LineInputImpedanceOhm, est);
    case PortRole::LineIn:
        return fig(d, Field::LineInputImpedanceOhm, est);
    case PortRole::BoosterIn:
    case PortRole::AmpIn:
        return fig(d, Field::InputImpedanceOhm, est);
    case PortRole::Listener:
        return dev(d).spec.referenceImpedance(fig(d, Field::ImpedanceOhm, est));
    default:
        return kInfinity;
    }
}

void Engine::drive(int outPort, const Source &source)
{
    // physics.md §4/§5: every input on the node loads the source in parallel; V_node = V_oc·Z_par/(Z_par + Z_o),
    // capped by the voltage ceiling through the divider and by the current ceiling I_max·|Z_par|.
    Net net;
    net.output = outPort;
    net.sourceOhm = source.sourceOhm;
    collectNet(outPort, 1.0, net);
    const std::uint8_t cls = spec(outPort).classes;
    bool est = source.openCircuit.estimated;
    for (Terminal &t : net.terminals) {
        t.load = loadImpedance(t.port, cls, est);
        if (!std::isinf(t.load.real()))
            net.admittance += 1.0 / t.load;
    }
    net.load = net.admittance == Complex{0, 0} ? Complex{kInfinity, 0} : 1.0 / net.admittance;
    const double ratio = dividerRatio(net.load, source.sourceOhm);
    const double zAbs = std::abs(net.load);
    const double voltageCeiling = source.maxOpenCircuit * ratio;
    const double currentCeiling = source.maxCurrent * zAbs;
    net.currentLimited = currentCeiling < voltageCeiling;
    const double nodeCeiling = std::min(voltageCeiling, currentCeiling);

    Signal node = scaled(source.openCircuit, ratio);
    node.estimated = est;
    const double room = applyLimit(node, nodeCeiling);
    if (node.present && room < -kClipEpsilonDb) {
        Finding &f = add(Severity::Error, FindingCode::Clipping, device(outPort), local(outPort));
        f.figures = {{"overDb", -room, "dB"}};
        f.estimated = est;
    }
    if (source.minLoadOhm > 0 && zAbs < source.minLoadOhm) {
        add(Severity::Warning, FindingCode::BelowMinLoad, device(outPort), local(outPort)).figures = {{"loadOhm", zAbs, "Ω"},
                                                                                                      {"minLoadOhm", source.minLoadOhm, "Ω"}};
    }

    PortResult &out = res(outPort);
    setOutput(outPort, node, source.openCircuit.rms);
    out.sourceOhm = source.sourceOhm;
    out.loadOhm = zAbs;
    out.headroomDb = room;
    out.currentA = std::isinf(zAbs) ? 0.0 : node.rms / zAbs;
    out.powerW = std::isinf(zAbs) ? 0.0 : node.rms * node.rms / zAbs; // physics.md §0: P = V²/|Z|
    // Each port on the node carries the current of the loads downstream of it (physics.md §0: P = V²/|Z|).
    const auto setLoad = [&](int port, double gain, Complex downstreamAdmittance) {
        passTo(port, scaled(node, gain), cls);
        PortResult &r = res(port);
        const double y = std::abs(downstreamAdmittance);
        r.sourceOhm = source.sourceOhm;
        r.loadOhm = y > 0 ? 1.0 / y : kInfinity;
        r.currentA = r.rms * y;
        r.powerW = r.rms * r.rms * y;
    };
    for (const PassivePort &p : net.passivePorts) {
        Complex y{0, 0};
        for (std::size_t i = p.first; i < p.end; ++i)
            if (!std::isinf(net.terminals[i].load.real()))
                y += 1.0 / net.terminals[i].load;
        setLoad(p.port, p.gain, y);
    }
    for (const Terminal &t : net.terminals) {
        setLoad(t.port, t.gain, std::isinf(t.load.real()) ? Complex{0, 0} : 1.0 / t.load);
        m_netOf[static_cast<std::size_t>(t.port)] = static_cast<int>(m_nets.size());
    }
    m_nets.push_back(std::move(net));
}

bool Engine::phantomAt(int outPort)
{
    // P48 reaches an output from an input with phantom on, directly or through boosters that pass it (physics.md §2).
    std::int8_t &memo = m_phantom[static_cast<std::size_t>(outPort)];
    if (memo >= 0)
        return memo;
    Net net;
    collectNet(outPort, 1.0, net);
    bool on = false;
    for (const Terminal &t : net.terminals) {
        const int d = device(t.port);
        const PortSpec &port = spec(t.port);
        if (port.role == PortRole::ComboIn && settings(t.port).phantom && dev(d).spec.flag(Field::HasPhantom))
            on = true;
        else if (port.role == PortRole::BoosterIn && dev(d).spec.flag(Field::PassesPhantom) && phantomAt(global(d, 1)))
            on = true;
    }
    memo = on ? 1 : 0;
    return on;
}

bool Engine::hasBoosterUpstream(int inPort) const
{
    for (int g = m_upstream[static_cast<std::size_t>(inPort)]; g >= 0;) {
        const int d = device(g);
        if (dev(d).spec.kind() == DeviceKind::InlinePreamp)
            return true;
        const auto &ports = dev(d).ports;
        const bool passive = dev(d).spec.kind() == DeviceKind::Splitter || dev(d).spec.kind() == DeviceKind::Adapter;
        g = passive && !ports.empty() ? m_upstream[static_cast<std::size_t>(global(d, 0))] : -1;
    }
    return false;
}

void Engine::listenerResults()
{
    m_result.listenerIndex.assign(m_chain.devices.size(), -1);
    for (std::size_t d = 0; d < m_chain.devices.size(); ++d) {
        if (m_chain.devices[d].spec.kind() != DeviceKind::Headphones)
            continue;
        m_result.listenerIndex[d] = static_cast<int>(m_result.listeners.size());
        const int in = global(static_cast<int>(d), 0);
        const int netIndex = m_netOf[static_cast<std::size_t>(in)];
        if (netIndex < 0) {
            ListenerResult l;
            l.device = static_cast<int>(d);
            l.targetPeakSpl = m_chain.devices[d].settings.targetPeakSplDb;
            m_result.listeners.push_back(l);
            add(Severity::Warning, FindingCode::NotConnected, static_cast<int>(d), 0);
            continue;
        }
        m_result.listeners.push_back(listenerAt(static_cast<int>(d), m_nets[static_cast<std::size_t>(netIndex)]));
    }
}

std::shared_ptr<const std::vector<double>> Engine::netResponse(Net &net)
{
    // physics.md §4/§5 with admittances: |Z_par/(Z_par + Z_o)| = 1/|1 + Z_o·Y|, Y = Σ 1/Z_i(f). Terminals without
    // a curve keep their 1 kHz admittance at every frequency; curves were sampled on the grid when they were set.
    if (net.responseKnown || net.sourceOhm <= 0)
        return net.response;
    net.responseKnown = true;
    Complex flat = net.admittance;
    std::vector<const std::vector<Complex> *> curves;
    for (const Terminal &t : net.terminals) {
        const DeviceSpec &s = dev(device(t.port)).spec;
        if (spec(t.port).role == PortRole::Listener && !s.gridAdmittance().empty()) {
            curves.push_back(&s.gridAdmittance());
            flat -= 1.0 / s.referenceImpedance(0.0);
        }
    }
    if (curves.empty())
        return net.response;
    // Nodes alike in source impedance, load and curves (identical headphones on the channels of a distribution amp)
    // have the same response: it is computed once. Specs with equal curves share their sampled grid.
    ResponseKey key{net.sourceOhm, net.admittance.real(), net.admittance.imag(), std::move(curves)};
    std::shared_ptr<std::vector<double>> &known = m_responses[key];
    if (!known) {
        const double reference = std::norm(1.0 + net.sourceOhm * net.admittance);
        // Curve by curve, each read front to back: a node with thousands of headphones stays in the cache.
        std::vector<Complex> y(kGridPoints, flat);
        for (const std::vector<Complex> *curve : std::get<3>(key))
            for (std::size_t k = 0; k < kGridPoints; ++k)
                y[k] += (*curve)[k];
        known = std::make_shared<std::vector<double>>(kGridPoints);
        for (std::size_t k = 0; k < kGridPoints; ++k)
            (*known)[k] = -powerDb(std::norm(1.0 + net.sourceOhm * y[k]) / reference);
    }
    net.response = known;
    return net.response;
}

ListenerResult Engine::listenerAt(int d, Net &net)
{
    const Device &phones = dev(d);
    const int in = global(d, 0);
    const PortResult &r = res(in);
    bool est = r.estimated;
    ListenerResult l;
    l.device = d;
    l.driverDevice = device(net.output);
    l.driverPort = local(net.output);
    l.targetPeakSpl = phones.settings.targetPeakSplDb;
    l.playing = r.reached && r.rms > 0;
    const double nominal = fig(d, Field::ImpedanceOhm, est);
    const double sensitivity = fig(d, Field::Sensitivity, est);
    const bool perVolt = phones.spec.count(Field::SensitivityUnit) == static_cast<int>(SensitivityUnit::DbPerV);
    // physics.md §4: S_V = S_mW + 10·log10(1000/Z) at the nominal impedance the rating refers to.
    l.sensitivityDbPerV = perVolt ? sensitivity : sensitivityMwToV(sensitivity, nominal);
    l.impedanceOhm = r.loadOhm;
    // physics.md §4: SPL = S_V + 20·log10(V_L); peaks as the sine of the same peak.
    l.averageSpl = l.sensitivityDbPerV + amplitudeDb(r.rms);
    l.peakSpl = l.sensitivityDbPerV + amplitudeDb(r.peak / kSqrt2);
    l.maxSpl = l.sensitivityDbPerV + amplitudeDb(r.capability);
    l.headroomDb = l.maxSpl - l.targetPeakSpl;
    l.requiredVolts = amplitudeRatio(l.targetPeakSpl - l.sensitivityDbPerV);
    l.requiredMilliwatts = l.requiredVolts * l.requiredVolts / l.impedanceOhm * 1000.0;
    // The volume that puts this programme's peaks on the target; without a programme, a full-scale sine's.
    const double volumeNow = std::min(0.0, dev(l.driverDevice).settings.ports[static_cast<std::size_t>(l.driverPort)].volumeDb);
    l.volumeForTargetDb = l.playing ? volumeNow + l.targetPeakSpl - l.peakSpl : l.targetPeakSpl - l.maxSpl;
    l.sourceOhm = net.sourceOhm;
    l.dampingFactor = net.sourceOhm > 0 ? l.impedanceOhm / net.sourceOhm : kInfinity;
    // physics.md §5: level change when the other loads are plugged in.
    const Complex own = phones.spec.referenceImpedance(nominal);
    l.splitterDropDb = amplitudeDb(dividerRatio(net.load, net.sourceOhm) / dividerRatio(own, net.sourceOhm));
    l.hissSpl = l.sensitivityDbPerV + amplitudeDb(r.noise); // physics.md §7
    l.exposureMinutes = nioshPermissibleMinutes(l.averageSpl);

    // physics.md §4/§5: response deviation of the shared node vs 1 kHz when any load on it has a curve.
    if (auto response = netResponse(net)) {
        l.responseCurveDb = response;
        const auto [lo, hi] = std::minmax_element(response->begin(), response->end());
        l.responseDeviationDb = std::array<double, 2>{*lo, *hi};
    } else if (net.sourceOhm == 0 || phones.spec.flag(Field::Active)) {
        l.responseDeviationDb = std::array<double, 2>{0.0, 0.0};
    }

    l.estimated = est;
    if (r.capability <= 0)
        l.verdict = Verdict::NotConnected;
    else if (l.headroomDb >= 0)
        l.verdict = Verdict::Ok;
    else if (l.headroomDb >= kMarginalDb)
        l.verdict = Verdict::Marginal;
    else
        l.verdict = Verdict::NeedsAmp;
    listenerFindings(l, net);
    return l;
}

void Engine::listenerFindings(const ListenerResult &l, const Net &net)
{
    const int d = l.device;
    const Device &phones = dev(d);
    const PortResult &r = res(global(d, 0));
    const bool est = l.estimated;
    bool figureEstimated = false; // already part of `est`
    const double nominal = fig(d, Field::ImpedanceOhm, figureEstimated);
    const auto figuresOfShortfall = [&l] {
        return std::vector<Figure>{{"shortDb", -l.headroomDb, "dB"},
                                   {"maxSpl", l.maxSpl, "dB SPL"},
                                   {"targetSpl", l.targetPeakSpl, "dB SPL"},
                                   {"requiredV", l.requiredVolts, "V"},
                                   {"requiredMw", l.requiredMilliwatts, "mW"}};
    };
    if (l.verdict == Verdict::NeedsAmp || l.verdict == Verdict::Marginal) {
        const bool amped = dev(l.driverDevice).spec.kind() == DeviceKind::HeadphoneAmp;
        const FindingCode code = l.verdict == Verdict::Marginal ? FindingCode::Marginal
            : amped                                             ? FindingCode::AmpTooWeak
                                                                : FindingCode::NeedsHeadphoneAmp;
        Finding &f = add(l.verdict == Verdict::Marginal ? Severity::Warning : Severity::Error, code, d, 0);
        f.related = {l.driverDevice};
        f.estimated = est;
        f.figures = figuresOfShortfall();
        if (net.currentLimited) {
            Finding &c = add(Severity::Warning, FindingCode::CurrentLimit, l.driverDevice, l.driverPort);
            c.related = {d};
            c.estimated = est;
            c.figures = {{"loadOhm", std::abs(net.load), "Ω"}};
        }
    } else if (l.verdict == Verdict::NotConnected) {
        add(Severity::Warning, FindingCode::NotConnected, d, 0);
    }
    const auto &curve = phones.spec.impedanceCurve();
    const double zMin = curve.empty()
        ? nominal
        : std::min_element(curve.begin(), curve.end(), [](const ImpedancePoint &a, const ImpedancePoint &b) { return a.ohms < b.ohms; })->ohms;
    if (!phones.spec.flag(Field::Active) && net.sourceOhm > zMin / kEighthRule) {
        // physics.md §5: the level lost across the source impedance at 1 kHz.
        const Complex own = phones.spec.referenceImpedance(nominal);
        Finding &f = add(Severity::Warning, FindingCode::OutputImpedanceHigh, d, 0);
        f.related = {l.driverDevice};
        f.estimated = est;
        f.figures = {{"sourceOhm", net.sourceOhm, "Ω"}, {"loadOhm", zMin, "Ω"}, {"lossDb", amplitudeDb(dividerRatio(own, net.sourceOhm)), "dB"}};
        if (l.responseDeviationDb)
            f.figures.push_back({"deviationDb", (*l.responseDeviationDb)[1] - (*l.responseDeviationDb)[0], "dB"});
    }
    if (l.playing) {
        if (l.averageSpl > kExposureDbA) {
            Finding &f = add(Severity::Warning, FindingCode::LoudExposure, d, 0);
            f.estimated = est;
            f.figures = {{"averageSpl", l.averageSpl, "dB SPL"}, {"minutes", l.exposureMinutes, "min"}};
        }
        if (const auto maxPower = phones.spec.value(Field::MaxInputPowerMw)) {
            const double peakMw = std::pow(r.peak / kSqrt2, 2) / l.impedanceOhm * 1000.0;
            if (peakMw > *maxPower) {
                Finding &f = add(Severity::Warning, FindingCode::Overpowered, d, 0);
                f.estimated = est;
                f.figures = {{"peakMw", peakMw, "mW"}, {"maxMw", *maxPower, "mW"}};
            }
        }
    } else if (r.capability > 0) {
        add(Severity::Info, FindingCode::NoSignal, d, 0);
    }
    if (l.hissSpl > kHissFaintDb) {
        Finding &f = add(l.hissSpl > kHissAudibleDb ? Severity::Warning : Severity::Info, FindingCode::AudibleHiss, d, 0);
        f.estimated = est;
        f.figures = {{"hissSpl", l.hissSpl, "dB SPL"}};
    }
}

void Engine::netFindings(const Net &net)
{
    const int source = device(net.output);
    const std::uint8_t cls = spec(net.output).classes;
    std::vector<int> listeners;
    bool feedsAmp = false;
    for (const Terminal &t : net.terminals) {
        if (spec(t.port).role == PortRole::Listener)
            listeners.push_back(device(t.port));
        feedsAmp = feedsAmp || spec(t.port).role == PortRole::AmpIn;
    }
    if (listeners.size() >= 2) {
        // physics.md §5: same node voltage for all; loudness differs by the sensitivities in dB/V.
        double loudest = -kInfinity;
        double quietest = kInfinity;
        int louder = -1;
        int quieter = -1;
        double worstDrop = 0;
        double leastDrop = -kInfinity;
        for (int d : listeners) {
            const ListenerResult *l = m_result.listener(d);
            if (!l)
                continue;
            worstDrop = std::min(worstDrop, l->splitterDropDb);
            leastDrop = std::max(leastDrop, l->splitterDropDb);
            if (l->sensitivityDbPerV > loudest) {
                loudest = l->sensitivityDbPerV;
                louder = d;
            }
            if (l->sensitivityDbPerV < quietest) {
                quietest = l->sensitivityDbPerV;
                quieter = d;
            }
        }
        Finding &f = add(Severity::Warning, FindingCode::SplitterLoading, net.splitter >= 0 ? net.splitter : source);
        f.related = {louder, quieter};
        f.figures = {{"minDropDb", -leastDrop, "dB"},
                     {"maxDropDb", -worstDrop, "dB"},
                     {"mismatchDb", loudest - quietest, "dB"},
                     {"listeners", static_cast<double>(listeners.size()), ""}};
    }
    const bool electrical = cls & (bit(SignalClass::Mic) | bit(SignalClass::Line) | bit(SignalClass::Instrument));
    if (electrical && !net.terminals.empty() && net.sourceOhm > 0) {
        const double ratio = std::abs(net.load) / net.sourceOhm;
        if (ratio < kBridgingRatio) {
            Finding &f = add(Severity::Warning, FindingCode::BridgingRatio, source, local(net.output));
            f.related = {device(net.terminals.front().port)};
            f.estimated = res(net.output).estimated;
            f.figures = {{"ratio", ratio, ":1"}, {"lossDb", amplitudeDb(dividerRatio(net.load, net.sourceOhm)), "dB"}};
        }
    }
    if (feedsAmp && cls == bit(SignalClass::Headphone)) {
        const Device &src = dev(source);
        for (int p = 0; p < static_cast<int>(src.ports.size()); ++p)
            if (src.ports[static_cast<std::size_t>(p)].role == PortRole::LineOut && !connected(global(source, p))) {
                add(Severity::Warning, FindingCode::DoubleAmping, source, local(net.output));
                break;
            }
    }
}

void Engine::reportUnconnected()
{
    // Active devices whose inputs are all empty produce nothing; say so once for each.
    for (int d : m_order) {
        const Device &device = dev(d);
        const DeviceKind kind = device.spec.kind();
        if (kind != DeviceKind::Microphone && kind != DeviceKind::InlinePreamp && kind != DeviceKind::HeadphoneAmp)
            continue;
        bool anyInput = false;
        for (int p = 0; p < static_cast<int>(device.ports.size()); ++p)
            anyInput = anyInput
                || (device.ports[static_cast<std::size_t>(p)].direction == Direction::In && m_upstream[static_cast<std::size_t>(global(d, p))] >= 0);
        if (!anyInput)
            add(Severity::Warning, FindingCode::NotConnected, d);
    }
}

void Engine::estimatedFigures()
{
    for (std::size_t d = 0; d < m_typicalUsed.size(); ++d)
        for (Field f : fieldsOf(m_chain.devices[d].spec.kind()))
            if (m_typicalUsed[d].test(static_cast<std::size_t>(f))) {
                Finding &finding = add(Severity::Info, FindingCode::EstimatedFigure, static_cast<int>(d));
                finding.field = f;
                finding.estimated = true;
                finding.figures = {{"typical", *typicalValue(m_chain.devices[d].spec, f), fieldInfo(f).unit}};
            }
}

double Engine::fig(int d, Field f, bool &estimated)
{
    const DeviceSpec &sp = dev(d).spec;
    if (const auto v = sp.value(f))
        return *v;
    if (const auto typical = typicalValue(sp, f)) {
        m_typicalUsed[static_cast<std::size_t>(d)].set(static_cast<std::size_t>(f));
        estimated = true;
        return *typical;
    }
    return kNaN;
}

Finding &Engine::add(Severity severity, FindingCode code, int d, int p)
{
    Finding &f = m_result.findings.emplace_back();
    f.severity = severity;
    f.code = code;
    f.device = d;
    f.port = p;
    return f;
}

} // namespace

AnalysisResult analyze(const Chain &chain) { return Engine(chain).run(); }

} // namespace headroom
