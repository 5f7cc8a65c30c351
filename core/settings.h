// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Every setting a person changes on a device or one of its ports, described once: its key in the project file, its
// type, physical range and default, the device kinds and ports it applies to, and its label. The project reader and
// writer, validation, the undo text and the inspector all come from this table (docs/file-format.md, "Settings").

#include "chain.h"

#include <QString>
#include <QVariant>

#include <cstdint>
#include <span>
#include <utility>

namespace headroom {

struct PortResult;

enum class SettingType : std::uint8_t { Number, Flag, Choice, Text };

/// One setting. Values travel as QVariant: a double, a bool, a choice's key or a text; an invalid QVariant is a
/// number left unset, for the engine to decide (the automatic gain, the programme's own crest factor …).
struct SettingDef {
    const char *key; ///< the project file's key, also the setting's name in code and tests
    SettingType type;
    bool perPort;            ///< true: one per port of the roles in `portRoles`; false: one per device
    std::uint32_t kinds;     ///< device kinds it applies to, a bit per DeviceKind
    std::uint32_t portRoles; ///< for a port setting: a bit per PortRole
    double min;              ///< numbers: the physical range, in the file's unit; outside is refused
    double max;
    const char *unit;    ///< the file's unit
    double displayScale; ///< numbers: shown as value × scale in displayUnit (metres as centimetres)
    const char *displayUnit;
    const char *label; ///< QT_TRANSLATE_NOOP("Setting", …)
    QVariant (*get)(const Device &, int port);
    void (*set)(Device &, int port, const QVariant &);
    /// A number that can be unset: what the engine uses then, from the port's analysis where it decides.
    QVariant (*automatic)(const Device &, const PortResult *analysed) = nullptr;
    /// The range a control offers on this device, where it is narrower than the physical one (an interface's gain).
    std::pair<double, double> (*controlRange)(const Device &) = nullptr;

    /// A number the engine decides when unset.
    [[nodiscard]] bool canBeUnset() const { return automatic != nullptr; }
};

/// The whole table, device settings first, in the order the inspector shows them.
[[nodiscard]] std::span<const SettingDef> settingDefs();
[[nodiscard]] const SettingDef *settingByKey(QStringView key);
/// Whether a device (or its port, for a port setting) has this setting.
[[nodiscard]] bool settingApplies(const SettingDef &def, const Device &device, int port = -1);
/// Why a value cannot be stored ("0 is outside 0.005…10 m", "expected speech, music, …"), or "" when it can.
[[nodiscard]] QString settingError(const SettingDef &def, const QVariant &value);
/// The value the engine uses for an unset number: the automatic gain from the port's analysis (when given), else
/// the documented default (74 dB SPL, −18 dBFS, the programme's crest factor …); an invalid QVariant when none applies.
[[nodiscard]] QVariant settingEffectiveValue(const SettingDef &def, const Device &device, int port, const PortResult *analysed);
/// The range a control offers for a number on this device: the physical range, or the device's own where it has
/// one (an interface's gain range).
[[nodiscard]] std::pair<double, double> settingControlRange(const SettingDef &def, const Device &device);
/// The setting's name as people read it, translated.
[[nodiscard]] QString settingLabel(const SettingDef &def);

} // namespace headroom
