// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A large, realistic chain for benchmarks. Each studio block has 8 devices: a talker and a mic into an interface
// with computer playback, whose line outputs feed a headphone amp driving two headphones on a splitter; devices
// left over are spare headphones.

#include "chainbuilder.h"

namespace headroom::test {

inline QString id(const char *prefix, const QString &n, const char *port = "") { return QString::fromLatin1(prefix) + n + QString::fromLatin1(port); }

/// A chain of `devices` devices in studio blocks, each block one row of the canvas, blocks in three columns.
inline Chain studio(int devices)
{
    ChainBuilder b;
    const DeviceSpec mic =
        makeSpec(DeviceKind::Microphone, {{Field::SensitivityMvPerPa, 2}, {Field::OutputImpedanceOhm, 150}, {Field::MaxSplDb, 140}});
    const DeviceSpec iface = makeSpec(DeviceKind::Interface,
                                      {{Field::GainMinDb, 0},
                                       {Field::GainMaxDb, 60},
                                       {Field::MicMaxInputDbu, 10},
                                       {Field::MicInputImpedanceOhm, 3000},
                                       {Field::EinDbu, -128},
                                       {Field::LineOutMaxDbu, 16},
                                       {Field::LineOutImpedanceOhm, 100},
                                       {Field::LineOutDynamicRangeDb, 110},
                                       {Field::HpMaxLevelDbu, 10},
                                       {Field::HpOutputImpedanceOhm, 1},
                                       {Field::HpDynamicRangeDb, 110}});
    const DeviceSpec amp = makeSpec(DeviceKind::HeadphoneAmp,
                                    {{Field::GainDb, 10},
                                     {Field::InputImpedanceOhm, 10000},
                                     {Field::HpMaxLevelDbu, 20},
                                     {Field::HpOutputImpedanceOhm, 0.5},
                                     {Field::HpOutputNoiseUv, 3},
                                     {Field::Channels, 2}});
    DeviceSpec phones = phonesPerVolt(300, 102);
    phones.setImpedanceCurve({{20, 420, 30}, {90, 600, 0}, {1000, 300, 5}, {20000, 330, 20}});
    for (int i = 0; i < devices / 8; ++i) {
        const QString n = QString::number(i);
        b.add(id("talker", n), DeviceSpec(DeviceKind::AcousticSource))
            .add(id("mic", n), mic)
            .add(id("daw", n), makeSpec(DeviceKind::Player, {{Field::HeadphoneOutputs, 0}}))
            .add(id("iface", n), iface)
            .add(id("amp", n), amp)
            .add(id("split", n), splitter(2))
            .add(id("a", n), phones)
            .add(id("b", n), phonesPerVolt(80, 107))
            .connect(id("talker", n, ".sound"), id("mic", n, ".sound"))
            .connect(id("mic", n, ".out"), id("iface", n, ".in1"))
            .connect(id("daw", n, ".usb"), id("iface", n, ".usb"))
            .connect(id("iface", n, ".line_out1"), id("amp", n, ".in"))
            .connect(id("amp", n, ".out1"), id("split", n, ".in"))
            .connect(id("split", n, ".out1"), id("a", n, ".in"))
            .connect(id("split", n, ".out2"), id("b", n, ".in"));
        b.settings(id("iface", n)).directMonitor = true;
    }
    for (int i = (devices / 8) * 8; i < devices; ++i)
        b.add(id("spare", QString::number(i)), phonesPerVolt(32, 110));
    // Canvas places: a block's devices left to right in signal order, 21 blocks down, then the next column.
    constexpr double slotX[] = {0, 300, 0, 600, 900, 1200, 1500, 1500};
    constexpr double slotY[] = {0, 0, 120, 0, 0, 0, 0, 130};
    Chain chain = b.chain();
    for (std::size_t k = 0; k < chain.devices.size(); ++k) {
        const std::size_t block = k / 8, slot = k % 8;
        chain.devices[k].x = -1400 + static_cast<double>(block / 21) * 1800 + slotX[slot];
        chain.devices[k].y = -960 + static_cast<double>(block % 21) * 260 + slotY[slot];
    }
    return chain;
}

/// Shapes that stress one dimension each, `devices` devices in all.
enum class Shape { Series, OneOutput, DistributionAmps };

/// Series: a computer's headphone output through `devices` − 2 adapters in a row to one pair of headphones.
/// OneOutput: `devices` − 1 headphones all plugged into one computer output (a load of thousands in parallel).
/// DistributionAmps: a computer through an interface's line out into 8-channel amps in parallel, each channel
/// driving one pair of headphones.
inline Chain shaped(Shape shape, int devices)
{
    ChainBuilder b;
    DeviceSpec phones = phonesPerVolt(32000, 102);
    phones.setImpedanceCurve({{20, 42000, 30}, {90, 60000, 0}, {1000, 32000, 5}, {20000, 33000, 20}});
    b.add(QStringLiteral("pc"), playerOutput(2, 1));
    if (shape == Shape::Series) {
        QString from = QStringLiteral("pc.hp1");
        for (int i = 0; i < devices - 2; ++i) {
            const QString n = id("adapter", QString::number(i));
            b.add(n, makeSpec(DeviceKind::Adapter, {})).connect(from, n + QStringLiteral(".in"));
            from = n + QStringLiteral(".out");
        }
        b.add(QStringLiteral("phones"), phones).connect(from, QStringLiteral("phones.in"));
    } else if (shape == Shape::OneOutput) {
        for (int i = 0; i < devices - 1; ++i)
            b.add(id("phones", QString::number(i)), phones).connect(QStringLiteral("pc.hp1"), id("phones", QString::number(i), ".in"));
    } else {
        const DeviceSpec amp = makeSpec(DeviceKind::HeadphoneAmp,
                                        {{Field::GainDb, 10},
                                         {Field::InputImpedanceOhm, 1e8},
                                         {Field::HpMaxLevelDbu, 20},
                                         {Field::HpOutputImpedanceOhm, 0.5},
                                         {Field::Channels, 8}});
        b.add(QStringLiteral("iface"), makeSpec(DeviceKind::Interface, {{Field::LineOutMaxDbu, 16}, {Field::LineOutImpedanceOhm, 100}}))
            .connect(QStringLiteral("pc.usb"), QStringLiteral("iface.usb"));
        for (int i = 0; b.chain().devices.size() < std::size_t(devices); ++i) {
            const QString a = id("amp", QString::number(i));
            b.add(a, amp).connect(QStringLiteral("iface.line_out1"), a + QStringLiteral(".in"));
            for (int c = 1; c <= 8 && b.chain().devices.size() < std::size_t(devices); ++c) {
                const QString p = a + QStringLiteral("-") + QString::number(c);
                b.add(p, phones).connect(a + QStringLiteral(".out") + QString::number(c), p + QStringLiteral(".in"));
            }
        }
    }
    return b.chain();
}

} // namespace headroom::test
