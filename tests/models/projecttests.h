// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// What the document and editing-session tests share: the examples they open and ways to look at a project.

#include "projectcontroller.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointF>
#include <QStandardPaths>
#include <QRectF>
#include <QUrl>

#include <algorithm>

namespace headroom::test {

/// Settings and files of the tests' own (never the user's), and no autosave left from an earlier run.
inline void useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HeadroomTest"));
    QFile::remove(ProjectController::autosavePath());
}

inline const QString kPodcast = QStringLiteral(HEADROOM_SOURCE_DIR "/examples/04-podcast-distribution-amp.headroom");
inline const QUrl kSplitterExample = QUrl::fromLocalFile(QStringLiteral(HEADROOM_SOURCE_DIR "/examples/03-y-splitter-two-headphones.headroom"));

inline QPointF position(ProjectController &project, const QString &id)
{
    const QModelIndex row = project.session()->devices()->index(project.session()->devices()->indexOf(id));
    return {project.session()->devices()->data(row, DeviceListModel::XRole).toDouble(),
            project.session()->devices()->data(row, DeviceListModel::YRole).toDouble()};
}

/// No two devices overlap, drawn as the canvas does without a view: 200 wide, 66 + 30 per port row + 8 high.
inline bool noOverlaps(const Chain &chain)
{
    const auto rect = [](const Device &d) {
        const auto inputs = std::count_if(d.ports.begin(), d.ports.end(), [](const PortSpec &p) { return p.direction == Direction::In; });
        const auto rows = std::max<qsizetype>({inputs, static_cast<qsizetype>(d.ports.size()) - inputs, 1});
        return QRectF(d.x, d.y, 200, 66 + 30 * static_cast<double>(rows) + 8);
    };
    for (std::size_t i = 0; i < chain.devices.size(); ++i)
        for (std::size_t j = i + 1; j < chain.devices.size(); ++j)
            if (rect(chain.devices[i]).intersects(rect(chain.devices[j])))
                return false;
    return true;
}

inline bool connected(const ProjectController &project, const QString &from, const QString &to)
{
    const auto &cables = project.currentChain().connections;
    return std::any_of(cables.begin(), cables.end(), [&](const Connection &c) { return c.from.toString() == from && c.to.toString() == to; });
}

} // namespace headroom::test
