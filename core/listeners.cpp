// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What each listener hears and what each node does to it: SPL, verdicts, response, hiss, exposure and their findings (physics.md §4, §5, §7).

#include "engine.h"
#include "signalpath.h"

#include <algorithm>

namespace headroom::engine {

namespace {
constexpr double kMonitorReferenceM = 1;        // physics.md §6: monitors' figures are stated at 1 m
constexpr double kSpeakerReferenceVolts = 2.83; // physics.md §6: the voltage of 1 W into 8 Ω, as sensitivities are stated
constexpr double kAesCrestPowerRatio = 2.0;     // physics.md §6: AES2 noise peaks 6 dB over its RMS, as a sine of twice the power

/// physics.md §6, "Studio monitors": the inverse-square law from the 1 m of the data sheet, the two speakers as a
/// power sum, and what the user allows for the room.
double placementDb(const DeviceSettings &s)
{
    return -amplitudeDb(s.listeningDistanceM / kMonitorReferenceM) + (s.bothSpeakers ? powerDb(2.0) : 0.0) + s.roomGainDb;
}
} // namespace

Ears Engine::headphoneEars(int d, bool &est)
{
    const DeviceSpec &phones = dev(d).spec;
    const double nominal = fig(d, Field::ImpedanceOhm, est);
    const double sensitivity = fig(d, Field::Sensitivity, est);
    const bool perVolt = phones.count(Field::SensitivityUnit) == static_cast<int>(SensitivityUnit::DbPerV);
    Ears ears;
    // physics.md §4: S_V = S_mW + 10·log10(1000/Z) at the nominal impedance the rating refers to.
    ears.dbSplPerVolt = perVolt ? sensitivity : sensitivityMwToV(sensitivity, nominal);
    ears.ownLoad = phones.referenceImpedance(nominal);
    return ears;
}

Ears Engine::monitorEars(int d, bool &est)
{
    const Device &pair = dev(d);
    const double placement = placementDb(pair.settings);
    Ears ears;
    const double sensitivityDbv = voltsToDbv(dbuToVolts(fig(d, Field::InputSensitivityDbu, est)));
    ears.dbSplPerVolt = fig(d, Field::ReferenceSplDb, est) - sensitivityDbv + pair.settings.levelControlDb + placement;
    ears.ownLoad = fig(d, Field::InputImpedanceOhm, est);
    ears.inputCeilingSpl = ears.dbSplPerVolt + amplitudeDb(dbuToVolts(fig(d, Field::LineMaxInputDbu, est)));
    ears.acousticCeilingSpl = fig(d, Field::MaxSplDb, est) + placement;
    if (const auto noise = pair.spec.value(Field::SelfNoiseDbA))
        ears.selfNoiseSpl = *noise + placement;
    return ears;
}

Ears Engine::passiveSpeakerEars(int d, bool &est)
{
    const Device &pair = dev(d);
    const double placement = placementDb(pair.settings);
    const double nominal = fig(d, Field::ImpedanceOhm, est);
    // physics.md §6, "Passive speakers": a sensitivity for 1 W is for √Z volts into the nominal impedance Z.
    const bool perWatt = pair.spec.count(Field::SpeakerSensitivityRef) == static_cast<int>(SpeakerSensitivityRef::OneWatt);
    const double referenceVolts = perWatt ? std::sqrt(nominal) : kSpeakerReferenceVolts;
    Ears ears;
    ears.dbSplPerVolt = fig(d, Field::SpeakerSensitivityDb, est) - amplitudeDb(referenceVolts) + placement;
    ears.ownLoad = pair.spec.referenceImpedance(nominal);
    // The power rating's test noise peaks as a sine of twice the rated power: the most the voice coils are rated for.
    if (const auto watts = pair.spec.value(Field::SpeakerPowerHandlingW))
        ears.inputCeilingSpl = ears.dbSplPerVolt + amplitudeDb(std::sqrt(kAesCrestPowerRatio * *watts * nominal));
    if (const auto maxSpl = pair.spec.value(Field::MaxSplDb))
        ears.acousticCeilingSpl = *maxSpl + placement;
    return ears;
}

void Engine::listenerResults()
{
    m_result.listenerIndex.assign(m_chain.devices.size(), -1);
    for (std::size_t d = 0; d < m_chain.devices.size(); ++d) {
        if (!isListener(m_chain.devices[d].spec.kind()))
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
    const Device &listener = dev(d);
    const DeviceKind kind = listener.spec.kind();
    const bool speakers = isSpeakers(kind);
    const int in = global(d, 0);
    const PortResult &r = res(in);
    bool est = r.estimated;
    const Ears ears = kind == DeviceKind::Monitor ? monitorEars(d, est)
        : kind == DeviceKind::PassiveSpeaker      ? passiveSpeakerEars(d, est)
                                                  : headphoneEars(d, est);
    ListenerResult l;
    l.device = d;
    l.driverDevice = device(net.output);
    l.driverPort = local(net.output);
    l.targetPeakSpl = listener.settings.targetPeakSplDb;
    l.playing = r.reached && r.rms > 0;
    l.sensitivityDbPerV = ears.dbSplPerVolt;
    l.impedanceOhm = r.loadOhm;
    // physics.md §4: SPL = S_V + 20·log10(V_L); peaks as the sine of the same peak. A monitor caps them at its own
    // limits (§6): what clips there cannot come out louder.
    const double ceiling = ears.ceilingSpl();
    l.averageSpl = std::min(l.sensitivityDbPerV + amplitudeDb(r.rms), ceiling);
    l.peakSpl = std::min(l.sensitivityDbPerV + amplitudeDb(r.peak / kSqrt2), ceiling);
    l.maxSpl = std::min(l.sensitivityDbPerV + amplitudeDb(r.capability), ceiling);
    l.headroomDb = l.maxSpl - l.targetPeakSpl;
    l.requiredVolts = amplitudeRatio(l.targetPeakSpl - l.sensitivityDbPerV);
    l.requiredMilliwatts = l.requiredVolts * l.requiredVolts / l.impedanceOhm * 1000.0;
    // The volume that puts this programme's peaks on the target, or on the most the chain gives when the target is out
    // of reach (past that it only clips); without a programme, the setting at which a full-scale sine reaches the target.
    const double volumeNow = std::min(0.0, dev(l.driverDevice).settings.ports[static_cast<std::size_t>(l.driverPort)].volumeDb);
    l.volumeForTargetDb = l.playing ? volumeNow + std::min(l.targetPeakSpl, l.maxSpl) - l.peakSpl : l.targetPeakSpl - l.maxSpl;
    l.sourceOhm = net.sourceOhm;
    l.dampingFactor = net.sourceOhm > 0 ? l.impedanceOhm / net.sourceOhm : kInfinity;
    // physics.md §5: level change when the other loads are plugged in.
    l.splitterDropDb = amplitudeDb(dividerRatio(net.load, net.sourceOhm) / dividerRatio(ears.ownLoad, net.sourceOhm));
    l.hissSpl = l.sensitivityDbPerV + amplitudeDb(r.noise); // physics.md §7
    if (std::isfinite(ears.selfNoiseSpl))
        l.hissSpl = powerDb(powerRatio(l.hissSpl) + powerRatio(ears.selfNoiseSpl)); // the speakers' own hiss adds in power
    l.exposureMinutes = nioshPermissibleMinutes(l.averageSpl);

    // physics.md §4/§5: response deviation of the shared node vs 1 kHz when any load on it has a curve.
    if (auto response = netResponse(net); response && !speakers) {
        l.responseCurveDb = response;
        const auto [lo, hi] = std::minmax_element(response->begin(), response->end());
        l.responseDeviationDb = std::array<double, 2>{*lo, *hi};
    } else if (net.sourceOhm == 0 || speakers || listener.spec.flag(Field::Active)) {
        l.responseDeviationDb = std::array<double, 2>{0.0, 0.0};
    }

    if (const InputLatency *latency = monitoringLatency(in)) {
        l.monitoringLatencyMs = latency->ms;
        est = est || latency->estimated;
    }
    l.estimated = est;
    if (r.capability <= 0)
        l.verdict = Verdict::NotConnected;
    else if (l.headroomDb >= 0)
        l.verdict = Verdict::Ok;
    else if (l.headroomDb >= kMarginalDb)
        l.verdict = Verdict::Marginal;
    else
        l.verdict = speakers ? Verdict::TooQuiet : Verdict::NeedsAmp;
    if (speakers) {
        if (std::isfinite(ears.ceilingSpl()))
            res(in).headroomDb = headroomDb(r.peak, amplitudeRatio(ears.ceilingSpl() - ears.dbSplPerVolt));
        // physics.md §6, §8: the pair's own limit as the input voltage that reaches it; monitors limit softly. Past a
        // passive speaker's power rating nothing limits: its coils heat, so the preview does not clip there.
        const double clipSpl = kind == DeviceKind::Monitor ? ears.ceilingSpl() : ears.acousticCeilingSpl;
        if (std::isfinite(clipSpl)) {
            stage(in).clipRms = amplitudeRatio(clipSpl - ears.dbSplPerVolt);
            stage(in).clip = ClipKind::Soft;
        }
        monitorFindings(l, ears);
    }
    listenerFindings(l, net);
    return l;
}

const InputLatency *Engine::monitoringLatency(int inPort) const
{
    for (int s : stagesTo(m_result, inPort)) {
        const StageRecord &stage = m_result.stages[static_cast<std::size_t>(s)];
        if (!stage.mix)
            continue;
        const InputLatency &latency = m_inputLatency[static_cast<std::size_t>(stage.device)];
        const bool live = std::any_of(stage.feeds.begin(), stage.feeds.end(), [this](const StageFeed &f) {
            return f.stage >= 0 && f.stage < m_graph.portCount()
                && (spec(f.stage).role == PortRole::ComboIn || spec(f.stage).role == PortRole::LineIn || spec(f.stage).role == PortRole::SoundIn);
        });
        return live && !std::isnan(latency.ms) ? &latency : nullptr;
    }
    return nullptr;
}

void Engine::monitorFindings(const ListenerResult &l, const Ears &ears)
{
    const int d = l.device;
    const Device &pair = dev(d);
    const PortResult &r = res(global(d, 0));
    // A passive pair's "input" limit is its power rating, and what feeds it is a power amplifier.
    const bool passive = pair.spec.kind() == DeviceKind::PassiveSpeaker;
    const MonitorLimit inputLimit = passive ? MonitorLimit::PowerHandling : MonitorLimit::Input;
    if (l.verdict == Verdict::TooQuiet || l.verdict == Verdict::Marginal) {
        // What stops it first: the speakers themselves, their input clipping, or the output feeding them.
        const double fromSource = l.sensitivityDbPerV + amplitudeDb(r.capability);
        const MonitorLimit limit = ears.acousticCeilingSpl <= std::min(ears.inputCeilingSpl, fromSource) ? MonitorLimit::Speakers
            : ears.inputCeilingSpl <= fromSource                                                         ? inputLimit
            : passive                                                                                    ? MonitorLimit::Amplifier
                                                                                                         : MonitorLimit::Source;
        Finding &f = add(l.verdict == Verdict::Marginal ? Severity::Warning : Severity::Error, FindingCode::MonitorsTooQuiet, d, 0);
        f.related = {l.driverDevice};
        f.estimated = l.estimated;
        f.figures = {{"shortDb", -l.headroomDb, "dB"},
                     {"maxSpl", l.maxSpl, "dB SPL"},
                     {"targetSpl", l.targetPeakSpl, "dB SPL"},
                     {"distanceM", pair.settings.listeningDistanceM, "m"},
                     {"limit", static_cast<double>(limit), ""}};
    }
    // physics.md §6: the programme's peaks beyond the input's or the speakers' own limit.
    const double overDb = l.sensitivityDbPerV + amplitudeDb(r.peak / kSqrt2) - ears.ceilingSpl();
    if (l.playing && overDb > kClipEpsilonDb) {
        Finding &f = add(Severity::Error, FindingCode::MonitorOverload, d, 0);
        f.related = {l.driverDevice};
        f.estimated = l.estimated;
        f.figures = {{"overDb", overDb, "dB"},
                     {"limit", static_cast<double>(ears.inputCeilingSpl <= ears.acousticCeilingSpl ? inputLimit : MonitorLimit::Speakers), ""}};
    }
    if (passive) // speaker cable is neither balanced nor not: the power amplifier's input says it (powerAmp)
        return;
    // physics.md §6: a link is balanced only when both ends are.
    const Device &driver = dev(l.driverDevice);
    const PortRole driverRole = spec(global(l.driverDevice, l.driverPort)).role;
    const bool outputBalanced = isLineOutput(driverRole) && driver.spec.flag(Field::LineOutBalanced);
    if (!outputBalanced || !pair.spec.flag(Field::InputBalanced)) {
        Finding &f = add(Severity::Info, FindingCode::UnbalancedLink, d, 0);
        f.related = {l.driverDevice};
    }
}

void Engine::headphoneFindings(const ListenerResult &l, const Net &net)
{
    const int d = l.device;
    const Device &phones = dev(d);
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
}

void Engine::listenerFindings(const ListenerResult &l, const Net &net)
{
    const int d = l.device;
    const Device &phones = dev(d);
    const PortResult &r = res(global(d, 0));
    const bool est = l.estimated;
    if (l.verdict == Verdict::NotConnected)
        add(Severity::Warning, FindingCode::NotConnected, d, 0);
    if (phones.spec.kind() == DeviceKind::Headphones)
        headphoneFindings(l, net);
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
    if (l.monitoringLatencyMs && *l.monitoringLatencyMs > kLatencyNoticedMs) {
        // physics.md §3, "Latency": what the same computer would give with the smallest usual buffer.
        const InputLatency &latency = *monitoringLatency(global(d, 0));
        const DeviceSettings &computer = dev(latency.computer).settings;
        Finding &f = add(Severity::Warning, FindingCode::MonitoringLatency, d, 0);
        f.related = {latency.interface};
        f.estimated = latency.estimated;
        f.figures = {{"latencyMs", *l.monitoringLatencyMs, "ms"},
                     {"bufferSamples", computer.bufferSamples, "samples"},
                     {"sampleRateHz", computer.sampleRateHz, "Hz"},
                     {"smallBufferMs", roundTripBuffersMs(kSmallBufferSamples, computer.sampleRateHz) + latency.ownMs, "ms"},
                     {"directMonitoring", dev(latency.interface).spec.flag(Field::HasDirectMonitoring) ? 1.0 : 0.0, ""}};
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

} // namespace headroom::engine
