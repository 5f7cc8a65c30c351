// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Variants side by side: each variant analysed on its own, its listeners matched across variants (the same
// headphones, else the same listener name), so a retailer can show "Y-splitter" against "Distribution amp".

#include "analysis.h"
#include "jsonwriter.h"
#include "projectfile.h"

#include <vector>

namespace headroom {

/// The headphones with this device id or listener name, or the first headphones when `id` is empty; −1 if none.
[[nodiscard]] int findListener(const Chain &chain, const QString &id);

/// The headphones in `other` that an A/B compares with `listener` of `chain`: the same device, else the same
/// listener name, else the first headphones; −1 when `other` has none.
[[nodiscard]] int matchingListener(const Chain &chain, int listener, const Chain &other);

/// One listener in one variant.
struct ComparedListener {
    const ListenerResult *result = nullptr; ///< nullptr: the variant has no such listener
    double volumeDb = 0;                    ///< the setting of the volume control that drives it
    std::vector<const Finding *> findings;  ///< errors and warnings at the listener, most severe first
};

/// A listener across the variants: the same headphones, or the same listener name.
struct ComparisonRow {
    QString name;                        ///< as the first variant that has it names it
    std::vector<ComparedListener> cells; ///< one per compared variant
};

struct Comparison {
    std::vector<int> variants;           ///< indexes into the project's variants, in the order compared
    std::vector<AnalysisResult> results; ///< each variant's own analysis
    std::vector<ComparisonRow> rows;
};

/// Analyses each of `variants` (indexes into `project.variants`; all when empty) and lines their listeners up.
[[nodiscard]] Comparison compareVariants(const Project &project, std::vector<int> variants = {});

/// The figures that differ between a row's cells, by key ("verdict", "maxSpl", "headroom", "volume", "hiss",
/// "findings"), so a view can highlight them. Levels differ when they are 0.1 dB or more apart (the precision shown).
[[nodiscard]] std::vector<const char *> differences(const ComparisonRow &row);

/// How many of the result's findings have this severity.
[[nodiscard]] int findingCount(const AnalysisResult &result, Severity severity);

/// The comparison for people: a column per variant, a block of figures per listener, differing rows marked "*".
[[nodiscard]] QString comparisonText(const Project &project, const Comparison &comparison);
/// The comparison's JSON members (docs/analysis-json.md, "Comparison"), in key order; the caller opens the object.
void writeJsonComparison(JsonWriter &json, const Project &project, const Comparison &comparison);

} // namespace headroom
