// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Audio files through libsndfile: WAV, FLAC, OGG and AIFF in, at any sample rate and channel count; WAV (32-bit float)
// and FLAC (24-bit) out. Errors name the file and say what is wrong; a damaged file is an error, never a crash.

#include "audiobuffer.h"

#include <QString>

#include <optional>

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

/// Writes a file, its format from the extension (.wav, .flac); an empty string on success, else the error. The file
/// is written beside the target and renamed over it when complete (QSaveFile), so an interrupted or failed write
/// leaves the previous file as it was.
[[nodiscard]] QString writeAudio(const QString &path, const AudioBuffer &audio);

} // namespace headroom
