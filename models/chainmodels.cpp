// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chainmodels.h"

#include "advisor.h"

#include "report.h"
#include "units.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace headroom {
namespace {

QString levelText(const PortResult &r, LevelUnit unit) { return r.reached ? formatLevel(r.rms, r.signalClass, unit, r.dbfs) : QString(); }

QVariantList portList(const Device &device, const AnalysisResult &result, int d, Direction direction, LevelUnit unit)
{
    QVariantList ports;
    for (std::size_t p = 0; p < device.ports.size(); ++p) {
        const PortSpec &port = device.ports[p];
        if (port.direction != direction)
            continue;
        const PortResult &r = result.port(d, static_cast<int>(p));
        ports.append(QVariantMap{{QStringLiteral("id"), port.id},
                                 {QStringLiteral("label"), portLabel(port)},
                                 {QStringLiteral("connector"), QCoreApplication::translate("Connector", connectorLabel(port.connector))},
                                 {QStringLiteral("signal"), QString::fromLatin1(signalClassKey(primaryClass(port.classes)))},
                                 {QStringLiteral("level"), levelText(r, unit)}});
    }
    return ports;
}

QString deviceSummary(const Device &device, const AnalysisResult &result, int d)
{
    const QLocale locale;
    if (const ListenerResult *l = result.listener(d)) {
        if (l->verdict == Verdict::NotConnected)
            return QCoreApplication::translate("Canvas", "not connected");
        // Headroom to the listener's peak target: "+4.1 dB", "−4.9 dB" (a true minus, as the verdict strip writes).
        const QString headroom = (l->headroomDb >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + locale.toString(std::abs(l->headroomDb), 'f', 1);
        if (isSpeakers(device.spec.kind()))
            return QCoreApplication::translate("Canvas", "up to %1 dB SPL at %2 m, headroom %3 dB")
                .arg(locale.toString(l->maxSpl, 'f', 1), locale.toString(device.settings.listeningDistanceM, 'g', 3), headroom);
        return QCoreApplication::translate("Canvas", "up to %1 dB SPL, headroom %2 dB").arg(locale.toString(l->maxSpl, 'f', 1), headroom);
    }
    for (std::size_t p = 0; p < device.ports.size(); ++p)
        if (const PortResult &r = result.port(d, static_cast<int>(p)); r.gainDb && r.reached)
            return QCoreApplication::translate("Canvas", "gain %1 dB").arg(locale.toString(*r.gainDb, 'f', 0));
    return {};
}

} // namespace

void DeviceListModel::refresh(const Chain &chain, const AnalysisResult &result, LevelUnit unit)
{
    std::vector<int> severity(chain.devices.size(), -1);
    for (const Finding &f : result.findings)
        if (f.device >= 0 && f.code != FindingCode::EstimatedFigure)
            severity[static_cast<std::size_t>(f.device)] = std::max(severity[static_cast<std::size_t>(f.device)], static_cast<int>(f.severity));
    QList<Row> rows;
    rows.reserve(static_cast<qsizetype>(chain.devices.size()));
    for (std::size_t i = 0; i < chain.devices.size(); ++i) {
        const Device &d = chain.devices[i];
        const int di = static_cast<int>(i);
        const ListenerResult *l = result.listener(di);
        rows.append({d.id, d.name(), QString::fromLatin1(kindKey(d.spec.kind())), QCoreApplication::translate("DeviceKind", kindLabel(d.spec.kind())),
                     deviceSummary(d, result, di), d.x, d.y, portList(d, result, di, Direction::In, unit),
                     portList(d, result, di, Direction::Out, unit), severity[i], l ? l->estimated : false});
    }
    replaceRows(m_rows, std::move(rows), [](const Row &r) { return r.id; });
}

int DeviceListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case DeviceIdRole:
        return r.id;
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case KindRole:
        return r.kind;
    case KindLabelRole:
        return r.kindLabel;
    case XRole:
        return r.x;
    case YRole:
        return r.y;
    case InputsRole:
        return r.inputs;
    case OutputsRole:
        return r.outputs;
    case SeverityRole:
        return r.severity;
    case SummaryRole:
        return r.summary;
    case EstimatedRole:
        return r.estimated;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceListModel::roleNames() const
{
    return {{DeviceIdRole, "deviceId"},
            {NameRole, "name"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {XRole, "posX"},
            {YRole, "posY"},
            {InputsRole, "inputs"},
            {OutputsRole, "outputs"},
            {SeverityRole, "severity"},
            {SummaryRole, "summary"},
            {EstimatedRole, "estimated"}};
}

int DeviceListModel::indexOf(const QString &deviceId) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.id == deviceId; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

QVariantMap DeviceListModel::device(const QString &deviceId) const
{
    const int row = indexOf(deviceId);
    QVariantMap map;
    if (row < 0)
        return map;
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

void ConnectionListModel::refresh(const Chain &chain, const AnalysisResult &result, LevelUnit unit)
{
    QList<Row> rows;
    QSet<QString> labelledOutputs;
    for (const Connection &c : chain.connections) {
        const int d = chain.indexOf(c.from.device);
        const Device *device = d < 0 ? nullptr : &chain.devices[static_cast<std::size_t>(d)];
        const int p = device ? device->portIndex(c.from.port) : -1;
        const PortResult *r = p < 0 ? nullptr : &result.port(d, p);
        bool firstFromOutput = false;
        if (const QString output = c.from.toString(); !labelledOutputs.contains(output)) {
            labelledOutputs.insert(output);
            firstFromOutput = true;
        }
        rows.append({c.from.device, c.from.port, c.to.device, c.to.port, r ? levelText(*r, unit) : QString(),
                     p < 0 ? QString() : QString::fromLatin1(signalClassKey(primaryClass(device->ports[static_cast<std::size_t>(p)].classes))),
                     firstFromOutput});
    }
    replaceRows(m_rows, std::move(rows), [](const Row &r) { return r.fromDevice + u'.' + r.fromPort + u'>' + r.toDevice + u'.' + r.toPort; });
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case FromDeviceRole:
        return r.fromDevice;
    case FromPortRole:
        return r.fromPort;
    case ToDeviceRole:
        return r.toDevice;
    case ToPortRole:
        return r.toPort;
    case Qt::DisplayRole:
    case LabelRole:
        return r.label;
    case SignalRole:
        return r.signal;
    case LabelledRole:
        return r.labelled;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConnectionListModel::roleNames() const
{
    return {{FromDeviceRole, "fromDevice"}, {FromPortRole, "fromPort"},  {ToDeviceRole, "toDevice"}, {ToPortRole, "toPort"},
            {LabelRole, "levelText"},       {SignalRole, "signalClass"}, {LabelledRole, "labelled"}};
}

void FindingListModel::refresh(const Chain &chain, const AnalysisResult &result)
{
    QList<Row> rows;
    for (const Finding &f : result.findings)
        rows.append({static_cast<int>(f.severity), QString::fromLatin1(codeKey(f.code)), describe(f, chain),
                     f.device >= 0 ? chain.devices[static_cast<std::size_t>(f.device)].id : QString(), f.estimated, canAdvise(f.code)});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.severity > b.severity; });
    replaceRows(m_rows, std::move(rows), [](const Row &r) { return r.code + r.deviceId + r.message; });
}

int FindingListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

QVariant FindingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case SeverityRole:
        return r.severity;
    case CodeRole:
        return r.code;
    case Qt::DisplayRole:
    case MessageRole:
        return r.message;
    case DeviceIdRole:
        return r.deviceId;
    case EstimatedRole:
        return r.estimated;
    case AdvisableRole:
        return r.advisable;
    default:
        return {};
    }
}

