// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Crash and I/O-error tests: a program killed at a random moment, as by a crash, `kill -9` or a power cut; a program
// without the right to write where it is asked to.

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>
#include <unistd.h>

namespace headroom::test {

/// Waits a random time in [fromMs, toMs), kills the process with SIGKILL if it still runs, and waits for it to end.
/// Returns whether it was killed (false: it had finished on its own).
inline bool killAtRandom(QProcess &process, qint64 fromMs, qint64 toMs)
{
    QTest::qWait(static_cast<int>(QRandomGenerator::global()->bounded(fromMs, std::max(toMs, fromMs + 1))));
    const bool running = process.state() == QProcess::Running && process.processId() > 0;
    if (running) // never kill(0): that is the whole process group
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
    process.waitForFinished();
    return running;
}

/// Starts a program as a user who may not write to folders it does not own: the tests' own user, or "nobody"
/// (through setpriv) when the tests run as root, for whom a folder's mode 0555 would mean nothing.
inline void startUnprivileged(QProcess &process, const QString &program, const QStringList &arguments)
{
    QProcessEnvironment env = process.processEnvironment().isEmpty() ? QProcessEnvironment::systemEnvironment() : process.processEnvironment();
    env.remove(QStringLiteral("XDG_RUNTIME_DIR")); // root's, which nobody may not use
    process.setProcessEnvironment(env);
    if (::geteuid() != 0)
        process.start(program, arguments);
    else
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                  QStringLiteral("--"), program}
                          + arguments);
}

} // namespace headroom::test
