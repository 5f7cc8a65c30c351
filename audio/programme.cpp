// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "programme.h"

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
    /// Box-Muller, one value per call.
    double gaussian()
    {
        const double u = std::max(uniform(), 1e-300);
        return std::sqrt(-2.0 * std::log(u)) * std::cos(kTwoPi * uniform());
    }

private:
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::uint64_t m_state;
};

/// One-pole low-pass coefficient for a corner frequency.
double onePole(double hz, double rate) { return 1.0 - std::exp(-kTwoPi * hz / rate); }

double rmsOf(const std::vector<float> &x, double clampAt = units::kInfinity)
{
    double sum = 0;
    for (float v : x) {
        const double c = std::min(std::abs(static_cast<double>(v)), clampAt);
        sum += c * c;
    }
    return x.empty() ? 0.0 : std::sqrt(sum / static_cast<double>(x.size()));
}

/// Scales a channel to RMS 1 with its peaks exactly at the crest factor: the limit t where t / RMS(clamp(x, t))
/// equals the crest is found by bisection (that ratio grows with t), then x is clamped there. Material whose own
/// crest is lower is only scaled.
void calibrate(std::vector<float> &x, double crestDb)
{
    const double crest = units::amplitudeRatio(crestDb); // physics.md §0: crest = peak / RMS
    double hi = 0;
    for (float v : x)
        hi = std::max(hi, static_cast<double>(std::abs(v)));
    double limit = hi;
    if (hi > 0 && hi / rmsOf(x) > crest) {
        double lo = 0;
        for (int i = 0; i < 48; ++i) {
            const double mid = 0.5 * (lo + hi);
            (mid / rmsOf(x, mid) > crest ? hi : lo) = mid;
        }
        limit = hi;
    }
    const double scale = 1.0 / rmsOf(x, limit);
    for (float &v : x)
        v = static_cast<float>(std::clamp(static_cast<double>(v), -limit, limit) * scale);
}

/// Syllables of noise and a buzzing voice under a slow envelope, with pauses between phrases.
std::vector<float> speech(std::size_t n, double rate, Random &random)
{
    std::vector<float> x(n);
    double envelope = 0, target = 0, untilChange = 0, phase = 0, lowState = 0, highState = 0, noiseState = 0;
    double f0 = 120;
    const double attack = onePole(30.0, rate);
    const double voiceCorner = onePole(2500.0, rate);
    const double bodyCorner = onePole(150.0, rate);
    for (std::size_t i = 0; i < n; ++i) {
        if (--untilChange <= 0) {
            const bool pause = random.uniform() < 0.15;
            target = pause ? 0.0 : 0.3 + 0.7 * random.uniform();
            untilChange = rate * (pause ? 0.25 + 0.35 * random.uniform() : 0.08 + 0.17 * random.uniform());
            f0 = 100.0 + 60.0 * random.uniform();
        }
        envelope += attack * (target - envelope);
        phase += f0 / rate;
        phase -= std::floor(phase);
        const double voice = 2.0 * phase - 1.0;
        noiseState += voiceCorner * (random.gaussian() * 0.3 + voice - noiseState);
        lowState += bodyCorner * (noiseState - lowState);
        highState = noiseState - lowState; // the chest resonance removed: a voice's band, 150 Hz–2.5 kHz
        x[i] = static_cast<float>(envelope * highState);
    }
    return x;
}

