// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "advisor.h"

#include "chainedit.h"
#include "quantity.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <map>
#include <tuple>

namespace headroom {
namespace {

/// The quietest volume setting the advisor chooses (physics.md §4: a volume control attenuates, 0 dB is full).
constexpr double kLowestVolumeDb = -60;
constexpr double kVolumeToleranceDb = 0.01;
constexpr int kVolumeRounds = 4;

/// Stands for "no figure" where a listener has no result.
constexpr double kNoValue = 1e9;

bool isListenerShortfall(FindingCode code)
{
    return code == FindingCode::NeedsHeadphoneAmp || code == FindingCode::AmpTooWeak || code == FindingCode::Marginal
        || code == FindingCode::MonitorsTooQuiet;
}

bool sameFinding(const Finding &a, const Finding &b) { return a.code == b.code && a.device == b.device && a.port == b.port; }

bool serious(const Finding &f) { return f.severity != Severity::Info; }

/// The first cable that leaves an output.
std::optional<Connection> cableFrom(const Chain &chain, const PortRef &output)
{
    const auto it = std::find_if(chain.connections.begin(), chain.connections.end(), [&](const Connection &c) { return c.from == output; });
    return it == chain.connections.end() ? std::nullopt : std::optional<Connection>(*it);
}

/// A line output of the device with no cable yet, to feed an amp as physics.md §6 recommends.
std::optional<PortRef> freeLineOutput(const Chain &chain, const Device &device)
{
    for (const PortSpec &port : device.ports)
        if (port.role == PortRole::LineOut && !cableFrom(chain, {device.id, port.id}))
            return PortRef{device.id, port.id};
    return std::nullopt;
}

/// A new device for a candidate, with an id of its own in the chain.
Device newDevice(const Chain &chain, const Product &candidate)
{
    Device device(chain.uniqueId(QString::fromLatin1(kindKey(candidate.spec.kind()))), candidate.spec);
    device.catalogId = candidate.id;
    return device;
}

/// Puts `device` on the cable, between its two ends (moving what must move to make room), and wires it: `feed` into
/// the device's `in`, its `out` into where the cable went.
void insertOnCable(Chain &chain, Device device, const Connection &cable, const PortRef &feed, const QString &out)
{
    const Insertion room =
        insertBetween(chain, *chain.device(cable.from.device), *chain.device(cable.to.device), roughNodeSize(device), roughNodeSize);
    for (Device &d : chain.devices)
        if (room.moved.contains(d.id))
            d.x += room.shift;
    device.x = room.at.x();
    device.y = room.at.y();
    std::erase(chain.connections, cable);
    chain.connections.push_back({feed, {device.id, QStringLiteral("in")}});
    chain.connections.push_back({{device.id, out}, cable.to});
    chain.devices.push_back(std::move(device));
}

/// How far a listener is from the target (on a splitter: the worst of its listeners), or how much gain a microphone
/// has to spare (< 0: short), in `result`.
double measure(const AnalysisResult &result, const Finding &problem)
{
    if (isListenerShortfall(problem.code) || problem.code == FindingCode::SplitterLoading) {
        double worst = kNoValue;
        for (int d : isListenerShortfall(problem.code) ? std::vector<int>{problem.device} : problem.related) {
            const ListenerResult *l = result.listener(d);
            worst = std::min(worst, l ? l->headroomDb : -kNoValue);
        }
        return worst;
    }
    for (const Finding &f : result.findings)
        if (sameFinding(f, problem))
            return -f.figure("shortDb").value_or(0.0);
    return 0;
}

/// Solving first, then the fewest new errors and warnings, published figures before typical ones, the most room.
auto rankKey(const Suggestion &s)
{
    const auto seriousAdded = std::count_if(s.added.begin(), s.added.end(), serious);
    return std::make_tuple(!s.solved, seriousAdded, s.estimated, -s.after);
}

class Advisor
{
public:
    Advisor(const Chain &chain, const AnalysisResult &result) : m_chain(chain), m_result(result) {}

