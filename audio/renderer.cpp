// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "renderer.h"

#include "gaussian.h"
#include "parallel.h"
#include "programme.h"
#include "renderstep.h"
#include "units.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>
#include <utility>

namespace headroom {
namespace {

using namespace units;
using namespace render;

constexpr std::size_t kNoiseTableSize = 1 << 16;
/// Frames every channel moves ahead between two writes: long enough that starting the channels' work on their threads
/// costs next to nothing, short enough that little is held.
constexpr std::size_t kRound = 1 << 16;

/// Noise reads a run of the table's values starting at a random place for each clip block: independent values in
/// sequence, so white (physics.md §7), and the loop vectorises.
std::vector<float> noiseTable(std::uint32_t seed) { return unitGaussians(kNoiseTableSize + kClipBlock, seed); }

/// The longest stretch of a generated programme a mix's other source holds; longer renders repeat it, so a render's
/// memory does not grow with its length.
constexpr double kBranchLoopSeconds = 60;

/// Where a path's noise comes from: the table, the render's seed, the path's own stream and the channel.
struct NoiseStream {
    const std::vector<float> &table;
    std::uint32_t seed;
    std::size_t stream;
    std::size_t channel;
};

/// What steps run one channel of a path; the ops' clip counts go into `clipping` (which has room for them all, as the
/// steps keep pointers to the counts) and the output's power into `power` when asked.
void addSteps(Pipeline &pipeline, const std::vector<Renderer::Op> &ops, const RenderPath &path,
              const std::vector<std::unique_ptr<Pipeline>> &branches, std::vector<StageClipping> &clipping, double *power, const NoiseStream &noise,
              double sampleRate)
{
    // Each path's noise its own: stream 0 is the listener's path, as it was before mixes were rendered.
    const std::uint64_t seedState = (noise.seed | std::uint64_t{1} << 32) * 0x9E3779B97F4A7C15ull + noise.stream * 0xD1B54A32D192ED03ull;
    for (std::size_t i = 0; i < ops.size(); ++i) {
        const Renderer::Op &op = ops[i];
        for (std::size_t b : op.joining)
            pipeline.add(std::make_unique<MixStep>(*branches[b]));
        std::int64_t *clipped = nullptr;
        if (op.clip != ClipKind::None) {
            const RenderStage &stage = path.stages[static_cast<std::size_t>(op.stage)];
            clipped = &clipping.emplace_back(StageClipping{stage.device, stage.port, op.clip, op.clipPeak, 0}).clippedSamples;
        }
        LinearSettings settings{static_cast<float>(op.gain), static_cast<float>(op.noiseRms), op.clip};
        if (op.clip != ClipKind::None)
            settings.limit = static_cast<float>(op.clipPeak);
        const NoiseSource source{noise.table, (seedState * (i + 1) + 0x9E3779B97F4A7C15ull * (noise.channel + 1)) | 1};
        if (op.clip == ClipKind::Soft) {
            const SoftClipper clipper(op.clipPeak);
            settings.transparentBelow = clipper.transparentBelow();
            auto linear = std::make_unique<LinearStep>(settings, source, clipped, nullptr);
            auto soft = std::make_unique<SoftClipStep>(clipper, *linear);
            pipeline.add(std::move(linear));
            pipeline.add(std::move(soft));
        } else {
            pipeline.add(std::make_unique<LinearStep>(settings, source, clipped, i + 1 == ops.size() ? power : nullptr));
        }
        if (op.response)
            pipeline.add(responseStep(*path.responseCurveDb, sampleRate));
    }
}

/// The programme, for channels that render on threads of their own: read a round at a time, all channels at once, by
/// whichever channel first needs it, and kept until every channel has taken it.
class SharedSource
{
public:
    SharedSource(const ReadFrames &read, std::size_t channels, std::size_t total)
        : m_read(read)
        , m_frames(channels)
        , m_taken(channels, 0)
        , m_total(total)
    {}

