// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands.h"

#include <QTextStream>

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

} // namespace headroom::cli
