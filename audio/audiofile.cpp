// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "audiofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <sndfile.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <optional>

namespace headroom {
namespace {

constexpr sf_count_t kChunkFrames = 16384;
constexpr int kMinRate = 1000;
constexpr int kMaxRate = 768000;
constexpr int kMaxChannels = 256;

struct SndfileCloser {
    void operator()(SNDFILE *f) const { sf_close(f); }
};
using SndfileHandle = std::unique_ptr<SNDFILE, SndfileCloser>;

QString libraryMessage(SNDFILE *f) { return QString::fromUtf8(sf_strerror(f)); }

bool readableExtension(const QString &suffix)
{
    static const QStringList kSuffixes{QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("ogg"), QStringLiteral("oga"),
                                       QStringLiteral("aif"), QStringLiteral("aiff"), QStringLiteral("aifc")};
    return kSuffixes.contains(suffix);
}

/// Interleaved frames into two planar channels at left and right: mono on both sides, more channels folded and
/// averaged. Stereo and mono, the common cases, have loops of their own that the compiler can vectorise.
void deinterleave(const float *__restrict interleaved, std::size_t frames, int channels, float *__restrict left, float *__restrict right)
{
    if (channels == 2) {
        for (std::size_t i = 0; i < frames; ++i) {
            left[i] = interleaved[2 * i];
            right[i] = interleaved[2 * i + 1];
        }
        return;
    }
    if (channels == 1) {
        std::copy(interleaved, interleaved + frames, left);
        std::copy(interleaved, interleaved + frames, right);
        return;
    }
    const auto leftCount = static_cast<double>((channels + 1) / 2);
    const auto rightCount = static_cast<double>(channels / 2);
    for (std::size_t i = 0; i < frames; ++i) {
        const float *frame = interleaved + i * static_cast<std::size_t>(channels);
        double l = 0, r = 0; // float sums of samples near the float maximum would overflow
        for (int c = 0; c < channels; ++c)
            (c % 2 == 0 ? l : r) += frame[c];
        left[i] = static_cast<float>(l / leftCount);
        right[i] = static_cast<float>(r / rightCount);
    }
}

AudioRead refused(const QString &error) { return {std::nullopt, error, {}}; }

/// Whether the file holds less audio than its header says. libsndfile shortens a WAV's or AIFF's frame count to
/// what is there and notes the header's figure in its log ("data : 192000 (should be 95942)"); for other formats the
/// frames read fall short of the count.
bool truncated(SNDFILE *file, const SF_INFO &format, std::size_t framesRead)
{
    if (format.frames > 0 && format.frames < SF_COUNT_MAX && static_cast<sf_count_t>(framesRead) < format.frames)
        return true;
    std::array<char, 16384> log{};
    sf_command(file, SFC_GET_LOG_INFO, log.data(), static_cast<int>(log.size()));
    static const QRegularExpression shortChunk(QStringLiteral("^(data|SSND) *: *\\d+ \\(should be"), QRegularExpression::MultilineOption);
    return shortChunk.match(QString::fromLatin1(log.data())).hasMatch();
}

/// The index of the first sample that is NaN or infinite, if any.
std::optional<std::size_t> firstNonFinite(const float *samples, std::size_t count)
{
    const float *bad = std::find_if(samples, samples + count, [](float v) { return !std::isfinite(v); });
    return bad == samples + count ? std::nullopt : std::optional<std::size_t>(static_cast<std::size_t>(bad - samples));
}

/// libsndfile writes through these into a QSaveFile (its virtual I/O), so audio is saved atomically like any file.
sf_count_t deviceLength(void *device) { return static_cast<QIODevice *>(device)->size(); }
sf_count_t deviceSeek(sf_count_t offset, int whence, void *device)
{
    auto *d = static_cast<QIODevice *>(device);
    const qint64 base = whence == SEEK_CUR ? d->pos() : whence == SEEK_END ? d->size() : 0;
    return d->seek(base + offset) ? d->pos() : -1;
}
sf_count_t deviceRead(void *, sf_count_t, void *) { return 0; } // written only: libsndfile never reads back here
sf_count_t deviceWrite(const void *data, sf_count_t count, void *device)
{
    return static_cast<QIODevice *>(device)->write(static_cast<const char *>(data), count);
}
sf_count_t deviceTell(void *device) { return static_cast<QIODevice *>(device)->pos(); }

/// Planar channels into interleaved frames, from frame start on.
void interleave(const AudioBuffer &audio, std::size_t start, std::size_t frames, float *__restrict out)
{
    const std::size_t channels = audio.channels.size();
    if (channels == 2) {
        const float *__restrict left = audio.channels[0].data() + start;
        const float *__restrict right = audio.channels[1].data() + start;
        for (std::size_t i = 0; i < frames; ++i) {
            out[2 * i] = left[i];
            out[2 * i + 1] = right[i];
        }
        return;
    }
    for (std::size_t c = 0; c < channels; ++c) {
        const float *in = audio.channels[c].data() + start;
        for (std::size_t i = 0; i < frames; ++i)
            out[i * channels + c] = in[i];
    }
}

} // namespace

AudioRead readAudio(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return refused(QCoreApplication::translate("Render", "%1: no such file").arg(path));
    if (!readableExtension(info.suffix().toLower()))
        return refused(
            QCoreApplication::translate("Render", "%1: unsupported audio format \"%2\" (use WAV, FLAC, OGG or AIFF)").arg(path, info.suffix()));
    SF_INFO format{};
    SndfileHandle file(sf_open(QFile::encodeName(path).constData(), SFM_READ, &format));
    if (!file)
        return refused(QCoreApplication::translate("Render", "%1: not a readable audio file (%2)").arg(path, libraryMessage(nullptr)));
    if (format.channels < 1 || format.channels > kMaxChannels || format.samplerate < kMinRate || format.samplerate > kMaxRate)
        return refused(QCoreApplication::translate("Render", "%1: unusable audio format (%2 channels at %3 Hz)")
                           .arg(path)
                           .arg(format.channels)
                           .arg(format.samplerate));
    AudioBuffer audio;
    audio.sampleRate = format.samplerate;
    audio.channels.resize(2);
    // Reserve what the header claims, within reason: a damaged header must not allocate the machine away, and reserved
    // memory is only touched as frames arrive. Each chunk grows the channels by what it holds, within the reserve.
    const auto claimed = static_cast<std::size_t>(std::clamp<sf_count_t>(format.frames, 0, sf_count_t{format.samplerate} * 600));
    for (auto &channel : audio.channels)
        channel.reserve(claimed);
    std::vector<float> chunk(static_cast<std::size_t>(kChunkFrames * format.channels));
    for (sf_count_t got; (got = sf_readf_float(file.get(), chunk.data(), kChunkFrames)) > 0;) {
        const std::size_t filled = audio.frames();
        if (const auto bad = firstNonFinite(chunk.data(), static_cast<std::size_t>(got) * static_cast<std::size_t>(format.channels)))
            return refused(QCoreApplication::translate("Render",
                                                       "%1: frame %2 holds a sample that is not a number (NaN or infinite); "
                                                       "the file is damaged or was not written as audio")
                               .arg(path)
                               .arg(filled + *bad / static_cast<std::size_t>(format.channels)));
        for (auto &channel : audio.channels)
            channel.resize(filled + static_cast<std::size_t>(got));
        deinterleave(chunk.data(), static_cast<std::size_t>(got), format.channels, audio.channels[0].data() + filled,
                     audio.channels[1].data() + filled);
    }
    if (sf_error(file.get()) != SF_ERR_NO_ERROR)
        return refused(QCoreApplication::translate("Render", "%1: damaged audio file (%2)").arg(path, libraryMessage(file.get())));
    if (audio.frames() == 0)
        return refused(QCoreApplication::translate("Render", "%1: the file holds no audio").arg(path));
    QString warning;
    if (truncated(file.get(), format, audio.frames()))
        warning = QCoreApplication::translate("Render",
                                              "%1 is truncated: its header promises more audio than the file holds; the preview plays the %2 s "
                                              "that are there")
                      .arg(path, QLocale().toString(audio.seconds(), 'f', 2));
    return {std::move(audio), QString(), warning};
}

QString writeAudio(const QString &path, const AudioBuffer &audio)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    SF_INFO format{};
    if (suffix == u"wav")
        format.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT; // float keeps levels above full scale: nothing clips in the file
    else if (suffix == u"flac")
        format.format = SF_FORMAT_FLAC | SF_FORMAT_PCM_24;
    else
        return QCoreApplication::translate("Render", "%1: unsupported output format \"%2\" (use .wav or .flac)").arg(path, suffix);
    format.channels = static_cast<int>(audio.channels.size());
    format.samplerate = static_cast<int>(audio.sampleRate);
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly)) // nothing was touched: a file already there stays as it was
        return (QFileInfo::exists(path) ? QCoreApplication::translate("Render", "%1: cannot write (%2), the previous file is unchanged")
                                        : QCoreApplication::translate("Render", "%1: cannot write (%2)"))
            .arg(path, target.errorString());
    SF_VIRTUAL_IO io{deviceLength, deviceSeek, deviceRead, deviceWrite, deviceTell};
    {
        SndfileHandle file(sf_open_virtual(&io, SFM_WRITE, &format, &target));
        if (!file)
            return QCoreApplication::translate("Render", "%1: cannot write (%2)").arg(path, libraryMessage(nullptr));
        sf_command(file.get(), SFC_SET_CLIPPING, nullptr, SF_TRUE); // FLAC: clip above full scale rather than wrap
        const std::size_t channels = audio.channels.size();
        std::vector<float> chunk(static_cast<std::size_t>(kChunkFrames) * channels);
        for (std::size_t start = 0; start < audio.frames(); start += static_cast<std::size_t>(kChunkFrames)) {
            const std::size_t frames = std::min(audio.frames() - start, static_cast<std::size_t>(kChunkFrames));
            interleave(audio, start, frames, chunk.data());
            if (sf_writef_float(file.get(), chunk.data(), static_cast<sf_count_t>(frames)) != static_cast<sf_count_t>(frames)) {
                target.cancelWriting();
                return QCoreApplication::translate("Render", "%1: cannot write (%2), the previous file is unchanged")
                    .arg(path, target.error() != QFileDevice::NoError ? target.errorString() : libraryMessage(file.get()));
            }
        }
    } // closing libsndfile completes the header before the file is committed
    if (!target.commit())
        return QCoreApplication::translate("Render", "%1: cannot write (%2), the previous file is unchanged").arg(path, target.errorString());
    return {};
}

} // namespace headroom