    /// The candidates tried against one problem, best first.
    std::vector<Suggestion> tryAll(const Finding &problem, const std::vector<Product> &candidates, int limit) const
    {
        // Each kind of change ranked on its own, so a retailer sees the best amps, interfaces and headphones alike.
        std::map<AdviceKind, std::vector<Suggestion>> byKind;
        for (const Product &candidate : candidates)
            if (auto s = tryOne(problem, candidate))
                byKind[s->kind].push_back(std::move(*s));
        std::vector<Suggestion> out;
        for (auto &[kind, tried] : byKind) {
            std::stable_sort(tried.begin(), tried.end(), [](const Suggestion &a, const Suggestion &b) { return rankKey(a) < rankKey(b); });
            for (std::size_t i = 0; i < tried.size() && i < static_cast<std::size_t>(limit); ++i)
                out.push_back(std::move(tried[i]));
        }
        return out;
    }

private:
    /// The chain with the candidate applied to the problem, or nothing when it does not apply there.
    /// A distribution amp in the splitter's place (the same index, so the findings of the other devices compare),
    /// fed from a free line output where the source has one, a channel for each of the splitter's cables.
    std::optional<Suggestion> replaceSplitter(Suggestion s, int splitter, const Product &candidate) const
    {
        const Device &split = m_chain.devices[static_cast<std::size_t>(splitter)];
        const Connection *in = split.spec.kind() == DeviceKind::Splitter ? m_chain.connectionInto({split.id, QStringLiteral("in")}) : nullptr;
        if (!in)
            return std::nullopt;
        std::vector<PortRef> listeners; // what the splitter's cables go to
        for (const Connection &c : m_chain.connections)
            if (c.from.device == split.id)
                listeners.push_back(c.to);
        Device amp = newDevice(m_chain, candidate);
        std::vector<QString> outputs;
        for (const PortSpec &port : amp.ports)
            if (port.role == PortRole::HeadphoneOut)
                outputs.push_back(port.id);
        if (listeners.empty() || outputs.size() < listeners.size())
            return std::nullopt;
        amp.x = split.x;
        amp.y = split.y;
        // The output that drives the splitter's listeners, through any adapters: its free line output feeds the amp.
        const ListenerResult *l = m_result.listener(m_chain.indexOf(listeners.front().device));
        const Device *driver = l && l->driverDevice >= 0 ? &m_chain.devices[static_cast<std::size_t>(l->driverDevice)] : nullptr;
        const PortRef feed = (driver ? freeLineOutput(m_chain, *driver) : std::nullopt).value_or(in->from);
        std::erase_if(s.chain.connections, [&](const Connection &c) { return c.from.device == split.id || c.to.device == split.id; });
        s.chain.connections.push_back({feed, {amp.id, QStringLiteral("in")}});
        for (std::size_t k = 0; k < listeners.size(); ++k)
            s.chain.connections.push_back({{amp.id, outputs[k]}, listeners[k]});
        s.changedDevice = amp.id;
        s.chain.devices[static_cast<std::size_t>(splitter)] = std::move(amp);
        s.kind = AdviceKind::ReplaceSplitter;
        return s;
    }

    /// The candidate in a device's place: the same id, position and settings (of the ports it still has), every
    /// cable kept; nothing when a cable would be lost or the device is that product already.
    std::optional<Suggestion> replaceDevice(Suggestion s, int device, const Product &candidate, AdviceKind kind) const
    {
        const Device &old = m_chain.devices[static_cast<std::size_t>(device)];
        if (old.catalogId == candidate.id || !keepsCables(m_chain, old.id, candidate.spec))
            return std::nullopt;
        Device &replacement = s.chain.devices[static_cast<std::size_t>(device)];
        replacement.setSpec(candidate.spec);
        replacement.catalogId = candidate.id;
        replacement.label.clear();
        s.kind = kind;
        s.changedDevice = old.id;
        return s;
    }

