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
    const QCommandLineOption format(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                    QCoreApplication::translate("Cli", "Output format: text (default) or json."), QStringLiteral("format"),
                                    QStringLiteral("text"));
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
    QTextStream err(stderr);
    const QString formatName = parser.value(format);
    if (parser.positionalArguments().size() != 1 || (formatName != u"text" && formatName != u"json")) {
        err << QCoreApplication::translate("Cli", "usage: headroom-cli compare FILE [--variants A,B] [--format text|json]") << Qt::endl;
        return kExitInvalid;
    }
    const ProjectLoad load = loadProject(parser.positionalArguments().first());
    if (!load.project) {
        err << load.error << Qt::endl;
        return kExitInvalid;
    }
    std::vector<int> chosen;
    for (const QString &name : parser.value(variants).split(u',', Qt::SkipEmptyParts)) {
        const int v = load.project->indexOf(name.trimmed());
        if (v < 0) {
            QStringList names;
            for (const Variant &variant : load.project->variants)
                names << variant.name;
            err << QCoreApplication::translate("Cli", "No variant \"%1\" in %2; it has: %3")
                       .arg(name.trimmed(), parser.positionalArguments().first(), names.join(QStringLiteral(", ")))
                << Qt::endl;
            return kExitInvalid;
        }
        chosen.push_back(v);
    }
    const Comparison comparison = compareVariants(*load.project, chosen);
    if (formatName == u"json") {
        JsonWriter json(JsonStyle::Indented, [](std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); });
        json.beginObject();
        writeJsonComparison(json, *load.project, comparison);
        json.endObject();
        json.flush();
        std::fputs("\n", stdout);
    } else {
        const QByteArray text = comparisonText(*load.project, comparison).toUtf8();
        std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stdout);
    }
    return kExitOk;
}

} // namespace headroom::cli
