// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report.h"

#include "impedance.h"
#include "units.h"

#include <QCoreApplication>
#include <QLocale>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace headroom {
namespace {

using namespace units;

QString num(double v, int decimals = 1)
{
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QLocale().toString(v, 'f', decimals);
}

/// JSON cannot hold ±∞ or NaN: they become null.
QJsonValue jsonNumber(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }
QJsonObject quantity(double v, const char *unit)
{
    return {{QStringLiteral("value"), jsonNumber(v)}, {QStringLiteral("unit"), QString::fromUtf8(unit)}};
}

QString deviceTitle(const Chain &chain, int d)
{
    const Device &device = chain.devices[static_cast<std::size_t>(d)];
    return device.settings.listener.isEmpty() ? device.name() : QCoreApplication::translate("Report", "%1 (%2)").arg(device.name(), device.settings.listener);
}

/// A level in every unit that applies to the signal class (physics.md §1).
QJsonObject levels(double value, std::uint8_t cls)
{
    if (cls == bit(SignalClass::Acoustic))
        return {{QStringLiteral("Pa"), jsonNumber(value)}, {QStringLiteral("dB SPL"), jsonNumber(pascalToSpl(value))}};
    if (cls == bit(SignalClass::Digital))
        return {{QStringLiteral("dBFS"), jsonNumber(amplitudeDb(value))}};
    return {{QStringLiteral("V"), jsonNumber(value)}, {QStringLiteral("dBu"), jsonNumber(voltsToDbu(value))}, {QStringLiteral("dBV"), jsonNumber(voltsToDbv(value))}};
}

QString levelText(double value, std::uint8_t cls)
{
    if (value <= 0)
        return QStringLiteral("—");
    if (cls == bit(SignalClass::Acoustic))
        return QCoreApplication::translate("Report", "%1 dB SPL").arg(num(pascalToSpl(value)));
    if (cls == bit(SignalClass::Digital))
        return QCoreApplication::translate("Report", "%1 dBFS").arg(num(amplitudeDb(value)));
    return QCoreApplication::translate("Report", "%1 V  %2 dBu  %3 dBV").arg(QLocale().toString(value, 'g', 4), num(voltsToDbu(value)), num(voltsToDbv(value)));
}

QString paddedRow(const QStringList &cells, const QList<int> &widths)
{
    QString row;
    for (qsizetype i = 0; i < cells.size(); ++i)
        row += i + 1 < cells.size() ? cells[i].leftJustified(widths[i]) + QStringLiteral("  ") : cells[i];
    return row.trimmed();
}

} // namespace

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok: return QStringLiteral("ok");
    case Verdict::Marginal: return QStringLiteral("marginal");
    case Verdict::NeedsAmp: return QStringLiteral("needs-amp");
    case Verdict::NotConnected: return QStringLiteral("not-connected");
    }
    return {};
}

QString verdictLine(const ListenerResult &l, const Chain &chain)
{
    const QString who = deviceTitle(chain, l.device);
    const QString estimate = l.estimated ? QCoreApplication::translate("Report", " (estimate: some figures are typical values)") : QString();
    switch (l.verdict) {
    case Verdict::NotConnected:
        return QCoreApplication::translate("Report", "%1: not connected to anything that plays").arg(who);
    case Verdict::Ok:
        return QCoreApplication::translate("Report", "%1: OK — up to %2 dB SPL, %3 dB above the %4 dB SPL peak target%5")
            .arg(who, num(l.maxSpl), num(l.headroomDb), num(l.targetPeakSpl, 0), estimate);
    case Verdict::Marginal:
        return QCoreApplication::translate("Report", "%1: marginal — up to %2 dB SPL, %3 dB short of the %4 dB SPL peak target%5")
            .arg(who, num(l.maxSpl), num(-l.headroomDb), num(l.targetPeakSpl, 0), estimate);
    case Verdict::NeedsAmp: {
        const bool amped = chain.devices[static_cast<std::size_t>(l.driverDevice)].spec.kind() == DeviceKind::HeadphoneAmp;
        return QCoreApplication::translate("Report", "%1: %2 — up to %3 dB SPL, %4 dB short of the %5 dB SPL peak target (needs %6 V, %7 mW)%8")
            .arg(who, amped ? QCoreApplication::translate("Report", "needs a more powerful amp") : QCoreApplication::translate("Report", "needs a headphone amp"), num(l.maxSpl),
                 num(-l.headroomDb), num(l.targetPeakSpl, 0), num(l.requiredVolts, 2), num(l.requiredMilliwatts), estimate);
    }
    }
    return who;
}

