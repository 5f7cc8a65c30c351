// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Outputs driving what is plugged into them: cables, passive parts, nets of parallel loads, current limits and phantom power (physics.md §4–§6).

#include "engine.h"

#include <algorithm>

namespace headroom::engine {

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
        int at;      ///< the next cable of the output or the next port of the device
        int outPort; ///< the output whose cables are walked
        int from;    ///< the port whose level the ports found next follow (the output, or the amp input a thru repeats)
        double gain;
        std::size_t closes; ///< the passive entry whose end is set when the frame is done, or npos
    };
    constexpr std::size_t kNone = std::size_t(-1);
    std::vector<Frame> stack{{-1, 0, outPort, outPort, gain, kNone}};
    while (!stack.empty()) {
        Frame &f = stack.back();
        if (f.device >= 0) { // a splitter's or adapter's outputs, one per visit
            if (f.at < static_cast<int>(dev(f.device).ports.size())) {
                const int out = global(f.device, f.at++);
                const std::size_t outEntry = net.passivePorts.size();
                const int in = global(f.device, 0);
                net.passivePorts.push_back({out, f.gain, net.terminals.size(), 0, in, levelChange(f.device)});
                const double g = f.gain;
                stack.push_back({-1, 0, out, out, g, outEntry});
                continue;
            }
        } else if (const std::span<const int> cables = m_graph.downstream(f.outPort); f.at < static_cast<int>(cables.size())) {
            const int in = cables[static_cast<std::size_t>(f.at++)];
            const int d = device(in);
            if (m_graph.inLoop(d))
                continue;
            const double g = f.gain;
            const DeviceKind kind = dev(d).spec.kind();
            if (kind == DeviceKind::Splitter || kind == DeviceKind::Adapter) {
                if (kind == DeviceKind::Splitter && net.splitter < 0)
                    net.splitter = d;
                const std::size_t inEntry = net.passivePorts.size();
                net.passivePorts.push_back({in, g, net.terminals.size(), 0, f.from, 1.0});
                stack.push_back({d, 1, -1, -1, g * levelChange(d), inEntry});
                continue;
            }
            net.terminals.push_back({in, g, {}, f.from, 1.0});
            const int thru = dev(d).portIndex(u"thru");
            if (spec(in).role == PortRole::AmpIn && spec(in).index < 0 && thru >= 0) { // the thru is the shared input's node
                const int thruPort = global(d, thru);
                stack.push_back({-1, 0, thruPort, in, g, kNone});
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
    case PortRole::MonitorIn:
    case PortRole::DirectIn:
        return fig(d, Field::InputImpedanceOhm, est);
    case PortRole::Listener:
    case PortRole::SpeakerIn:
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
    double nodeCeiling = std::min(voltageCeiling, currentCeiling);
    // physics.md §4: an output that senses its load states its level at the load per range of loads; a load the
    // statement does not cover takes the nearest range's level, as an estimate.
    if (source.levelByLoad && !std::isinf(zAbs)) {
        bool outside = false;
        nodeCeiling = std::min(nodeCeiling, levelAtLoad(*source.levelByLoad, zAbs, outside));
        est = est || outside;
    }

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
    recordOutput(outPort, source, ratio, nodeCeiling);
    out.sourceOhm = source.sourceOhm;
    out.loadOhm = zAbs;
    out.headroomDb = room;
    out.currentA = std::isinf(zAbs) ? 0.0 : node.rms / zAbs;
    out.powerW = std::isinf(zAbs) ? 0.0 : node.rms * node.rms / zAbs; // physics.md §0: P = V²/|Z|
    // Each port on the node carries the current of the loads downstream of it (physics.md §0: P = V²/|Z|).
    const auto setLoad = [&](int port, double gain, int from, double step, Complex downstreamAdmittance) {
        passTo(port, scaled(node, gain), cls);
        feedStage(port, from, step);
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
        setLoad(p.port, p.gain, p.from, p.step, y);
    }
    for (const Terminal &t : net.terminals) {
        setLoad(t.port, t.gain, t.from, t.step, std::isinf(t.load.real()) ? Complex{0, 0} : 1.0 / t.load);
        m_netOf[static_cast<std::size_t>(t.port)] = static_cast<int>(m_nets.size());
    }
    m_nets.push_back(std::move(net));
}

void Engine::recordOutput(int outPort, const Source &source, double dividerRatio, double nodeCeiling)
{
    StageRecord &s = stage(outPort);
    s.feeds = source.feeds;
    for (StageFeed &feed : s.feeds)
        feed.gain *= dividerRatio;
    s.noiseRms = source.addedNoise * dividerRatio;
    s.clipRms = nodeCeiling;
    // physics.md §8: a DAC's line output clips hard at full scale; analog outputs and amplifiers softly.
    s.clip = !std::isfinite(nodeCeiling) ? ClipKind::None : isLineOutput(spec(outPort).role) ? ClipKind::Hard : ClipKind::Soft;
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
    for (int g = m_graph.upstream(inPort); g >= 0;) {
        const int d = device(g);
        if (dev(d).spec.kind() == DeviceKind::InlinePreamp)
            return true;
        const auto &ports = dev(d).ports;
        const bool passive = dev(d).spec.kind() == DeviceKind::Splitter || dev(d).spec.kind() == DeviceKind::Adapter;
        g = passive && !ports.empty() ? m_graph.upstream(global(d, 0)) : -1;
    }
    return false;
}

} // namespace headroom::engine
