// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// headroom-cli server: the shop's shared server (docs/shared-server.md): its schema, its gear and its projects.

#include "commands.h"

#include "productformat.h"
#include "sharedserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

namespace headroom::cli {
namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return kExitInvalid;
}

/// Parses a subcommand's arguments and connects; the exit status instead when either is not possible.
struct Connection {
    std::unique_ptr<SharedServer> server;
    std::optional<int> done;
};

Connection connectFor(QCommandLineParser &parser, const QStringList &arguments, const QString &description, int minPositional, int maxPositional,
                      SharedServer::Purpose purpose = SharedServer::Purpose::Use)
{
    const QCommandLineOption server = serverOption();
    parser.addOption(server);
    if (auto done = parseArguments(parser, arguments, description, minPositional, maxPositional))
        return {nullptr, done};
    bool invalid = false;
    const std::optional<ServerAddress> address = serverArgument(parser, server, &invalid);
    if (invalid)
        return {nullptr, kExitInvalid};
    if (!address)
        return {nullptr, fail(QCoreApplication::translate("Cli", "name the server with --server URL or $HEADROOM_SERVER"))};
    SharedServer::Opened opened = SharedServer::connect(*address, {}, purpose);
    if (!opened.server)
        return {nullptr, fail(opened.error)};
    return {std::move(opened.server), std::nullopt};
}

int migrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    Connection c = connectFor(
        parser, arguments, QCoreApplication::translate("Cli", "Create or update the server's schema, in one transaction (the shop's administrator)."),
        0, 0, SharedServer::Purpose::Migrate);
    if (c.done)
        return *c.done;
    const int from = c.server->schemaVersion();
    if (const QString error = c.server->migrate(); !error.isEmpty())
        return fail(error);
    QTextStream(stdout)
        << (from == SharedServer::latestVersion()
                ? QCoreApplication::translate("Cli", "the schema is at version %1 already").arg(from)
                : QCoreApplication::translate("Cli", "the schema went from version %1 to %2").arg(from).arg(SharedServer::latestVersion()))
        << Qt::endl;
    return kExitOk;
}

int status(const QStringList &arguments)
{
    QCommandLineParser parser;
    Connection c = connectFor(parser, arguments, QCoreApplication::translate("Cli", "Say what the server holds and who you are on it."), 0, 0);
    if (c.done)
        return *c.done;
    QString error;
    const auto projects = static_cast<int>(c.server->projects(&error).size());
    if (!error.isEmpty())
        return fail(error);
    const int products = c.server->count();
    QTextStream out(stdout);
    out << QCoreApplication::translate("Cli", "schema version %1, you are %2").arg(c.server->schemaVersion()).arg(c.server->user()) << Qt::endl
        << QCoreApplication::translate("Cli", "%n shared product(s)", nullptr, products) << Qt::endl
        << QCoreApplication::translate("Cli", "%n shared project(s)", nullptr, projects) << Qt::endl;
    return kExitOk;
}

int importGear(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QCoreApplication::translate("Cli", "Check the files and change nothing."));
    const QCommandLineOption update(
        QStringLiteral("update"),
        QCoreApplication::translate("Cli", "Replace the shop's products that have the same ids (a stock list imported again)."));
    parser.addOptions({dryRun, update});
    parser.addPositionalArgument(QStringLiteral("files"), QCoreApplication::translate("Cli", "CSV or JSON files of products."));
    Connection c = connectFor(
        parser, arguments, QCoreApplication::translate("Cli", "Add products to the shop's shared gear: all of them or, on any error, none."), 1, -1);
    if (c.done)
        return *c.done;
    ProductParse parse = parseProductFiles(parser.positionalArguments(), GearOrigin::User, false);
    if (!parse.errors.isEmpty()) {
        for (const ProductError &e : parse.errors)
            QTextStream(stderr) << e.toString() << Qt::endl;
        return fail(QCoreApplication::translate("Cli", "nothing was imported"));
    }
    for (GearRecord &r : parse.records)
        r.id = sharedGearId(r);
    const auto count = static_cast<int>(parse.records.size());
    if (parser.isSet(dryRun)) {
        QTextStream(stdout) << QCoreApplication::translate("Cli", "%n product(s) would be added to the shop's gear", nullptr, count) << Qt::endl;
        return kExitOk;
    }
    const auto existing = parser.isSet(update) ? SharedServer::Existing::Replace : SharedServer::Existing::Refuse;
    if (const QString error = c.server->insert(parse.records, {}, existing); !error.isEmpty())
        return fail(error + u'\n' + QCoreApplication::translate("Cli", "nothing was imported"));
    QTextStream(stdout) << (parser.isSet(update)
                                ? QCoreApplication::translate("Cli", "%n product(s) added to or replaced in the shop's gear", nullptr, count)
                                : QCoreApplication::translate("Cli", "%n product(s) added to the shop's gear", nullptr, count))
                        << Qt::endl;
    return kExitOk;
}

int removeGear(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), QCoreApplication::translate("Cli", "The shared product's id."));
    Connection c = connectFor(parser, arguments, QCoreApplication::translate("Cli", "Remove a product from the shop's shared gear."), 1, 1);
    if (c.done)
        return *c.done;
    const QString error = c.server->remove(parser.positionalArguments().first());
    return error.isEmpty() ? kExitOk : fail(error);
}

