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
void interleave(const float *const *planar, std::size_t channels, std::size_t start, std::size_t frames, float *__restrict out)
{
    if (channels == 2) {
        const float *__restrict left = planar[0] + start;
        const float *__restrict right = planar[1] + start;
        for (std::size_t i = 0; i < frames; ++i) {
            out[2 * i] = left[i];
            out[2 * i + 1] = right[i];
        }
        return;
    }
    for (std::size_t c = 0; c < channels; ++c) {
        const float *in = planar[c] + start;
        for (std::size_t i = 0; i < frames; ++i)
            out[i * channels + c] = in[i];
    }
}

} // namespace

struct AudioReader::File {
    SndfileHandle handle;
    SF_INFO format{};
};

AudioReader::AudioReader(const QString &path) : m_path(path), m_file(std::make_unique<File>())
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        m_error = QCoreApplication::translate("Render", "%1: no such file").arg(path);
        return;
    }
    if (!readableExtension(info.suffix().toLower())) {
        m_error = QCoreApplication::translate("Render", "%1: unsupported audio format \"%2\" (use WAV, FLAC, OGG or AIFF)").arg(path, info.suffix());
        return;
    }
    SF_INFO &format = m_file->format;
    m_file->handle.reset(sf_open(QFile::encodeName(path).constData(), SFM_READ, &format));
    if (!m_file->handle) {
        m_error = QCoreApplication::translate("Render", "%1: not a readable audio file (%2)").arg(path, libraryMessage(nullptr));
        return;
    }
    if (format.channels < 1 || format.channels > kMaxChannels || format.samplerate < kMinRate || format.samplerate > kMaxRate) {
        m_error = QCoreApplication::translate("Render", "%1: unusable audio format (%2 channels at %3 Hz)")
                      .arg(path)
                      .arg(format.channels)
                      .arg(format.samplerate);
        m_file->handle.reset();
        return;
    }
    m_chunk.resize(static_cast<std::size_t>(kChunkFrames * format.channels));
}

AudioReader::~AudioReader() = default;

double AudioReader::sampleRate() const { return m_file->format.samplerate; }

std::size_t AudioReader::claimedFrames() const { return static_cast<std::size_t>(std::max<sf_count_t>(m_file->format.frames, 0)); }

std::size_t AudioReader::read(float *left, float *right, std::size_t frames)
{
    if (!m_error.isEmpty() || !m_file->handle)
        return 0;
    const int channels = m_file->format.channels;
    std::size_t filled = 0;
    while (filled < frames) {
        const auto want = static_cast<sf_count_t>(std::min(frames - filled, static_cast<std::size_t>(kChunkFrames)));
        const sf_count_t got = sf_readf_float(m_file->handle.get(), m_chunk.data(), want);
        if (got <= 0)
            break;
        if (const auto bad = firstNonFinite(m_chunk.data(), static_cast<std::size_t>(got) * static_cast<std::size_t>(channels))) {
            m_error = QCoreApplication::translate("Render",
                                                  "%1: frame %2 holds a sample that is not a number (NaN or infinite); "
                                                  "the file is damaged or was not written as audio")
                          .arg(m_path)
                          .arg(m_position + filled + *bad / static_cast<std::size_t>(channels));
            return 0;
        }
        deinterleave(m_chunk.data(), static_cast<std::size_t>(got), channels, left + filled, right + filled);
        filled += static_cast<std::size_t>(got);
    }
    if (sf_error(m_file->handle.get()) != SF_ERR_NO_ERROR) {
        m_error = QCoreApplication::translate("Render", "%1: damaged audio file (%2)").arg(m_path, libraryMessage(m_file->handle.get()));
        return 0;
    }
    m_position += filled;
    return filled;
}

bool AudioReader::rewind()
{
    if (!m_error.isEmpty() || sf_seek(m_file->handle.get(), 0, SEEK_SET) != 0)
        return false;
    m_position = 0;
    return true;
}

QString AudioReader::truncationWarning() const
{
    if (!m_file->handle || !truncated(m_file->handle.get(), m_file->format, m_position))
        return {};
    return QCoreApplication::translate("Render",
                                       "%1 is truncated: its header promises more audio than the file holds; the preview plays the %2 s "
                                       "that are there")
        .arg(m_path, QLocale().toString(static_cast<double>(m_position) / sampleRate(), 'f', 2));
}

