// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What each kind of device does to the programme: sources, microphones, preamps, interfaces, amplifiers and players (physics.md §1–§4).

#include "engine.h"

#include <algorithm>

namespace headroom::engine {

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
    for (const PowerRatingFields &rating : kPowerRatings)
        if (kindHasField(sp.kind(), rating.power) && sp.has(rating.power) && sp.has(rating.load))
            statements.push_back({std::sqrt(*sp.value(rating.power) * rating.toWatts * *sp.value(rating.load)), *sp.value(rating.load)});
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

void Engine::acousticSource(int d)
{
    // physics.md §2: speech 74 dB SPL at 12 in (Shure); free field −20·log10(d2/d1).
    const DeviceSettings &s = dev(d).settings;
    const double spl = std::isnan(s.splDb) ? kDefaultSourceSplDb : s.splDb;
    const double atMic = spl - amplitudeDb(std::max(s.distanceM, 1e-3) / std::max(s.referenceDistanceM, 1e-3));
    const double crest = std::isnan(s.crestDb) ? programmeCrestDb(s.programme) : s.crestDb;
    Signal sig;
    sig.rms = splToPascal(atMic);
    sig.peak = sig.rms * amplitudeRatio(crest);
    sig.capability = sig.rms;
    sig.present = true;
    const int out = global(d, 0);
    setOutput(out, sig, sig.rms);
    feedStage(out, -1, 1.0);
    for (int in : m_graph.downstream(out)) {
        passTo(in, sig, bit(SignalClass::Acoustic));
        feedStage(in, out, 1.0);
    }
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
    stage(global(d, 0)).clipRms = splToPascal(maxSpl);
    stage(global(d, 0)).clip = ClipKind::Soft;
    if (in.present && room < -kClipEpsilonDb) {
        Finding &f = add(Severity::Error, FindingCode::Clipping, d, 0);
        f.figures = {{"overDb", -room, "dB"}};
        f.estimated = est;
    }
    in.capability = splToPascal(maxSpl);

    const bool phantom = phantomAt(out);
    if (needsPhantom(dev(d).spec) && !phantom && connected(out)) {
        add(Severity::Error, FindingCode::PhantomOff, d, 1);
        in = Signal{}; // an unpowered condenser is silent
    }
    if (type == MicType::Ribbon && phantom)
        add(Severity::Warning, FindingCode::PhantomOnRibbon, d, 1);

    // physics.md §2: V_oc = S·p; self-noise V_n = S·20 µPa·10^(N/20).
    src.openCircuit = scaled(in, voltsPerPa);
    src.openCircuit.noise = std::isnan(selfNoise) ? 0.0 : voltsPerPa * splToPascal(selfNoise);
    src.openCircuit.estimated = in.estimated || est;
    src.feeds = {{global(d, 0), voltsPerPa}};
    src.addedNoise = src.openCircuit.noise;
    drive(out, src);
}

void Engine::instrument(int d)
{
    bool est = false;
    const DeviceSettings &s = dev(d).settings;
    const double level = std::isnan(s.levelDbv) ? fig(d, Field::OutputLevelDbv, est) : s.levelDbv;
    const double crest = std::isnan(s.crestDb) ? programmeCrestDb(s.programme) : s.crestDb;
    Source src;
    src.sourceOhm = fig(d, Field::OutputImpedanceOhm, est);
    src.openCircuit.rms = dbvToVolts(level);
    src.openCircuit.peak = src.openCircuit.rms * amplitudeRatio(crest);
    src.openCircuit.capability = src.openCircuit.rms;
    src.openCircuit.present = true;
    src.openCircuit.estimated = est;
    src.feeds = {{-1, 1.0}};
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
    src.feeds = {{global(d, 0), amplitudeRatio(gain)}};
    src.addedNoise = dbuToVolts(ein) * amplitudeRatio(gain);
    drive(out, src);
}

void Engine::diBox(int d)
{
    bool est = false;
    const int in = global(d, 0);
    const int out = global(d, 1);
    Signal signal = signalAt(in);
    // physics.md §6, "DI boxes": the input takes up to its maximum level; a transformer saturates and an active
    // input clips, both gently.
    const double maxIn = dbuToVolts(fig(d, Field::InstMaxInputDbu, est));
    const double room = applyLimit(signal, maxIn);
    res(in).headroomDb = room;
    stage(in).clipRms = maxIn;
    stage(in).clip = ClipKind::Soft;
    if (signal.present && room < -kClipEpsilonDb) {
        Finding &f = add(Severity::Error, FindingCode::Clipping, d, 0);
        f.figures = {{"overDb", -room, "dB"}};
        f.estimated = est;
    }
    if (dev(d).spec.flag(Field::PhantomRequired) && !phantomAt(out) && connected(out)) {
        add(Severity::Error, FindingCode::PhantomOff, d, 1);
        signal = Signal{}; // an active DI without its power passes nothing
    }
    // physics.md §6: a transformer of turns ratio N:1 scales the voltage by 1/N; the data sheet's level change
    // stands for it (or for an active DI's gain), and its output impedance for what the preamp sees.
    const double gain = amplitudeRatio(fig(d, Field::GainDb, est));
    Source src;
    src.sourceOhm = fig(d, Field::OutputImpedanceOhm, est);
    src.openCircuit = scaled(signal, gain);
    src.openCircuit.estimated = signal.estimated || est;
    src.feeds = {{in, gain}};
    drive(out, src);
}

Source Engine::headphoneOutput(int d, const Signal &fullScaleDrive, double volumeDb, int fromStage)
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
    if (!sp.levelByLoad().empty())
        src.levelByLoad = &sp.levelByLoad();
    if (auto minLoad = sp.value(Field::MinLoadOhm); minLoad && kindHasField(sp.kind(), Field::MinLoadOhm))
        src.minLoadOhm = *minLoad;

