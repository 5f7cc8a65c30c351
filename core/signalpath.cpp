// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "signalpath.h"

#include <algorithm>

namespace headroom {

std::vector<PortAt> signalPath(const Chain &chain, const AnalysisResult &result, int listenerDevice)
{
    const ListenerResult *l = result.listener(listenerDevice);
    if (!l || !l->playing)
        return {};
    std::vector<PortAt> ports = SignalPaths(chain, result).walk({listenerDevice, 0});
    std::reverse(ports.begin(), ports.end());
    return ports;
}

} // namespace headroom
