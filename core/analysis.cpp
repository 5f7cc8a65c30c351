// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis.h"

#include "engine.h"

#include <QHash>

#include <algorithm>
#include <bitset>
#include <cmath>
#include <map>
#include <tuple>

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

} // namespace headroom::engine

namespace headroom {

AnalysisResult analyze(const Chain &chain) { return engine::Engine(chain).run(); }

} // namespace headroom
