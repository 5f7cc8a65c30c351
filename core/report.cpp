// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report.h"

#include "reportmodel.h"

#include "quantity.h"

#include "impedance.h"
#include "jsonwriter.h"
#include "units.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

namespace headroom {
namespace {

using namespace units;

/// `{"unit": …, "value": …}`; JSON cannot hold ±∞ or NaN, so they become null (the writer sees to it).
void quantity(JsonWriter &json, const char *key, double v, const char *unit)
{
    json.key(key).beginObject().key("unit").value(unit).key("value").value(v).endObject();
}

QString deviceTitle(const Chain &chain, int d)
{
    const Device &device = chain.devices[static_cast<std::size_t>(d)];
    return device.settings.listener.isEmpty() ? device.name()
                                              : QCoreApplication::translate("Report", "%1 (%2)").arg(device.name(), device.settings.listener);
}

/// A level in every unit that applies to the signal class (physics.md §1).
void levels(JsonWriter &json, const char *key, double value, std::uint8_t cls)
{
    json.key(key).beginObject();
    if (cls == bit(SignalClass::Acoustic))
        json.key("Pa").value(value).key("dB SPL").value(pascalToSpl(value));
    else if (cls == bit(SignalClass::Digital))
        json.key("dBFS").value(amplitudeDb(value));
    else
        json.key("V").value(value).key("dBV").value(voltsToDbv(value)).key("dBu").value(voltsToDbu(value));
    json.endObject();
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
    case Verdict::Ok:
        return QStringLiteral("ok");
    case Verdict::Marginal:
        return QStringLiteral("marginal");
    case Verdict::NeedsAmp:
        return QStringLiteral("needs-amp");
    case Verdict::TooQuiet:
        return QStringLiteral("too-quiet");
    case Verdict::NotConnected:
        return QStringLiteral("not-connected");
    }
    return {};
}

QString verdictWord(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return QCoreApplication::translate("Report", "OK");
    case Verdict::Marginal:
        return QCoreApplication::translate("Report", "marginal");
    case Verdict::NeedsAmp:
        return QCoreApplication::translate("Report", "needs an amp");
    case Verdict::TooQuiet:
        return QCoreApplication::translate("Report", "too quiet");
    case Verdict::NotConnected:
        return QCoreApplication::translate("Report", "not connected");
    }
    return {};
}

QString verdictWord(const ListenerResult &listener)
{
    return listener.unknownOutputDecides() ? QCoreApplication::translate("Report", "unsure") : verdictWord(listener.verdict);
}

namespace {

// What to do with the volume control that drives a listener (analysis-json.md, "Volume for target").
QString volumeAdvice(const ListenerResult &l, double volume)
{
    const bool reachable = l.headroomDb >= 0;
    const QString target = formatNumber(l.volumeForTargetDb);
    const QString most = formatNumber(l.maxSpl);
    if (std::abs(l.volumeForTargetDb - volume) < 0.05)
        return reachable ? QCoreApplication::translate("Report", "the volume (%1 dB) is set for the target").arg(formatNumber(volume))
                         : QCoreApplication::translate("Report",
                                                       "the target is out of reach: at this volume (%1 dB) the peaks already reach the "
                                                       "most it gives, %2 dB SPL")
                               .arg(formatNumber(volume), most);
    if (l.volumeForTargetDb <= 0)
        return reachable ? QCoreApplication::translate("Report", "for the target set the volume to %1 dB").arg(target)
                         : QCoreApplication::translate("Report",
                                                       "the target is out of reach: at %1 dB of volume the peaks reach the most it "
                                                       "gives, %2 dB SPL")
                               .arg(target, most);
    return reachable
        ? QCoreApplication::translate("Report", "the target is %1 dB beyond this volume control: raise the level earlier in the chain").arg(target)
        : QCoreApplication::translate("Report",
                                      "the target is out of reach, and the most it gives (%1 dB SPL) is %2 dB beyond "
                                      "this volume control: raise the level earlier in the chain")
              .arg(most, target);
}

} // namespace

