// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chainedit.h"

#include "chaingraph.h"

#include <QLineF>
#include <QRectF>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace headroom {

Chain extractFragment(const Chain &chain, const QStringList &deviceIds)
{
    Chain fragment;
    for (const Device &d : chain.devices)
        if (deviceIds.contains(d.id))
            fragment.devices.push_back(d);
    for (const Connection &c : chain.connections)
        if (fragment.device(c.from.device) && fragment.device(c.to.device))
            fragment.connections.push_back(c);
    return fragment;
}

Chain placeFragment(Chain fragment, const Chain &into, double dx, double dy)
{
    // Fresh ids are taken against the target and the ids already given, so two clashing copies stay distinct. A
    // copy of "hd600-2" is "hd600-3", not "hd600-2-2" (the counter is only dropped when "hd600" exists).
    Chain taken = into;
    QHash<QString, QString> renamed;
    static const QRegularExpression counter(QStringLiteral("-\\d+$"));
    for (Device &d : fragment.devices) {
        const QString base = QString(d.id).remove(counter);
        const QString id = taken.uniqueId(base != d.id && into.device(base) ? base : d.id);
        renamed.insert(d.id, id);
        d.id = id;
        d.x += dx;
        d.y += dy;
        taken.devices.push_back(Device(id, DeviceSpec(d.spec.kind())));
    }
    for (Connection &c : fragment.connections) {
        c.from.device = renamed.value(c.from.device, c.from.device);
        c.to.device = renamed.value(c.to.device, c.to.device);
    }
    return fragment;
}

namespace {

QRectF rectOf(const Device &d, const NodeSize &sizeOf) { return {QPointF(d.x, d.y), sizeOf(d)}; }

bool overlapsAny(const Chain &chain, const QRectF &area, const NodeSize &sizeOf, const QStringList &ignore, double margin)
{
    const QRectF padded = area.adjusted(-margin, -margin, margin, margin);
    return std::any_of(chain.devices.begin(), chain.devices.end(),
                       [&](const Device &d) { return !ignore.contains(d.id) && padded.intersects(rectOf(d, sizeOf)); });
}

} // namespace

QPointF freeSpot(const Chain &chain, QPointF wanted, QSizeF size, const NodeSize &sizeOf, const QStringList &ignore, double grid, double margin)
{
    const QPointF start(std::round(wanted.x() / grid) * grid, std::round(wanted.y() / grid) * grid);
    const auto freeAt = [&](QPointF p) { return !overlapsAny(chain, QRectF(p, size), sizeOf, ignore, margin); };
    if (freeAt(start))
        return start;
    // Rings of grid points around the wanted spot, nearest first within each ring; the chain is finite, so some
    // ring is clear of it.
    for (int ring = 1;; ++ring) {
        std::vector<QPointF> candidates;
        for (int i = -ring; i <= ring; ++i)
            for (int j = -ring; j <= ring; ++j)
                if (std::max(std::abs(i), std::abs(j)) == ring)
                    candidates.emplace_back(start.x() + i * grid, start.y() + j * grid);
        std::sort(candidates.begin(), candidates.end(), [&](QPointF a, QPointF b) { return QLineF(start, a).length() < QLineF(start, b).length(); });
        for (QPointF p : candidates)
            if (freeAt(p))
                return p;
    }
}

Insertion insertBetween(const Chain &chain, const Device &from, const Device &to, QSizeF size, const NodeSize &sizeOf, double grid, double margin)
{
    const double fromRight = from.x + sizeOf(from).width();
    const double needed = fromRight + margin + size.width() + margin; // where `to` must start at the least
    Insertion result;
    result.at = QPointF(std::ceil((fromRight + margin) / grid) * grid, std::round(to.y / grid) * grid);
    if (to.x >= needed)
        result.at.setX(std::round(((fromRight + to.x) / 2 - size.width() / 2) / grid) * grid); // room enough: centred
    else
        result.shift = std::ceil((needed - to.x) / grid) * grid;
    if (result.shift > 0)
        for (const Device &d : chain.devices)
            if (d.id != from.id && d.x >= to.x - 1e-9)
                result.moved << d.id;
    return result;
}