QHash<int, QByteArray> FindingListModel::roleNames() const
{
    return {{SeverityRole, "severity"}, {CodeRole, "code"},           {MessageRole, "message"},
            {DeviceIdRole, "deviceId"}, {EstimatedRole, "estimated"}, {AdvisableRole, "advisable"}};
}

namespace {

/// A listener's verdict in a few words, for a chip with the whole sentence on hover.
QString shortVerdict(const ListenerResult &l)
{
    const QLocale locale;
    const QString db = locale.toString(std::abs(l.headroomDb), 'f', 1);
    if (l.unknownOutputDecides())
        return QCoreApplication::translate("Verdict", "unsure: %1 dB short, or %2 dB to spare")
            .arg(db, locale.toString(*l.strongestOutputHeadroomDb, 'f', 1));
    switch (l.verdict) {
    case Verdict::Ok:
        return QCoreApplication::translate("Verdict", "OK, %1 dB to spare").arg(db);
    case Verdict::Marginal:
        return QCoreApplication::translate("Verdict", "marginal, %1 dB short").arg(db);
    case Verdict::NeedsAmp:
        return QCoreApplication::translate("Verdict", "needs an amp, %1 dB short").arg(db);
    case Verdict::TooQuiet:
        return QCoreApplication::translate("Verdict", "too quiet, %1 dB short").arg(db);
    case Verdict::NotConnected:
        break;
    }
    return QCoreApplication::translate("Verdict", "not connected");
}

/// A problem a microphone or instrument has at the input it reaches, in a few words; empty for other findings.
QString shortSourceProblem(const Finding &f)
{
    switch (f.code) {
    case FindingCode::PreampGainShort:
        return QCoreApplication::translate("Verdict", "%1 dB short of gain").arg(QLocale().toString(f.figure("shortDb").value_or(0), 'f', 1));
    case FindingCode::PhantomOff:
        return QCoreApplication::translate("Verdict", "phantom power off");
    case FindingCode::PhantomOnRibbon:
        return QCoreApplication::translate("Verdict", "phantom power on a ribbon");
    case FindingCode::InstrumentNotHiZ:
        return QCoreApplication::translate("Verdict", "needs a Hi-Z input");
    case FindingCode::Clipping:
        return QCoreApplication::translate("Verdict", "clips at the input");
    default:
        return {};
    }
}

bool isSource(const Device &d) { return d.spec.kind() == DeviceKind::Microphone || d.spec.kind() == DeviceKind::Instrument; }

/// The microphone or instrument whose signal reaches an input through inline preamps and adapters; −1 when none.
int sourceFeeding(const Chain &chain, int device, int port)
{
    for (int hops = 0; device >= 0 && port >= 0 && hops < 16; ++hops) {
        const Device &d = chain.devices[static_cast<std::size_t>(device)];
        const Connection *c = chain.connectionInto({d.id, d.ports[static_cast<std::size_t>(port)].id});
        device = c ? chain.indexOf(c->from.device) : -1;
        if (device < 0)
            return -1;
        const Device &up = chain.devices[static_cast<std::size_t>(device)];
        if (isSource(up))
            return device;
        if (up.spec.kind() != DeviceKind::InlinePreamp && up.spec.kind() != DeviceKind::Adapter)
            return -1;
        const auto input = std::find_if(up.ports.begin(), up.ports.end(), [](const PortSpec &p) { return p.direction == Direction::In; });
        port = input == up.ports.end() ? -1 : static_cast<int>(input - up.ports.begin());
    }
    return -1;
}

} // namespace

