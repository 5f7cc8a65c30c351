// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "renderpath.h"

#include <QHash>

#include "analysis.h"
#include "units.h"

#include <cmath>
#include <utility>

namespace headroom {
namespace {

using namespace units;

// A crest factor this small keeps every programme peak far below every limit, so the engine's port levels are the
// unclipped linear levels and its headroom figures measure the limits (physics.md §0: headroom = 20·log10(√2·V/Vpk)).
constexpr double kProbeCrestDb = -200.0;

using PortAt = std::pair<int, int>; // device index, local port index

/// The chain with every source's crest factor made negligible.
Chain probeChain(const Chain &chain)
{
    Chain probe = chain;
    for (Device &d : probe.devices)
        d.settings.crestDb = kProbeCrestDb;
    return probe;
}

/// Walks from the listener's input up to the programme's source, following cables, passive devices and each active
/// device's input that feeds the output on the way.
class PathWalker
{
public:
    PathWalker(const Chain &chain, const AnalysisResult &probe) : m_chain(chain), m_probe(probe)
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

    /// The ports from the listener back to the source, listener first.
    std::vector<PortAt> walk(int listener)
    {
        std::vector<PortAt> ports{{listener, 0}};
        const std::size_t limit = m_probe.ports.size() + 1; // a path visits each port once; cycles are never walked
        while (ports.size() <= limit) {
            const auto [d, p] = ports.back();
            const std::optional<PortAt> next = isInput(d, p) ? feeding(d, p) : inputFeeding(d, p);
            if (!next)
                break;
            ports.push_back(*next);
        }
        return ports;
    }

private:
    [[nodiscard]] const Device &dev(int d) const { return m_chain.devices[static_cast<std::size_t>(d)]; }
    [[nodiscard]] const PortSpec &portSpec(int d, int p) const { return dev(d).ports[static_cast<std::size_t>(p)]; }
    [[nodiscard]] bool isInput(int d, int p) const { return portSpec(d, p).direction == Direction::In; }
    [[nodiscard]] bool carries(int d, int p) const
    {
        const PortResult &r = m_probe.port(d, p);
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

    /// The interface's monitor bus: the computer's playback, else a direct-monitored input with a programme.
    [[nodiscard]] std::optional<PortAt> monitorInput(int d) const
    {
        const Device &device = dev(d);
        const bool direct = device.settings.directMonitor && device.spec.flag(Field::HasDirectMonitoring);
        std::optional<PortAt> input;
        for (int p = 0; p < static_cast<int>(device.ports.size()); ++p) {
            const PortRole role = portSpec(d, p).role;
            if (role == PortRole::PlaybackIn && carries(d, p))
                return PortAt{d, p};
            if (!input && direct && (role == PortRole::ComboIn || role == PortRole::LineIn) && carries(d, p))
                input = PortAt{d, p};
        }
        return input;
    }

    const Chain &m_chain;
    const AnalysisResult &m_probe;
    QHash<PortAt, PortAt> m_feeds; ///< input → the output its cable comes from
};

/// Converters and digital full scale clip hard; analog outputs, amps and capsules softly (physics.md §8).
ClipKind clipKindAt(const Chain &chain, int d, int p)
{
    const Device &device = chain.devices[static_cast<std::size_t>(d)];
    switch (device.ports[static_cast<std::size_t>(p)].role) {
    case PortRole::PlaybackOut: // digital full scale
    case PortRole::ComboIn:     // ADC
    case PortRole::LineIn:
    case PortRole::LineOut:     // DAC full scale at the line outputs
        return ClipKind::Hard;
    default:
        return ClipKind::Soft;
    }
}

/// A stage from the probe's levels at this port and the one before it.
RenderStage stageAt(const Chain &chain, const PortResult &previous, const PortResult &here, int d, int p)
{
    RenderStage s;
    s.device = d;
    s.port = p;
    s.gain = here.rms / previous.rms;
    // Noise powers add (physics.md §3, §7): what this port carries beyond the amplified noise from upstream.
    s.noiseRms = std::sqrt(std::max(0.0, here.noise * here.noise - std::pow(s.gain * previous.noise, 2)));
    if (std::isfinite(here.headroomDb)) {
        // physics.md §0, §8: headroom = 20·log10(V_limit,peak / V_peak), so the limit is the peak raised by it.
        s.clipPeak = here.peak * amplitudeRatio(here.headroomDb);
        s.clip = clipKindAt(chain, d, p);
    }
    return s;
}

} // namespace

RenderPath renderPath(const Chain &chain, const AnalysisResult &result, int listenerDevice)
{
    RenderPath path;
    path.listener = listenerDevice;
    const ListenerResult *l = result.listener(listenerDevice);
    if (!l || !l->playing)
        return path;
    path.sensitivityDbPerV = l->sensitivityDbPerV;
    path.averageSpl = l->averageSpl;
    path.peakSpl = l->peakSpl;
    path.hissSpl = l->hissSpl;
    path.responseCurveDb = l->responseCurveDb;

    const AnalysisResult probe = analyze(probeChain(chain));
    std::vector<PortAt> ports = PathWalker(chain, probe).walk(listenerDevice);
    std::reverse(ports.begin(), ports.end());
    const auto [sourceDevice, sourcePort] = ports.front();
    const Device &source = chain.devices[static_cast<std::size_t>(sourceDevice)];
    const PortResult &origin = probe.port(sourceDevice, sourcePort);
    if (origin.openCircuit <= 0)
        return path;
    path.program = source.settings.program;
    path.sourceCrestDb = std::isnan(source.settings.crestDb) ? programCrestDb(path.program) : source.settings.crestDb;
    path.sourceRms = origin.openCircuit;

    PortResult previous; // the source's open-circuit programme, noiseless
    previous.rms = origin.openCircuit;
    for (const auto &[d, p] : ports) {
        const PortResult &here = probe.port(d, p);
        if (!(here.rms > 0)) {
            path.stages.clear(); // the programme stops on the way
            return path;
        }
        RenderStage stage = stageAt(chain, previous, here, d, p);
        stage.response = d == l->driverDevice && p == l->driverPort && l->responseCurveDb;
        path.stages.push_back(stage);
        previous = here;
    }
    return path;
}

} // namespace headroom