QString verdictLine(const ListenerResult &l, const Chain &chain)
{
    const QString who = deviceTitle(chain, l.device);
    const QString estimate = l.estimated ? QCoreApplication::translate("Report", " (estimate: some figures are typical values)") : QString();
    switch (l.verdict) {
    case Verdict::NotConnected:
        return QCoreApplication::translate("Report", "%1: not connected to anything that plays").arg(who);
    case Verdict::Ok:
        return QCoreApplication::translate("Report", "%1: OK — up to %2 dB SPL, %3 dB above the %4 dB SPL peak target%5")
            .arg(who, formatNumber(l.maxSpl), formatNumber(l.headroomDb), formatNumber(l.targetPeakSpl, 0), estimate);
    case Verdict::Marginal:
        return QCoreApplication::translate("Report", "%1: marginal — up to %2 dB SPL, %3 dB short of the %4 dB SPL peak target%5")
            .arg(who, formatNumber(l.maxSpl), formatNumber(-l.headroomDb), formatNumber(l.targetPeakSpl, 0), estimate);
    case Verdict::NeedsAmp: {
        const bool amped = chain.devices[static_cast<std::size_t>(l.driverDevice)].spec.kind() == DeviceKind::HeadphoneAmp;
        return QCoreApplication::translate("Report", "%1: %2 — up to %3 dB SPL, %4 dB short of the %5 dB SPL peak target (needs %6 V, %7 mW)%8")
            .arg(who,
                 amped ? QCoreApplication::translate("Report", "needs a more powerful amp")
                       : QCoreApplication::translate("Report", "needs a headphone amp"),
                 formatNumber(l.maxSpl), formatNumber(-l.headroomDb), formatNumber(l.targetPeakSpl, 0), formatNumber(l.requiredVolts, 2),
                 formatNumber(l.requiredMilliwatts), estimate);
    }
    case Verdict::TooQuiet:
        return QCoreApplication::translate("Report", "%1: too quiet — up to %2 dB SPL at %3 m, %4 dB short of the %5 dB SPL peak target%6")
            .arg(who, formatNumber(l.maxSpl), formatNumber(chain.devices[static_cast<std::size_t>(l.device)].settings.listeningDistanceM),
                 formatNumber(-l.headroomDb), formatNumber(l.targetPeakSpl, 0), estimate);
    }
    return who;
}

namespace {

// The response change that output impedance causes; one that rounds to 0.0 at both ends is called flat rather than
// printed as "0.0…0.0 dB".
QString responseText(const std::array<double, 2> &deviationDb)
{
    if (std::abs(deviationDb[0]) < 0.05 && std::abs(deviationDb[1]) < 0.05)
        return QCoreApplication::translate("Report", "; response flat within 0.1 dB (20 Hz–20 kHz)");
    return QCoreApplication::translate("Report", "; response %1…%2 dB (20 Hz–20 kHz)")
        .arg(formatNumber(deviationDb[0]), formatNumber(deviationDb[1]));
}

} // namespace

QString textReport(const Chain &chain, const AnalysisResult &result)
{
    QStringList out;
    out << (chain.title.isEmpty() ? QCoreApplication::translate("Report", "Headroom analysis")
                                  : QCoreApplication::translate("Report", "Headroom analysis: %1").arg(chain.title))
        << QString();

    out << QCoreApplication::translate("Report", "Listeners");
    if (result.listeners.empty())
        out << QCoreApplication::translate("Report", "  (no headphones in this chain)");
    for (const ListenerResult &l : result.listeners) {
        out << QStringLiteral("  ") + verdictLine(l, chain);
        if (l.verdict == Verdict::NotConnected)
            continue;
        if (l.playing)
            out << QCoreApplication::translate("Report", "      now: %1 dB SPL average, %2 dB SPL peaks; %3")
                       .arg(formatNumber(l.averageSpl), formatNumber(l.peakSpl), volumeAdvice(l, driverVolumeDb(chain, l)));
        QString detail =
            QCoreApplication::translate("Report", "      sensitivity %1 dB SPL/V at %2 Ω; source %3 Ω, damping factor %4; hiss %5 dB SPL")
                .arg(formatNumber(l.sensitivityDbPerV), formatNumber(l.impedanceOhm, 0), formatOhms(l.sourceOhm), formatNumber(l.dampingFactor),
                     formatNumber(l.hissSpl));
        if (l.responseDeviationDb)
            detail += responseText(*l.responseDeviationDb);
        out << detail;
    }

    out << QString() << QCoreApplication::translate("Report", "Findings");
    if (result.findings.empty())
        out << QCoreApplication::translate("Report", "  none");
    for (int severity = 2; severity >= 0; --severity)
        for (const Finding &f : result.findings)
            if (static_cast<int>(f.severity) == severity)
                out << QStringLiteral("  %1 [%2] %3%4")
                           .arg(QString::fromLatin1(severityKey(f.severity)).leftJustified(7), QString::fromLatin1(codeKey(f.code)),
                                describe(f, chain),
                                f.estimated && f.code != FindingCode::EstimatedFigure ? QCoreApplication::translate("Report", " (estimate)")
                                                                                      : QString());

    out << QString() << partsText(chain);
    out << QCoreApplication::translate("Report", "Levels per stage (RMS; headroom from the programme's peaks to each stage's clip point)");
    const QList<int> widths{34, 30, 12, 11, 9, 10, 14};
    out << QStringLiteral("  ")
            + paddedRow({QCoreApplication::translate("Report", "Port"), QCoreApplication::translate("Report", "Level"),
                         QCoreApplication::translate("Report", "dBFS"), QCoreApplication::translate("Report", "Load Ω"),
                         QCoreApplication::translate("Report", "Current"), QCoreApplication::translate("Report", "Headroom"),
                         QCoreApplication::translate("Report", "Noise")},
                        widths);
    for (const ReportLevelRow &row : levelRows(chain, result))
        out << QStringLiteral("  ")
                + paddedRow({row.port + (row.estimated ? QStringLiteral(" ~") : QString()), row.level, row.dbfs, row.load, row.current, row.headroom,
                             row.noise},
                            widths);
    out << QString() << QCoreApplication::translate("Report", "~ marks figures that depend on typical values for unknown specs.");
    return out.join(u'\n') + u'\n';
}

