// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands.h"

#include "analysis.h"
#include "gearlibrary.h"
#include "jsonwriter.h"
#include "projectfile.h"
#include "report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonValue>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace headroom::cli {
namespace {

/// A figure's JSON value (a number, true/false or a choice's name), or null when unknown.
void writeFigure(JsonWriter &json, Field f, std::optional<double> v)
{
    if (!v) {
        json.null();
        return;
    }
    const QJsonValue value = figureToJson(f, *v);
    if (value.isBool())
        json.value(value.toBool());
    else if (value.isString())
        json.value(value.toString());
    else
        json.value(value.toDouble());
}

/// Tells the user which catalog figures changed since the project took its snapshot; the analysis keeps using
/// the snapshot, so a project means the same until the user replaces the device.
QString changesText(const QList<CatalogChange> &changes)
{
    if (changes.isEmpty())
        return {};
    QStringList lines{QString(), QCoreApplication::translate("Cli", "Catalog updates (this analysis uses the figures saved in the project)")};
    for (const CatalogChange &c : changes)
        lines << QCoreApplication::translate("Cli", "  %1 (%2): %3").arg(c.deviceId, c.catalogId, c.text());
    return lines.join(u'\n') + u'\n';
}

void writeChanges(JsonWriter &json, const QList<CatalogChange> &changes)
{
    json.key("catalogChanges").beginArray();
    for (const CatalogChange &c : changes) {
        // A table is described by its size: how many points or ranges each side has (null: none).
        const bool table = c.table != CatalogChange::Table::None;
        const auto write = [&](std::optional<double> v) {
            if (table && v)
                json.value(*v);
            else
                writeFigure(json, c.field, v);
        };
        json.beginObject().key("catalog");
        write(c.catalog);
        json.key("catalogId").value(c.catalogId).key("device").value(c.deviceId).key("field").value(c.key());
        json.key("snapshot");
        write(c.snapshot);
        const char *unit = !table ? fieldInfo(c.field).unit : c.table == CatalogChange::Table::ImpedanceCurve ? "points" : "ranges";
        json.key("unit").value(unit).endObject();
    }
    json.endArray();
}

/// Written as bytes: a report of a large project is too big to pass through a text stream's UTF-16.
void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

void writeAnalysis(const Chain &chain, const AnalysisResult &result, bool json, bool pretty, const QList<CatalogChange> &changes)
{
    if (json) {
        // Written to standard output as it is made: the report of a large project never sits in memory whole.
        JsonWriter writer(pretty ? JsonStyle::Indented : JsonStyle::Compact,
                          [](std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); });
        writer.beginObject();
        writeChanges(writer, changes); // "catalogChanges" comes first in key order
        writeJsonReport(writer, chain, result);
        writer.endObject();
        writer.flush();
        writeOut(pretty ? QByteArray() : QByteArray("\n"));
    } else {
        writeOut((textReport(chain, result) + changesText(changes)).toUtf8());
    }
}

int analyzeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    parser.addOption(format);
    const LibraryOptions gear;
    const QCommandLineOption noCatalog(QStringLiteral("no-catalog"),
                                       QCoreApplication::translate("Cli", "Do not compare the project's gear with the catalog."));
    const QCommandLineOption pretty(QStringLiteral("pretty"),
                                    QCoreApplication::translate("Cli", "Indent the JSON for people (it is compact by default, for scripts)."));
    const QCommandLineOption failOnVerdict = failOnVerdictOption();
    parser.addOptions({gear.catalog, gear.userDb, gear.server, noCatalog, pretty, failOnVerdict});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Cli", "The .headroom project."));
    if (auto done =
            parseArguments(parser, arguments,
                           QCoreApplication::translate(
                               "Cli", "Analyse a .headroom project: a verdict for each listener, the findings, and the levels at every stage."),
                           0, -1))
        return *done;
    const std::optional<Project> project =
        projectArgument(parser, format, true, QCoreApplication::translate("Cli", "usage: headroom-cli analyze FILE [--format text|json]"));
    if (!project)
        return kExitInvalid;
    const Chain &chain = project->chain();
    const AnalysisResult result = analyze(chain);
    QList<CatalogChange> changes;
    // Only a project with catalog devices has anything to compare: the databases are not opened for the others.
    const bool fromCatalog = std::any_of(chain.devices.begin(), chain.devices.end(), [](const Device &d) { return !d.catalogId.isEmpty(); });
    if (!parser.isSet(noCatalog) && fromCatalog)
        changes = openLibrary(parser, gear)->changesSince(chain);
    writeAnalysis(chain, result, parser.value(format) == u"json", parser.isSet(pretty), changes);
    return verdictExit(result, parser.isSet(failOnVerdict));
}

} // namespace headroom::cli
