#include "audiofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sndfile.h>

#include <algorithm>
#include <memory>

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

/// Interleaved frames into two planar channels: mono on both sides, more channels folded and averaged.
void appendFrames(AudioBuffer &audio, const std::vector<float> &interleaved, sf_count_t frames, int channels)
{
    const int perSide = channels == 1 ? 1 : (channels + 1) / 2;
    for (sf_count_t i = 0; i < frames; ++i) {
        const float *frame = interleaved.data() + i * channels;
        float left = 0, right = 0;
        for (int c = 0; c < channels; ++c)
            (c % 2 == 0 ? left : right) += frame[c];
        if (channels == 1)
            right = left;
        audio.channels[0].push_back(left / static_cast<float>(perSide));
        audio.channels[1].push_back(right / static_cast<float>(channels == 1 ? 1 : channels / 2));
    }
}

} // namespace

AudioRead readAudio(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return {std::nullopt, QCoreApplication::translate("Render", "%1: no such file").arg(path)};
    if (!readableExtension(info.suffix().toLower()))
        return {std::nullopt, QCoreApplication::translate("Render", "%1: unsupported audio format \"%2\" (use WAV, FLAC, OGG or AIFF)")
                                  .arg(path, info.suffix())};
    SF_INFO format{};
    SndfileHandle file(sf_open(QFile::encodeName(path).constData(), SFM_READ, &format));
    if (!file)
        return {std::nullopt, QCoreApplication::translate("Render", "%1: not a readable audio file (%2)").arg(path, libraryMessage(nullptr))};
    if (format.channels < 1 || format.channels > kMaxChannels || format.samplerate < kMinRate || format.samplerate > kMaxRate)
        return {std::nullopt, QCoreApplication::translate("Render", "%1: unusable audio format (%2 channels at %3 Hz)")
                                  .arg(path).arg(format.channels).arg(format.samplerate)};
    AudioBuffer audio;
    audio.sampleRate = format.samplerate;
    audio.channels.resize(2);
    // Reserve what the header claims, within reason: a damaged header must not allocate the machine away.
    const auto claimed = static_cast<std::size_t>(std::clamp<sf_count_t>(format.frames, 0, sf_count_t{format.samplerate} * 600));
    for (auto &channel : audio.channels)
        channel.reserve(claimed);
    std::vector<float> chunk(static_cast<std::size_t>(kChunkFrames * format.channels));
    for (sf_count_t got; (got = sf_readf_float(file.get(), chunk.data(), kChunkFrames)) > 0;)
        appendFrames(audio, chunk, got, format.channels);
    if (sf_error(file.get()) != SF_ERR_NO_ERROR)
        return {std::nullopt, QCoreApplication::translate("Render", "%1: damaged audio file (%2)").arg(path, libraryMessage(file.get()))};
    if (audio.frames() == 0)
        return {std::nullopt, QCoreApplication::translate("Render", "%1: the file holds no audio").arg(path)};
    return {std::move(audio), QString()};
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
    SndfileHandle file(sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &format));
    if (!file)
        return QCoreApplication::translate("Render", "%1: cannot write (%2)").arg(path, libraryMessage(nullptr));
    sf_command(file.get(), SFC_SET_CLIPPING, nullptr, SF_TRUE); // FLAC: clip above full scale rather than wrap
    const std::size_t channels = audio.channels.size();
    std::vector<float> chunk(static_cast<std::size_t>(kChunkFrames) * channels);
    for (std::size_t start = 0; start < audio.frames(); start += static_cast<std::size_t>(kChunkFrames)) {
        const std::size_t frames = std::min(audio.frames() - start, static_cast<std::size_t>(kChunkFrames));
        for (std::size_t i = 0; i < frames; ++i)
            for (std::size_t c = 0; c < channels; ++c)
                chunk[i * channels + c] = audio.channels[c][start + i];
        if (sf_writef_float(file.get(), chunk.data(), static_cast<sf_count_t>(frames)) != static_cast<sf_count_t>(frames))
            return QCoreApplication::translate("Render", "%1: cannot write (%2)").arg(path, libraryMessage(file.get()));
    }
    return {};
}

} // namespace headroom
