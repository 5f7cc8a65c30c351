// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Builds small chains for tests in a few readable lines.

#include "analysis.h"
#include "chain.h"

#include <QString>

#include <initializer_list>
#include <utility>

namespace headroom::test {

/// The first finding with this code, or nullptr.
inline const Finding *findCode(const AnalysisResult &r, FindingCode code)
{
    for (const Finding &f : r.findings)
        if (f.code == code)
            return &f;
    return nullptr;
}

/// A spec of a kind with the given figures.
inline DeviceSpec makeSpec(DeviceKind kind, std::initializer_list<std::pair<Field, double>> figures)
{
    DeviceSpec spec(kind);
    for (const auto &[field, value] : figures)
        spec.set(field, value);
    return spec;
}

class ChainBuilder
{
public:
    ChainBuilder &add(const QString &id, DeviceSpec spec)
    {
        m_chain.devices.emplace_back(id, std::move(spec));
        return *this;
    }
    ChainBuilder &connect(const QString &from, const QString &to)
    {
        const auto split = [](const QString &s) {
            const qsizetype dot = s.indexOf(u'.');
            return PortRef{s.left(dot), s.mid(dot + 1)};
        };
        m_chain.connections.push_back({split(from), split(to)});
        return *this;
    }
    /// Port settings of a device, by port id.
    PortSettings &port(const QString &device, const QString &portId)
    {
        Device *d = m_chain.device(device);
        return d->settings.ports[static_cast<std::size_t>(d->portIndex(portId))];
    }
    DeviceSettings &settings(const QString &device) { return m_chain.device(device)->settings; }
    [[nodiscard]] const Chain &chain() const { return m_chain; }
    [[nodiscard]] AnalysisResult analyze() const { return headroom::analyze(m_chain); }

private:
    Chain m_chain;
};

/// Headphones with a nominal impedance and a sensitivity in dB SPL/V.
inline DeviceSpec phonesPerVolt(double ohms, double dbPerV)
{
    return makeSpec(DeviceKind::Headphones,
                    {{Field::ImpedanceOhm, ohms},
                     {Field::Sensitivity, dbPerV},
                     {Field::SensitivityUnit, static_cast<double>(SensitivityUnit::DbPerV)},
                     {Field::Connector, static_cast<double>(Connector::Trs635)}});
}

/// A player whose headphone output has an open-circuit maximum, an output impedance and optionally a current limit.
inline DeviceSpec playerOutput(double maxOpenCircuitVolts, double outputOhm, double maxCurrentMa = 0)
{
    DeviceSpec spec = makeSpec(DeviceKind::Player,
                               {{Field::HpMaxLevelDbu, 20.0 * std::log10(maxOpenCircuitVolts / 0.7745966692414834)},
                                {Field::HpOutputImpedanceOhm, outputOhm},
                                {Field::HpDynamicRangeDb, 120},
                                {Field::HpConnector, static_cast<double>(Connector::Trs635)}});
    if (maxCurrentMa > 0)
        spec.set(Field::HpMaxCurrentMa, maxCurrentMa);
    return spec;
}

inline DeviceSpec splitter(int outputs)
{
    return makeSpec(DeviceKind::Splitter,
                    {{Field::Outputs, outputs},
                     {Field::InputConnector, static_cast<double>(Connector::Trs635)},
                     {Field::OutputConnector, static_cast<double>(Connector::Trs635)}});
}

} // namespace headroom::test
