// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Runs headroom-cli as a user would, in a neutral locale.

#include <QProcess>
#include <QStringList>

namespace headroom::test {

struct CliRun {
    int exitCode;
    QByteArray out;
    QByteArray err;
};

/// The environment the CLI runs in: a neutral locale unless told, no leak report from the sanitizer build.
inline QProcessEnvironment cliEnvironment(const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
    return env;
}

inline CliRun runCli(const QStringList &arguments, const QString &locale = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(locale));
    process.start(QStringLiteral(HEADROOM_CLI), arguments);
    if (!process.waitForFinished(60000))
        return {-1, {}, "timeout"};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace headroom::test
