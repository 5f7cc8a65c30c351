// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportmodel.h"

#include "quantity.h"
#include "units.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace headroom {
namespace {

using namespace units;

QString listenerName(const Chain &chain, int d)
{
    const Device &device = chain.devices[static_cast<std::size_t>(d)];
    return device.settings.listener.isEmpty() ? device.name()
                                              : QCoreApplication::translate("Report", "%1 (%2)").arg(device.name(), device.settings.listener);
}

/// The verdict as a person without the physics reads it.
QString plainVerdict(const ListenerResult &l, DeviceKind kind)
{
    if (l.unknownOutputDecides()) // typical-values.md, "The strongest outputs known"
        return QCoreApplication::translate("Report",
                                           "Unsure: %1 dB short if the output is as weak as a typical one, %2 dB to spare if it is as strong as "
                                           "the strongest of its kind known. Its headphone output's maximum level, from the manual, decides.")
            .arg(formatNumber(-l.headroomDb), formatNumber(*l.strongestOutputHeadroomDb));
    switch (l.verdict) {
    case Verdict::Ok:
        return QCoreApplication::translate("Report", "Loud enough, with %1 dB to spare.").arg(formatNumber(l.headroomDb));
    case Verdict::Marginal:
        if (isSpeakers(kind))
            return QCoreApplication::translate("Report", "Only just loud enough: %1 dB short for loud peaks at the listening distance.")
                .arg(formatNumber(-l.headroomDb));
        return QCoreApplication::translate(
                   "Report",
                   "Only just loud enough: %1 dB short for loud peaks. Fine for compressed music; a headphone amp would leave room to spare.")
            .arg(formatNumber(-l.headroomDb));
    case Verdict::NeedsAmp:
        return QCoreApplication::translate("Report", "Too quiet: %1 dB short. These headphones need a headphone amp (or a stronger one).")
            .arg(formatNumber(-l.headroomDb));
    case Verdict::TooQuiet:
        return QCoreApplication::translate("Report", "Too quiet: %1 dB short at the listening distance. Sit closer, or choose louder monitors.")
            .arg(formatNumber(-l.headroomDb));
    case Verdict::NotConnected:
        return QCoreApplication::translate("Report", "Not connected to anything that plays.");
    }
    return {};
}

QString levelCell(double value, std::uint8_t cls)
{
    const QString text = formatLevel(value, cls, LevelUnit::All);
    return text.isEmpty() ? QStringLiteral("—") : text;
}

std::vector<ReportCable> cableSchedule(const Chain &chain, const AnalysisResult &result)
{
    std::vector<ReportCable> cables;
    for (const Connection &c : chain.connections) {
        const Device *from = chain.device(c.from.device);
        const Device *to = chain.device(c.to.device);
        const int d = chain.indexOf(c.to.device);
        const int p = to ? to->portIndex(c.to.port) : -1;
        const int fp = from ? from->portIndex(c.from.port) : -1;
        if (!from || !to || p < 0 || fp < 0)
            continue;
        const PortSpec &out = from->ports[static_cast<std::size_t>(fp)];
        const PortSpec &in = to->ports[static_cast<std::size_t>(p)];
        const PortResult &r = result.port(d, p);
        const ConnectionCheck check = chain.checkConnection(c.from, c.to);
        ReportCable cable;
        cable.from = chain.portName(c.from);
        cable.to = chain.portName(c.to);
        cable.plug = QCoreApplication::translate("Connector", connectorLabel(out.connector));
        cable.socket = QCoreApplication::translate("Connector", connectorLabel(in.connector));
        cable.signal = QCoreApplication::translate("SignalClass", signalClassLabel(primaryClass(out.classes)));
        cable.level = r.reached ? levelCell(r.rms, r.signalClass) : QCoreApplication::translate("Report", "silent");
        if (check.needsAdapter)
            cable.adapter = QCoreApplication::translate("Report", "%1 → %2")
                                .arg(QCoreApplication::translate("Connector", connectorLabel(check.plug)),
                                     QCoreApplication::translate("Connector", connectorLabel(check.socket)));
        cables.push_back(std::move(cable));
    }
    return cables;
}

std::vector<ReportPart> partsWithSources(const Chain &chain)
{
    std::vector<ReportPart> parts;
    for (const Part &part : partsList(chain)) {
        ReportPart entry{part, {}};
        for (const Device &d : chain.devices)
            if (d.spec.displayName() == part.name && d.catalogId == part.catalogId)
                for (const FieldSource &s : d.spec.sources)
                    if (!s.url.isEmpty() && !entry.sources.contains(s.url))
                        entry.sources << s.url;
        parts.push_back(std::move(entry));
    }
    return parts;
}

/// The best change for each listener or microphone that falls short, in the advisor's words.
QStringList adviceFor(const Chain &chain, const AnalysisResult &result, const std::vector<Product> &candidates)
{
    QStringList advice;
    for (const Finding &f : result.findings) {
        if (!canAdvise(f.code))
            continue;
        const std::vector<Suggestion> suggestions = adviseFor(chain, result, f, candidates, 1);
        if (suggestions.empty())
            continue;
        const QString line = QCoreApplication::translate("Report", "%1: %2 (%3)")
                                 .arg(chain.devices[static_cast<std::size_t>(f.device)].name(), suggestionChange(suggestions.front()),
                                      suggestionReason(suggestions.front()));
        if (!advice.contains(line))
            advice << line;
    }
    return advice;
}

} // namespace