    src.openCircuit = scaled(fullScaleDrive, vMax * amplitudeRatio(std::min(0.0, volumeDb)));
    src.openCircuit.capability = fullScaleDrive.capability * vMax;
    src.addedNoise =
        sp.has(Field::HpOutputNoiseUv) ? *sp.value(Field::HpOutputNoiseUv) * 1e-6 : vMax * amplitudeRatio(-fig(d, Field::HpDynamicRangeDb, est));
    src.openCircuit.noise = std::hypot(src.openCircuit.noise, src.addedNoise);
    src.feeds = {{fromStage, vMax * amplitudeRatio(std::min(0.0, volumeDb))}};
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
            if (own >= 0 && m_graph.upstream(global(d, own)) >= 0)
                input = own;
        }
        // The amp's voltage ceiling is applied by drive(); the drive here is its input in volts, scaled so that
        // headphoneOutput's full-scale convention (1.0 → V_max) yields V_in·gain.
        Signal in = signalAt(global(d, input));
        const double volume = amplitudeRatio(std::min(0.0, device.settings.ports[static_cast<std::size_t>(p)].volumeDb));
        Source src = headphoneOutput(d, Signal{}, 0.0, global(d, input));
        src.openCircuit = scaled(in, gain * volume);
        src.openCircuit.capability = in.capability * gain;
        src.openCircuit.noise = std::hypot(src.openCircuit.noise, src.addedNoise);
        src.feeds = {{global(d, input), gain * volume}};
        src.openCircuit.estimated = in.estimated || est || src.openCircuit.estimated;
        drive(global(d, p), src);
    }
}

void Engine::powerAmp(int d)
{
    const DeviceSpec &sp = dev(d).spec;
    const int in = global(d, 0);
    const int out = global(d, 1);
    if (!connected(out))
        return;
    // physics.md §6, "Passive speakers and power amplifiers": a voltage amplifier of gain G behind its level control,
    // whose voltage and current ceilings come from its power ratings as a headphone output's do (§4).
    bool est = false;
    Source src;
    src.sourceOhm = fig(d, Field::OutputImpedanceOhm, est);
    OutputCeilings ceilings = outputCeilings(sp, src.sourceOhm);
    if (ceilings.openCircuitVolts <= 0) {
        const double load = fig(d, Field::SpeakerPowerLoadOhm, est);
        ceilings.openCircuitVolts = std::sqrt(fig(d, Field::SpeakerPowerW, est) * load) * (load + src.sourceOhm) / load;
    }
    src.maxOpenCircuit = ceilings.openCircuitVolts;
    src.maxCurrent = ceilings.currentAmps;
    src.minLoadOhm = sp.valueOr(Field::MinLoadOhm, 0.0);
    // The gain as stated, or as the input level that drives the first rating's voltage (V = √(P·R)).
    double gainDb = 0;
    if (!sp.has(Field::GainDb) && sp.has(Field::RatedInputDbu) && sp.has(Field::SpeakerPowerW))
        gainDb = amplitudeDb(std::sqrt(*sp.value(Field::SpeakerPowerW) * *sp.value(Field::SpeakerPowerLoadOhm))
                             / dbuToVolts(*sp.value(Field::RatedInputDbu)));
    else
        gainDb = fig(d, Field::GainDb, est);
    const double gain = amplitudeRatio(gainDb) * amplitudeRatio(std::min(0.0, dev(d).settings.ports[1].volumeDb));
    const Signal input = signalAt(in);
    src.openCircuit = scaled(input, gain);
    src.openCircuit.capability = input.capability * amplitudeRatio(gainDb);
    // The signal-to-noise ratio is stated against the rated output: its noise stays when the level control is down.
    src.addedNoise = ceilings.openCircuitVolts * amplitudeRatio(-fig(d, Field::AmpSnrDb, est));
    src.openCircuit.noise = std::hypot(src.openCircuit.noise, src.addedNoise);
    src.openCircuit.estimated = input.estimated || est;
    src.feeds = {{in, gain}};
    drive(out, src);
    // physics.md §6: a link is balanced only when both ends are.
    if (const int from = m_graph.upstream(in); from >= 0) {
        const Device &driver = dev(device(from));
        if (!(isLineOutput(spec(from).role) && driver.spec.flag(Field::LineOutBalanced) && sp.flag(Field::InputBalanced)))
            add(Severity::Info, FindingCode::UnbalancedLink, d, 0).related = {device(from)};
    }
}

