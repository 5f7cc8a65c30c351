// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "programme.h"

#include "cpudispatch.h"
#include "gaussian.h"
#include "parallel.h"
#include "units.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace headroom {
namespace {

constexpr double kSweepStartHz = 20.0;
constexpr double kSweepEndHz = 20000.0;
constexpr double kToneHz = 1000.0;
constexpr double kTwoPi = 2.0 * std::numbers::pi;

/// A small reproducible generator (splitmix64), the same on every platform, unlike std::normal_distribution.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /// A unit Gaussian value: a random one of a fixed table of them, four draws per call of the generator. Sixty-five
    /// thousand values drawn in random order are as white and as Gaussian as the preview needs, at a fraction of the
    /// cost of transforming uniform values one by one.
    double gaussian()
    {
        if (m_left == 0) {
            m_bits = next();
            m_left = 4;
        }
        --m_left;
        const auto index = static_cast<std::size_t>(m_bits & 0xFFFF);
        m_bits >>= 16;
        return gaussianTable()[index];
    }

private:
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    static const std::vector<float> &gaussianTable()
    {
        static const std::vector<float> table = unitGaussians(65536, 0x5EED);
        return table;
    }

    std::uint64_t m_state;
    std::uint64_t m_bits = 0;
    int m_left = 0;
};

/// One-pole low-pass coefficient for a corner frequency.
double onePole(double hz, double rate) { return 1.0 - std::exp(-kTwoPi * hz / rate); }

/// sin(2π·turns) to about 10⁻⁹, branch-free so that loops over it vectorise: the angle is brought to a quarter turn
/// either side of zero (sin(π − θ) = sin θ), where its Taylor series to θ¹³ is that exact.
inline double sinTurns(double turns)
{
    double r = turns - std::floor(turns + 0.5); // −½…½ turn
    r = r > 0.25 ? 0.5 - r : (r < -0.25 ? -0.5 - r : r);
    const double x = kTwoPi * r;
    const double x2 = x * x;
    return x * (1 + x2 * (-1.0 / 6 + x2 * (1.0 / 120 + x2 * (-1.0 / 5040 + x2 * (1.0 / 362880 + x2 * (-1.0 / 39916800 + x2 / 6227020800.0))))));
}

/// The largest magnitude in x, in eight lanes so that it vectorises.
float largestMagnitude(const std::vector<float> &x)
{
    constexpr std::size_t kLanes = 8;
    std::array<float, kLanes> lanes{};
    std::size_t i = 0;
    for (; i + kLanes <= x.size(); i += kLanes)
        for (std::size_t l = 0; l < kLanes; ++l)
            lanes[l] = std::max(lanes[l], std::abs(x[i + l]));
    for (; i < x.size(); ++i)
        lanes[0] = std::max(lanes[0], std::abs(x[i]));
    return *std::max_element(lanes.begin(), lanes.end());
}

/// The limit t in (lo, hi] where t²·n / Σ min(|x|, t)² equals crest² (that ratio grows with t), by bisection. `fixed`
/// is Σx² of the samples at or below lo, `magnitudes` the others. Each step settles the samples the new bound passes:
/// those below a raised lo add their square for good, those above a lowered hi count t² each; so each step looks at
/// fewer samples than the one before.
double clampLimit(std::vector<float> magnitudes, double fixed, double lo, double hi, double n, double crest)
{
    std::size_t pinned = 0; // samples above hi
    for (int i = 0; i < 48; ++i) {
        const double mid = 0.5 * (lo + hi);
        double power = fixed + static_cast<double>(pinned) * mid * mid;
        for (float m : magnitudes) {
            const double c = std::min(static_cast<double>(m), mid);
            power += c * c;
        }
        const bool tooHigh = mid * mid * n / power > crest * crest;
        (tooHigh ? hi : lo) = mid;
        const auto passed = std::partition(magnitudes.begin(), magnitudes.end(), [&](float m) { return m > lo && m <= hi; });
        for (auto it = passed; it != magnitudes.end(); ++it) {
            if (*it <= lo)
                fixed += static_cast<double>(*it) * *it;
            else
                ++pinned;
        }
        magnitudes.erase(passed, magnitudes.end());
    }
    return hi;
}

