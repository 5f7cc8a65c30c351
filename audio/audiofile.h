// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Audio files through libsndfile: WAV, FLAC, OGG and AIFF in, at any sample rate and channel count; WAV (32-bit float)
// and FLAC (24-bit) out. Errors name the file and say what is wrong; a damaged file is an error, never a crash.

#include "audiobuffer.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace headroom {

/// A file read into stereo, or why it could not be.
struct AudioRead {
    std::optional<AudioBuffer> audio;
    QString error;
    QString warning; ///< read, but not all of it: a truncated file says how much is missing
};

/// Reads a whole file. Mono plays on both sides; more than two channels fold into two (odd-numbered channels left,
/// even-numbered right, averaged). The sample rate is kept: the renderer works at any rate. A sample that is not a
/// number (NaN, ±infinity) refuses the file, naming its frame; float samples of any finite size are kept.
[[nodiscard]] AudioRead readAudio(const QString &path);

/// An audio file read a block at a time, folded into stereo as readAudio() folds it.
class AudioReader
{
public:
    explicit AudioReader(const QString &path);
    ~AudioReader();
    AudioReader(const AudioReader &) = delete;
    AudioReader &operator=(const AudioReader &) = delete;

    /// Why the file cannot be opened or read on; empty while all is well.
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] double sampleRate() const;
    /// The frames the header promises (a damaged file may hold fewer).
    [[nodiscard]] std::size_t claimedFrames() const;
    /// The next frames into `left` and `right`, up to `frames`; fewer at the end, none after an error.
    std::size_t read(float *left, float *right, std::size_t frames);
    /// Back to the first frame, for another pass.
    bool rewind();
    /// Once the file is read: a warning when it holds less than its header promises.
    [[nodiscard]] QString truncationWarning() const;

private:
    struct File;
    QString m_path;
    QString m_error;
    std::unique_ptr<File> m_file;
    std::vector<float> m_chunk;
    std::size_t m_position = 0;
};

/// An audio file written a block at a time and put in place by commit(), atomically like writeAudio(); dropped
/// without commit(), it leaves the previous file as it was.
class AudioWriter
{
public:
    AudioWriter(const QString &path, double sampleRate, std::size_t channels);
    ~AudioWriter();
    AudioWriter(const AudioWriter &) = delete;
    AudioWriter &operator=(const AudioWriter &) = delete;

    [[nodiscard]] const QString &error() const { return m_error; }
    /// Appends frames, one buffer per channel; false (and error()) when the file cannot take them.
    bool write(const float *const *channels, std::size_t frames);
    /// Completes the file and puts it in place; the error, or empty.
    QString commit();

private:
    struct File;
    QString m_path;
    QString m_error;
    std::size_t m_channels;
    std::unique_ptr<File> m_file;
    std::vector<float> m_chunk;
};

/// Writes a file, its format from the extension (.wav, .flac); an empty string on success, else the error. The file
/// is written beside the target and renamed over it when complete (QSaveFile), so an interrupted or failed write
/// leaves the previous file as it was.
[[nodiscard]] QString writeAudio(const QString &path, const AudioBuffer &audio);

} // namespace headroom
