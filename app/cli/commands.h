// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// headroom-cli's commands. Each takes its own arguments (after the command name) and returns the exit status:
// 0 done, 2 invalid input or usage (message on stderr).

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace headroom::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 2;

/// Parses a command's arguments (adding --help); returns an exit status when the command is done already (help or
/// error). maxPositional −1: no upper bound.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &description, int minPositional,
                                  int maxPositional);

int adviseCommand(const QStringList &arguments);
int analyzeCommand(const QStringList &arguments);
int gearCommand(const QStringList &arguments);
int renderCommand(const QStringList &arguments);
/// The gear commands' lines of the top-level usage text.
QString gearUsage();

} // namespace headroom::cli
