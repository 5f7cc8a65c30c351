// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "preview.h"

#include "audiofile.h"

namespace headroom {

PreviewProgramme previewProgramme(const RenderPath &path, const QString &audioFile, std::optional<Programme> programme, double seconds,
                                  double sampleRate)
{
    if (audioFile.isEmpty())
        return {generateProgramme(programme.value_or(path.programme), seconds, sampleRate), {}, {}};
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
