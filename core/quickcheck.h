// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The quick check: from the gear a person names (what plays the sound, an optional headphone amp, their headphones
// or studio monitors and an optional microphone) to a wired chain the engine can judge, with the parts a person
// would add themselves: the computer that plays into an interface, mixer or USB microphone, adapters where plugs do
// not fit, a splitter when there are more listeners than headphone outputs, a voice in front of the microphone.

#include "chain.h"
#include "chainedit.h"

#include <optional>
#include <vector>

namespace headroom {

/// The gear a person has.
struct QuickCheckGear {
    Product source;                    ///< an audio interface, a mixer, a USB microphone, or a computer's or phone's output
    std::optional<Product> amp;        ///< a headphone amp, or a power amplifier for passive speakers, fed from the source
    std::vector<Product> listeners;    ///< one or more headphones or pairs of studio monitors, or a pair of passive speakers
    std::optional<Product> microphone; ///< into the interface's or mixer's first input
};

/// The passive parts the builder may add: adapters and splitters from the catalog and the user's gear.
struct QuickCheckParts {
    std::vector<Product> adapters;
    std::vector<Product> splitters;
};

/// A built chain, or why none could be built.
struct QuickCheck {
    std::optional<Chain> chain;
    QString error;
};

/// Builds and wires the chain for `gear`, arranged by signal flow with `sizeOf`. Monitors take the source's line
/// outputs in order (its headphone outputs where it has none), passive speakers through the power amplifier on the next; headphones take the headphone outputs left (the amp's
/// when there is one), and when there are more headphones than outputs, the last output feeds the smallest splitter
/// with enough outputs. Volumes are set for each listener's target; a condenser gets 48 V; a microphone, and a USB
/// microphone's voice, is heard through direct monitoring.
[[nodiscard]] QuickCheck buildQuickCheck(const QuickCheckGear &gear, const QuickCheckParts &parts, const NodeSize &sizeOf);

} // namespace headroom
