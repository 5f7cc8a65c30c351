// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "preview.h"

#include "audiofile.h"

#include <QCoreApplication>

#include <cmath>

namespace headroom {

namespace {
constexpr std::size_t kPassFrames = 16384;
}

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

FileRender renderFile(const RenderPath &path, const QString &input, const QString &output, double referenceSpl, double gainDb)
{
    FileRender result;
    AudioReader reader(input);
    // The first pass: how many frames there are and their RMS over both channels (in double: float samples may be
    // far above full scale).
    std::vector<float> left(kPassFrames), right(kPassFrames);
    std::size_t frames = 0;
    double sum = 0;
    for (std::size_t got; (got = reader.read(left.data(), right.data(), kPassFrames)) > 0; frames += got)
        for (std::size_t i = 0; i < got; ++i)
            sum += double(left[i]) * left[i] + double(right[i]) * right[i];
    if (reader.error().isEmpty() && frames == 0)
        result.error = QCoreApplication::translate("Render", "%1: the file holds no audio").arg(input);
    if (!reader.error().isEmpty() || !result.error.isEmpty() || !reader.rewind()) {
        result.error = reader.error().isEmpty() ? result.error : reader.error();
        return result;
    }
    result.warning = reader.truncationWarning();
    const auto scale = static_cast<float>(sum > 0 ? 1.0 / std::sqrt(sum / (2.0 * static_cast<double>(frames))) : 1.0);

    AudioWriter writer(output, reader.sampleRate(), 2);
    const auto read = [&](float *const *to, std::size_t, std::size_t count) {
        const std::size_t got = reader.read(to[0], to[1], count);
        for (std::size_t c = 0; c < 2; ++c) {
            std::fill(to[c] + got, to[c] + count, 0.0f); // a file that shrank between the passes ends in silence
            for (std::size_t i = 0; i < got; ++i)
                to[c][i] *= scale;
        }
    };
    const auto write = [&](const float *const *from, std::size_t, std::size_t count) { return writer.write(from, count); };
    result.report = Renderer(path, RenderOptions{referenceSpl, gainDb, 1}).render(frames, 2, reader.sampleRate(), read, write);
    if (!reader.error().isEmpty())
        result.error = reader.error();
    else
        result.error = writer.commit();
    return result;
}

double levelMatchDb(const RenderPath &reference, const RenderPath &other)
{
    return reference.playing() && other.playing() ? reference.averageSpl - other.averageSpl : 0.0;
}

std::optional<double> matchedGainDb(const RenderReport &reference, const RenderReport &other, double gainDb)
{
    const double correction = reference.averageSpl - other.averageSpl;
    if (!std::isfinite(correction) || std::abs(correction) <= 1e-3)
        return std::nullopt;
    return gainDb + correction;
}

} // namespace headroom
