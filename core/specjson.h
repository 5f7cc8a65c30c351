// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A product's specification as JSON: the one form the catalog, gear import and export, and project files share.
//
//   {"kind": "headphones", "brand": "…", "model": "…", "variant": "…",
//    "figures": {"impedanceOhm": {"value": 300, "source": "https://…", "provenance": "manufacturer", "note": "…"}, …},
//    "impedanceCurve": {"points": [[hz, ohms, phase°], …], "source": "https://…", "provenance": "measurement"},
//    "levelByLoad": {"ranges": [[from Ω, to Ω, volts], …], "source": "https://…", "provenance": "manufacturer"}}
//
// The reader also takes the form project files were written in before (figures as bare values with their sources in
// "sources" beside them; the curve and the level table as bare arrays, cited by "impedanceCurveSource" and
// "levelByLoadSource"), so every project ever saved still opens.

#include "gearspec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace headroom {

/// Something in a specification's JSON that cannot be read.
struct SpecJsonError {
    QString field;   ///< the figure's key, or the top-level key ("kind", "impedanceCurve")
    QString at;      ///< where, below the specification: "figures.impedanceOhm.value", "impedanceCurve.points[2]"
    QString message; ///< translated
};

[[nodiscard]] QJsonObject specToJson(const DeviceSpec &spec);

/// The specification, with every error found appended; figures that cannot be read are left unknown. The spec is not
/// validated (DeviceSpec::validate() does that).
[[nodiscard]] DeviceSpec specFromJson(const QJsonObject &o, QList<SpecJsonError> &errors);

} // namespace headroom
