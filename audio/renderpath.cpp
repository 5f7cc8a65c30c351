// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "renderpath.h"

#include "analysis.h"
#include "signalpath.h"
#include "units.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace headroom {
namespace {

using namespace units;

// A crest factor this small keeps every programme peak far below every limit, so the engine's port levels are the
// unclipped linear levels and its headroom figures measure the limits (physics.md §0: headroom = 20·log10(√2·V/Vpk)).
constexpr double kProbeCrestDb = -200.0;

/// The chain with every source's crest factor made negligible.
Chain probeChain(const Chain &chain)
{
    Chain probe = chain;
    for (Device &d : probe.devices)
        d.settings.crestDb = kProbeCrestDb;
    return probe;
}

/// Converters and digital full scale clip hard; analog outputs, amps and capsules softly (physics.md §8).
ClipKind clipKindAt(const Chain &chain, int d, int p)
{
    const Device &device = chain.devices[static_cast<std::size_t>(d)];
    switch (device.ports[static_cast<std::size_t>(p)].role) {
    case PortRole::PlaybackOut: // digital full scale
    case PortRole::ComboIn:     // ADC
    case PortRole::LineIn:
    case PortRole::LineOut: // DAC full scale at the line outputs
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

/// The programme and level at a path's source, and its stages along `ports` (source first); false when nothing
/// leaves the source or the programme stops on the way.
bool followPorts(RenderPath &path, const Chain &chain, const AnalysisResult &probe, const std::vector<PortAt> &ports)
{
    const auto [sourceDevice, sourcePort] = ports.front();
    const Device &source = chain.devices[static_cast<std::size_t>(sourceDevice)];
    const PortResult &origin = probe.port(sourceDevice, sourcePort);
    if (origin.openCircuit <= 0)
        return false;
    path.programme = source.settings.programme;
    path.sourceCrestDb = std::isnan(source.settings.crestDb) ? programmeCrestDb(path.programme) : source.settings.crestDb;
    path.sourceRms = origin.openCircuit;
    PortResult previous; // the source's open-circuit programme, noiseless
    previous.rms = origin.openCircuit;
    for (const auto &[d, p] : ports) {
        const PortResult &here = probe.port(d, p);
        if (!(here.rms > 0))
            return false;
        path.stages.push_back(stageAt(chain, previous, here, d, p));
        previous = here;
    }
    return true;
}

/// The chain with the cables into all `inputs` but `kept` removed: only that programme reaches their mix.
Chain unplugged(const Chain &chain, const std::vector<PortAt> &inputs, PortAt kept)
{
    Chain alone = chain;
    std::erase_if(alone.connections, [&](const Connection &c) {
        return std::any_of(inputs.begin(), inputs.end(), [&](PortAt in) {
            const Device &device = chain.devices[static_cast<std::size_t>(in.first)];
            return in != kept && c.to.device == device.id && c.to.port == device.ports[static_cast<std::size_t>(in.second)].id;
        });
    });
    return alone;
}

/// Where the path crosses an interface's monitor bus that carries other programmes too, the bus stage keeps only
/// the path's own share of the mix, and each other programme joins there as a branch with its own share, so that
/// they add as the engine adds them (physics.md §3) and the bus's noise and clip act on the sum.
void joinMixes(RenderPath &path, const Chain &chain, const AnalysisResult &probe, const SignalPaths &walker, const std::vector<PortAt> &ports)
{
    for (std::size_t i = 1; i < ports.size(); ++i) {
        const auto [d, p] = ports[i];
        if (ports[i - 1].first != d || chain.devices[static_cast<std::size_t>(d)].spec.kind() != DeviceKind::Interface)
            continue;
        const std::vector<PortAt> inputs = walker.busInputs(d);
        if (inputs.size() < 2)
            continue;
        // Each input's gain to this output, from a run in which it alone reaches the bus.
        std::vector<double> gains;
        double upstreamNoise = 0;
        for (const PortAt &in : inputs) {
            const PortResult &input = probe.port(in.first, in.second);
            gains.push_back(analyze(unplugged(probeChain(chain), inputs, in)).port(d, p).rms / input.rms);
            upstreamNoise = std::hypot(upstreamNoise, gains.back() * input.noise);
        }
        const double own = gains[static_cast<std::size_t>(std::find(inputs.begin(), inputs.end(), ports[i - 1]) - inputs.begin())];
        RenderStage &bus = path.stages[i];
        bus.gain = own;
        bus.noiseRms = std::sqrt(std::max(0.0, std::pow(probe.port(d, p).noise, 2) - upstreamNoise * upstreamNoise));
        for (std::size_t k = 0; k < inputs.size(); ++k) {
            if (inputs[k] == ports[i - 1])
                continue;
            RenderBranch branch;
            branch.joins = i;
            std::vector<PortAt> upstream = walker.walk(inputs[k]);
            std::reverse(upstream.begin(), upstream.end());
            if (!followPorts(branch.path, chain, probe, upstream))
                continue;
            RenderStage share; // to this input's share of the bus, in the units of the path's own input to it
            share.device = d;
            share.port = p;
            share.gain = gains[k] / own;
            branch.path.stages.push_back(share);
            path.branches.push_back(std::move(branch));
        }
    }
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
    const SignalPaths walker(chain, probe);
    std::vector<PortAt> ports = walker.walk({listenerDevice, 0});
    std::reverse(ports.begin(), ports.end());
    if (!followPorts(path, chain, probe, ports)) {
        path.stages.clear(); // the programme stops on the way
        return path;
    }
    for (std::size_t i = 0; i < ports.size(); ++i)
        path.stages[i].response = ports[i] == PortAt{l->driverDevice, l->driverPort} && l->responseCurveDb;
    joinMixes(path, chain, probe, walker, ports);
    return path;
}

} // namespace headroom
