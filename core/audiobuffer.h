#pragma once

// Audio in memory: planar float channels at one sample rate. Programme material, renders and files share it.

#include <cstddef>
#include <vector>

namespace headroom {

/// Planar audio; every channel holds the same number of frames.
struct AudioBuffer {
    double sampleRate = 48000;
    std::vector<std::vector<float>> channels;

    [[nodiscard]] std::size_t frames() const { return channels.empty() ? 0 : channels.front().size(); }
    [[nodiscard]] double seconds() const { return static_cast<double>(frames()) / sampleRate; }
};

} // namespace headroom