/// A chord of harmonic tones changing every two seconds, a bass line, a kick and hi-hats on a beat.
std::vector<float> music(std::size_t n, double rate, Random &random)
{
    std::vector<float> x(n);
    constexpr std::array<double, 4> kRoots{220.0, 174.61, 261.63, 196.0};
    const std::size_t bar = static_cast<std::size_t>(2.0 * rate);
    const std::size_t beat = bar / 4;
    double hatState = 0;
    const double hatCorner = onePole(6000.0, rate);
    for (std::size_t i = 0; i < n; ++i) {
        const double t = static_cast<double>(i) / rate;
        const double root = kRoots[(i / bar) % kRoots.size()];
        double chord = 0;
        for (double ratio : {1.0, 1.25, 1.5})
            for (int h = 1; h <= 3; ++h)
                chord += std::sin(kTwoPi * root * ratio * h * t) / h;
        const double sinceBeat = static_cast<double>(i % beat) / rate;
        const double kick = std::exp(-sinceBeat * 60.0) * std::sin(kTwoPi * (50.0 + 90.0 * std::exp(-sinceBeat * 30.0)) * sinceBeat);
        const double bass = std::sin(kTwoPi * root / 4.0 * t) * (0.6 + 0.4 * std::exp(-sinceBeat * 6.0));
        hatState += hatCorner * (random.gaussian() - hatState);
        const double offBeat = static_cast<double>((i + beat / 2) % beat) / rate;
        const double hat = (random.gaussian() - hatState) * std::exp(-offBeat * 60.0);
        x[i] = static_cast<float>(0.08 * chord + 0.25 * bass + 4.0 * kick + 0.3 * hat);
    }
    return x;
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

/// Exponential sweep: phase 2π·f1·T/ln(f2/f1)·(e^(t/T·ln(f2/f1)) − 1), amplitude √2 for RMS 1.
std::vector<float> sweep(std::size_t n, double rate)
{
    std::vector<float> x(n);
    const double duration = static_cast<double>(n) / rate;
    const double k = std::log(kSweepEndHz / kSweepStartHz);
    for (std::size_t i = 0; i < n; ++i) {
        const double t = static_cast<double>(i) / rate;
        const double phase = kTwoPi * kSweepStartHz * duration / k * std::expm1(t / duration * k);
        x[i] = static_cast<float>(units::kSqrt2 * std::sin(phase));
    }
    return x;
}

std::vector<float> tone(std::size_t n, double rate)
{
    std::vector<float> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = static_cast<float>(units::kSqrt2 * std::sin(kTwoPi * kToneHz * static_cast<double>(i) / rate));
    return x;
}

} // namespace

const char *materialKey(Material m)
{
    switch (m) {
    case Material::Speech:
        return "speech";
    case Material::Music:
        return "music";
    case Material::PinkNoise:
        return "pink-noise";
    case Material::Sweep:
        return "sweep";
    case Material::Tone:
        return "tone";
    }
    return "music";
}

std::optional<Material> materialByKey(QStringView key)
{
    for (Material m : {Material::Speech, Material::Music, Material::PinkNoise, Material::Sweep, Material::Tone})
        if (key == QLatin1StringView(materialKey(m)))
            return m;
    return std::nullopt;
}

Material materialFor(Program p)
{
    switch (p) {
    case Program::Speech:
        return Material::Speech;
    case Program::Music:
        return Material::Music;
    case Program::PinkNoise:
        return Material::PinkNoise;
    case Program::Sine:
        return Material::Tone;
    }
    return Material::Music;
}

double materialCrestDb(Material m)
{
    switch (m) {
    case Material::Speech:
        return programCrestDb(Program::Speech);
    case Material::Music:
        return programCrestDb(Program::Music);
    case Material::PinkNoise:
        return programCrestDb(Program::PinkNoise);
    case Material::Sweep:
    case Material::Tone:
        return units::kSineCrestDb;
    }
    return programCrestDb(Program::Music);
}

AudioBuffer generateProgramme(Material m, double seconds, double sampleRate, int channels, std::uint32_t seed)
{
    AudioBuffer audio;
    audio.sampleRate = sampleRate;
    const auto n = static_cast<std::size_t>(std::max(0.0, std::round(seconds * sampleRate)));
    for (int c = 0; c < channels; ++c) {
        Random random(seed * 0x100000001B3ull + static_cast<std::uint64_t>(c)); // each channel its own noise
        std::vector<float> x;
        switch (m) {
        case Material::Speech:
            x = speech(n, sampleRate, random);
            break;
        case Material::Music:
            x = music(n, sampleRate, random);
            break;
        case Material::PinkNoise:
            x = pinkNoise(n, random);
            break;
        case Material::Sweep:
            x = sweep(n, sampleRate);
            break;
        case Material::Tone:
            x = tone(n, sampleRate);
            break;
        }
        if (m != Material::Sweep && m != Material::Tone) // sines are exact already
            calibrate(x, materialCrestDb(m));
        audio.channels.push_back(std::move(x));
    }
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