QString textReport(const Chain &chain, const AnalysisResult &result)
{
    QStringList out;
    out << (chain.title.isEmpty() ? QCoreApplication::translate("Report", "Headroom analysis") : QCoreApplication::translate("Report", "Headroom analysis: %1").arg(chain.title)) << QString();

    out << QCoreApplication::translate("Report", "Listeners");
    if (result.listeners.empty())
        out << QCoreApplication::translate("Report", "  (no headphones in this chain)");
    for (const ListenerResult &l : result.listeners) {
        out << QStringLiteral("  ") + verdictLine(l, chain);
        if (l.verdict == Verdict::NotConnected)
            continue;
        if (l.playing && l.volumeForTargetDb <= 0)
            out << QCoreApplication::translate("Report", "      now: %1 dB SPL average, %2 dB SPL peaks; for the target set the volume to %3 dB")
                       .arg(num(l.averageSpl), num(l.peakSpl), num(l.volumeForTargetDb));
        else if (l.playing)
            out << QCoreApplication::translate("Report", "      now: %1 dB SPL average, %2 dB SPL peaks; the target is %3 dB beyond this volume control: "
                      "raise the level earlier in the chain")
                       .arg(num(l.averageSpl), num(l.peakSpl), num(l.volumeForTargetDb));
        QString detail = QCoreApplication::translate("Report", "      sensitivity %1 dB SPL/V at %2 Ω; source %3 Ω, damping factor %4; hiss %5 dB SPL")
                             .arg(num(l.sensitivityDbPerV), num(l.impedanceOhm, 0), num(l.sourceOhm), num(l.dampingFactor),
                                  num(l.hissSpl));
        if (l.responseDeviationDb)
            detail += QCoreApplication::translate("Report", "; response %1…%2 dB (20 Hz–20 kHz)").arg(num((*l.responseDeviationDb)[0]), num((*l.responseDeviationDb)[1]));
        out << detail;
    }

    out << QString() << QCoreApplication::translate("Report", "Findings");
    if (result.findings.empty())
        out << QCoreApplication::translate("Report", "  none");
    for (int severity = 2; severity >= 0; --severity)
        for (const Finding &f : result.findings)
            if (static_cast<int>(f.severity) == severity)
                out << QStringLiteral("  %1 [%2] %3%4")
                           .arg(QString::fromLatin1(severityKey(f.severity)).leftJustified(7),
                                QString::fromLatin1(codeKey(f.code)), describe(f, chain),
                                f.estimated && f.code != FindingCode::EstimatedFigure ? QCoreApplication::translate("Report", " (estimate)") : QString());

    out << QString() << partsText(chain);
    out << QCoreApplication::translate("Report", "Levels per stage (RMS; headroom from the programme's peaks to each stage's clip point)");
    const QList<int> widths{34, 30, 12, 11, 9, 10, 14};
    out << QStringLiteral("  ")
               + paddedRow({QCoreApplication::translate("Report", "Port"), QCoreApplication::translate("Report", "Level"), QCoreApplication::translate("Report", "dBFS"), QCoreApplication::translate("Report", "Load Ω"), QCoreApplication::translate("Report", "Current"), QCoreApplication::translate("Report", "Headroom"), QCoreApplication::translate("Report", "Noise")}, widths);
    for (std::size_t d = 0; d < chain.devices.size(); ++d) {
        const Device &device = chain.devices[d];
        for (std::size_t p = 0; p < device.ports.size(); ++p) {
            const PortResult &r = result.port(static_cast<int>(d), static_cast<int>(p));
            if (!r.reached)
                continue;
            const QString name = device.id + u'.' + device.ports[p].id;
            const QString dbfs = r.dbfs ? num(*r.dbfs) + (r.gainDb ? QCoreApplication::translate("Report", " @%1 dB").arg(num(*r.gainDb, 0)) : QString()) : QString();
            const QString load = r.loadOhm > 0 && std::isfinite(r.loadOhm) ? num(r.loadOhm, 0) : QString();
            const QString current = r.currentA >= 1e-5 ? QCoreApplication::translate("Report", "%1 mA").arg(num(r.currentA * 1000.0, 2))
                : r.currentA > 0                      ? QCoreApplication::translate("Report", "%1 µA").arg(num(r.currentA * 1e6, 2))
                                                      : QString();
            const QString headroom = std::isfinite(r.headroomDb) ? QCoreApplication::translate("Report", "%1 dB").arg(num(r.headroomDb)) : QString();
            const QString noise = r.noise > 0 && r.signalClass != bit(SignalClass::Digital)
                ? (r.signalClass == bit(SignalClass::Acoustic) ? QString() : QCoreApplication::translate("Report", "%1 dBu").arg(num(voltsToDbu(r.noise))))
                : QString();
            out << QStringLiteral("  ")
                       + paddedRow({name + (r.estimated ? QStringLiteral(" ~") : QString()), levelText(r.rms, r.signalClass),
                                    dbfs, load, current, headroom, noise},
                                   widths);
        }
    }
    out << QString() << QCoreApplication::translate("Report", "~ marks figures that depend on typical values for unknown specs.");
    return out.join(u'\n') + u'\n';
}

