#pragma once

// headroom-cli's commands. Each takes its own arguments (after the command name) and returns the exit status:
// 0 done, 2 invalid input or usage (message on stderr).

#include <QStringList>

namespace headroom::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 2;

int analyzeCommand(const QStringList &arguments);
int gearCommand(const QStringList &arguments);
int renderCommand(const QStringList &arguments);
/// The gear commands' lines of the top-level usage text.
QString gearUsage();

} // namespace headroom::cli
