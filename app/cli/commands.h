// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// headroom-cli's commands. Each takes its own arguments (after the command name) and returns the exit status:
// 0 done, 2 invalid input or usage (message on stderr).

#include "analysis.h"
#include "gearlibrary.h"
#include "projectfile.h"
#include "sharedserver.h"

#include <QCommandLineParser>
#include <QStringList>

#include <functional>
#include <initializer_list>

#include <memory>
#include <optional>

namespace headroom::cli {

/// Exit statuses, the same for every command: done; done, and with --fail-on-verdict some listener falls short of its
/// target; bad input or usage.
inline constexpr int kExitOk = 0;
inline constexpr int kExitVerdict = 1;
inline constexpr int kExitInvalid = 2;

/// Parses a command's arguments (adding --help); returns an exit status when the command is done already (help or
/// error). maxPositional −1: no upper bound.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &description, int minPositional,
                                  int maxPositional);

/// -f/--format text|json, text by default.
QCommandLineOption formatOption();

/// --fail-on-verdict: exit with kExitVerdict when a listener falls short, so scripts and shop tools can gate on it.
QCommandLineOption failOnVerdictOption();
/// kExitVerdict when asked to and some listener is not OK (marginal, needing an amp, or not connected), else kExitOk.
int verdictExit(const AnalysisResult &result, bool failOnVerdict);

/// The project named by the one positional argument, when the arguments are valid (`valid`: the command's own
/// checks; the format must be text or json too); otherwise `usage` or the loading error on standard error, and
/// nothing.
std::optional<Project> projectArgument(const QCommandLineParser &parser, const QCommandLineOption &format, bool valid, const QString &usage);

/// --server URL: the shop's shared server (default: $HEADROOM_SERVER).
QCommandLineOption serverOption();
/// The server the option or $HEADROOM_SERVER names, if any; `invalid` is set (and the problem said) for a bad address.
std::optional<ServerAddress> serverArgument(const QCommandLineParser &parser, const QCommandLineOption &server, bool *invalid);
/// Adds the shop's shared gear to a library when a server is named: fetched, or from the last copy when the server
/// cannot be reached (said on standard error). False when the address is invalid.
bool attachSharedGear(const QCommandLineParser &parser, const QCommandLineOption &server, GearLibrary &library);

/// The options of a command that reads gear: --catalog, --user-db and --server.
struct LibraryOptions {
    QCommandLineOption catalog;
    QCommandLineOption userDb;
    QCommandLineOption server = serverOption();
    LibraryOptions();
};

/// The catalog, your gear and the shop's as the options say, read only: a command that reads gear never creates, migrates,
/// repairs or moves your gear's database. What is wrong with either is said on standard error.
std::unique_ptr<GearLibrary> openLibrary(const QCommandLineParser &parser, const LibraryOptions &options);

/// The analysis as text or JSON (compact, or indented when `pretty`) on standard output, with the catalog's changes
/// to the project's gear.
void writeAnalysis(const Chain &chain, const AnalysisResult &result, bool json, bool pretty, const QList<CatalogChange> &changes = {});

/// A command's subcommand ("gear search"): its name and what runs it, given the arguments without its name.
struct Subcommand {
    const char *name;
    std::function<int(const QStringList &)> run;
};
/// Runs the subcommand that arguments[1] names. For none, --help or an unknown one (`unknown`, with %1 for the
/// name), the usage instead: on standard output for --help, else on standard error with kExitInvalid.
int runSubcommand(const QStringList &arguments, std::initializer_list<Subcommand> subcommands, const QString &unknown, const QString &usage);

int adviseCommand(const QStringList &arguments);
int analyzeCommand(const QStringList &arguments);
int checkCommand(const QStringList &arguments);
int compareCommand(const QStringList &arguments);
int gearCommand(const QStringList &arguments);
int renderCommand(const QStringList &arguments);
int reportCommand(const QStringList &arguments);
int serverCommand(const QStringList &arguments);
/// The gear and server commands' lines of the top-level usage text.
QString gearUsage();
QString serverUsage();

} // namespace headroom::cli
