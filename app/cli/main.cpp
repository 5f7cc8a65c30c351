// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// headroom-cli: Headroom's command-line front end.

#include "commands.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>
#include <utility>

namespace {

QString usage()
{
    return QCoreApplication::translate("Cli",
                                       "Usage: headroom-cli COMMAND [OPTIONS]\n\n"
                                       "Commands:\n"
                                       "  advise FILE [--format text|json]    suggest gear that fixes what falls short\n"
                                       "  analyze FILE [--format text|json]   analyse a .headroom project\n"
                                       "  check --source ID --headphones|--monitors ID[,ID…] [--amp ID] [--mic ID]\n"
                                       "                                      check the gear you have without drawing a chain\n"
                                       "  compare FILE [--variants A,B]       compare a project's variants side by side\n"
                                       "  render FILE --out OUT.wav [--listener ID] [--input AUDIO] [--compare OTHER.headroom]\n"
                                       "                                      render what a listener hears\n"
                                       "  report FILE --out OUT.{pdf,html,svg,png,txt,json} [--summary|--full]\n"
                                       "                                      a report to hand over, or the chain's diagram\n")
        + headroom::cli::gearUsage() + headroom::cli::serverUsage()
        + QCoreApplication::translate("Cli", "\nRun 'headroom-cli COMMAND --help' for a command's options.\n");
}

/// Reports and diagrams paint text, which needs fonts and so a GUI application; off screen, so no display is needed.
std::unique_ptr<QCoreApplication> application(int &argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "report") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> app = application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("headroom-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Headroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEADROOM_VERSION));
    headroom::installTranslations(QLocale());

    QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == u"--help" || command == u"-h" || command == u"help") {
        QTextStream(stdout) << usage();
        return headroom::cli::kExitOk;
    }
    if (command == u"--version") {
        QTextStream(stdout) << QStringLiteral("headroom-cli %1\n").arg(QCoreApplication::applicationVersion());
        return headroom::cli::kExitOk;
    }
    using Command = int (*)(const QStringList &);
    constexpr std::pair<const char *, Command> kCommands[] = {
        {"advise", headroom::cli::adviseCommand},   {"analyze", headroom::cli::analyzeCommand}, {"check", headroom::cli::checkCommand},
        {"compare", headroom::cli::compareCommand}, {"gear", headroom::cli::gearCommand},       {"render", headroom::cli::renderCommand},
        {"report", headroom::cli::reportCommand},   {"server", headroom::cli::serverCommand},
    };
    for (const auto &[name, run] : kCommands)
        if (command == QLatin1StringView(name)) {
            args.removeAt(1); // the command's parser sees "headroom-cli OPTIONS…"
            return run(args);
        }
    QTextStream(stderr) << (command.isEmpty() ? QString() : QCoreApplication::translate("Cli", "unknown command \"%1\"\n").arg(command)) << usage();
    return headroom::cli::kExitInvalid;
}
