// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands.h"

#include "analysis.h"
#include "gearlibrary.h"
#include "projectfile.h"
#include "report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace headroom::cli {
namespace {

QString figureValue(Field f, std::optional<double> v)
{
    return v ? figureText(f, *v) : QCoreApplication::translate("Cli", "unknown");
}

/// Tells the user which catalog figures changed since the project took its snapshot; the analysis keeps using
/// the snapshot, so a project means the same until the user replaces the device.
QString changesText(const QList<CatalogChange> &changes)
{
    if (changes.isEmpty())
        return {};
    QStringList lines{QString(), QCoreApplication::translate("Cli", "Catalog updates (this analysis uses the figures saved in the project)")};
    for (const CatalogChange &c : changes)
        lines << QCoreApplication::translate("Cli", "  %1 (%2): %3 was %4, the catalog now says %5")
                     .arg(c.deviceId, c.catalogId, QCoreApplication::translate("Field", fieldInfo(c.field).label),
                          figureValue(c.field, c.snapshot), figureValue(c.field, c.catalog));
    return lines.join(u'\n') + u'\n';
}

QJsonArray changesJson(const QList<CatalogChange> &changes)
{
    QJsonArray array;
    for (const CatalogChange &c : changes)
        array.append(QJsonObject{{QStringLiteral("device"), c.deviceId}, {QStringLiteral("catalogId"), c.catalogId},
                                 {QStringLiteral("field"), QString::fromLatin1(fieldInfo(c.field).key)},
                                 {QStringLiteral("snapshot"), c.snapshot ? figureToJson(c.field, *c.snapshot) : QJsonValue()},
                                 {QStringLiteral("catalog"), c.catalog ? figureToJson(c.field, *c.catalog) : QJsonValue()},
                                 {QStringLiteral("unit"), QString::fromUtf8(fieldInfo(c.field).unit)}});
    return array;
}

} // namespace

int analyzeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                    QCoreApplication::translate("Cli", "Output format: text (default) or json."),
                                    QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(format);
    const QCommandLineOption catalog(QStringLiteral("catalog"), QCoreApplication::translate("Cli", "The catalog to compare the project's gear with (default: the installed one)."),
                                     QStringLiteral("path"));
    const QCommandLineOption userDb(QStringLiteral("user-db"), QCoreApplication::translate("Cli", "Your gear's database (default: %1).").arg(GearLibrary::defaultUserPath()),
                                    QStringLiteral("path"));
    const QCommandLineOption noCatalog(QStringLiteral("no-catalog"), QCoreApplication::translate("Cli", "Do not compare the project's gear with the catalog."));
    const QCommandLineOption pretty(QStringLiteral("pretty"), QCoreApplication::translate("Cli", "Indent the JSON for people (it is compact by default, for scripts)."));
    parser.addOptions({catalog, userDb, noCatalog, pretty});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Cli", "The .headroom project."));
    if (auto done = parseArguments(parser, arguments, QCoreApplication::translate(
        "Cli", "Analyse a .headroom project: a verdict for each listener, the findings, and the levels at every stage."), 0, -1))
        return *done;
    QTextStream err(stderr);
    const QString formatName = parser.value(format);
    if (parser.positionalArguments().size() != 1 || (formatName != u"text" && formatName != u"json")) {
        err << QCoreApplication::translate("Cli", "usage: headroom-cli analyze FILE [--format text|json]") << Qt::endl;
        return kExitInvalid;
    }
    const ProjectLoad load = loadProject(parser.positionalArguments().first());
    if (!load.chain) {
        err << load.error << Qt::endl;
        return kExitInvalid;
    }
    const AnalysisResult result = analyze(*load.chain);
    QList<CatalogChange> changes;
    if (!parser.isSet(noCatalog)) {
        // Your gear is only read, and only when there is some: analysing never creates, migrates, repairs or moves
        // its database; what is wrong with it is said on standard error.
        const QString userPath = parser.isSet(userDb) ? parser.value(userDb) : GearLibrary::defaultUserPath();
        GearLibrary library(parser.isSet(catalog) ? parser.value(catalog) : GearLibrary::defaultCatalogPath(),
                            QFileInfo::exists(userPath) ? userPath : QString(), GearDatabase::Access::ReadOnly);
        changes = library.changesSince(*load.chain);
        for (const QString &notice : library.notices())
            err << notice << Qt::endl;
    }
    QTextStream out(stdout);
    if (formatName == u"json") {
        QJsonObject report = jsonReport(*load.chain, result);
        report.insert(u"catalogChanges", changesJson(changes));
        if (parser.isSet(pretty))
            out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        else
            out << QJsonDocument(report).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << textReport(*load.chain, result) << changesText(changes);
    }
    return kExitOk;
}

} // namespace headroom::cli
