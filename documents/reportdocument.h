// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Reports to hand over, from one report model (core/reportmodel.h): a one-page summary a shop gives a customer (the
// diagram, a verdict per listener in plain words, what to buy, the parts list) and a full engineering report (the
// diagram, every figure and finding, the cable schedule, the level table, the parts with their sources), as a PDF
// (QTextDocument printed by QPdfWriter) or one self-contained HTML file.

#include "reportmodel.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>
#include <vector>

namespace headroom {

enum class ReportForm : std::uint8_t { Summary, Full };

/// What the report says about itself.
struct ReportHeader {
    QString shopName; ///< "Prepared by …" on the summary; empty leaves the line out
    QDate date = QDate::currentDate();
    QString variant; ///< the variant reported on, when the project has several
};

/// Where a report's pictures come from: data: addresses, or resource names for QTextDocument.
struct ReportImages {
    QString diagram;
    /// The full report's plots, per listener in the model's order: the gain structure, SPL against volume, the response.
    std::vector<QStringList> plots;
};

/// The report as HTML.
[[nodiscard]] QString reportHtml(const ReportModel &model, ReportForm form, const ReportImages &images, const ReportHeader &header);
/// Writes the report by the file's suffix, .pdf (A4) or .html, atomically; "" or why not.
[[nodiscard]] QString writeReport(const QString &path, const Chain &chain, const AnalysisResult &result, const ReportModel &model, ReportForm form,
                                  const ReportHeader &header);

} // namespace headroom
