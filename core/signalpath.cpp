// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "signalpath.h"

#include <algorithm>

namespace headroom {

bool stageCarries(const AnalysisResult &result, int stage)
{
    const StageRecord &s = result.stages[static_cast<std::size_t>(stage)];
    if (s.mix)
        return std::any_of(s.feeds.begin(), s.feeds.end(), [&](const StageFeed &f) { return f.stage >= 0 && stageCarries(result, f.stage); });
    const PortResult &r = result.ports[static_cast<std::size_t>(stage)];
    return r.reached && r.rms > 0;
}

std::vector<int> stagesTo(const AnalysisResult &result, int stage)
{
    std::vector<int> path{stage};
    // Each stage is visited once (the engine records no loops); the bound only guards against a malformed record.
    while (path.size() <= result.stages.size()) {
        const std::vector<StageFeed> &feeds = result.stages[static_cast<std::size_t>(path.back())].feeds;
        const auto next = std::find_if(feeds.begin(), feeds.end(), [&](const StageFeed &f) { return f.stage >= 0 && stageCarries(result, f.stage); });
        if (next == feeds.end())
            break;
        path.push_back(next->stage);
    }
    std::reverse(path.begin(), path.end());
    return path;
}

std::vector<int> listenerStages(const AnalysisResult &result, int listenerDevice)
{
    const ListenerResult *l = result.listener(listenerDevice);
    if (!l || !l->playing)
        return {};
    return stagesTo(result, result.portBase[static_cast<std::size_t>(listenerDevice)]);
}

std::vector<PortAt> signalPath(const AnalysisResult &result, int listenerDevice)
{
    std::vector<PortAt> ports;
    for (int i : listenerStages(result, listenerDevice))
        if (const StageRecord &s = result.stages[static_cast<std::size_t>(i)]; !s.mix)
            ports.emplace_back(s.device, s.port);
    return ports;
}

} // namespace headroom
