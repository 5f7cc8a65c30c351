// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Passwords in the platform's secret store (the Secret Service or KWallet on Linux, the Keychain on macOS, the
// Credential Manager on Windows) through QtKeychain, waited for so callers stay simple. Never a plain-text fallback:
// where no store exists, nothing is kept and the caller says so.

#include <QString>

#include <optional>

namespace headroom::secrets {

/// The secret kept under `key`; nullopt when there is none or no store (`error` says which, empty when none kept).
[[nodiscard]] std::optional<QString> read(const QString &key, QString *error);
/// Keeps a secret; an error (no store, refused) or empty.
[[nodiscard]] QString write(const QString &key, const QString &secret);
/// Forgets a secret; an error or empty (nothing kept is no error).
QString remove(const QString &key);

} // namespace headroom::secrets
