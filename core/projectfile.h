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
#include <vector>

namespace headroom {

inline constexpr int kProjectFormatVersion = 2;
inline constexpr auto kProjectSuffix = "headroom";

/// One of a project's named alternatives ("Y-splitter", "Distribution amp"): a whole chain.
struct Variant {
    QString name;
    Chain chain;
};

/// A project: its variants, at least one, and the one open. Each variant's chain carries the project's title and
/// description.
struct Project {
    std::vector<Variant> variants;
    int current = 0;

    [[nodiscard]] Chain &chain() { return variants[static_cast<std::size_t>(current)].chain; }
    [[nodiscard]] const Chain &chain() const { return variants[static_cast<std::size_t>(current)].chain; }
    /// The variant with this name, or −1.
    [[nodiscard]] int indexOf(QStringView name) const;
    /// "Variant 2", "Variant 3", … : the first such name no variant has.
    [[nodiscard]] QString freshName() const;
};

/// A project with one variant holding `chain`, named as a version-1 file's variant is.
[[nodiscard]] Project singleVariant(Chain chain);

struct ProjectLoad {
    std::optional<Project> project;
    QString error; ///< "file: $.json.path: problem" when project is empty

    /// The open variant's chain, or nullptr when loading failed.
    [[nodiscard]] Chain *chain() { return project ? &project->chain() : nullptr; }
    [[nodiscard]] const Chain *chain() const { return project ? &project->chain() : nullptr; }
};

/// Parses a project from bytes; fileName only names the source in messages.
[[nodiscard]] ProjectLoad parseProject(const QByteArray &json, const QString &fileName);
[[nodiscard]] ProjectLoad loadProject(const QString &path);

/// Writes only what differs from the documented defaults, so files stay small and readable. A project with one
/// variant is written in the version-1 layout (devices at the top level), which earlier versions read too.
[[nodiscard]] QByteArray serializeProject(const Project &project);
[[nodiscard]] QByteArray serializeProject(const Chain &chain);
/// Atomic save (QSaveFile): an interrupted save leaves the previous file intact. Returns an error or empty.
[[nodiscard]] QString saveProject(const Project &project, const QString &path);
[[nodiscard]] QString saveProject(const Chain &chain, const QString &path);

} // namespace headroom
