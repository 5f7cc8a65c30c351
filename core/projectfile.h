// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The .headroom project file: versioned JSON (docs/file-format.md). Loading refuses bad input with a message
// naming the file, the JSON path and the problem; saving is atomic.

#include "chain.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace headroom {

inline constexpr int kProjectFormatVersion = 1;
inline constexpr auto kProjectSuffix = "headroom";

struct ProjectLoad {
    std::optional<Chain> chain;
    QString error; ///< "file: $.json.path: problem" when chain is empty
};

/// Parses a project from bytes; fileName only names the source in messages.
[[nodiscard]] ProjectLoad parseProject(const QByteArray &json, const QString &fileName);
[[nodiscard]] ProjectLoad loadProject(const QString &path);

/// Writes only what differs from the documented defaults, so files stay small and readable.
[[nodiscard]] QByteArray serializeProject(const Chain &chain);
/// Atomic save (QSaveFile): an interrupted save leaves the previous file intact. Returns an error or empty.
[[nodiscard]] QString saveProject(const Chain &chain, const QString &path);

/// Spec (de)serialisation shared with the catalog and custom gear.
[[nodiscard]] QJsonObject specToJson(const DeviceSpec &spec);

} // namespace headroom
