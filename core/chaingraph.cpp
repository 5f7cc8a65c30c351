// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chaingraph.h"

#include <algorithm>

namespace headroom {

ChainGraph::ChainGraph(const Chain &chain) : m_chain(chain)
{
    indexPorts();
    resolveCables();
    orderDevices();
}

const PortSpec &ChainGraph::port(int g) const
{
    return m_chain.devices[static_cast<std::size_t>(device(g))].ports[static_cast<std::size_t>(local(g))];
}

void ChainGraph::indexPorts()
{
    const std::size_t n = m_chain.devices.size();
    m_byId.reserve(static_cast<qsizetype>(n));
    m_portBase.resize(n);
    int total = 0;
    for (std::size_t d = 0; d < n; ++d) {
        m_byId.insert(m_chain.devices[d].id, static_cast<int>(d));
        m_portBase[d] = total;
        total += static_cast<int>(m_chain.devices[d].ports.size());
    }
    m_portDevice.resize(static_cast<std::size_t>(total));
    for (std::size_t d = 0; d < n; ++d)
        std::fill_n(m_portDevice.begin() + m_portBase[d], m_chain.devices[d].ports.size(), static_cast<int>(d));
}

void ChainGraph::resolveCables()
{
    const auto portOf = [this](const PortRef &ref) {
        const int d = deviceIndex(ref.device);
        const int p = d < 0 ? -1 : m_chain.devices[static_cast<std::size_t>(d)].portIndex(ref.port);
        return p < 0 ? -1 : global(d, p);
    };
    const std::size_t n = m_chain.devices.size();
    m_upstream.assign(m_portDevice.size(), -1);
    m_feeders.assign(n, {});
    m_fed.assign(n, {});
    std::vector<std::pair<int, int>> kept;
    kept.reserve(m_chain.connections.size());
    m_cables.reserve(m_chain.connections.size());
    for (const Connection &c : m_chain.connections) {
        Cable &cable = m_cables.emplace_back(Cable{portOf(c.from), portOf(c.to)});
        if (cable.from < 0 || cable.to < 0 || port(cable.from).direction != Direction::Out || port(cable.to).direction != Direction::In
            || device(cable.from) == device(cable.to)) {
            cable.problem = CableProblem::BadEnds;
            continue;
        }
        const PortSpec &out = port(cable.from);
        const PortSpec &in = port(cable.to);
        if ((out.classes & kSeparateClasses) != (in.classes & kSeparateClasses) && !(out.classes & in.classes)) {
            cable.problem = CableProblem::SignalsDiffer;
            continue;
        }
        if (m_upstream[static_cast<std::size_t>(cable.to)] >= 0) {
            cable.problem = CableProblem::InputTaken;
            continue;
        }
        m_upstream[static_cast<std::size_t>(cable.to)] = cable.from;
        if (out.classes & bit(SignalClass::Midi))
            continue; // MIDI carries no audio: it neither orders the devices nor feeds a stage, so it cannot make a loop
        kept.emplace_back(cable.from, cable.to);
        m_feeders[static_cast<std::size_t>(device(cable.to))].push_back(device(cable.from));
        m_fed[static_cast<std::size_t>(device(cable.from))].push_back(device(cable.to));
    }
    std::sort(kept.begin(), kept.end());
    m_downStart.assign(m_portDevice.size() + 1, 0);
    for (const auto &[from, to] : kept)
        ++m_downStart[static_cast<std::size_t>(from) + 1];
    for (std::size_t i = 1; i < m_downStart.size(); ++i)
        m_downStart[i] += m_downStart[i - 1];
    m_downList.resize(kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i)
        m_downList[i] = kept[i].second;
}

void ChainGraph::orderDevices()
{
    // Kahn's algorithm on the devices; whatever is left waiting sits on a loop.
    const std::size_t n = m_chain.devices.size();
    std::vector<int> waiting(n, 0);
    for (std::size_t d = 0; d < n; ++d)
        waiting[d] = static_cast<int>(m_feeders[d].size());
    m_order.reserve(n);
    for (std::size_t d = 0; d < n; ++d)
        if (waiting[d] == 0)
            m_order.push_back(static_cast<int>(d));
    for (std::size_t i = 0; i < m_order.size(); ++i) {
        const int d = m_order[i];
        const int end = global(d, 0) + static_cast<int>(m_chain.devices[static_cast<std::size_t>(d)].ports.size());
        for (int g = global(d, 0); g < end; ++g)
            for (int in : downstream(g))
                if (--waiting[static_cast<std::size_t>(device(in))] == 0)
                    m_order.push_back(device(in));
    }
    m_inLoop.assign(n, false);
    for (std::size_t d = 0; d < n; ++d)
        m_inLoop[d] = waiting[d] > 0;
}

} // namespace headroom