namespace {

/// Column of each device: 0 for sources, else one right of its furthest feed. Kahn's order; when only loops are
/// left, the first device still waiting is placed as if its remaining feeds were not there.
std::vector<int> columns(const ChainGraph &graph)
{
    const std::size_t n = graph.chain().devices.size();
    std::vector<int> column(n, 0);
    std::vector<int> waiting(n);
    std::vector<bool> placed(n, false);
    std::vector<std::size_t> ready;
    for (std::size_t i = 0; i < n; ++i) {
        waiting[i] = static_cast<int>(graph.feeders(static_cast<int>(i)).size());
        if (waiting[i] == 0)
            ready.push_back(i);
    }
    for (std::size_t done = 0; done < n; ++done) {
        if (ready.empty()) // a loop: break it at the first device still waiting
            for (std::size_t i = 0; i < n && ready.empty(); ++i)
                if (!placed[i])
                    ready.push_back(i);
        const std::size_t v = ready.back();
        ready.pop_back();
        placed[v] = true;
        for (int f : graph.feeders(static_cast<int>(v)))
            if (placed[static_cast<std::size_t>(f)])
                column[v] = std::max(column[v], column[static_cast<std::size_t>(f)] + 1);
        for (int next : graph.fed(static_cast<int>(v)))
            if (!placed[static_cast<std::size_t>(next)] && --waiting[static_cast<std::size_t>(next)] == 0)
                ready.push_back(static_cast<std::size_t>(next));
    }
    return column;
}

double snap(double v, double grid) { return grid > 0 ? std::round(v / grid) * grid : v; }

} // namespace

std::vector<QPointF> arrangeBySignalFlow(const Chain &chain, const std::function<QSizeF(const Device &)> &size, const ArrangeSpacing &spacing)
{
    const std::size_t n = chain.devices.size();
    if (n == 0)
        return {};
    const ChainGraph graph(chain);
    const std::vector<int> column = columns(graph);
    const int columnCount = *std::max_element(column.begin(), column.end()) + 1;

    std::vector<QSizeF> sizes(n);
    double left = std::numeric_limits<double>::max(), top = std::numeric_limits<double>::max();
    for (std::size_t i = 0; i < n; ++i) {
        sizes[i] = size(chain.devices[i]);
        left = std::min(left, chain.devices[i].x);
        top = std::min(top, chain.devices[i].y);
    }

    // Column by column, each device sorted by the mean height of its already placed feeds (fewer crossings),
    // then by where it was.
    std::vector<QPointF> position(n);
    std::vector<double> centre(n, 0);
    std::vector<std::vector<std::size_t>> members(static_cast<std::size_t>(columnCount));
    for (std::size_t i = 0; i < n; ++i)
        members[static_cast<std::size_t>(column[i])].push_back(i);
    std::vector<double> heights(members.size(), 0);
    double x = left;
    for (std::size_t c = 0; c < members.size(); ++c) {
        std::vector<std::size_t> &list = members[c];
        std::vector<double> key(n, 0);
        for (std::size_t v : list) {
            double sum = 0;
            int count = 0;
            for (int f : graph.feeders(static_cast<int>(v)))
                if (column[static_cast<std::size_t>(f)] < static_cast<int>(c)) {
                    sum += centre[static_cast<std::size_t>(f)];
                    ++count;
                }
            key[v] = count > 0 ? sum / count : chain.devices[v].y;
        }
        std::stable_sort(list.begin(), list.end(),
                         [&](std::size_t a, std::size_t b) { return key[a] != key[b] ? key[a] < key[b] : chain.devices[a].y < chain.devices[b].y; });
        double y = 0, width = 0;
        for (std::size_t v : list) {
            position[v] = QPointF(x, y);
            centre[v] = y + sizes[v].height() / 2;
            y += sizes[v].height() + spacing.row;
            width = std::max(width, sizes[v].width());
        }
        heights[c] = y - spacing.row;
        x += width + spacing.column;
    }

    // Columns centred on the tallest one, the whole kept where the chain's top-left corner was.
    const double tallest = *std::max_element(heights.begin(), heights.end());
    for (std::size_t i = 0; i < n; ++i) {
        const double offset = (tallest - heights[static_cast<std::size_t>(column[i])]) / 2;
        position[i] = QPointF(snap(position[i].x(), spacing.grid), snap(top + position[i].y() + offset, spacing.grid));
    }
    return position;
}