/// Scales a channel to RMS 1 with its peaks exactly at the crest factor: the limit t where t / RMS(clamp(x, t))
/// equals the crest is found (clampLimit()), then x is clamped there. Material whose own crest is lower is only scaled.
/// The search looks only at the samples above a floor below which the limit cannot lie: clamping lowers the RMS, so
/// t ≤ crest·RMS(x); a floor that proves too high is halved.
void calibrate(std::vector<float> &x, double crestDb)
{
    const double crest = units::amplitudeRatio(crestDb); // physics.md §0: crest = peak / RMS
    const auto n = static_cast<double>(x.size());
    const double peak = largestMagnitude(x);
    const double power = sumOfSquares(x.data(), x.size());
    double limit = peak;
    if (peak > 0 && peak / std::sqrt(power / n) > crest) {
        double floor = crest * std::sqrt(power / n);
        std::vector<float> above;
        double belowFloor = 0;
        for (int halvings = 0; halvings < 64; ++halvings) { // a material of mostly exact zeros may never qualify
            floor *= 0.5;
            above.clear();
            belowFloor = 0;
            for (float v : x) {
                const float m = std::abs(v);
                if (m > floor)
                    above.push_back(m);
                else
                    belowFloor += static_cast<double>(m) * m;
            }
            if (floor * floor * n / (belowFloor + floor * floor * static_cast<double>(above.size())) <= crest * crest)
                break; // the ratio at the floor is below the crest: the limit lies above it
        }
        limit = clampLimit(std::move(above), belowFloor, floor, peak, n, crest);
    }
    const auto bound = static_cast<float>(limit);
    for (float &v : x)
        v = std::clamp(v, -bound, bound);
    const auto scale = static_cast<float>(1.0 / std::sqrt(sumOfSquares(x.data(), x.size()) / n));
    for (float &v : x)
        v *= scale;
}

/// Syllables of noise and a buzzing voice under a slow envelope, with pauses between phrases.
std::vector<float> speech(std::size_t n, double rate, Random &random)
{
    std::vector<float> x(n);
    double envelope = 0, target = 0, untilChange = 0, phase = 0, lowState = 0, highState = 0, noiseState = 0;
    double step = 120 / rate;
    const double attack = onePole(30.0, rate);
    const double voiceCorner = onePole(2500.0, rate);
    const double bodyCorner = onePole(150.0, rate);
    for (std::size_t i = 0; i < n; ++i) {
        if (--untilChange <= 0) {
            const bool pause = random.uniform() < 0.15;
            target = pause ? 0.0 : 0.3 + 0.7 * random.uniform();
            untilChange = rate * (pause ? 0.25 + 0.35 * random.uniform() : 0.08 + 0.17 * random.uniform());
            step = (100.0 + 60.0 * random.uniform()) / rate; // the voice's pitch, f0, in turns per sample
        }
        envelope += attack * (target - envelope);
        phase += step;
        if (phase >= 1.0)
            phase -= 1.0;
        const double voice = 2.0 * phase - 1.0;
        noiseState += voiceCorner * (random.gaussian() * 0.3 + voice - noiseState);
        lowState += bodyCorner * (noiseState - lowState);
        highState = noiseState - lowState; // the chest resonance removed: a voice's band, 150 Hz–2.5 kHz
        x[i] = static_cast<float>(envelope * highState);
    }
    return x;
}

