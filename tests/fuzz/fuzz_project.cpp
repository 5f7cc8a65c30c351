// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: any bytes as a project file. Reading must refuse what it cannot take with a message, never
// crash; a project it accepts must analyse and report without a nan or inf, and what it saves must read back.

#include "analysis.h"
#include "projectfile.h"
#include "report.h"

#include <QHash>
#include <QRegularExpression>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace headroom;

namespace {

/// The chain with the people's words replaced: a title, a label, a product name or a device id may say "nan" or
/// "inf" without being a figure.
Chain withoutWords(Chain chain)
{
    QHash<QString, QString> ids;
    for (std::size_t i = 0; i < chain.devices.size(); ++i) {
        Device &d = chain.devices[i];
        const QString id = QStringLiteral("d%1").arg(i);
        ids.insert(d.id, id);
        d.id = id;
        d.label.clear();
        d.catalogId.clear();
        d.settings.listener.clear();
        d.spec.brand = QStringLiteral("Brand");
        d.spec.model = QStringLiteral("Model %1").arg(i);
        d.spec.variant.clear();
        for (FieldSource &source : d.spec.sources) {
            source.url.clear();
            source.note.clear();
        }
    }
    for (Connection &c : chain.connections) {
        c.from.device = ids.value(c.from.device);
        c.to.device = ids.value(c.to.device);
    }
    chain.title.clear();
    chain.description.clear();
    return chain;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ProjectLoad load = parseProject(bytes, QStringLiteral("fuzz.headroom"));
    if (!load.chain()) {
        if (load.error.isEmpty())
            std::abort(); // refused without saying why
        return 0;
    }
    const AnalysisResult result = analyze(*load.chain());
    // Whatever a file holds, once accepted, no figure the analysis reports may be nan or infinite.
    const Chain anonymous = withoutWords(*load.chain());
    const QString text = textReport(anonymous, analyze(anonymous));
    static const QRegularExpression notFinite(QStringLiteral("\\b(nan|inf)\\b"), QRegularExpression::CaseInsensitiveOption);
    if (notFinite.match(text).hasMatch()) {
        std::fprintf(stderr, "the report shows a figure that is not finite:\n%s\n", qPrintable(text));
        std::abort();
    }
    (void)jsonReport(*load.chain(), result, JsonStyle::Compact);
    // A project Headroom accepted and saved must open again: anything else loses the user's work.
    const ProjectLoad again = parseProject(serializeProject(*load.chain()), QStringLiteral("saved.headroom"));
    if (!again.chain()) {
        std::fprintf(stderr, "saved project does not read back: %s\n", qPrintable(again.error));
        std::abort();
    }
    return 0;
}
