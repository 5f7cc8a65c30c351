// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The way a programme takes to a listener, port by port, as the engine routes it (physics.md §3, §9): cables into
// inputs, passive devices straight through, an amp's input (or a channel's own), an interface's monitor bus (the
// computer's playback, then direct-monitored inputs). The render path and the gain-structure plot both follow it.

#include "analysis.h"
#include "chain.h"

#include <QHash>

#include <optional>
#include <utility>
#include <vector>

namespace headroom {

using PortAt = std::pair<int, int>; ///< device index, local port index

/// Walks from a listener's input up to the programme's source, following cables, passive devices and each active
/// device's input that feeds the output on the way. `result` says which inputs carry a programme.
class SignalPaths
{
public:
    SignalPaths(const Chain &chain, const AnalysisResult &result) : m_chain(chain), m_result(result)
    {
        // Each input's feeding output, looked up in constant time: the walk is linear even along 50,000 adapters.
        QHash<QStringView, int> index;
        for (std::size_t d = 0; d < chain.devices.size(); ++d)
            index.insert(chain.devices[d].id, static_cast<int>(d));
        for (const Connection &c : chain.connections) {
            const auto from = index.constFind(c.from.device);
            const auto to = index.constFind(c.to.device);
            if (from == index.cend() || to == index.cend())
                continue;
            const auto output = portOf(*from, c.from.port);
            const auto input = portOf(*to, c.to.port);
            if (output && input && !m_feeds.contains(*input)) // the first cable into an input counts, as in connectionInto
                m_feeds.insert(*input, *output);
        }
    }

    /// The ports from `start` (a listener's input, or an input on a mix) back to the source, `start` first.
    [[nodiscard]] std::vector<PortAt> walk(PortAt start) const
    {
        std::vector<PortAt> ports{start};
        const std::size_t limit = m_result.ports.size() + 1; // a path visits each port once; cycles are never walked
        while (ports.size() <= limit) {
            const auto [d, p] = ports.back();
            const std::optional<PortAt> next = isInput(d, p) ? feeding(d, p) : inputFeeding(d, p);
            if (!next)
                break;
            ports.push_back(*next);
        }
        return ports;
    }

    /// The inputs whose programmes an interface mixes into its monitor bus, as the engine does (physics.md §3): the
    /// computer's playback first, then, with direct monitoring, every input that carries a programme.
    [[nodiscard]] std::vector<PortAt> busInputs(int d) const
    {
        const Device &device = dev(d);
        const bool direct = device.settings.directMonitor && device.spec.flag(Field::HasDirectMonitoring);
        std::vector<PortAt> inputs;
        for (int p = 0; p < static_cast<int>(device.ports.size()); ++p) {
            const PortRole role = portSpec(d, p).role;
            if (!carries(d, p))
                continue;
            if (role == PortRole::PlaybackIn)
                inputs.insert(inputs.begin(), PortAt{d, p});
            else if (direct && (role == PortRole::ComboIn || role == PortRole::LineIn))
                inputs.push_back(PortAt{d, p});
        }
        return inputs;
    }

private:
    [[nodiscard]] const Device &dev(int d) const { return m_chain.devices[static_cast<std::size_t>(d)]; }
    [[nodiscard]] const PortSpec &portSpec(int d, int p) const { return dev(d).ports[static_cast<std::size_t>(p)]; }
    [[nodiscard]] bool isInput(int d, int p) const { return portSpec(d, p).direction == Direction::In; }
    [[nodiscard]] bool carries(int d, int p) const
    {
        const PortResult &r = m_result.port(d, p);
        return r.reached && r.rms > 0;
    }
    [[nodiscard]] std::optional<PortAt> portOf(int d, QStringView id) const
    {
        const int p = d < 0 ? -1 : dev(d).portIndex(id);
        return p < 0 ? std::nullopt : std::optional<PortAt>{{d, p}};
    }

    /// The output a cable into this input comes from.
    [[nodiscard]] std::optional<PortAt> feeding(int d, int p) const
    {
        const auto it = m_feeds.constFind(PortAt{d, p});
        return it == m_feeds.cend() ? std::nullopt : std::optional<PortAt>(*it);
    }

    /// The input (or, for a player, the programme port) behind an output; none at a source.
    [[nodiscard]] std::optional<PortAt> inputFeeding(int d, int p) const
    {
        const PortSpec &port = portSpec(d, p);
        switch (dev(d).spec.kind()) {
        case DeviceKind::Splitter:
        case DeviceKind::Adapter:
        case DeviceKind::Microphone:
        case DeviceKind::InlinePreamp:
            return PortAt{d, 0};
        case DeviceKind::HeadphoneAmp: {
            // A channel's own input wins when something is plugged into it, as in the engine.
            if (port.role == PortRole::HeadphoneOut && dev(d).spec.flag(Field::InputPerChannel))
                if (auto own = portOf(d, QStringLiteral("in%1").arg(port.index + 1)); own && feeding(own->first, own->second))
                    return own;
            return portOf(d, u"in");
        }
        case DeviceKind::Interface:
            return monitorInput(d);
        case DeviceKind::Player:
            return port.role == PortRole::HeadphoneOut ? portOf(d, u"usb") : std::nullopt;
        case DeviceKind::AcousticSource:
        case DeviceKind::Instrument:
        case DeviceKind::Headphones:
            break;
        }
        return std::nullopt;
    }

    /// The input a listener's path follows through the monitor bus: the playback, else the first programme.
    [[nodiscard]] std::optional<PortAt> monitorInput(int d) const
    {
        const std::vector<PortAt> inputs = busInputs(d);
        return inputs.empty() ? std::nullopt : std::optional<PortAt>(inputs.front());
    }

    const Chain &m_chain;
    const AnalysisResult &m_result;
    QHash<PortAt, PortAt> m_feeds; ///< input → the output its cable comes from
};

/// The ports from the programme's source to a listener's input, source first; empty when nothing plays there.
[[nodiscard]] std::vector<PortAt> signalPath(const Chain &chain, const AnalysisResult &result, int listenerDevice);

} // namespace headroom
