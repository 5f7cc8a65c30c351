// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "previewstream.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace headroom {

PreviewStream::PreviewStream(std::shared_ptr<const AudioBuffer> a, std::shared_ptr<const AudioBuffer> b, QAudioFormat format, QObject *parent)
    : QIODevice(parent)
    , m_a(std::move(a))
    , m_b(std::move(b))
    , m_format(format)
{}

double PreviewStream::seconds() const { return static_cast<double>(m_frame) / m_a->sampleRate; }

qint64 PreviewStream::bytesAvailable() const
{
    return static_cast<qint64>(m_a->frames() - m_frame) * m_format.bytesPerFrame() + QIODevice::bytesAvailable();
}

qint64 PreviewStream::readData(char *data, qint64 maxSize)
{
    const AudioBuffer &audio = (m_playingB && m_b) ? *m_b : *m_a;
    const int channels = m_format.channelCount();
    const std::size_t start = m_frame;
    const std::size_t frames = std::min<std::size_t>(static_cast<std::size_t>(maxSize / m_format.bytesPerFrame()), audio.frames() - start);
    const std::size_t sourceChannels = audio.channels.size();
    for (std::size_t f = 0; f < frames; ++f)
        for (int c = 0; c < channels; ++c) {
            const float v = audio.channels[std::min(static_cast<std::size_t>(c), sourceChannels - 1)][start + f];
            const std::size_t at = f * static_cast<std::size_t>(channels) + static_cast<std::size_t>(c);
            if (m_format.sampleFormat() == QAudioFormat::Float) {
                std::memcpy(data + at * sizeof(float), &v, sizeof(float));
            } else {
                // What clipped in the render is shown by the render; the device only must not wrap around.
                const auto s = static_cast<qint16>(std::lround(std::clamp(v, -1.0f, 1.0f) * 32767.0f));
                std::memcpy(data + at * sizeof(qint16), &s, sizeof(qint16));
            }
        }
    m_frame = start + frames;
    return static_cast<qint64>(frames) * m_format.bytesPerFrame();
}

} // namespace headroom
