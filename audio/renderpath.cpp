// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "renderpath.h"

#include "signalpath.h"
#include "units.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace headroom {
namespace {

using namespace units;

const StageRecord &recordAt(const AnalysisResult &result, int stage) { return result.stages[static_cast<std::size_t>(stage)]; }

/// The gain of the feed from `from` into a stage (−1: the device's own programme); none when it has no such feed.
const StageFeed *feedFrom(const StageRecord &stage, int from)
{
    const auto it = std::find_if(stage.feeds.begin(), stage.feeds.end(), [from](const StageFeed &f) { return f.stage == from; });
    return it == stage.feeds.end() ? nullptr : &*it;
}

/// A recorded stage as the renderer plays it; the peak limit is that of the largest clean sine (physics.md §0, §8).
RenderStage renderStage(const StageRecord &record, double gain)
{
    RenderStage s;
    s.device = record.device;
    s.port = record.port;
    s.gain = gain;
    s.noiseRms = record.noiseRms;
    if (record.clip != ClipKind::None && std::isfinite(record.clipRms)) {
        s.clipPeak = kSqrt2 * record.clipRms;
        s.clip = record.clip;
    }
    return s;
}

/// The programme at the source of `stages` (source first) and each stage after it, with the programmes that join at
/// a mix as branches; false when the first stage is no source.
bool follow(RenderPath &path, const Chain &chain, const AnalysisResult &result, const std::vector<int> &stages)
{
    const StageRecord &first = recordAt(result, stages.front());
    const StageFeed *own = feedFrom(first, -1);
    if (!own)
        return false;
    const Device &source = chain.devices[static_cast<std::size_t>(first.device)];
    path.programme = source.settings.programme;
    path.sourceCrestDb = std::isnan(source.settings.crestDb) ? programmeCrestDb(path.programme) : source.settings.crestDb;
    path.sourceRms = result.ports[static_cast<std::size_t>(stages.front())].openCircuit;
    path.stages.push_back(renderStage(first, own->gain));
    for (std::size_t i = 1; i < stages.size(); ++i) {
        const StageRecord &record = recordAt(result, stages[i]);
        const StageFeed *main = feedFrom(record, stages[i - 1]);
        path.stages.push_back(renderStage(record, main->gain));
        // physics.md §3: the other programmes on a mix add to this one, each through its own gain into the mix; a
        // branch's last stage brings it to the units of this path's signal before the mix, so the mix's gain, noise
        // and clip act on the sum.
        for (const StageFeed &feed : record.feeds) {
            if (&feed == main || feed.stage < 0 || !stageCarries(result, feed.stage))
                continue;
            RenderBranch branch;
            branch.joins = i;
            if (!follow(branch.path, chain, result, stagesTo(result, feed.stage)))
                continue;
            RenderStage share;
            share.device = record.device;
            share.port = record.port;
            share.gain = feed.gain / main->gain;
            branch.path.stages.push_back(share);
            path.branches.push_back(std::move(branch));
        }
    }
    return true;
}

} // namespace

RenderPath renderPath(const Chain &chain, const AnalysisResult &result, int listenerDevice)
{
    RenderPath path;
    path.listener = listenerDevice;
    const std::vector<int> stages = listenerStages(result, listenerDevice);
    if (stages.empty())
        return path;
    const ListenerResult &l = *result.listener(listenerDevice);
    path.sensitivityDbPerV = l.sensitivityDbPerV;
    path.averageSpl = l.averageSpl;
    path.peakSpl = l.peakSpl;
    path.hissSpl = l.hissSpl;
    path.responseCurveDb = l.responseCurveDb;
    if (!follow(path, chain, result, stages)) {
        path.stages.clear(); // no source at the start of the way
        return path;
    }
    for (RenderStage &s : path.stages)
        s.response = s.device == l.driverDevice && s.port == l.driverPort && l.responseCurveDb;
    return path;
}

} // namespace headroom