int listProjects(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    parser.addOption(format);
    Connection c = connectFor(parser, arguments, QCoreApplication::translate("Cli", "List the shop's shared projects."), 0, 0);
    if (c.done)
        return *c.done;
    QString error;
    const QList<SharedProjectInfo> projects = c.server->projects(&error);
    if (!error.isEmpty())
        return fail(error);
    QTextStream out(stdout);
    for (const SharedProjectInfo &p : projects)
        out << p.id << u'\t' << p.name
            << u'\t'
            //: %1 revision number, %2 login, %3 date and time
            << QCoreApplication::translate("Cli", "revision %1, saved by %2 at %3")
                   .arg(p.revision)
                   .arg(p.savedBy, QLocale().toString(p.savedAt.toLocalTime(), QLocale::ShortFormat))
            << u'\n';
    if (projects.isEmpty())
        out << QCoreApplication::translate("Cli", "no shared projects") << u'\n';
    return kExitOk;
}

int openProject(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                    QCoreApplication::translate("Cli", "The .headroom file to write."), QStringLiteral("file"));
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("id"), QCoreApplication::translate("Cli", "The shared project's id (see server projects)."));
    Connection c = connectFor(parser, arguments, QCoreApplication::translate("Cli", "Fetch a shared project into a file."), 1, 1);
    if (c.done)
        return *c.done;
    if (!parser.isSet(output))
        return fail(QCoreApplication::translate("Cli", "name the file to write with --out"));
    QString error;
    const std::optional<SharedProject> project = c.server->openProject(parser.positionalArguments().first(), &error);
    if (!project)
        return fail(error);
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(project->document) != project->document.size() || !file.commit())
        return fail(QCoreApplication::translate("Cli", "%1: cannot be written: %2").arg(file.fileName(), file.errorString()));
    //: %1 project name, %2 revision
    QTextStream(stdout) << QCoreApplication::translate("Cli", "%1, revision %2").arg(project->info.name).arg(project->info.revision) << Qt::endl;
    return kExitOk;
}

int saveProject(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"),
                                  QCoreApplication::translate("Cli", "The project's name on the server (default: the file's)."),
                                  QStringLiteral("name"));
    const QCommandLineOption id(QStringLiteral("id"), QCoreApplication::translate("Cli", "Save over this shared project…"), QStringLiteral("id"));
    const QCommandLineOption revision(QStringLiteral("revision"),
                                      QCoreApplication::translate("Cli", "…only if it is still at this revision (the one you fetched)."),
                                      QStringLiteral("n"));
    parser.addOptions({name, id, revision});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Cli", "The .headroom file."));
    Connection c = connectFor(parser, arguments, QCoreApplication::translate("Cli", "Save a project to the server."), 1, 1);
    if (c.done)
        return *c.done;
    if (parser.isSet(id) != parser.isSet(revision))
        return fail(QCoreApplication::translate("Cli", "--id and --revision go together: a save over a project names the revision it is based on"));
    // Only a project Headroom can open goes to the server, where other workstations would meet it.
    const QString path = parser.positionalArguments().first();
    ProjectLoad load = loadProject(path);
    if (!load.project)
        return fail(load.error);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QString projectName = parser.isSet(name) ? parser.value(name) : QFileInfo(path).completeBaseName();
    const SharedSave saved = c.server->saveProject(parser.value(id), projectName, file.readAll(), parser.value(revision).toInt());
    if (saved.conflict)
        return fail(
            saved.error + u'\n'
            + QCoreApplication::translate("Cli", "nothing was saved: fetch the project again (server open), or save yours as a copy (without --id)"));
    if (!saved.error.isEmpty())
        return fail(saved.error);
    //: %1 project id, %2 revision
    QTextStream(stdout) << QCoreApplication::translate("Cli", "saved as %1, revision %2").arg(saved.info.id).arg(saved.info.revision) << Qt::endl;
    return kExitOk;
}

} // namespace

QString serverUsage()
{
    return QCoreApplication::translate("Cli",
                                       "  server migrate               create or update a shop server's schema\n"
                                       "  server status                what the shop's server holds\n"
                                       "  server import FILES… [--dry-run] [--update]  add products to the shop's shared gear\n"
                                       "  server remove ID             remove a product from the shop's gear\n"
                                       "  server projects              list the shared projects\n"
                                       "  server open ID --out FILE    fetch a shared project\n"
                                       "  server save FILE [--id ID --revision N] [--name NAME]\n"
                                       "                               save a project to the server\n");
}

int serverCommand(const QStringList &arguments)
{
    return runSubcommand(arguments,
                         {{"migrate", migrate},
                          {"status", status},
                          {"import", importGear},
                          {"remove", removeGear},
                          {"projects", listProjects},
                          {"open", openProject},
                          {"save", saveProject}},
                         QCoreApplication::translate("Cli", "unknown server command \"%1\"\n"),
                         QCoreApplication::translate("Cli", "Usage: headroom-cli server COMMAND [--server URL] [OPTIONS]\n") + serverUsage());
}

} // namespace headroom::cli