AudioRead readAudio(const QString &path)
{
    AudioReader reader(path);
    if (!reader.error().isEmpty())
        return refused(reader.error());
    AudioBuffer audio;
    audio.sampleRate = reader.sampleRate();
    audio.channels.resize(2);
    // Reserve what the header claims, within reason: a damaged header must not allocate the machine away, and reserved
    // memory is only touched as frames arrive. Each chunk grows the channels by what it holds, within the reserve.
    const auto claimed = std::min(reader.claimedFrames(), static_cast<std::size_t>(reader.sampleRate()) * 600);
    for (auto &channel : audio.channels)
        channel.reserve(claimed);
    constexpr auto kChunk = static_cast<std::size_t>(kChunkFrames);
    for (std::size_t got = kChunk; got == kChunk;) {
        const std::size_t filled = audio.frames();
        for (auto &channel : audio.channels)
            channel.resize(filled + kChunk);
        got = reader.read(audio.channels[0].data() + filled, audio.channels[1].data() + filled, kChunk);
        for (auto &channel : audio.channels)
            channel.resize(filled + got);
    }
    if (!reader.error().isEmpty())
        return refused(reader.error());
    if (audio.frames() == 0)
        return refused(QCoreApplication::translate("Render", "%1: the file holds no audio").arg(path));
    return {std::move(audio), QString(), reader.truncationWarning()};
}

struct AudioWriter::File {
    QSaveFile target;
    SF_VIRTUAL_IO io{deviceLength, deviceSeek, deviceRead, deviceWrite, deviceTell};
    SndfileHandle handle;
    explicit File(const QString &path) : target(path) {}
};

AudioWriter::AudioWriter(const QString &path, double sampleRate, std::size_t channels) : m_path(path), m_channels(channels)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    SF_INFO format{};
    if (suffix == u"wav") {
        format.format = SF_FORMAT_WAV | SF_FORMAT_FLOAT; // float keeps levels above full scale: nothing clips in the file
    } else if (suffix == u"flac") {
        format.format = SF_FORMAT_FLAC | SF_FORMAT_PCM_24;
    } else {
        m_error = QCoreApplication::translate("Render", "%1: unsupported output format \"%2\" (use .wav or .flac)").arg(path, suffix);
        return;
    }
    format.channels = static_cast<int>(channels);
    format.samplerate = static_cast<int>(sampleRate);
    m_file = std::make_unique<File>(path);
    if (!m_file->target.open(QIODevice::WriteOnly)) { // nothing was touched: a file already there stays as it was
        m_error = (QFileInfo::exists(path) ? QCoreApplication::translate("Render", "%1: cannot write (%2), the previous file is unchanged")
                                           : QCoreApplication::translate("Render", "%1: cannot write (%2)"))
                      .arg(path, m_file->target.errorString());
        return;
    }
    m_file->handle.reset(sf_open_virtual(&m_file->io, SFM_WRITE, &format, &m_file->target));
    if (!m_file->handle) {
        m_error = QCoreApplication::translate("Render", "%1: cannot write (%2)").arg(path, libraryMessage(nullptr));
        m_file->target.cancelWriting();
        return;
    }
    sf_command(m_file->handle.get(), SFC_SET_CLIPPING, nullptr, SF_TRUE); // FLAC: clip above full scale rather than wrap
    m_chunk.resize(static_cast<std::size_t>(kChunkFrames) * channels);
}

AudioWriter::~AudioWriter()
{
    if (m_file && m_file->handle) { // never committed: the previous file stays as it was
        m_file->handle.reset();
        m_file->target.cancelWriting();
    }
}

bool AudioWriter::write(const float *const *channels, std::size_t frames)
{
    if (!m_error.isEmpty())
        return false;
    for (std::size_t start = 0; start < frames; start += static_cast<std::size_t>(kChunkFrames)) {
        const std::size_t count = std::min(frames - start, static_cast<std::size_t>(kChunkFrames));
        interleave(channels, m_channels, start, count, m_chunk.data());
        if (sf_writef_float(m_file->handle.get(), m_chunk.data(), static_cast<sf_count_t>(count)) != static_cast<sf_count_t>(count)) {
            m_error = QCoreApplication::translate("Render", "%1: cannot write (%2), the previous file is unchanged")
                          .arg(m_path,
                               m_file->target.error() != QFileDevice::NoError ? m_file->target.errorString() : libraryMessage(m_file->handle.get()));
            return false;
        }
    }
    return true;
}

QString AudioWriter::commit()
{
    if (!m_error.isEmpty())
        return m_error;
    m_file->handle.reset(); // closing libsndfile completes the header before the file is committed
    if (!m_file->target.commit())
        m_error =
            QCoreApplication::translate("Render", "%1: cannot write (%2), the previous file is unchanged").arg(m_path, m_file->target.errorString());
    return m_error;
}

QString writeAudio(const QString &path, const AudioBuffer &audio)
{
    AudioWriter writer(path, audio.sampleRate, audio.channels.size());
    std::vector<const float *> channels;
    for (const std::vector<float> &channel : audio.channels)
        channels.push_back(channel.data());
    writer.write(channels.data(), audio.frames());
    return writer.commit();
}

} // namespace headroom
