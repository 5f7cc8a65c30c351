// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "catalogstats.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace headroom {

std::vector<std::vector<Field>> keyFigures(DeviceKind kind)
{
    using enum Field;
    switch (kind) {
    case DeviceKind::Interface:
    case DeviceKind::Mixer:
    case DeviceKind::HeadphoneAmp:
    case DeviceKind::Player:
        return {{HpMaxLevelDbu, HpRatedPowerMw}, {HpOutputImpedanceOhm}};
    case DeviceKind::Headphones:
        return {{ImpedanceOhm}, {Sensitivity}};
    case DeviceKind::Microphone:
        return {{SensitivityMvPerPa}};
    case DeviceKind::InlinePreamp:
    case DeviceKind::DiBox:
        return {{GainDb}};
    case DeviceKind::MonitorController:
        return {{LineInputImpedanceOhm}, {Active}};
    case DeviceKind::MonitorMixer:
        return {{HpMaxLevelDbu, HpRatedPowerMw}, {HpOutputImpedanceOhm}};
    case DeviceKind::Preamp:
        return {{GainMaxDb, GainRangeDb}, {EinDbu}};
    case DeviceKind::UsbMic:
        return {{MaxSplDb}, {HpMaxLevelDbu, HpRatedPowerMw}};
    case DeviceKind::Monitor:
        return {{InputSensitivityDbu}, {MaxSplDb}};
    case DeviceKind::PowerAmp:
        return {{SpeakerPowerW}, {GainDb, RatedInputDbu}};
    case DeviceKind::PassiveSpeaker:
        return {{ImpedanceOhm}, {SpeakerSensitivityDb}, {SpeakerPowerHandlingW, MaxSplDb}};
    default:
        return {};
    }
}

std::vector<KindStats> catalogStats(const QList<GearRecord> &records)
{
    std::vector<KindStats> stats(kDeviceKindCount);
    for (int k = 0; k < kDeviceKindCount; ++k)
        stats[static_cast<std::size_t>(k)].kind = static_cast<DeviceKind>(k);
    for (const GearRecord &r : records) {
        KindStats &s = stats[static_cast<std::size_t>(r.spec.kind())];
        ++s.products;
        const std::vector<std::vector<Field>> groups = keyFigures(r.spec.kind());
        if (std::all_of(groups.begin(), groups.end(), [&](const std::vector<Field> &group) {
                return std::any_of(group.begin(), group.end(), [&](Field f) { return r.spec.has(f); });
            }))
            ++s.complete;
        if (!r.spec.impedanceCurve().empty())
            ++s.curves;
        for (const FieldSource &source : r.spec.sources) {
            ++s.figuresBySource[static_cast<std::size_t>(source.provenance)];
            if (source.note.startsWith(u"secondary", Qt::CaseInsensitive))
                ++s.secondHand;
        }
    }
    std::erase_if(stats, [](const KindStats &s) { return s.products == 0; });
    return stats;
}

QString statsTable(const std::vector<KindStats> &stats)
{
    QStringList lines{QCoreApplication::translate("CatalogStats",
                                                  "| Kind | Products | With the key figures | Impedance curves | Figures from the manufacturer "
                                                  "| from measurements | estimated | of them read second hand |"),
                      QStringLiteral("|---|---:|---:|---:|---:|---:|---:|---:|")};
    KindStats total;
    const auto row = [](const QString &name, const KindStats &s, bool counted) {
        return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |")
            .arg(name)
            .arg(s.products)
            .arg(counted ? QStringLiteral("%1 (%2 %)").arg(s.complete).arg(s.products ? 100 * s.complete / s.products : 0) : QStringLiteral("—"))
            .arg(s.curves)
            .arg(s.figuresBySource[0])
            .arg(s.figuresBySource[1])
            .arg(s.figuresBySource[2])
            .arg(s.secondHand);
    };
    for (const KindStats &s : stats) {
        lines << row(QCoreApplication::translate("DeviceKind", kindLabel(s.kind)), s, !keyFigures(s.kind).empty());
        total.products += s.products;
        total.curves += s.curves;
        total.secondHand += s.secondHand;
        for (std::size_t p = 0; p < total.figuresBySource.size(); ++p)
            total.figuresBySource[p] += s.figuresBySource[p];
        if (!keyFigures(s.kind).empty())
            total.complete += s.complete;
    }
    lines << row(QCoreApplication::translate("CatalogStats", "All"), total, false);
    return lines.join(u'\n') + u'\n';
}

} // namespace headroom