namespace {

// Keys are written in alphabetical order, as docs/analysis-json.md shows them.

void writeListener(JsonWriter &json, const Chain &chain, const ListenerResult &l)
{
    const Device &device = chain.devices[static_cast<std::size_t>(l.device)];
    const bool connected = l.verdict != Verdict::NotConnected;
    json.beginObject();
    if (connected) {
        quantity(json, "averageSpl", l.playing ? l.averageSpl : -kInfinity, "dB SPL");
        quantity(json, "dampingFactor", l.dampingFactor, "");
    }
    json.key("device").value(device.id);
    if (connected) {
        const Device &driver = chain.devices[static_cast<std::size_t>(l.driverDevice)];
        json.key("driver").value(driver.id + u'.' + driver.ports[static_cast<std::size_t>(l.driverPort)].id);
    }
    json.key("estimated").value(l.estimated);
    if (connected) {
        quantity(json, "exposureLimit", l.playing ? l.exposureMinutes : kInfinity, "min");
        quantity(json, "headroom", l.headroomDb, "dB");
        quantity(json, "hissSpl", l.hissSpl, "dB SPL");
        quantity(json, "impedance", l.impedanceOhm, "Ω");
    }
    json.key("listener").value(device.settings.listener);
    if (connected)
        quantity(json, "maxSpl", l.maxSpl, "dB SPL");
    if (l.monitoringLatencyMs)
        quantity(json, "monitoringLatency", *l.monitoringLatencyMs, "ms");
    json.key("name").value(device.name());
    if (connected)
        quantity(json, "peakSpl", l.playing ? l.peakSpl : -kInfinity, "dB SPL");
    json.key("playing").value(l.playing);
    if (connected) {
        quantity(json, "requiredPower", l.requiredMilliwatts, "mW");
        quantity(json, "requiredVoltage", l.requiredVolts, "V");
        json.key("responseDeviation");
        if (l.responseDeviationDb) {
            json.beginObject();
            if (const auto &curve = l.responseCurveDb) {
                json.key("curve").sharedValue(curve.get(), [&curve](JsonWriter &w) {
                    w.beginArray();
                    for (std::size_t i = 0; i < curve->size(); ++i)
                        w.beginArray().value(frequencyGrid()[i]).value((*curve)[i]).endArray();
                    w.endArray();
                });
            }
            json.key("max").value((*l.responseDeviationDb)[1]).key("min").value((*l.responseDeviationDb)[0]).key("unit").value("dB");
            json.endObject();
        } else {
            json.null();
        }
        quantity(json, "sensitivity", l.sensitivityDbPerV, "dB SPL/V");
        quantity(json, "sourceImpedance", l.sourceOhm, "Ω");
        quantity(json, "splitterDrop", l.splitterDropDb, "dB");
    }
    json.key("summary").value(verdictLine(l, chain));
    quantity(json, "targetPeakSpl", l.targetPeakSpl, "dB SPL");
    json.key("verdict").value(verdictKey(l.verdict));
    if (connected)
        quantity(json, "volumeForTarget", l.volumeForTargetDb, "dB");
    json.endObject();
}

void writeFigures(JsonWriter &json, const Finding &f)
{
    // Connectors and signal classes are names, not numbers, for scripts.
    std::vector<const Figure *> figures;
    for (const Figure &fig : f.figures)
        figures.push_back(&fig);
    std::sort(figures.begin(), figures.end(), [](const Figure *a, const Figure *b) { return qstrcmp(a->key, b->key) < 0; });
    json.key("figures").beginObject();
    for (const Figure *fig : figures) {
        const std::string_view key(fig->key);
        if (key == "plug" || key == "socket")
            json.key(fig->key).value(connectorKey(static_cast<Connector>(static_cast<int>(fig->value))));
        else if (key == "from" || key == "to")
            json.key(fig->key).value(signalClassKey(primaryClass(static_cast<SignalClasses>(fig->value))));
        else
            quantity(json, fig->key, fig->value, fig->unit);
    }
    json.endObject();
}

void writeFinding(JsonWriter &json, const Chain &chain, const Finding &f)
{
    const Device *device = f.device >= 0 ? &chain.devices[static_cast<std::size_t>(f.device)] : nullptr;
    json.beginObject().key("code").value(codeKey(f.code));
    if (device)
        json.key("device").value(device->id);
    json.key("estimated").value(f.estimated);
    if (f.field)
        json.key("field").value(fieldInfo(*f.field).key);
    writeFigures(json, f);
    json.key("message").value(describe(f, chain));
    if (device && f.port >= 0)
        json.key("port").value(device->ports[static_cast<std::size_t>(f.port)].id);
    if (std::any_of(f.related.begin(), f.related.end(), [](int d) { return d >= 0; })) {
        json.key("related").beginArray();
        for (int d : f.related)
            if (d >= 0)
                json.value(chain.devices[static_cast<std::size_t>(d)].id);
        json.endArray();
    }
    json.key("severity").value(severityKey(f.severity)).endObject();
}

void writePort(JsonWriter &json, const Device &device, std::size_t p, const PortResult &r)
{
    const bool analog = r.signalClass & kAnalogClasses;
    json.beginObject();
    if (r.capability > 0)
        levels(json, "capability", r.capability, r.signalClass);
    if (analog)
        quantity(json, "current", r.currentA, "A");
    if (r.dbfs)
        quantity(json, "dbfs", *r.dbfs, "dBFS");
    json.key("device").value(device.id);
    json.key("direction").value(device.ports[p].direction == Direction::In ? "in" : "out");
    json.key("estimated").value(r.estimated);
    if (r.gainDb)
        quantity(json, "gain", *r.gainDb, "dB");
    quantity(json, "headroom", r.headroomDb, "dB");
    if (analog)
        quantity(json, "load", r.loadOhm, "Ω");
    if (r.reached) {
        levels(json, "noise", r.noise, r.signalClass);
        levels(json, "peak", r.peak, r.signalClass);
    }
    json.key("port").value(device.ports[p].id);
    if (analog)
        quantity(json, "power", r.powerW, "W");
    json.key("reached").value(r.reached);
    if (r.reached)
        levels(json, "rms", r.rms, r.signalClass);
    if (r.signalClass)
        json.key("signal").value(signalClassKey(primaryClass(r.signalClass)));
    if (analog)
        quantity(json, "sourceImpedance", r.sourceOhm, "Ω");
    json.endObject();
}

} // namespace