void Engine::monitorController(int d)
{
    const Device &device = dev(d);
    bool est = false;
    const bool mixer = device.spec.kind() == DeviceKind::MonitorMixer;
    const bool active = mixer || device.spec.flag(Field::Active);
    // physics.md §6, "Monitor controllers": the connected sources are summed (each selected, or through its own level
    // control on a personal monitor mixer); an active input clips softly at its maximum level.
    Signal bus;
    std::vector<StageFeed> inputs;
    for (int p = 0; p < static_cast<int>(device.ports.size()); ++p) {
        const int g = global(d, p);
        if (device.ports[static_cast<std::size_t>(p)].role != PortRole::LineIn || m_graph.upstream(g) < 0)
            continue;
        Signal s = signalAt(g);
        if (active) {
            const double maxIn = dbuToVolts(fig(d, Field::LineMaxInputDbu, est));
            const double room = applyLimit(s, maxIn);
            res(g).headroomDb = room;
            stage(g).clipRms = maxIn;
            stage(g).clip = ClipKind::Soft;
            if (s.present && room < -kClipEpsilonDb)
                add(Severity::Error, FindingCode::Clipping, d, p).figures = {{"overDb", -room, "dB"}};
        }
        const double level = mixer ? amplitudeRatio(device.settings.ports[static_cast<std::size_t>(p)].faderDb) : 1.0;
        mixInto(bus, scaled(s, level));
        inputs.push_back({g, level});
    }
    const int firstInput = inputs.empty() ? -1 : inputs.front().stage;
    for (int p = 0; p < static_cast<int>(device.ports.size()); ++p) {
        const PortSpec &port = device.ports[static_cast<std::size_t>(p)];
        const int g = global(d, p);
        if (!connected(g) || (port.role != PortRole::LineOut && port.role != PortRole::HeadphoneOut))
            continue;
        const double volume = amplitudeRatio(std::min(0.0, device.settings.ports[static_cast<std::size_t>(p)].volumeDb));
        Source src;
        if (port.role == PortRole::HeadphoneOut) {
            src = headphoneOutput(d, Signal{}, 0.0, firstInput);
        } else if (active) {
            src.sourceOhm = fig(d, Field::LineOutImpedanceOhm, est);
            src.maxOpenCircuit = dbuToVolts(fig(d, Field::LineOutMaxDbu, est));
        } else {
            // A potentiometer of track resistance R set to a ratio a is a divider: R·a·(1 − a) behind its wiper,
            // R/4 at −6 dB (physics.md §6, "Monitor controllers"). The source in front of it is left out.
            src.sourceOhm = fig(d, Field::LineInputImpedanceOhm, est) * volume * (1 - volume);
        }
        src.openCircuit = scaled(bus, volume);
        src.openCircuit.capability = bus.capability * volume;
        src.openCircuit.noise = std::hypot(src.openCircuit.noise, src.addedNoise);
        src.openCircuit.estimated = bus.estimated || est || src.openCircuit.estimated;
        src.feeds = inputs;
        for (StageFeed &f : src.feeds)
            f.gain *= volume;
        drive(g, src);
    }
}

void Engine::player(int d)
{
    const Device &device = dev(d);
    const DeviceSettings &s = device.settings;
    const double level = std::isnan(s.levelDbfs) ? kDefaultProgrammeDbfs : s.levelDbfs;
    const double crest = std::isnan(s.crestDb) ? programmeCrestDb(s.programme) : s.crestDb;
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
            stage(g) = {d, p, false, {{-1, 1.0}}, 0, 1.0, ClipKind::Hard}; // digital full scale (physics.md §8)
            for (int in : m_graph.downstream(g)) {
                passTo(in, programme, bit(SignalClass::Digital));
                feedStage(in, g, 1.0);
            }
        } else if (port.role == PortRole::HeadphoneOut && connected(g)) {
            drive(g, headphoneOutput(d, programme, s.ports[static_cast<std::size_t>(p)].volumeDb, global(d, device.portIndex(u"usb"))));
        }
    }
}

} // namespace headroom::engine