void ListenerListModel::refreshSources(const Chain &chain, const AnalysisResult &result)
{
    QList<Row> rows;
    for (std::size_t i = 0; i < chain.devices.size(); ++i) {
        const Device &d = chain.devices[i];
        if (!isSource(d))
            continue;
        const Finding *worst = nullptr;
        for (const Finding &f : result.findings) {
            const bool aboutThis = f.device == static_cast<int>(i) || sourceFeeding(chain, f.device, f.port) == static_cast<int>(i);
            if (aboutThis && !shortSourceProblem(f).isEmpty() && (!worst || f.severity > worst->severity))
                worst = &f;
        }
        if (!worst)
            continue; // a source without a problem needs no entry: the strip stays about what needs doing
        rows.append({d.id, d.name(), worst->severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"),
                     describe(*worst, chain), shortSourceProblem(*worst), 0, 0, true});
    }
    replaceRows(m_rows, std::move(rows), [](const Row &r) { return r.id; });
}

void ListenerListModel::refresh(const Chain &chain, const AnalysisResult &result)
{
    QList<Row> rows;
    for (const ListenerResult &l : result.listeners) {
        const Device &d = chain.devices[static_cast<std::size_t>(l.device)];
        rows.append({d.id, d.settings.listener.isEmpty() ? d.name() : d.settings.listener, verdictKey(l.verdict), verdictLine(l, chain),
                     shortVerdict(l), l.maxSpl, l.headroomDb, false});
    }
    replaceRows(m_rows, std::move(rows), [](const Row &r) { return r.id; });
}

int ListenerListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

QVariant ListenerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case DeviceIdRole:
        return r.id;
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case VerdictRole:
        return r.verdict;
    case SummaryRole:
        return r.summary;
    case MaxSplRole:
        return r.maxSpl;
    case HeadroomRole:
        return r.headroom;
    case ShortRole:
        return r.shortText;
    case SourceRole:
        return r.source;
    default:
        return {};
    }
}

QHash<int, QByteArray> ListenerListModel::roleNames() const
{
    return {{DeviceIdRole, "deviceId"}, {NameRole, "name"},         {VerdictRole, "verdict"}, {SummaryRole, "summary"},
            {MaxSplRole, "maxSpl"},     {HeadroomRole, "headroom"}, {ShortRole, "shortText"}, {SourceRole, "source"}};
}

QVariantList programmeChoices()
{
    QVariantList choices;
    for (Programme p : {Programme::Speech, Programme::Music, Programme::PinkNoise, Programme::Tone, Programme::Sweep})
        choices.append(QVariantMap{{QStringLiteral("key"), QString::fromLatin1(programmeKey(p))},
                                   {QStringLiteral("label"), QCoreApplication::translate("Program", programmeLabel(p))}});
    return choices;
}

} // namespace headroom