/// The tonal part of the music, the same in every channel: a chord of harmonic tones changing every two seconds, a
/// bass line and a kick on each beat. Each tone is a sine at its absolute phase, f·t, in turns, computed in runs: at a
/// run's start t₀ exactly, and from there by the angle sum sin(a + b) = sin a·cos b + cos a·sin b with b the offset
/// into the run, whose sines and cosines are tabulated once per tone. Multiplications vectorise where sines do not.
HEADROOM_AVX2_CLONES std::vector<float> musicTones(std::size_t n, double rate)
{
    std::vector<float> x(n);
    constexpr std::array<double, 4> kRoots{220.0, 174.61, 261.63, 196.0};
    constexpr std::array<double, 3> kIntervals{1.0, 1.25, 1.5};
    constexpr std::size_t kRun = 1024;
    const auto bar = static_cast<std::size_t>(2.0 * rate);
    const std::size_t beat = bar / 4;
    // The kick's decays, per sample of a beat; it has decayed by 130 dB (4·e⁻¹⁵) after a quarter second.
    const auto kickLength = std::min(beat, static_cast<std::size_t>(0.25 * rate));
    std::vector<double> kick(kickLength);
    std::vector<double> bassEnvelope(beat);
    for (std::size_t i = 0; i < beat; ++i) {
        const double s = static_cast<double>(i) / rate;
        if (i < kickLength)
            kick[i] = 4.0 * std::exp(-s * 60.0) * sinTurns((50.0 + 90.0 * std::exp(-s * 30.0)) * s);
        bassEnvelope[i] = 0.25 * (0.6 + 0.4 * std::exp(-s * 6.0));
    }
    /// One tone of a chord: its frequency, amplitude and sin/cos of its phase offsets within a run.
    struct Partial {
        double hz = 0;
        double amplitude = 0;
        std::vector<double> sinOffset, cosOffset;
    };
    const auto partialsOf = [&](double root) {
        std::vector<Partial> partials;
        const auto add = [&](double hz, double amplitude) {
            Partial &p = partials.emplace_back(Partial{hz, amplitude, std::vector<double>(kRun), std::vector<double>(kRun)});
            for (std::size_t k = 0; k < kRun; ++k) {
                p.sinOffset[k] = amplitude * sinTurns(hz * static_cast<double>(k) / rate);
                p.cosOffset[k] = amplitude * sinTurns(hz * static_cast<double>(k) / rate + 0.25);
            }
        };
        for (double ratio : kIntervals)
            for (int h = 1; h <= 3; ++h)
                add(root * ratio * h, 0.08 / h);
        add(root / 4.0, 1.0); // the bass, under its own envelope
        return partials;
    };
    std::vector<std::vector<Partial>> chords;
    for (double root : kRoots)
        chords.push_back(partialsOf(root));
    std::array<double, kRun> chord{}, bass{};
    const auto sumRun = [&](const Partial &tone, double t0, std::size_t count, double *into) {
        const double s0 = sinTurns(tone.hz * t0), c0 = sinTurns(tone.hz * t0 + 0.25);
        for (std::size_t k = 0; k < count; ++k)
            into[k] += s0 * tone.cosOffset[k] + c0 * tone.sinOffset[k];
    };
    std::size_t count = 0;
    for (std::size_t start = 0; start < n; start += count) {
        const std::size_t barEnd = (start / bar + 1) * bar; // runs end at bars' ends, where the chord changes
        count = std::min({kRun, n - start, barEnd - start});
        const std::vector<Partial> &partials = chords[(start / bar) % chords.size()];
        const double t0 = static_cast<double>(start) / rate;
        chord.fill(0.0);
        bass.fill(0.0);
        for (std::size_t p = 0; p + 1 < partials.size(); ++p)
            sumRun(partials[p], t0, count, chord.data());
        sumRun(partials.back(), t0, count, bass.data());
        std::size_t inBeat = start % beat;
        for (std::size_t k = 0; k < count; ++k, inBeat = inBeat + 1 == beat ? 0 : inBeat + 1)
            x[start + k] = static_cast<float>(chord[k] + bass[k] * bassEnvelope[inBeat] + (inBeat < kickLength ? kick[inBeat] : 0.0));
    }
    return x;
}

/// Hi-hats on the off-beats: high-passed noise, a channel's own, under a fast decay.
void addHats(std::vector<float> &x, double rate, Random &random)
{
    const std::size_t beat = static_cast<std::size_t>(2.0 * rate) / 4;
    const double corner = onePole(6000.0, rate);
    const double decay = std::exp(-60.0 / rate);
    double state = 0, envelope = 0;
    std::size_t toHit = (beat - beat / 2) % beat; // hits fall where i + beat/2 is a whole number of beats
    for (std::size_t i = 0; i < x.size(); ++i, --toHit) {
        state += corner * (random.gaussian() - state);
        if (toHit == 0) {
            envelope = 1.0;
            toHit = beat;
        } else {
            envelope = i == 0 ? std::exp(-static_cast<double>(beat / 2) * 60.0 / rate) : envelope * decay; // half a beat after a hit
        }
        x[i] += static_cast<float>(0.3 * (random.gaussian() - state) * envelope);
    }
}

/// White Gaussian noise through Paul Kellet's pink filter (−3 dB/octave within ±0.05 dB above 9 Hz).
std::vector<float> pinkNoise(std::size_t n, Random &random)
{
    std::vector<float> x(n);
    std::array<double, 7> b{};
    for (std::size_t i = 0; i < n; ++i) {
        const double w = random.gaussian();
        b[0] = 0.99886 * b[0] + w * 0.0555179;
        b[1] = 0.99332 * b[1] + w * 0.0750759;
        b[2] = 0.96900 * b[2] + w * 0.1538520;
        b[3] = 0.86650 * b[3] + w * 0.3104856;
        b[4] = 0.55000 * b[4] + w * 0.5329522;
        b[5] = -0.7616 * b[5] - w * 0.0168980;
        x[i] = static_cast<float>(b[0] + b[1] + b[2] + b[3] + b[4] + b[5] + b[6] + w * 0.5362);
        b[6] = w * 0.115926;
    }
    return x;
}

