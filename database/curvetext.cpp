// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "curvetext.h"

#include "gearspec.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace headroom {
namespace {

constexpr double kMinHz = 1;
constexpr double kMaxHz = 200000;

/// The numbers of a line, or nothing when it does not start with one (a header or a comment).
std::optional<QList<double>> numbersOf(QString line)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s,]+"));
    if (line.contains(u';')) {
        line.replace(u',', u'.');
        line.replace(u';', u' ');
    }
    const QStringList tokens = line.split(spaces, Qt::SkipEmptyParts);
    QList<double> numbers;
    for (const QString &token : tokens) {
        bool ok = false;
        const double v = token.toDouble(&ok);
        if (!ok)
            break;
        numbers.append(v);
    }
    if (numbers.size() < 2)
        return std::nullopt;
    return numbers;
}

QString lineError(int line, const QString &what) { return QCoreApplication::translate("CurveText", "line %1: %2").arg(line).arg(what); }

} // namespace

CurveText readCurveText(const QByteArray &text)
{
    CurveText result;
    const FieldInfo &ohms = fieldInfo(Field::ImpedanceOhm);
    const QList<QByteArray> lines = text.split('\n');
    double lastBin = -1;
    bool phaseSeen = false, phaseMissing = false;
    for (int i = 0; i < lines.size(); ++i) {
        const std::optional<QList<double>> numbers = numbersOf(QString::fromUtf8(lines[i]).trimmed());
        if (!numbers)
            continue;
        const double hz = (*numbers)[0], magnitude = (*numbers)[1];
        const double phase = numbers->size() > 2 ? (*numbers)[2] : 0.0;
        (numbers->size() > 2 ? phaseSeen : phaseMissing) = true;
        const int line = i + 1;
        if (!std::isfinite(hz) || !std::isfinite(magnitude) || !std::isfinite(phase)) {
            result.error = lineError(line, QCoreApplication::translate("CurveText", "is not a finite number"));
            break;
        }
        if (!result.points.empty() && hz <= result.points.back().hz) {
            result.error = lineError(line, QCoreApplication::translate("CurveText", "the frequencies must rise, and %1 Hz does not").arg(hz));
            break;
        }
        if (magnitude < ohms.min || magnitude > ohms.max) {
            result.error = lineError(
                line, QCoreApplication::translate("CurveText", "%1 Ω is outside %2 Ω to %3 MΩ").arg(magnitude).arg(ohms.min).arg(ohms.max / 1e6));
            break;
        }
        if (phase < -90 || phase > 90) {
            result.error = lineError(line, QCoreApplication::translate("CurveText", "a phase of %1° is outside ±90°").arg(phase));
            break;
        }
        ++result.linesRead;
        if (hz < kMinHz || hz > kMaxHz) {
            ++result.outsideRange;
            continue;
        }
        const double bin = std::floor(std::log2(hz) * kMaxPointsPerOctave);
        if (bin == lastBin)
            continue;
        lastBin = bin;
        result.points.push_back({hz, magnitude, phase});
    }
    if (result.error.isEmpty() && phaseSeen && phaseMissing)
        result.error = QCoreApplication::translate("CurveText", "some lines have a phase and some do not");
    if (result.error.isEmpty() && result.points.size() < 2)
        result.error = QCoreApplication::translate(
            "CurveText", "no curve found: expected lines of hertz and ohms, and the phase in degrees, from 1 Hz to 200 kHz");
    if (!result.error.isEmpty())
        result.points.clear();
    result.hasPhase = phaseSeen;
    return result;
}

} // namespace headroom
