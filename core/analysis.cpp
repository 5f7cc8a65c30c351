// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"

#include "engine.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace headroom {

double driverVolumeDb(const Chain &chain, const ListenerResult &listener)
{
    if (listener.driverDevice < 0)
        return 0;
    return chain.devices[static_cast<std::size_t>(listener.driverDevice)].settings.ports[static_cast<std::size_t>(listener.driverPort)].volumeDb;
}

const ListenerResult *AnalysisResult::listener(int device) const
{
    if (device < 0 || static_cast<std::size_t>(device) >= listenerIndex.size() || listenerIndex[static_cast<std::size_t>(device)] < 0)
        return nullptr;
    return &listeners[static_cast<std::size_t>(listenerIndex[static_cast<std::size_t>(device)])];
}

} // namespace headroom

namespace headroom::engine {

AnalysisResult Engine::run()
{
    setUp();
    cableFindings();
    for (int d : m_graph.order())
        process(d);
    listenerResults();
    for (const Net &net : m_nets)
        netFindings(net);
    reportUnconnected();
    estimatedFigures();
    return std::move(m_result);
}

void Engine::setUp()
{
    const std::size_t n = m_chain.devices.size();
    const auto total = static_cast<std::size_t>(m_graph.portCount());
    m_result.portBase = m_graph.portBase();
    m_result.ports.assign(total, PortResult{});
    m_result.stages.assign(total, StageRecord{});
    for (int g = 0; g < static_cast<int>(total); ++g) {
        m_result.stages[static_cast<std::size_t>(g)].device = device(g);
        m_result.stages[static_cast<std::size_t>(g)].port = local(g);
    }
    m_phantom.assign(total, -1);
    m_netOf.assign(total, -1);
    m_typicalUsed.assign(n, {});
    m_inputLatency.assign(n, {});
}

void Engine::cableFindings()
{
    for (std::size_t i = 0; i < m_graph.cables().size(); ++i) {
        const Cable &cable = m_graph.cables()[i];
        const Connection &c = m_chain.connections[i];
        const QString detail = c.from.toString() + QStringLiteral(" → ") + c.to.toString();
        switch (cable.problem) {
        case CableProblem::BadEnds:
            add(Severity::Error, FindingCode::InvalidConnection, m_graph.deviceIndex(cable.from < 0 ? c.from.device : c.to.device)).detail = detail;
            continue;
        case CableProblem::SignalsDiffer:
            add(Severity::Error, FindingCode::InvalidConnection, device(cable.to), local(cable.to)).detail = detail;
            continue;
        case CableProblem::InputTaken:
            add(Severity::Error, FindingCode::InputHasTwoCables, device(cable.to), local(cable.to));
            continue;
        case CableProblem::None:
            break;
        }
        const PortSpec &out = spec(cable.from);
        const PortSpec &in = spec(cable.to);
        if (!(out.classes & in.classes)) {
            Finding &f = add(Severity::Warning, FindingCode::LevelMismatch, device(cable.to), local(cable.to));
            f.related = {device(cable.from)};
            f.figures = {{"gapDb", levelGapDb(out.classes, in.classes), "dB"},
                         {"from", static_cast<double>(out.classes), ""},
                         {"to", static_cast<double>(in.classes), ""}};
        }
        if (!connectorsMate(out.connector, in.connector)) {
            Finding &f = add(Severity::Info, FindingCode::NeedsAdapter, device(cable.to), local(cable.to));
            f.related = {device(cable.from)};
            f.figures = {{"plug", static_cast<double>(out.connector), ""}, {"socket", static_cast<double>(in.connector), ""}};
        }
    }
    for (std::size_t d = 0; d < m_chain.devices.size(); ++d)
        if (m_graph.inLoop(static_cast<int>(d)))
            add(Severity::Error, FindingCode::Cycle, static_cast<int>(d));
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
    case DeviceKind::DiBox:
        diBox(d);
        break;
    case DeviceKind::UsbMic:
        usbMicrophone(d);
        break;
    case DeviceKind::Interface:
    case DeviceKind::Mixer:
        interfaceDevice(d);
        break;
    case DeviceKind::Preamp:
        preamp(d);
        break;
    case DeviceKind::MonitorController:
    case DeviceKind::MonitorMixer:
        monitorController(d);
        break;
    case DeviceKind::HeadphoneAmp:
        headphoneAmp(d);
        break;
    case DeviceKind::PowerAmp:
        powerAmp(d);
        break;
    case DeviceKind::Player:
        player(d);
        break;
    case DeviceKind::MidiController:
    case DeviceKind::Splitter:
    case DeviceKind::Adapter:
    case DeviceKind::Headphones:
    case DeviceKind::Monitor:
    case DeviceKind::PassiveSpeaker:
        break; // passive parts and listeners are reached by the nets of the outputs that feed them
    }
}

Signal Engine::signalAt(int g) const
{
    const PortResult &r = m_result.ports[static_cast<std::size_t>(g)];
    return {r.rms, r.peak, r.noise, r.capability, r.reached, r.estimated};
}

