// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What a report says, once, for every format that shows it (the text report's level table, the HTML and PDF reports,
// the summary a shop hands over): the verdicts in a beginner's words and in figures, the findings, what to buy where
// something falls short, the cable schedule, the parts list with the sources of their figures, and the level per port.

#include "advisor.h"
#include "analysis.h"
#include "chain.h"
#include "report.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace headroom {

struct ReportListener {
    QString name; ///< "Beyerdynamic DT 770 PRO (80 ohm) (Guest)"
    Verdict verdict = Verdict::NotConnected;
    QString verdictText; ///< the verdict in a word or three
    QString plain;       ///< what it means, in words a beginner understands
    QString figures;     ///< the verdict line with its figures (verdictLine)
    bool estimated = false;
};

struct ReportFinding {
    Severity severity = Severity::Info;
    QString code;
    QString text;
};

/// One cable: where from and to, the connectors at each end, what it carries and at what level, and the adapter
/// it needs when the plug does not fit the socket.
struct ReportCable {
    QString from;
    QString to;
    QString plug;
    QString socket;
    QString signal;
    QString level;
    QString adapter; ///< empty when the plug fits
};

/// One product with how many, and where its figures come from.
struct ReportPart {
    Part part;
    QStringList sources; ///< distinct web addresses of the figures used
};

/// One row of the level table (text report "Levels per stage").
struct ReportLevelRow {
    QString port;
    QString level;
    QString dbfs;
    QString load;
    QString current;
    QString headroom;
    QString noise;
    bool estimated = false;
};

struct ReportModel {
    QString title;
    QString description;
    std::vector<ReportListener> listeners;
    std::vector<ReportFinding> findings; ///< errors first, then warnings, then notes
    QStringList advice;                  ///< what to buy where a listener or microphone falls short, best first
    std::vector<ReportCable> cables;
    std::vector<ReportPart> parts;
    std::vector<ReportLevelRow> levels;
};

/// The level table of an analysis, one row per port a programme reaches, in device order.
[[nodiscard]] std::vector<ReportLevelRow> levelRows(const Chain &chain, const AnalysisResult &result);

/// A report of an analysis. With `candidates` (the gear library's products), the advisor's best fix for each listener
/// that falls short joins it.
[[nodiscard]] ReportModel buildReportModel(const Chain &chain, const AnalysisResult &result, const std::vector<Product> *candidates = nullptr);

} // namespace headroom
