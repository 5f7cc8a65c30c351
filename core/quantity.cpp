// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "quantity.h"

#include "ports.h"
#include "units.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace headroom {

QString formatNumber(double value, int decimals)
{
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QLocale().toString(value, 'f', decimals);
}

QString formatOhms(double ohms)
{
    const int decimals = ohms > 0 && ohms < 1 ? std::clamp(static_cast<int>(-std::floor(std::log10(ohms))), 1, 3) : 1;
    return formatNumber(ohms, decimals);
}

QString formatFrequency(double hz)
{
    const QLocale locale;
    return hz < 1000 ? QCoreApplication::translate("Quantity", "%1 Hz").arg(locale.toString(hz, 'g', 3))
                     : QCoreApplication::translate("Quantity", "%1 kHz").arg(locale.toString(hz / 1000, 'g', 3));
}

QString formatLevel(double rms, std::uint8_t signalClass, LevelUnit unit, std::optional<double> dbfs)
{
    using namespace units;
    if (!(rms > 0))
        return {};
    if (signalClass == bit(SignalClass::Acoustic))
        return QCoreApplication::translate("Quantity", "%1 dB SPL").arg(formatNumber(pascalToSpl(rms)));
    if (signalClass == bit(SignalClass::Digital))
        return QCoreApplication::translate("Quantity", "%1 dBFS").arg(formatNumber(amplitudeDb(rms)));
    const QString dbu = QCoreApplication::translate("Quantity", "%1 dBu").arg(formatNumber(voltsToDbu(rms)));
    switch (unit) {
    case LevelUnit::Dbu:
        return dbu;
    case LevelUnit::Dbv:
        return QCoreApplication::translate("Quantity", "%1 dBV").arg(formatNumber(voltsToDbv(rms)));
    case LevelUnit::Volts:
        return QCoreApplication::translate("Quantity", "%1 V").arg(QLocale().toString(rms, 'g', 3));
    case LevelUnit::Dbfs:
        return dbfs ? QCoreApplication::translate("Quantity", "%1 dBFS").arg(formatNumber(*dbfs)) : dbu;
    case LevelUnit::All:
        return QCoreApplication::translate("Quantity", "%1 V  %2 dBu  %3 dBV")
            .arg(QLocale().toString(rms, 'g', 4), formatNumber(voltsToDbu(rms)), formatNumber(voltsToDbv(rms)));
    }
    return dbu;
}

} // namespace headroom