    void take(std::size_t channel, float *to, std::size_t first, std::size_t count)
    {
        const std::lock_guard lock(m_mutex);
        while (end() < first + count)
            readRound();
        std::copy_n(m_frames[channel].data() + (first - m_base), count, to);
        m_taken[channel] = first + count;
        const std::size_t taken = *std::min_element(m_taken.begin(), m_taken.end());
        if (taken >= m_base + kRound) {
            for (std::vector<float> &frames : m_frames)
                frames.erase(frames.begin(), frames.begin() + static_cast<std::ptrdiff_t>(taken - m_base));
            m_base = taken;
        }
    }

private:
    [[nodiscard]] std::size_t end() const { return m_base + m_frames.front().size(); }
    void readRound()
    {
        const std::size_t first = end();
        const std::size_t count = std::min(kRound, m_total - first);
        std::vector<float *> at;
        for (std::vector<float> &frames : m_frames) {
            frames.resize(frames.size() + count);
            at.push_back(frames.data() + (frames.size() - count));
        }
        m_read(at.data(), first, count);
    }

    const ReadFrames &m_read;
    std::vector<std::vector<float>> m_frames; ///< per channel, from frame m_base on
    std::vector<std::size_t> m_taken;         ///< per channel, how far it has read
    std::size_t m_base = 0;
    std::size_t m_total;
    std::mutex m_mutex;
};

/// One channel of a render: the pipelines of the listener's path and of the branches that join it, and what they
/// counted. Channels render independently, each on a thread of its own where there are cores for them.
struct Lane {
    std::vector<std::unique_ptr<Pipeline>> branches;
    std::unique_ptr<Pipeline> main;
    std::vector<StageClipping> clipping;
    double power = 0;
};

} // namespace

Renderer::Renderer(RenderPath path, RenderOptions options) : m_path(std::move(path)), m_options(options), m_noise(noiseTable(options.seed))
{
    m_ops = opsFor(m_path);
    // physics.md §4: SPL = S_V + 20·log10(V_L); a sine at the reference SPL has the RMS of a full-scale sine, 1/√2.
    const double toOutput = amplitudeRatio(m_path.sensitivityDbPerV - m_options.referenceSpl + m_options.gainDb) / kSqrt2;
    m_ops.back().gain *= toOutput;
    m_ops.back().noiseRms *= toOutput;
    for (const RenderBranch &branch : m_path.branches)
        m_branchOps.push_back(opsFor(branch.path));
}

std::vector<Renderer::Op> Renderer::opsFor(const RenderPath &path)
{
    // Consecutive linear stages merge into one gain and one noise (powers add, physics.md §3, §7); a stage with a
    // limit or the response ends a run, so noise passes the clip points it meets upstream of them, and a run ends
    // before a stage where branches join, so they add to the signal that reaches it.
    std::vector<Op> ops;
    Op op;
    op.gain = path.sourceRms;
    for (std::size_t i = 0; i < path.stages.size(); ++i) {
        std::vector<std::size_t> joining;
        for (std::size_t b = 0; b < path.branches.size(); ++b)
            if (path.branches[b].joins == i)
                joining.push_back(b);
        if (!joining.empty()) {
            ops.push_back(std::move(op));
            op = Op{};
            op.joining = std::move(joining);
        }
        const RenderStage &s = path.stages[i];
        op.gain *= s.gain;
        op.noiseRms = std::hypot(op.noiseRms * s.gain, s.noiseRms);
        if (s.clip != ClipKind::None || s.response) {
            op.response = s.response;
            op.clip = s.clip;
            op.clipPeak = s.clipPeak;
            op.stage = static_cast<int>(i);
            ops.push_back(std::move(op));
            op = Op{};
        }
    }
    ops.push_back(std::move(op));
    return ops;
}

double Renderer::splOfRms(double rms, double referenceSpl) { return referenceSpl + amplitudeDb(rms * kSqrt2); }

RenderReport Renderer::render(AudioBuffer &audio) const
{
    std::vector<float *> channels;
    for (std::vector<float> &channel : audio.channels)
        channels.push_back(channel.data());
    // Frames are read before they are written back, so the render works in place.
    const auto read = [&](float *const *to, std::size_t first, std::size_t count) {
        for (std::size_t c = 0; c < channels.size(); ++c)
            std::copy_n(channels[c] + first, count, to[c]);
    };
    const auto write = [&](const float *const *from, std::size_t first, std::size_t count) {
        for (std::size_t c = 0; c < channels.size(); ++c)
            std::copy_n(from[c], count, channels[c] + first);
        return true;
    };
    return render(audio.frames(), audio.channels.size(), audio.sampleRate, read, write);
}

RenderReport Renderer::render(std::size_t frames, std::size_t channels, double sampleRate, const ReadFrames &read, const WriteFrames &write) const
{
    RenderReport report;
    if (!m_path.playing()) {
        std::vector<std::vector<float>> silence(channels, std::vector<float>(std::min(frames, kStep), 0.0f));
        std::vector<const float *> from;
        for (const std::vector<float> &channel : silence)
            from.push_back(channel.data());
        for (std::size_t first = 0; first < frames && report.complete; first += kStep)
            report.complete = write(from.data(), first, std::min(kStep, frames - first));
        report.averageSpl = -kInfinity;
        return report;
    }
    // The other programmes of a mix: generated for their sources (speech for a microphone), each with its own seed so
    // that they are as uncorrelated as the engine assumes, and rendered up to where they join.
    std::size_t stages = m_ops.size();
    for (const std::vector<Op> &ops : m_branchOps)
        stages += ops.size();
    std::vector<AudioBuffer> generated;
    for (std::size_t b = 0; b < m_path.branches.size(); ++b) {
        const double seconds = std::min(static_cast<double>(frames) / sampleRate, kBranchLoopSeconds);
        generated.push_back(generateProgramme(m_path.branches[b].path.programme, seconds, sampleRate, static_cast<int>(channels),
                                              m_options.seed + 1 + static_cast<std::uint32_t>(b)));
    }
    SharedSource source(read, channels, frames);
    std::vector<Lane> lanes(channels);
    for (std::size_t c = 0; c < channels; ++c) {
        Lane &lane = lanes[c];
        lane.clipping.reserve(stages); // the steps keep pointers to the counts
        for (std::size_t b = 0; b < m_path.branches.size(); ++b) {
            const std::vector<float> &programme = generated[b].channels[c];
            const std::size_t period = std::min(programme.size(), frames);
            const auto loop = [&programme, period](float *to, std::size_t first, std::size_t count) {
                for (std::size_t i = 0; i < count; ++i)
                    to[i] = programme[(first + i) % period];
            };
            lane.branches.push_back(std::make_unique<Pipeline>(frames, loop));
            addSteps(*lane.branches.back(), m_branchOps[b], m_path.branches[b].path, {}, lane.clipping, nullptr, {m_noise, m_options.seed, b + 1, c},
                     sampleRate);
        }
        lane.main =
            std::make_unique<Pipeline>(frames, [&source, c](float *to, std::size_t first, std::size_t count) { source.take(c, to, first, count); });
        addSteps(*lane.main, m_ops, m_path, lane.branches, lane.clipping, &lane.power, {m_noise, m_options.seed, 0, c}, sampleRate);
    }
    std::vector<const float *> from(channels);
    std::vector<std::size_t> done(channels);
    for (std::size_t written = 0; written < frames && report.complete;) {
        runInParallel(channels, [&](std::size_t c) { done[c] = lanes[c].main->advanceTo(written + kRound); });
        const std::size_t ready = channels > 0 ? *std::min_element(done.begin(), done.end()) : frames;
        for (std::size_t c = 0; c < channels; ++c)
            from[c] = lanes[c].main->window().at(written);
        report.complete = write(from.data(), written, ready - written);
        written = ready;
        for (Lane &lane : lanes)
            lane.main->window().dropBefore(written);
    }
    double power = 0;
    for (const Lane &lane : lanes) {
        power += lane.power;
        if (report.clipping.empty())
            report.clipping = lane.clipping;
        else
            for (std::size_t i = 0; i < lane.clipping.size(); ++i)
                report.clipping[i].clippedSamples += lane.clipping[i].clippedSamples;
    }
    const std::size_t count = frames * channels;
    report.averageSpl = splOfRms(count ? std::sqrt(power / static_cast<double>(count)) : 0.0, m_options.referenceSpl);
    return report;
}

double renderedSpl(const float *samples, std::size_t count, double referenceSpl)
{
    return Renderer::splOfRms(count ? std::sqrt(sumOfSquares(samples, count) / static_cast<double>(count)) : 0.0, referenceSpl);
}

} // namespace headroom
