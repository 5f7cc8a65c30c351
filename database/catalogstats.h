// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// How complete a set of products is: per kind, how many carry every figure the verdicts depend on, how many
// headphones have an impedance curve, and where the figures come from (and how many were read second hand). `gear validate --stats` prints it, and
// docs/gear-database.md keeps the catalog's table (a test checks it is current).

#include "gearrecord.h"

#include <QList>
#include <QString>

#include <array>
#include <span>
#include <vector>

namespace headroom {

struct KindStats {
    DeviceKind kind = DeviceKind::Headphones;
    int products = 0;
    int complete = 0;                     ///< with every key figure (keyFigures())
    int curves = 0;                       ///< with an impedance curve
    std::array<int, 3> figuresBySource{}; ///< sourced figures by provenance: manufacturer, measurement, estimate
    int secondHand = 0;                   ///< of them, read in a compilation or a review that quotes them (a note "secondary: …")
};

/// The figures a kind's verdicts rest on, in groups: a product is complete when it has one figure of every group
/// (an output's level may be stated as a maximum level or as a rated power into a load). Empty: nothing to count.
[[nodiscard]] std::vector<std::vector<Field>> keyFigures(DeviceKind kind);

/// Counts per kind, in the order of DeviceKind, kinds without products left out.
[[nodiscard]] std::vector<KindStats> catalogStats(const QList<GearRecord> &records);

/// The counts as a Markdown table, with a total row.
[[nodiscard]] QString statsTable(const std::vector<KindStats> &stats);

} // namespace headroom
