// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "preview.h"

#include "audiofile.h"

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

int matchingListener(const Chain &chain, int listener, const Chain &other)
{
    const Device &phones = chain.devices[static_cast<std::size_t>(listener)];
    for (const QString &id : {phones.id, phones.settings.listener, QString()}) // an empty name finds the first
        if (const int found = findListener(other, id); found >= 0)
            return found;
    return -1;
}

PreviewProgramme previewProgramme(const RenderPath &path, const QString &audioFile, std::optional<Material> material, double seconds,
                                  double sampleRate)
{
    if (audioFile.isEmpty())
        return {generateProgramme(material.value_or(materialFor(path.program)), seconds, sampleRate), {}, {}};
    AudioRead read = readAudio(audioFile);
    if (read.audio)
        normaliseRms(*read.audio);
    return {std::move(read.audio), read.error, read.warning};
}

std::pair<AudioBuffer, RenderReport> renderPreview(const RenderPath &path, const AudioBuffer &programme, double referenceSpl, double gainDb)
{
    AudioBuffer audio = programme;
    RenderReport report = Renderer(path, RenderOptions{referenceSpl, gainDb, 1}).render(audio);
    return {std::move(audio), std::move(report)};
}

double levelMatchDb(const RenderPath &reference, const RenderPath &other)
{
    return reference.playing() && other.playing() ? reference.averageSpl - other.averageSpl : 0.0;
}

} // namespace headroom