QJsonObject jsonReport(const Chain &chain, const AnalysisResult &result)
{
    QJsonArray listeners;
    for (const ListenerResult &l : result.listeners) {
        const Device &device = chain.devices[static_cast<std::size_t>(l.device)];
        QJsonObject o{{QStringLiteral("device"), device.id}, {QStringLiteral("name"), device.name()}, {QStringLiteral("listener"), device.settings.listener},
                      {QStringLiteral("verdict"), verdictKey(l.verdict)}, {QStringLiteral("summary"), verdictLine(l, chain)},
                      {QStringLiteral("estimated"), l.estimated}, {QStringLiteral("playing"), l.playing},
                      {QStringLiteral("targetPeakSpl"), quantity(l.targetPeakSpl, "dB SPL")}};
        if (l.verdict != Verdict::NotConnected) {
            const Device &driver = chain.devices[static_cast<std::size_t>(l.driverDevice)];
            o.insert(u"driver", driver.id + u'.' + driver.ports[static_cast<std::size_t>(l.driverPort)].id);
            o.insert(u"sensitivity", quantity(l.sensitivityDbPerV, "dB SPL/V"));
            o.insert(u"impedance", quantity(l.impedanceOhm, "Ω"));
            o.insert(u"averageSpl", quantity(l.playing ? l.averageSpl : -kInfinity, "dB SPL"));
            o.insert(u"peakSpl", quantity(l.playing ? l.peakSpl : -kInfinity, "dB SPL"));
            o.insert(u"maxSpl", quantity(l.maxSpl, "dB SPL"));
            o.insert(u"headroom", quantity(l.headroomDb, "dB"));
            o.insert(u"requiredVoltage", quantity(l.requiredVolts, "V"));
            o.insert(u"requiredPower", quantity(l.requiredMilliwatts, "mW"));
            o.insert(u"volumeForTarget", quantity(l.volumeForTargetDb, "dB"));
            o.insert(u"sourceImpedance", quantity(l.sourceOhm, "Ω"));
            o.insert(u"dampingFactor", quantity(l.dampingFactor, ""));
            o.insert(u"splitterDrop", quantity(l.splitterDropDb, "dB"));
            o.insert(u"hissSpl", quantity(l.hissSpl, "dB SPL"));
            o.insert(u"exposureLimit", quantity(l.playing ? l.exposureMinutes : kInfinity, "min"));
            if (l.responseDeviationDb) {
                QJsonObject response{{QStringLiteral("min"), jsonNumber((*l.responseDeviationDb)[0])},
                                     {QStringLiteral("max"), jsonNumber((*l.responseDeviationDb)[1])}, {QStringLiteral("unit"), QStringLiteral("dB")}};
                if (l.responseCurveDb) {
                    QJsonArray curve;
                    for (std::size_t i = 0; i < l.responseCurveDb->size(); ++i)
                        curve.append(QJsonArray{frequencyGrid()[i], (*l.responseCurveDb)[i]});
                    response.insert(u"curve", curve);
                }
                o.insert(u"responseDeviation", response);
            } else {
                o.insert(u"responseDeviation", QJsonValue::Null);
            }
        }
        listeners.append(o);
    }

    QJsonArray findings;
    for (const Finding &f : result.findings) {
        QJsonObject figures;
        for (const Figure &fig : f.figures)
            figures.insert(QLatin1StringView(fig.key), quantity(fig.value, fig.unit));
        // Connectors and signal classes are names, not numbers, for scripts.
        for (const char *key : {"plug", "socket"})
            if (const auto c = f.figure(key))
                figures.insert(QLatin1StringView(key), QString::fromLatin1(connectorKey(static_cast<Connector>(static_cast<int>(*c)))));
        for (const char *key : {"from", "to"})
            if (const auto c = f.figure(key))
                figures.insert(QLatin1StringView(key), QString::fromLatin1(signalClassKey(primaryClass(static_cast<SignalClasses>(*c)))));
        QJsonObject o{{QStringLiteral("severity"), QString::fromLatin1(severityKey(f.severity))},
                      {QStringLiteral("code"), QString::fromLatin1(codeKey(f.code))},
                      {QStringLiteral("message"), describe(f, chain)},
                      {QStringLiteral("estimated"), f.estimated},
                      {QStringLiteral("figures"), figures}};
        if (f.device >= 0) {
            const Device &device = chain.devices[static_cast<std::size_t>(f.device)];
            o.insert(u"device", device.id);
            if (f.port >= 0)
                o.insert(u"port", device.ports[static_cast<std::size_t>(f.port)].id);
        }
        if (f.field)
            o.insert(u"field", QString::fromLatin1(fieldInfo(*f.field).key));
        QJsonArray related;
        for (int d : f.related)
            if (d >= 0)
                related.append(chain.devices[static_cast<std::size_t>(d)].id);
        if (!related.isEmpty())
            o.insert(u"related", related);
        findings.append(o);
    }

    QJsonArray ports;
    for (std::size_t d = 0; d < chain.devices.size(); ++d) {
        const Device &device = chain.devices[d];
        for (std::size_t p = 0; p < device.ports.size(); ++p) {
            const PortResult &r = result.port(static_cast<int>(d), static_cast<int>(p));
            QJsonObject o{{QStringLiteral("device"), device.id}, {QStringLiteral("port"), device.ports[p].id},
                          {QStringLiteral("direction"), device.ports[p].direction == Direction::In ? QStringLiteral("in") : QStringLiteral("out")},
                          {QStringLiteral("reached"), r.reached}, {QStringLiteral("estimated"), r.estimated}};
            if (r.signalClass)
                o.insert(u"signal", QString::fromLatin1(signalClassKey(primaryClass(r.signalClass))));
            if (r.reached) {
                o.insert(u"rms", levels(r.rms, r.signalClass));
                o.insert(u"peak", levels(r.peak, r.signalClass));
                o.insert(u"noise", levels(r.noise, r.signalClass));
            }
            if (r.capability > 0)
                o.insert(u"capability", levels(r.capability, r.signalClass));
            if (r.dbfs)
                o.insert(u"dbfs", quantity(*r.dbfs, "dBFS"));
            if (r.gainDb)
                o.insert(u"gain", quantity(*r.gainDb, "dB"));
            if (r.signalClass & kAnalogClasses) {
                o.insert(u"load", quantity(r.loadOhm, "Ω"));
                o.insert(u"sourceImpedance", quantity(r.sourceOhm, "Ω"));
                o.insert(u"current", quantity(r.currentA, "A"));
                o.insert(u"power", quantity(r.powerW, "W"));
            }
            o.insert(u"headroom", quantity(r.headroomDb, "dB"));
            ports.append(o);
        }
    }
    QJsonArray parts;
    for (const Part &p : partsList(chain))
        parts.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("catalogId"), p.catalogId}, {QStringLiteral("count"), p.count}});
    return {{QStringLiteral("format"), QStringLiteral("headroom-analysis")}, {QStringLiteral("version"), 1}, {QStringLiteral("title"), chain.title},
            {QStringLiteral("listeners"), listeners}, {QStringLiteral("findings"), findings}, {QStringLiteral("ports"), ports},
            {QStringLiteral("parts"), parts}};
}

