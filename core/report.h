// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Reports of an analysis: plain text for people (verdicts first, then findings, a parts list, a level table) and
// JSON for scripts (docs/analysis-json.md).

#include "analysis.h"
#include "chain.h"
#include "jsonwriter.h"

#include <QByteArray>
#include <QString>

namespace headroom {

[[nodiscard]] QString verdictKey(Verdict verdict);
/// The verdict in a word or three, in the user's language: "OK", "needs an amp".
[[nodiscard]] QString verdictWord(Verdict verdict);
/// The listener's verdict in a word or three: "unsure" when the output's unknown figures decide it.
[[nodiscard]] QString verdictWord(const ListenerResult &listener);
/// One line per listener: "DT 990 Pro (Guest): 104.0 dB SPL peaks at most, 6.0 dB short of 110 dB — needs a headphone amp".
[[nodiscard]] QString verdictLine(const ListenerResult &listener, const Chain &chain);
[[nodiscard]] QString textReport(const Chain &chain, const AnalysisResult &result);
/// The members of the analysis JSON object (docs/analysis-json.md), in key order; the caller opens and closes the
/// object, so it can add members of its own.
void writeJsonReport(JsonWriter &json, const Chain &chain, const AnalysisResult &result);
/// The analysis as a JSON document.
[[nodiscard]] QByteArray jsonReport(const Chain &chain, const AnalysisResult &result, JsonStyle style = JsonStyle::Indented);

/// One product of a parts list.
struct Part {
    QString name;      ///< "Brand Model (variant)"
    QString catalogId; ///< empty for custom gear
    int count = 0;
};
/// The products a chain uses, each once with how many, in the order they first appear; voices, instruments and
/// devices with no product name are not parts.
[[nodiscard]] QList<Part> partsList(const Chain &chain);
/// The parts list as text: "Parts list", then "  2 × Shure SM7B (shure-sm7b)".
[[nodiscard]] QString partsText(const Chain &chain);

} // namespace headroom
