// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: any bytes as a project file. Reading must refuse what it cannot take with a message, never
// crash; a project it accepts must analyse and report without a nan or inf, and what it saves must read back.

#include "analysis.h"
#include "projectfile.h"
#include "report.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace headroom;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ProjectLoad load = parseProject(bytes, QStringLiteral("fuzz.headroom"));
    if (!load.chain) {
        if (load.error.isEmpty())
            std::abort(); // refused without saying why
        return 0;
    }
    const AnalysisResult result = analyze(*load.chain);
    // Whatever a file holds, once accepted, no figure the analysis reports may be nan or infinite.
    const QString text = textReport(*load.chain, result);
    static const QRegularExpression notFinite(QStringLiteral("\\b(nan|inf)\\b"), QRegularExpression::CaseInsensitiveOption);
    if (notFinite.match(text).hasMatch()) {
        std::fprintf(stderr, "the report shows a figure that is not finite:\n%s\n", qPrintable(text));
        std::abort();
    }
    (void)jsonReport(*load.chain, result, JsonStyle::Compact);
    // A project Headroom accepted and saved must open again: anything else loses the user's work.
    const ProjectLoad again = parseProject(serializeProject(*load.chain), QStringLiteral("saved.headroom"));
    if (!again.chain) {
        std::fprintf(stderr, "saved project does not read back: %s\n", qPrintable(again.error));
        std::abort();
    }
    return 0;
}