std::vector<Connection> cablesLostByReplacing(const Chain &chain, const QString &deviceId, const DeviceSpec &spec)
{
    const Device *device = chain.device(deviceId);
    if (!device)
        return {};
    // The device with its new product, its neighbours and its own cables are all checkConnection() reads for these
    // cables, and a copy that small can be made for every product a search offers.
    Chain local;
    Device replaced = *device;
    replaced.setSpec(spec);
    local.devices.push_back(std::move(replaced));
    for (const Connection &c : chain.connections) {
        if (c.from.device != deviceId && c.to.device != deviceId)
            continue;
        local.connections.push_back(c);
        const QString &other = c.from.device == deviceId ? c.to.device : c.from.device;
        if (const Device *neighbour = chain.device(other); neighbour && local.indexOf(other) < 0)
            local.devices.push_back(*neighbour);
    }
    std::vector<Connection> lost;
    for (const Connection &c : local.connections)
        if (local.checkConnection(c.from, c.to).refused)
            lost.push_back(c);
    return lost;
}

Device adapterFor(const Chain &chain, Connector plug, Connector socket, const std::vector<Product> &adapters)
{
    const auto fits = [plug, socket](const Product &p) {
        return p.spec.kind() == DeviceKind::Adapter && p.spec.value(Field::InputConnector) == static_cast<double>(plug)
            && p.spec.value(Field::OutputConnector) == static_cast<double>(socket);
    };
    const QString id = chain.uniqueId(QStringLiteral("adapter"));
    if (const auto product = std::find_if(adapters.begin(), adapters.end(), fits); product != adapters.end()) {
        Device device(id, product->spec);
        device.catalogId = product->id;
        return device;
    }
    DeviceSpec spec(DeviceKind::Adapter);
    spec.set(Field::InputConnector, static_cast<double>(plug));
    spec.set(Field::OutputConnector, static_cast<double>(socket));
    Device device(id, spec);
    device.label =
        QCoreApplication::translate("Project", "adapter %1 → %2")
            .arg(QCoreApplication::translate("Connector", connectorLabel(plug)), QCoreApplication::translate("Connector", connectorLabel(socket)));
    return device;
}

QSizeF roughNodeSize(const Device &device)
{
    // DeviceNode.qml's size, with glyphs a little wider than its fonts' (11 px port labels, the bold title), so that a
    // chain arranged without the window overlaps no node when the window draws it. The constants are Theme.qml's.
    constexpr double portGlyph = 7.0;
    constexpr double titleGlyph = 9.0;
    const auto labelWidth = [&](const PortSpec &p) {
        const auto connector = QCoreApplication::translate("Connector", connectorLabel(p.connector)).size();
        return std::max(static_cast<double>(portLabel(p).size()), static_cast<double>(connector) * 9.0 / 11.0) * portGlyph;
    };
    double widestIn = 0;
    double widestOut = 0;
    qsizetype ins = 0;
    for (const PortSpec &p : device.ports) {
        const bool in = p.direction == Direction::In;
        ins += in ? 1 : 0;
        double &widest = in ? widestIn : widestOut;
        widest = std::max(widest, labelWidth(p));
    }
    const double title = std::min(static_cast<double>(device.name().size()) * titleGlyph + 44.0, 340.0);
    const double width = std::clamp(std::max(widestIn + widestOut + 64.0, title), 200.0, 460.0);
    const qsizetype rows = std::max<qsizetype>({ins, static_cast<qsizetype>(device.ports.size()) - ins, 1});
    return {width, 66.0 + 30.0 * static_cast<double>(rows) + 8.0};
}

} // namespace headroom