void Engine::reportUnconnected()
{
    // Active devices whose inputs are all empty produce nothing; say so once for each.
    for (int d : m_graph.order()) {
        const Device &device = dev(d);
        const DeviceKind kind = device.spec.kind();
        if (kind != DeviceKind::Microphone && kind != DeviceKind::InlinePreamp && kind != DeviceKind::HeadphoneAmp && kind != DeviceKind::DiBox)
            continue;
        bool anyInput = false;
        for (int p = 0; p < static_cast<int>(device.ports.size()); ++p)
            anyInput = anyInput || (device.ports[static_cast<std::size_t>(p)].direction == Direction::In && m_graph.upstream(global(d, p)) >= 0);
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

} // namespace headroom::engine

namespace headroom {
namespace {

/// The figures of a headphone output that decide whether it is loud enough (physics.md §4).
constexpr std::array kOutputFields{Field::HpMaxLevelDbu, Field::HpOutputImpedanceOhm};
constexpr double kUnchangedDb = 0.05; // below the reports' 0.1 dB resolution

/// Per device, which of kOutputFields took their typical value (from the estimated-figure findings, in one pass).
std::vector<std::array<bool, kOutputFields.size()>> typicalOutputFigures(const AnalysisResult &result, std::size_t devices)
{
    std::vector<std::array<bool, kOutputFields.size()>> typical(devices);
    for (const Finding &finding : result.findings)
        if (finding.code == FindingCode::EstimatedFigure && finding.device >= 0 && finding.field)
            for (std::size_t i = 0; i < kOutputFields.size(); ++i)
                if (*finding.field == kOutputFields[i])
                    typical[static_cast<std::size_t>(finding.device)][i] = true;
    return typical;
}

bool shortOfTarget(const ListenerResult &l) { return l.verdict == Verdict::NeedsAmp || l.verdict == Verdict::Marginal; }

/// A short headphone verdict that rests on an output's typical level or impedance says little: most makers publish
/// neither. The chain runs once more with those figures at the strongest of the output's kind known, and the
/// listener learns whether the verdict holds either way (docs/typical-values.md, "The strongest outputs known").
void weighUnknownOutputs(const Chain &chain, AnalysisResult &result)
{
    const auto typical = typicalOutputFigures(result, chain.devices.size());
    std::vector<std::pair<std::size_t, std::vector<std::pair<Field, double>>>> weighed; // listener, the strongest values tried
    for (std::size_t i = 0; i < result.listeners.size(); ++i) {
        const ListenerResult &l = result.listeners[i];
        if (!l.estimated || !shortOfTarget(l) || chain.devices[static_cast<std::size_t>(l.device)].spec.kind() != DeviceKind::Headphones)
            continue;
        const DeviceKind outputKind = chain.devices[static_cast<std::size_t>(l.driverDevice)].spec.kind();
        std::vector<std::pair<Field, double>> tried;
        for (std::size_t k = 0; k < kOutputFields.size(); ++k) {
            const Field f = kOutputFields[k];
            if (const auto value = strongestKnownValue(outputKind, f); value && typical[static_cast<std::size_t>(l.driverDevice)][k])
                tried.emplace_back(f, *value);
        }
        if (!tried.empty())
            weighed.emplace_back(i, std::move(tried));
    }
    if (weighed.empty())
        return;
    Chain strongest = chain;
    for (const auto &[i, tried] : weighed)
        for (const auto &[f, value] : tried)
            strongest.devices[static_cast<std::size_t>(result.listeners[i].driverDevice)].spec.set(f, value);
    const AnalysisResult best = engine::Engine(strongest).run();
    for (auto &[i, tried] : weighed) {
        ListenerResult &l = result.listeners[i];
        const ListenerResult *b = best.listener(l.device);
        // Figures that do not move the level (an output that holds its voltage into any load) leave the verdict as it is.
        if (!b || b->verdict == Verdict::NotConnected || std::abs(b->headroomDb - l.headroomDb) < kUnchangedDb)
            continue;
        l.strongestOutputHeadroomDb = b->headroomDb;
        Finding &f = result.findings.emplace_back();
        f.severity = b->headroomDb >= 0 ? Severity::Warning : Severity::Info;
        f.code = FindingCode::OutputFiguresUnknown;
        f.device = l.device;
        f.port = 0;
        f.related = {l.driverDevice};
        f.estimated = true;
        f.figures = {{"shortDb", -l.headroomDb, "dB"}, {"bestHeadroomDb", b->headroomDb, "dB"}};
        for (const auto &[field, value] : tried)
            f.figures.push_back({field == Field::HpMaxLevelDbu ? "levelDbu" : "sourceOhm", value, fieldInfo(field).unit});
    }
}

} // namespace

AnalysisResult analyze(const Chain &chain)
{
    AnalysisResult result = engine::Engine(chain).run();
    weighUnknownOutputs(chain, result);
    return result;
}

} // namespace headroom