/// Exponential sweep: phase f1·T/ln(f2/f1)·(e^(t/T·ln(f2/f1)) − 1) turns, amplitude √2 for RMS 1. The phase's steps
/// grow by a constant ratio, so each run of samples follows from its exact start by additions.
HEADROOM_AVX2_CLONES std::vector<float> sweep(std::size_t n, double rate)
{
    std::vector<float> x(n);
    const double duration = static_cast<double>(n) / rate;
    const double k = std::log(kSweepEndHz / kSweepStartHz);
    const double turnsScale = kSweepStartHz * duration / k;
    const double growth = std::exp(k / static_cast<double>(n));
    constexpr std::size_t kRun = 1024;
    for (std::size_t start = 0; start < n; start += kRun) {
        const double t0 = static_cast<double>(start) / rate;
        double turns = turnsScale * std::expm1(t0 / duration * k);
        double step = turnsScale * std::exp(t0 / duration * k) * (growth - 1.0);
        for (std::size_t i = start; i < std::min(n, start + kRun); ++i) {
            x[i] = static_cast<float>(units::kSqrt2 * sinTurns(turns));
            turns += step;
            step *= growth;
        }
    }
    return x;
}

HEADROOM_AVX2_CLONES std::vector<float> tone(std::size_t n, double rate)
{
    std::vector<float> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = static_cast<float>(units::kSqrt2 * sinTurns(kToneHz * static_cast<double>(i) / rate));
    return x;
}

} // namespace

AudioBuffer generateProgramme(Programme m, double seconds, double sampleRate, int channels, std::uint32_t seed)
{
    AudioBuffer audio;
    audio.sampleRate = sampleRate;
    const auto n = static_cast<std::size_t>(std::max(0.0, std::round(seconds * sampleRate)));
    // Each channel on a core of its own where there are enough; the tonal material, the same in every channel, is
    // computed for each, which costs less time than computing it first and copying it.
    audio.channels.resize(static_cast<std::size_t>(std::max(channels, 0)));
    runInParallel(audio.channels.size(), [&](std::size_t c) {
        Random random(seed * 0x100000001B3ull + c); // each channel its own noise
        std::vector<float> &x = audio.channels[c];
        switch (m) {
        case Programme::Speech:
            x = speech(n, sampleRate, random);
            break;
        case Programme::Music:
            x = musicTones(n, sampleRate);
            addHats(x, sampleRate, random);
            break;
        case Programme::PinkNoise:
            x = pinkNoise(n, random);
            break;
        case Programme::Sweep:
            x = sweep(n, sampleRate);
            break;
        case Programme::Tone:
            x = tone(n, sampleRate);
            break;
        }
        if (m != Programme::Sweep && m != Programme::Tone) // sines are exact already
            calibrate(x, programmeCrestDb(m));
    });
    return audio;
}

void normaliseRms(AudioBuffer &audio)
{
    // Squares of float samples overflow above about 1.8e19 (a float file may hold up to 3.4e38): such material is
    // first brought below 1 by an exact power of two.
    float peak = 0;
    for (const auto &channel : audio.channels)
        for (float v : channel)
            peak = std::max(peak, std::abs(v));
    if (peak > 1.0f)
        for (auto &channel : audio.channels)
            for (float &v : channel)
                v = std::ldexp(v, -std::ilogb(peak) - 1);
    double sum = 0;
    for (const auto &channel : audio.channels)
        sum += sumOfSquares(channel.data(), channel.size());
    const double count = static_cast<double>(audio.frames() * audio.channels.size());
    if (sum <= 0 || count <= 0)
        return;
    const auto scale = static_cast<float>(1.0 / std::sqrt(sum / count));
    for (auto &channel : audio.channels)
        for (float &v : channel)
            v *= scale;
}

double sweepFrequencyAt(double seconds, double duration)
{
    return kSweepStartHz * std::exp(seconds / duration * std::log(kSweepEndHz / kSweepStartHz));
}

} // namespace headroom