std::vector<ReportLevelRow> levelRows(const Chain &chain, const AnalysisResult &result)
{
    std::vector<ReportLevelRow> rows;
    for (std::size_t d = 0; d < chain.devices.size(); ++d) {
        const Device &device = chain.devices[d];
        for (std::size_t p = 0; p < device.ports.size(); ++p) {
            const PortResult &r = result.port(static_cast<int>(d), static_cast<int>(p));
            if (!r.reached)
                continue;
            ReportLevelRow row;
            row.port = device.id + u'.' + device.ports[p].id;
            row.estimated = r.estimated;
            row.level = levelCell(r.rms, r.signalClass);
            if (r.dbfs)
                row.dbfs =
                    formatNumber(*r.dbfs) + (r.gainDb ? QCoreApplication::translate("Report", " @%1 dB").arg(formatNumber(*r.gainDb, 0)) : QString());
            if (r.loadOhm > 0 && std::isfinite(r.loadOhm))
                row.load = formatNumber(r.loadOhm, 0);
            row.current = r.currentA >= 1e-5 ? QCoreApplication::translate("Report", "%1 mA").arg(formatNumber(r.currentA * 1000.0, 2))
                : r.currentA > 0             ? QCoreApplication::translate("Report", "%1 µA").arg(formatNumber(r.currentA * 1e6, 2))
                                             : QString();
            if (std::isfinite(r.headroomDb))
                row.headroom = QCoreApplication::translate("Report", "%1 dB").arg(formatNumber(r.headroomDb));
            if (r.noise > 0 && r.signalClass != bit(SignalClass::Digital) && r.signalClass != bit(SignalClass::Acoustic))
                row.noise = QCoreApplication::translate("Report", "%1 dBu").arg(formatNumber(voltsToDbu(r.noise)));
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

ReportModel buildReportModel(const Chain &chain, const AnalysisResult &result, const std::vector<Product> *candidates)
{
    ReportModel model;
    model.title = chain.title;
    model.description = chain.description;
    for (const ListenerResult &l : result.listeners)
        model.listeners.push_back({listenerName(chain, l.device), l.verdict, verdictWord(l),
                                   plainVerdict(l, chain.devices[static_cast<std::size_t>(l.device)].spec.kind()), verdictLine(l, chain),
                                   l.estimated});
    for (int severity = 2; severity >= 0; --severity)
        for (const Finding &f : result.findings)
            if (static_cast<int>(f.severity) == severity)
                model.findings.push_back({f.severity, QString::fromLatin1(codeKey(f.code)), describe(f, chain)});
    if (candidates)
        model.advice = adviceFor(chain, result, *candidates);
    model.cables = cableSchedule(chain, result);
    model.parts = partsWithSources(chain);
    model.levels = levelRows(chain, result);
    return model;
}

} // namespace headroom
