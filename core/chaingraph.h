// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The chain as a graph, built once: every port under one index, each cable checked and resolved to the ports it
// joins, what feeds each input and what each output feeds, and the devices in signal-flow order with the ones on a
// loop set apart. The engine, the signal paths and the arrangement on the canvas all read the chain through it.

#include "chain.h"

#include <QHash>

#include <cstdint>
#include <span>
#include <vector>

namespace headroom {

/// Why a cable is left out of the graph.
enum class CableProblem : std::uint8_t {
    None,
    BadEnds,       ///< an end names no port, the ends are not an output and an input, or both are on one device
    SignalsDiffer, ///< acoustic or digital on one end only (air into a socket, USB into a jack)
    InputTaken,    ///< another cable already feeds the input
};

/// One of the chain's cables, resolved.
struct Cable {
    int from = -1; ///< global index of the output, or −1 when it names no port
    int to = -1;   ///< global index of the input, or −1 when it names no port
    CableProblem problem = CableProblem::None;
};

class ChainGraph
{
public:
    explicit ChainGraph(const Chain &chain);

    [[nodiscard]] const Chain &chain() const { return m_chain; }
    [[nodiscard]] int portCount() const { return static_cast<int>(m_portDevice.size()); }
    [[nodiscard]] const std::vector<int> &portBase() const { return m_portBase; }
    [[nodiscard]] int global(int d, int p) const { return m_portBase[static_cast<std::size_t>(d)] + p; }
    [[nodiscard]] int device(int g) const { return m_portDevice[static_cast<std::size_t>(g)]; }
    [[nodiscard]] int local(int g) const { return g - m_portBase[static_cast<std::size_t>(device(g))]; }
    [[nodiscard]] const PortSpec &port(int g) const;
    /// The device with this id, or −1.
    [[nodiscard]] int deviceIndex(QStringView id) const { return m_byId.value(id, -1); }

    /// The chain's cables in its order, each with its ends and whether the graph keeps it.
    [[nodiscard]] const std::vector<Cable> &cables() const { return m_cables; }
    /// The output whose cable feeds an input, or −1.
    [[nodiscard]] int upstream(int in) const { return m_upstream[static_cast<std::size_t>(in)]; }
    /// The inputs an output's cables reach, in port order.
    [[nodiscard]] std::span<const int> downstream(int out) const
    {
        const auto begin = m_downList.begin() + m_downStart[static_cast<std::size_t>(out)];
        return {begin, begin + (m_downStart[static_cast<std::size_t>(out) + 1] - m_downStart[static_cast<std::size_t>(out)])};
    }
    [[nodiscard]] bool connected(int out) const { return !downstream(out).empty(); }

    /// The devices in signal-flow order (each after every device feeding it); devices on a loop are absent.
    [[nodiscard]] const std::vector<int> &order() const { return m_order; }
    [[nodiscard]] bool inLoop(int d) const { return m_inLoop[static_cast<std::size_t>(d)]; }
    /// The devices feeding `d` through a kept cable, one entry per cable.
    [[nodiscard]] const std::vector<int> &feeders(int d) const { return m_feeders[static_cast<std::size_t>(d)]; }
    /// The devices `d` feeds through a kept cable, one entry per cable.
    [[nodiscard]] const std::vector<int> &fed(int d) const { return m_fed[static_cast<std::size_t>(d)]; }

private:
    void indexPorts();
    void resolveCables();
    void orderDevices();

    const Chain &m_chain;
    QHash<QStringView, int> m_byId;
    std::vector<int> m_portBase;
    std::vector<int> m_portDevice;
    std::vector<Cable> m_cables;
    std::vector<int> m_upstream;
    std::vector<int> m_downStart; ///< CSR: per output, its range in m_downList
    std::vector<int> m_downList;
    std::vector<int> m_order;
    std::vector<bool> m_inLoop;
    std::vector<std::vector<int>> m_feeders;
    std::vector<std::vector<int>> m_fed;
};

} // namespace headroom
