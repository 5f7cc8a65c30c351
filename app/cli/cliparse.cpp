// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands.h"

#include "analysis.h"
#include "sharedlink.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

namespace headroom::cli {

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &description, int minPositional,
                                  int maxPositional)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return kExitInvalid;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return kExitOk;
    }
    const auto n = parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        QTextStream(stderr) << parser.helpText();
        return kExitInvalid;
    }
    return std::nullopt;
}

QCommandLineOption formatOption()
{
    return {QStringList{QStringLiteral("f"), QStringLiteral("format")}, QCoreApplication::translate("Cli", "Output format: text (default) or json."),
            QStringLiteral("format"), QStringLiteral("text")};
}

QCommandLineOption failOnVerdictOption()
{
    return {
        QStringLiteral("fail-on-verdict"),
        QCoreApplication::translate("Cli", "Exit with status 1 when a listener falls short of the target (marginal, needs an amp, not connected).")};
}

int verdictExit(const AnalysisResult &result, bool failOnVerdict)
{
    const bool anyShort =
        std::any_of(result.listeners.begin(), result.listeners.end(), [](const ListenerResult &l) { return l.verdict != Verdict::Ok; });
    return failOnVerdict && anyShort ? kExitVerdict : kExitOk;
}

std::optional<Project> projectArgument(const QCommandLineParser &parser, const QCommandLineOption &format, bool valid, const QString &usage)
{
    QTextStream err(stderr);
    const QString formatName = parser.value(format);
    if (!valid || parser.positionalArguments().size() != 1 || (formatName != u"text" && formatName != u"json")) {
        err << usage << Qt::endl;
        return std::nullopt;
    }
    ProjectLoad load = loadProject(parser.positionalArguments().first());
    if (!load.project)
        err << load.error << Qt::endl;
    return std::move(load.project);
}

LibraryOptions::LibraryOptions()
    : catalog(QStringLiteral("catalog"), QCoreApplication::translate("Cli", "The catalog database (default: the installed one)."),
              QStringLiteral("path"))
    , userDb(QStringLiteral("user-db"), QCoreApplication::translate("Cli", "Your gear's database (default: %1).").arg(GearLibrary::defaultUserPath()),
             QStringLiteral("path"))
{}

std::unique_ptr<GearLibrary> openLibrary(const QCommandLineParser &parser, const LibraryOptions &options)
{
    const QString userPath = parser.isSet(options.userDb) ? parser.value(options.userDb) : GearLibrary::defaultUserPath();
    auto library = std::make_unique<GearLibrary>(parser.isSet(options.catalog) ? parser.value(options.catalog) : GearLibrary::defaultCatalogPath(),
                                                 QFileInfo::exists(userPath) ? userPath : QString(), GearDatabase::Access::ReadOnly);
    QTextStream err(stderr);
    for (const QString &notice : library->notices())
        err << notice << Qt::endl;
    attachSharedGear(parser, options.server, *library);
    return library;
}

int runSubcommand(const QStringList &arguments, std::initializer_list<Subcommand> subcommands, const QString &unknown, const QString &usage)
{
    // arguments: "headroom-cli", SUBCOMMAND, options…; the subcommand's parser sees "headroom-cli options…".
    const QString name = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    for (const Subcommand &s : subcommands)
        if (name == QLatin1StringView(s.name))
            return s.run(rest);
    const bool help = name == u"--help";
    QTextStream(help ? stdout : stderr) << (name.isEmpty() || help ? QString() : unknown.arg(name)) << usage;
    return help ? kExitOk : kExitInvalid;
}

QCommandLineOption serverOption()
{
    return {QStringLiteral("server"),
            QCoreApplication::translate("Cli",
                                        "The shop's shared server, postgresql://user@host[:port]/database (default: $HEADROOM_SERVER). "
                                        "The password comes from ~/.pgpass or PGPASSWORD."),
            QStringLiteral("url")};
}

std::optional<ServerAddress> serverArgument(const QCommandLineParser &parser, const QCommandLineOption &server, bool *invalid)
{
    QString error;
    const std::optional<ServerAddress> address =
        parser.isSet(server) ? ServerAddress::parse(parser.value(server), &error) : ServerAddress::fromEnvironment(&error);
    *invalid = !error.isEmpty();
    if (*invalid)
        QTextStream(stderr) << error << Qt::endl;
    return address;
}

bool attachSharedGear(const QCommandLineParser &parser, const QCommandLineOption &server, GearLibrary &library)
{
    bool invalid = false;
    const std::optional<ServerAddress> address = serverArgument(parser, server, &invalid);
    if (!address)
        return !invalid;
    SharedLink link;
    const SharedStatus status = link.connect(*address, {});
    if (!status.online)
        QTextStream(stderr) << status.message << Qt::endl;
    if (const QString error = library.setSharedGear(link.records()); !error.isEmpty())
        QTextStream(stderr) << error << Qt::endl;
    return true;
}

} // namespace headroom::cli