QList<Part> partsList(const Chain &chain)
{
    QList<Part> parts;
    for (const Device &d : chain.devices) {
        const DeviceKind kind = d.spec.kind();
        if (kind == DeviceKind::AcousticSource || kind == DeviceKind::Instrument || (d.spec.brand.isEmpty() && d.spec.model.isEmpty()))
            continue;
        const QString name = d.spec.displayName();
        const auto same = std::find_if(parts.begin(), parts.end(), [&](const Part &p) { return p.name == name && p.catalogId == d.catalogId; });
        if (same != parts.end())
            ++same->count;
        else
            parts.append({name, d.catalogId, 1});
    }
    return parts;
}

QString partsText(const Chain &chain)
{
    QStringList out{QCoreApplication::translate("Report", "Parts list")};
    const QList<Part> parts = partsList(chain);
    if (parts.isEmpty())
        out << QCoreApplication::translate("Report", "  (no products)");
    for (const Part &p : parts)
        out << (p.catalogId.isEmpty() ? QCoreApplication::translate("Report", "  %1 × %2").arg(p.count).arg(p.name)
                                      : QCoreApplication::translate("Report", "  %1 × %2 (%3)").arg(p.count).arg(p.name, p.catalogId));
    return out.join(u'\n') + u'\n';
}

} // namespace headroom
