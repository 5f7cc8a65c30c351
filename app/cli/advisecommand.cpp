// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands.h"

#include "advisor.h"
#include "gearlibrary.h"
#include "jsonwriter.h"
#include "projectfile.h"
#include "quantity.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace headroom::cli {
namespace {

QString productName(const Suggestion &s) { return s.chain.device(s.changedDevice)->name(); }

void writeText(const Chain &chain, const AnalysisResult &result, const std::vector<Suggestion> &suggestions, GearLibrary &library)
{
    QTextStream out(stdout);
    if (suggestions.empty()) {
        out << QCoreApplication::translate("Cli", "Nothing to suggest: no listener is short of level and no microphone of gain.") << Qt::endl;
        return;
    }
    const Finding *problem = nullptr;
    int rank = 0;
    for (const Suggestion &s : suggestions) {
        const auto same = [&](const Finding &f) { return f.code == s.problem && f.device == s.device && f.port == s.port; };
        if (!problem || !same(*problem)) {
            problem = &*std::find_if(result.findings.begin(), result.findings.end(), same);
            out << describe(*problem, chain) << Qt::endl;
            rank = 0;
        }
        const QString shop = library.find(s.candidateId).value_or(GearRecord{}).shopText();
        out << QStringLiteral("  %1. %2 (%3): %4")
                   .arg(++rank)
                   .arg(suggestionChange(s), shop.isEmpty() ? s.candidateId : s.candidateId + QStringLiteral("; ") + shop, suggestionReason(s))
            << Qt::endl;
    }
}

void writeFindingCodes(JsonWriter &json, const char *key, const std::vector<Finding> &findings, const Chain &chain)
{
    json.key(key).beginArray();
    for (const Finding &f : findings)
        json.beginObject()
            .key("code")
            .value(codeKey(f.code))
            .key("device")
            .value(f.device >= 0 ? chain.devices[static_cast<std::size_t>(f.device)].id : QString())
            .endObject();
    json.endArray();
}

void writeJson(const Chain &chain, const AnalysisResult &result, const std::vector<Suggestion> &suggestions, GearLibrary &library)
{
    JsonWriter json(JsonStyle::Indented, [](std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); });
    json.beginObject().key("suggestions").beginArray();
    for (const Suggestion &s : suggestions) {
        const Device &at = chain.devices[static_cast<std::size_t>(s.device)];
        const auto problem = std::find_if(result.findings.begin(), result.findings.end(),
                                          [&](const Finding &f) { return f.code == s.problem && f.device == s.device && f.port == s.port; });
        json.beginObject();
        json.key("after").beginObject().key("unit").value("dB").key("value").value(s.after).endObject();
        json.key("before").beginObject().key("unit").value("dB").key("value").value(s.before).endObject();
        writeFindingCodes(json, "cleared", s.cleared, chain);
        writeFindingCodes(json, "added", s.added, s.chain);
        json.key("changedDevice").value(s.changedDevice);
        json.key("estimated").value(s.estimated);
        json.key("kind").value(adviceKindKey(s.kind));
        json.key("problem").beginObject();
        json.key("code").value(codeKey(s.problem)).key("device").value(at.id);
        json.key("message").value(describe(*problem, chain));
        json.key("port").value(s.port >= 0 ? at.ports[static_cast<std::size_t>(s.port)].id : QString());
        json.endObject();
        const std::optional<GearRecord> record = library.find(s.candidateId);
        json.key("product").beginObject().key("id").value(s.candidateId).key("name").value(productName(s));
        if (record && record->price)
            json.key("price").beginObject().key("amount").value(*record->price).key("currency").value(record->currency).endObject();
        if (record && !record->stockNote.isEmpty())
            json.key("stockNote").value(record->stockNote);
        json.endObject();
        json.key("reason").value(suggestionReason(s));
        json.key("solved").value(s.solved);
        json.endObject();
    }
    json.endArray().endObject();
    json.flush();
    std::fputs("\n", stdout);
}

} // namespace

int adviseCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    const QCommandLineOption limit(QStringLiteral("limit"), QCoreApplication::translate("Cli", "Suggestions per problem (default 3)."),
                                   QStringLiteral("n"), QStringLiteral("3"));
    const LibraryOptions gear;
    parser.addOptions({format, limit, gear.catalog, gear.userDb, gear.server});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Cli", "The .headroom project."));
    if (auto done = parseArguments(parser, arguments,
                                   QCoreApplication::translate("Cli",
                                                               "Suggest gear from the catalog and your own that fixes a listener short of level "
                                                               "or a microphone short of gain, each tried in a copy of the chain."),
                                   0, -1))
        return *done;
    bool limitOk = false;
    const int perProblem = parser.value(limit).toInt(&limitOk);
    const std::optional<Project> project =
        projectArgument(parser, format, limitOk && perProblem >= 1,
                        QCoreApplication::translate("Cli", "usage: headroom-cli advise FILE [--format text|json] [--limit N]"));
    if (!project)
        return kExitInvalid;
    const Chain &chain = project->chain();
    const std::unique_ptr<GearLibrary> library = openLibrary(parser, gear);
    const AnalysisResult result = analyze(chain);
    const std::vector<Suggestion> suggestions = advise(chain, result, library->products(kAdvisedKinds), perProblem);
    if (parser.value(format) == u"json")
        writeJson(chain, result, suggestions, *library);
    else
        writeText(chain, result, suggestions, *library);
    return kExitOk;
}

} // namespace headroom::cli
