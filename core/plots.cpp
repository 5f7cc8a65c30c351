// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "plots.h"

#include "impedance.h"

#include <cmath>

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

} // namespace headroom
