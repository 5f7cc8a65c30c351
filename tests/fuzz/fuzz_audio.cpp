// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: any bytes as an audio file for the preview. A file libsndfile cannot take, or one that is
// damaged, is refused with a message naming it; one it reads gives stereo of a sane rate and finite samples.

#include "audiofile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>

using namespace headroom;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // libsndfile reads from a path; one file in a private folder, rewritten for each input.
    static const QTemporaryDir dir;
    static const QString path = QDir(dir.path()).filePath(QStringLiteral("input.wav"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    file.close();
    const AudioRead read = readAudio(path);
    if (!read.audio) {
        if (read.error.isEmpty())
            std::abort(); // refused without saying why
        return 0;
    }
    if (read.audio->channels.size() != 2 || read.audio->channels[0].size() != read.audio->channels[1].size() || read.audio->sampleRate <= 0)
        std::abort();
    for (const auto &channel : read.audio->channels) // NaN and infinity are refused, never passed on to the renderer
        if (std::any_of(channel.begin(), channel.end(), [](float v) { return !std::isfinite(v); }))
            std::abort();
    return 0;
}