void writeJsonReport(JsonWriter &json, const Chain &chain, const AnalysisResult &result)
{
    json.key("findings").beginArray();
    for (const Finding &f : result.findings)
        writeFinding(json, chain, f);
    json.endArray();
    json.key("format").value("headroom-analysis");
    json.key("listeners").beginArray();
    for (const ListenerResult &l : result.listeners)
        writeListener(json, chain, l);
    json.endArray();
    json.key("parts").beginArray();
    for (const Part &p : partsList(chain))
        json.beginObject().key("catalogId").value(p.catalogId).key("count").value(p.count).key("name").value(p.name).endObject();
    json.endArray();
    json.key("ports").beginArray();
    for (std::size_t d = 0; d < chain.devices.size(); ++d)
        for (std::size_t p = 0; p < chain.devices[d].ports.size(); ++p)
            writePort(json, chain.devices[d], p, result.port(static_cast<int>(d), static_cast<int>(p)));
    json.endArray();
    json.key("title").value(chain.title);
    json.key("version").value(1);
}

QByteArray jsonReport(const Chain &chain, const AnalysisResult &result, JsonStyle style)
{
    JsonWriter json(style);
    json.beginObject();
    writeJsonReport(json, chain, result);
    json.endObject();
    return json.take();
}

QList<Part> partsList(const Chain &chain)
{
    QList<Part> parts;
    QHash<std::pair<QString, QString>, qsizetype> partOf; // (name, catalog id) → index in parts
    for (const Device &d : chain.devices) {
        const DeviceKind kind = d.spec.kind();
        if (kind == DeviceKind::AcousticSource || kind == DeviceKind::Instrument || (d.spec.brand.isEmpty() && d.spec.model.isEmpty()))
            continue;
        const QString name = d.spec.displayName();
        const qsizetype index = partOf.value({name, d.catalogId}, -1);
        if (index >= 0) {
            ++parts[index].count;
        } else {
            partOf.insert({name, d.catalogId}, parts.size());
            parts.append({name, d.catalogId, 1});
        }
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
