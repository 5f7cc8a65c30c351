// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands.h"

#include "compare.h"
#include "projectfile.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace headroom::cli {

int compareCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption();
    const QCommandLineOption variants(QStringLiteral("variants"),
                                      QCoreApplication::translate("Cli", "The variants to compare, by name, separated by commas (default: all)."),
                                      QStringLiteral("names"));
    parser.addOptions({format, variants});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Cli", "The .headroom project."));
    if (auto done = parseArguments(parser, arguments,
                                   QCoreApplication::translate("Cli",
                                                               "Compare a project's variants side by side: per listener the verdict, the maximum "
                                                               "level, the room to the target, the volume setting, the hiss and the problems."),
                                   0, -1))
        return *done;
    const std::optional<Project> project = projectArgument(
        parser, format, true, QCoreApplication::translate("Cli", "usage: headroom-cli compare FILE [--variants A,B] [--format text|json]"));
    if (!project)
        return kExitInvalid;
    std::vector<int> chosen;
    for (const QString &name : parser.value(variants).split(u',', Qt::SkipEmptyParts)) {
        const int v = project->indexOf(name.trimmed());
        if (v < 0) {
            QStringList names;
            for (const Variant &variant : project->variants)
                names << variant.name;
            QTextStream(stderr) << QCoreApplication::translate("Cli", "No variant \"%1\" in %2; it has: %3")
                                       .arg(name.trimmed(), parser.positionalArguments().first(), names.join(QStringLiteral(", ")))
                                << Qt::endl;
            return kExitInvalid;
        }
        chosen.push_back(v);
    }
    const Comparison comparison = compareVariants(*project, chosen);
    if (parser.value(format) == u"json") {
        JsonWriter json(JsonStyle::Indented, [](std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); });
        json.beginObject();
        writeJsonComparison(json, *project, comparison);
        json.endObject();
        json.flush();
        std::fputs("\n", stdout);
    } else {
        const QByteArray text = comparisonText(*project, comparison).toUtf8();
        std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stdout);
    }
    return kExitOk;
}

} // namespace headroom::cli