    std::optional<Suggestion> change(const Finding &problem, const Product &candidate) const
    {
        Suggestion s;
        s.problem = problem.code;
        s.device = problem.device;
        s.port = problem.port;
        s.candidateId = candidate.id;
        s.chain = m_chain;
        const DeviceKind kind = candidate.spec.kind();
        if (problem.code == FindingCode::MonitorsTooQuiet && kind == DeviceKind::PowerAmp) { // a stronger amplifier on the same cables
            const ListenerResult *l = m_result.listener(problem.device);
            if (!l || l->driverDevice < 0 || m_chain.devices[static_cast<std::size_t>(l->driverDevice)].spec.kind() != DeviceKind::PowerAmp)
                return std::nullopt;
            return replaceDevice(std::move(s), l->driverDevice, candidate, AdviceKind::ReplacePowerAmp);
        }
        if (problem.code == FindingCode::MonitorsTooQuiet) // louder speakers of the same kind in the same place
            return kind == m_chain.devices[static_cast<std::size_t>(problem.device)].spec.kind()
                ? replaceDevice(std::move(s), problem.device, candidate, AdviceKind::ReplaceMonitors)
                : std::nullopt;
        if (isListenerShortfall(problem.code) && kind == DeviceKind::HeadphoneAmp) {
            const ListenerResult *l = m_result.listener(problem.device);
            if (!l || l->driverDevice < 0)
                return std::nullopt;
            const Device &driver = m_chain.devices[static_cast<std::size_t>(l->driverDevice)];
            if (problem.code == FindingCode::AmpTooWeak) // a stronger amp in the weak one's place
                return replaceDevice(std::move(s), l->driverDevice, candidate, AdviceKind::ReplaceHeadphoneAmp);
            const std::optional<Connection> cable = cableFrom(m_chain, {driver.id, driver.ports[static_cast<std::size_t>(l->driverPort)].id});
            if (!cable)
                return std::nullopt;
            Device amp = newDevice(m_chain, candidate);
            s.changedDevice = amp.id;
            insertOnCable(s.chain, std::move(amp), *cable, freeLineOutput(m_chain, driver).value_or(cable->from), QStringLiteral("out1"));
            s.kind = AdviceKind::AddHeadphoneAmp;
            return s;
        }
        if (isListenerShortfall(problem.code) && kind == DeviceKind::Headphones)
            return replaceDevice(std::move(s), problem.device, candidate, AdviceKind::ReplaceHeadphones);
        if (isListenerShortfall(problem.code) && kind == DeviceKind::Interface) {
            // Another interface only where an interface's own headphone output drives the listener.
            const ListenerResult *l = m_result.listener(problem.device);
            if (!l || l->driverDevice < 0 || m_chain.devices[static_cast<std::size_t>(l->driverDevice)].spec.kind() != DeviceKind::Interface)
                return std::nullopt;
            return replaceDevice(std::move(s), l->driverDevice, candidate, AdviceKind::ReplaceInterface);
        }
        if (problem.code == FindingCode::SplitterLoading && kind == DeviceKind::HeadphoneAmp)
            return replaceSplitter(std::move(s), problem.device, candidate);
        if (problem.code == FindingCode::PreampGainShort && kind == DeviceKind::InlinePreamp) {
            const Device &input = m_chain.devices[static_cast<std::size_t>(problem.device)];
            const Connection *cable = m_chain.connectionInto({input.id, input.ports[static_cast<std::size_t>(problem.port)].id});
            if (!cable)
                return std::nullopt;
            Device booster = newDevice(m_chain, candidate);
            s.changedDevice = booster.id;
            const Connection at = *cable;
            insertOnCable(s.chain, std::move(booster), at, at.from, QStringLiteral("out"));
            // The booster runs on the input's 48 V (every inline preamp does, physics.md §2), and its gain is taken
            // back at the preamp: the engine sets the gain that puts the average at −18 dBFS (physics.md §3) rather
            // than keep a gain set for the bare microphone.
            PortSettings &port = s.chain.devices[static_cast<std::size_t>(problem.device)].settings.ports[static_cast<std::size_t>(problem.port)];
            port.phantom = true;
            port.gainDb = kUnset;
            s.kind = AdviceKind::AddInlinePreamp;
            return s;
        }
        return std::nullopt;
    }

    /// Where a change goes: problems that share it (listeners on one splitter) share the changed chain's analysis.
    QString changeKey(const Finding &problem, const Product &candidate) const
    {
        const auto portName = [this](int d, int p) {
            const Device &device = m_chain.devices[static_cast<std::size_t>(d)];
            return device.id + u'.' + device.ports[static_cast<std::size_t>(p)].id;
        };
        QString at;
        if (isListener(candidate.spec.kind()))
            at = m_chain.devices[static_cast<std::size_t>(problem.device)].id + QStringLiteral(" listens");
        else if (const ListenerResult *l = isListenerShortfall(problem.code) ? m_result.listener(problem.device) : nullptr; l && l->driverDevice >= 0)
            at = portName(l->driverDevice, l->driverPort) + (problem.code == FindingCode::AmpTooWeak ? QStringLiteral(" replaced") : QString());
        else if (problem.port >= 0)
            at = portName(problem.device, problem.port);
        else
            at = m_chain.devices[static_cast<std::size_t>(problem.device)].id;
        return at + u' ' + candidate.id;
    }

