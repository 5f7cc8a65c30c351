// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "preview.h"

namespace headroom {

int findListener(const Chain &chain, const QString &id)
{
    for (std::size_t d = 0; d < chain.devices.size(); ++d) {
        const Device &device = chain.devices[d];
        if (device.spec.kind() == DeviceKind::Headphones && (id.isEmpty() || device.id == id || device.settings.listener == id))
            return static_cast<int>(d);
    }
    return -1;
}

AudioBuffer programmeFor(const RenderPath &path, std::optional<Material> material, double seconds, double sampleRate)
{
    return generateProgramme(material.value_or(materialFor(path.program)), seconds, sampleRate);
}

double levelMatchDb(const RenderPath &reference, const RenderPath &other)
{
    return reference.playing() && other.playing() ? reference.averageSpl - other.averageSpl : 0.0;
}

} // namespace headroom
