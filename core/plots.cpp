// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plots.h"

#include "impedance.h"
#include "signalpath.h"
#include "units.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace headroom {

SplVolumeCurve splVersusVolume(const Chain &chain, const AnalysisResult &result, int listenerDevice)
{
    SplVolumeCurve curve;
    const ListenerResult *l = result.listener(listenerDevice);
    if (!l || !l->playing || l->driverDevice < 0)
        return curve;
    curve.currentVolumeDb = driverVolumeDb(chain, *l);
    curve.targetPeakSpl = l->targetPeakSpl;
    // The engine at each setting: what a person hears as they turn the knob (physics.md §4).
    Chain turned = chain;
    PortSettings &knob = turned.devices[static_cast<std::size_t>(l->driverDevice)].settings.ports[static_cast<std::size_t>(l->driverPort)];
    for (double v = kLowestPlottedVolumeDb; v <= 0.0; v += 1.0) {
        knob.volumeDb = v;
        const AnalysisResult at = analyze(turned);
        if (const ListenerResult *here = at.listener(listenerDevice); here && here->playing)
            curve.points.push_back({v, here->averageSpl, here->peakSpl});
    }
    // Headroom at the driving output falls dB for dB as the volume rises (physics.md §0, §8).
    const double headroom = result.port(l->driverDevice, l->driverPort).headroomDb;
    if (std::isfinite(headroom) && curve.currentVolumeDb + headroom < 0)
        curve.clipVolumeDb = curve.currentVolumeDb + headroom;
    return curve;
}

ResponsePlot responsePlot(const Chain &chain, const AnalysisResult &result, int listenerDevice)
{
    ResponsePlot plot;
    const ListenerResult *l = result.listener(listenerDevice);
    if (!l)
        return plot;
    const DeviceSpec &spec = chain.devices[static_cast<std::size_t>(listenerDevice)].spec;
    const auto &grid = frequencyGrid();
    plot.hz.assign(grid.begin(), grid.end());
    plot.curveKnown = !spec.impedanceCurve().empty();
    for (double hz : grid)
        plot.impedanceOhm.push_back(std::abs(impedanceAt(spec.impedanceCurve(), l->impedanceOhm, hz)));
    if (l->responseCurveDb)
        plot.deviationDb = *l->responseCurveDb;
    return plot;
}

std::vector<GainStage> gainStructure(const Chain &chain, const AnalysisResult &result, int listenerDevice)
{
    using namespace units;
    std::vector<GainStage> stages;
    const std::vector<PortAt> path = signalPath(result, listenerDevice);
    if (path.empty())
        return stages;
    for (const auto &[d, p] : path) {
        const PortResult &r = result.port(d, p);
        GainStage s;
        s.device = d;
        s.port = p;
        s.name = chain.portName(
            {chain.devices[static_cast<std::size_t>(d)].id, chain.devices[static_cast<std::size_t>(d)].ports[static_cast<std::size_t>(p)].id});
        // physics.md §0, §1: dBFS re the RMS of a full-scale sine, dB SPL re 20 µPa, dBu re 0.7746 V.
        const auto level = [&r](double v) {
            if (r.signalClass == bit(SignalClass::Digital))
                return amplitudeDb(v);
            return r.signalClass == bit(SignalClass::Acoustic) ? pascalToSpl(v) : voltsToDbu(v);
        };
        s.unit = r.signalClass == bit(SignalClass::Digital) ? QStringLiteral("dBFS")
            : r.signalClass == bit(SignalClass::Acoustic)   ? QStringLiteral("dB SPL")
                                                            : QStringLiteral("dBu");
        s.average = level(r.rms);
        s.peak = level(r.peak / kSqrt2);
        if (std::isfinite(r.headroomDb))
            s.clip = s.peak + r.headroomDb; // headroom = 20·log10(√2·V_clip / V_peak) (physics.md §0)
        if (r.noise > 0)
            s.noise = level(r.noise);
        stages.push_back(std::move(s));
    }
    // The ears: what the listener hears, with the hiss (physics.md §4, §7).
    const ListenerResult &l = *result.listener(listenerDevice);
    GainStage ears;
    ears.device = listenerDevice;
    ears.name = QCoreApplication::translate("Plot", "at the ears");
    ears.unit = QStringLiteral("dB SPL");
    ears.average = l.averageSpl;
    ears.peak = l.peakSpl;
    ears.noise = l.hissSpl;
    stages.push_back(std::move(ears));
    const auto room = [](const GainStage &s) { return s.clip ? *s.clip - s.peak : std::numeric_limits<double>::infinity(); };
    const auto tightest = std::min_element(stages.begin(), stages.end(), [&](const GainStage &a, const GainStage &b) { return room(a) < room(b); });
    if (tightest->clip)
        tightest->limiting = true;
    return stages;
}

} // namespace headroom