    std::optional<Suggestion> tryOne(const Finding &problem, const Product &candidate) const
    {
        const QString key = changeKey(problem, candidate);
        std::optional<Suggestion> s;
        if (const auto known = m_tried.find(key); known != m_tried.end()) {
            s = known->second;
            s->problem = problem.code;
            s->device = problem.device;
            s->port = problem.port;
        } else {
            s = change(problem, candidate);
            if (!s)
                return std::nullopt;
            s->result = setVolumesForTarget(s->chain, analyze(s->chain), s->chain.indexOf(s->changedDevice));
            if (s->kind != AdviceKind::ReplaceHeadphones && s->kind != AdviceKind::ReplaceMonitors) // a listener's own: no other problem shares it
                m_tried.emplace(key, *s);
        }
        s->before = measure(m_result, problem);
        // Solved: the finding is gone and the programme still arrives (a booster without phantom power passes none).
        const auto playing = [&](int d) { return s->result.listener(d) && s->result.listener(d)->playing; };
        const bool arrives = isListenerShortfall(problem.code) ? playing(problem.device)
            : problem.code == FindingCode::SplitterLoading     ? std::all_of(problem.related.begin(), problem.related.end(), playing)
                                                               : s->result.port(problem.device, problem.port).rms > 0;
        s->solved =
            arrives && std::none_of(s->result.findings.begin(), s->result.findings.end(), [&](const Finding &f) {
                return f.device == problem.device && (f.code == problem.code || (isListenerShortfall(problem.code) && isListenerShortfall(f.code)));
            });
        s->after = measure(s->result, problem);
        if (problem.code == FindingCode::PreampGainShort && s->solved) { // short by X before; the booster's gain minus X after
            const std::optional<double> boost = candidate.spec.value(Field::GainDb);
            s->after = s->before + boost.value_or(typicalValue(candidate.spec, Field::GainDb).value_or(0.0));
            s->estimated = !boost;
        }
        for (const Finding &f : m_result.findings)
            if (f.code != FindingCode::EstimatedFigure
                && std::none_of(s->result.findings.begin(), s->result.findings.end(), [&](const Finding &g) { return sameFinding(f, g); }))
                s->cleared.push_back(f);
        for (const Finding &f : s->result.findings) {
            s->estimated = s->estimated || (f.estimated && (f.device == problem.device || f.device == s->chain.indexOf(s->changedDevice)));
            if (f.code != FindingCode::EstimatedFigure
                && std::none_of(m_result.findings.begin(), m_result.findings.end(), [&](const Finding &g) { return sameFinding(f, g); }))
                s->added.push_back(f);
        }
        return s;
    }

