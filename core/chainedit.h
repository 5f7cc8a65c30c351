// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Edits as plain functions on chains: fragments for copy and paste, the left-to-right arrangement by signal flow,
// and which cables survive a change of product. The editor turns their results into undoable commands.

#include "chain.h"

#include <QPointF>
#include <QSizeF>
#include <QStringList>

#include <functional>
#include <vector>

namespace headroom {

/// The named devices and the cables between them; cables to devices outside the selection are left out.
[[nodiscard]] Chain extractFragment(const Chain &chain, const QStringList &deviceIds);

/// The fragment ready to add to `into`: ids renamed where they clash (cables follow), positions moved by (dx, dy).
[[nodiscard]] Chain placeFragment(Chain fragment, const Chain &into, double dx, double dy);

/// A device's size on the canvas, as the view draws it.
using NodeSize = std::function<QSizeF(const Device &)>;

/// About the size the canvas draws a device, never smaller: for placing devices where nothing measures them (the
/// advisor, the command line).
[[nodiscard]] QSizeF roughNodeSize(const Device &device);

/// The horizontal gap left between devices joined by a cable: room for the level label the view draws just right
/// of an output (about 80 units for "−65.4 dBu" or "85.9 dB SPL" at 100 %), so it never sits under the next device.
inline constexpr double kCableLane = 100;

/// Where a new device of `size` (or a block of devices with that bounding size) goes: `wanted` when nothing is
/// there, else the nearest spot on the grid where it overlaps no device, keeping `margin` clear around it. The
/// devices named in `ignore` (those being placed) do not count.
[[nodiscard]] QPointF freeSpot(const Chain &chain, QPointF wanted, QSizeF size, const NodeSize &sizeOf, const QStringList &ignore = {},
                               double grid = 20, double margin = 20);

/// Room for a device of `size` on the cable from `from` to `to`: where it goes (between them, level with `to`) and,
/// when the gap is too narrow, how far `to` and every device from its column rightwards move to make room.
struct Insertion {
    QPointF at;
    double shift = 0;  ///< moves to the right
    QStringList moved; ///< ids of the devices that move
};
[[nodiscard]] Insertion insertBetween(const Chain &chain, const Device &from, const Device &to, QSizeF size, const NodeSize &sizeOf, double grid = 20,
                                      double margin = kCableLane);

/// Spacing of an arrangement, in canvas units.
struct ArrangeSpacing {
    double column = kCableLane; ///< between the widest node of one column and the next column
    double row = 40;            ///< between nodes stacked in a column
    double grid = 20;           ///< positions are rounded to this grid
};

/// New positions, one per device in chain order: sources on the left, each device one column right of the
/// furthest device feeding it, devices in a column ordered by where their feeds sit. The arrangement keeps the
/// chain's top-left corner. Cables that loop back (an amp's thru into the interface it is fed from) are ignored
/// for the column count.
[[nodiscard]] std::vector<QPointF> arrangeBySignalFlow(const Chain &chain, const std::function<QSizeF(const Device &)> &size,
                                                       const ArrangeSpacing &spacing = {});

/// A new device (id unique in `chain`) that takes `plug`'s socket on its input and offers `socket`'s plug: the first
/// of `adapters` with those connectors, or else a passive adapter known only by its connectors.
[[nodiscard]] Device adapterFor(const Chain &chain, Connector plug, Connector socket, const std::vector<Product> &adapters);

/// The cables at a device that swapping its product for `spec` would lose: those at a port the new product lacks
/// (ports are matched by id: an amp's "in" and "out1" are a splitter's too) or whose port refuses them under
/// Chain::checkConnection(). A plug that needs an adapter is not a refusal, so such a cable stays.
[[nodiscard]] std::vector<Connection> cablesLostByReplacing(const Chain &chain, const QString &deviceId, const DeviceSpec &spec);

/// Whether a device with `spec` could take the device's place and keep every cable it has.
[[nodiscard]] inline bool keepsCables(const Chain &chain, const QString &deviceId, const DeviceSpec &spec)
{
    return cablesLostByReplacing(chain, deviceId, spec).empty();
}

} // namespace headroom
