// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The audio device's source for the preview: serves rendered A or B as interleaved samples from one shared play
// position, so switching between the two chains is instant and seamless.

#include "audiobuffer.h"

#include <QAudioFormat>
#include <QIODevice>

#include <atomic>
#include <memory>

namespace headroom {

class PreviewStream : public QIODevice
{
    Q_OBJECT
public:
    /// `a` and `b` have the same length and rate (one programme through two chains); `b` may be null.
    PreviewStream(std::shared_ptr<const AudioBuffer> a, std::shared_ptr<const AudioBuffer> b, QAudioFormat format, QObject *parent = nullptr);

    /// Plays B (true) or A from the current position on; called from the GUI thread while the device reads.
    void setPlayingB(bool b) { m_playingB = b && m_b; }
    [[nodiscard]] double seconds() const;
    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::shared_ptr<const AudioBuffer> m_a;
    std::shared_ptr<const AudioBuffer> m_b;
    QAudioFormat m_format;
    std::atomic<bool> m_playingB = false;
    std::atomic<std::size_t> m_frame = 0;
};

} // namespace headroom