    const Chain &m_chain;
    const AnalysisResult &m_result;
    mutable std::map<QString, Suggestion> m_tried; ///< changes already made and analysed, by changeKey()
};

} // namespace

const char *adviceKindKey(AdviceKind kind)
{
    switch (kind) {
    case AdviceKind::AddHeadphoneAmp:
        return "add-headphone-amp";
    case AdviceKind::ReplaceHeadphoneAmp:
        return "replace-headphone-amp";
    case AdviceKind::AddInlinePreamp:
        return "add-inline-preamp";
    case AdviceKind::ReplaceSplitter:
        return "replace-splitter";
    case AdviceKind::ReplaceInterface:
        return "replace-interface";
    case AdviceKind::ReplaceHeadphones:
        return "replace-headphones";
    case AdviceKind::ReplaceMonitors:
        return "replace-monitors";
    case AdviceKind::ReplacePowerAmp:
        return "replace-power-amp";
    }
    return "add-headphone-amp";
}

bool canAdvise(FindingCode code) { return isListenerShortfall(code) || code == FindingCode::PreampGainShort || code == FindingCode::SplitterLoading; }

std::vector<Suggestion> adviseFor(const Chain &chain, const AnalysisResult &result, const Finding &problem, const std::vector<Product> &candidates,
                                  int limit)
{
    return canAdvise(problem.code) ? Advisor(chain, result).tryAll(problem, candidates, limit) : std::vector<Suggestion>{};
}

std::vector<Suggestion> advise(const Chain &chain, const AnalysisResult &result, const std::vector<Product> &candidates, int limit)
{
    const Advisor advisor(chain, result);
    std::vector<Suggestion> all;
    for (const Finding &f : result.findings) {
        if (!canAdvise(f.code))
            continue;
        std::vector<Suggestion> best = advisor.tryAll(f, candidates, limit);
        std::move(best.begin(), best.end(), std::back_inserter(all));
    }
    return all;
}

AnalysisResult setVolumesForTarget(Chain &chain, AnalysisResult result, int device)
{
    // A clipped programme reports its clipped peak, which understates the cut needed: the driving output's own
    // overshoot (its negative headroom) is cut as well, and a few rounds settle clipping further up.
    for (int round = 0; round < kVolumeRounds; ++round) {
        // Listeners sharing an output (a splitter) get the quietest setting any of them wants.
        std::map<std::pair<int, int>, double> wanted;
        for (const ListenerResult &l : result.listeners)
            if (l.playing && l.driverDevice >= 0 && (device < 0 || l.driverDevice == device)) {
                const double over = std::min(0.0, result.port(l.driverDevice, l.driverPort).headroomDb);
                const double v = std::max(std::min(0.0, l.volumeForTargetDb + over), kLowestVolumeDb);
                const auto [at, fresh] = wanted.emplace(std::pair(l.driverDevice, l.driverPort), v);
                if (!fresh)
                    at->second = std::min(at->second, v);
            }
        bool changed = false;
        for (const auto &[at, v] : wanted) {
            double &volume = chain.devices[static_cast<std::size_t>(at.first)].settings.ports[static_cast<std::size_t>(at.second)].volumeDb;
            if (std::abs(v - volume) > kVolumeToleranceDb) {
                volume = v;
                changed = true;
            }
        }
        if (!changed)
            break;
        result = analyze(chain);
    }
    return result;
}

QString suggestionChange(const Suggestion &s)
{
    const QString product = s.chain.device(s.changedDevice)->name();
    switch (s.kind) {
    case AdviceKind::AddHeadphoneAmp:
        return QCoreApplication::translate("Advice", "Add %1").arg(product);
    case AdviceKind::ReplaceHeadphoneAmp:
        return QCoreApplication::translate("Advice", "Replace the amp with %1").arg(product);
    case AdviceKind::AddInlinePreamp:
        return QCoreApplication::translate("Advice", "Add %1 before the input, with 48 V on").arg(product);
    case AdviceKind::ReplaceSplitter:
        return QCoreApplication::translate("Advice", "Replace the splitter with %1").arg(product);
    case AdviceKind::ReplaceInterface:
        return QCoreApplication::translate("Advice", "Use %1 as the interface").arg(product);
    case AdviceKind::ReplaceHeadphones:
        return QCoreApplication::translate("Advice", "Listen on %1 instead").arg(product);
    case AdviceKind::ReplaceMonitors:
        return s.chain.device(s.changedDevice)->spec.kind() == DeviceKind::PassiveSpeaker
            ? QCoreApplication::translate("Advice", "Use %1 as the speakers").arg(product)
            : QCoreApplication::translate("Advice", "Use %1 as the monitors").arg(product);
    case AdviceKind::ReplacePowerAmp:
        return QCoreApplication::translate("Advice", "Use %1 as the amplifier").arg(product);
    }
    return product;
}

QString suggestionReason(const Suggestion &s)
{
    QStringList parts;
    const bool listener = s.problem != FindingCode::PreampGainShort;
    if (s.solved)
        parts << (listener ? QCoreApplication::translate("Advice", "reaches the target with %1 dB to spare (was %2 dB)")
                           : QCoreApplication::translate("Advice", "%1 dB of gain to spare (was %2 dB)"))
                     .arg(formatNumber(s.after), formatNumber(s.before));
    else
        parts << QCoreApplication::translate("Advice", "still %1 dB short (was %2 dB)").arg(formatNumber(-s.after), formatNumber(-s.before));
    QStringList added;
    for (const Finding &f : s.added)
        if (serious(f) && !added.contains(findingTitle(f.code)))
            added << findingTitle(f.code);
    parts << (added.isEmpty() ? QCoreApplication::translate("Advice", "no new problems")
                              : QCoreApplication::translate("Advice", "new problems: %1").arg(added.join(QStringLiteral(", "))));
    if (s.estimated)
        parts << QCoreApplication::translate("Advice", "estimate: some figures are typical values");
    return parts.join(QStringLiteral("; "));
}

} // namespace headroom
