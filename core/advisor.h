// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The advisor: for each problem that gear can fix, every candidate product is tried in a copy of the chain and
// ranked by what the engine computes there. A listener short of level gets a headphone amp, fed from a free line
// output where the source has one (physics.md §6: not from its headphone output), or a stronger amp in place of a
// weak one; a microphone short of preamp gain gets an inline preamp, with 48 V switched on for it (physics.md §2).

#include "analysis.h"
#include "chain.h"

#include <initializer_list>
#include <vector>

namespace headroom {

/// What a suggestion changes.
enum class AdviceKind : std::uint8_t {
    AddHeadphoneAmp,     ///< a headphone amp between the source and the listener
    ReplaceHeadphoneAmp, ///< a stronger amp in place of the one that falls short
    AddInlinePreamp,     ///< an inline preamp between a microphone and its input
    ReplaceSplitter,     ///< a distribution amp in a splitter's place, a channel for each of its listeners
    ReplaceInterface,    ///< another interface in place of the one whose headphone output falls short
    ReplaceHeadphones,   ///< headphones that reach the target on the output the listener has
    ReplaceMonitors,     ///< studio monitors that reach the target at the listening distance
    ReplacePowerAmp,     ///< a more powerful amplifier in place of the one that drives passive speakers
};

/// The kinds of gear the advisor tries.
inline constexpr std::initializer_list<DeviceKind> kAdvisedKinds{DeviceKind::HeadphoneAmp, DeviceKind::InlinePreamp, DeviceKind::Interface,
                                                                 DeviceKind::Headphones,   DeviceKind::Monitor,      DeviceKind::PassiveSpeaker,
                                                                 DeviceKind::PowerAmp};

[[nodiscard]] const char *adviceKindKey(AdviceKind kind);

/// Whether the advisor has gear to try for findings with this code.
[[nodiscard]] bool canAdvise(FindingCode code);

/// One candidate tried against one problem, with the engine's result.
struct Suggestion {
    AdviceKind kind = AdviceKind::AddHeadphoneAmp;
    FindingCode problem = FindingCode::NeedsHeadphoneAmp;
    int device = -1;              ///< the device the problem's finding is at (index in the original chain)
    int port = -1;                ///< and its port
    QString candidateId;          ///< the product tried
    QString changedDevice;        ///< the id of the device added or replaced, in `chain`
    Chain chain;                  ///< the chain with the change made
    AnalysisResult result;        ///< its analysis
    double before = 0;            ///< listener: headroom to the target peak SPL (dB); microphone: gain to spare (dB, < 0 short)
    double after = 0;             ///< the same after the change
    bool solved = false;          ///< the problem's finding is gone
    std::vector<Finding> cleared; ///< findings of the original chain that are gone (as they were)
    std::vector<Finding> added;   ///< findings that are new (in `chain`'s numbering)
    bool estimated = false;       ///< the result rests on typical values
};

/// Suggestions for every problem in `result` that one of the candidates can fix: per problem and kind of change the
/// `limit` best (amps and boosters first, then other interfaces, then other headphones), the solving ones first,
/// then those that add the fewest new errors and warnings, rest on published figures, and leave the most headroom
/// or gain. Problems in the order of the findings.
[[nodiscard]] std::vector<Suggestion> advise(const Chain &chain, const AnalysisResult &result, const std::vector<Product> &candidates, int limit = 3);

/// Turns down the volume controls that drive listeners (those of `device`, or all when −1) to put each listener's
/// peaks on their target, as a person would (an amp at full volume clips its output), and returns the analysis of
/// the changed chain. Never up: 0 dB is full volume (physics.md §4). `result` is `chain`'s analysis.
[[nodiscard]] AnalysisResult setVolumesForTarget(Chain &chain, AnalysisResult result, int device = -1);

/// What a suggestion changes, in the user's language: "Add Topping L30 II".
[[nodiscard]] QString suggestionChange(const Suggestion &s);

/// Suggestions for one of `result`'s findings (canAdvise() its code), the `limit` best first.
[[nodiscard]] std::vector<Suggestion> adviseFor(const Chain &chain, const AnalysisResult &result, const Finding &problem,
                                                const std::vector<Product> &candidates, int limit = 3);

/// One line saying why a suggestion ranks where it does, in the user's language.
[[nodiscard]] QString suggestionReason(const Suggestion &s);

} // namespace headroom
