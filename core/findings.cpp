// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "findings.h"

#include "quantity.h"

#include "chain.h"

#include <QCoreApplication>
#include <QLocale>

namespace headroom {
namespace {

constexpr const char *kCodeKeys[] = {"needs-headphone-amp",
                                     "amp-too-weak",
                                     "marginal",
                                     "output-impedance-high",
                                     "splitter-loading",
                                     "current-limit",
                                     "clipping",
                                     "preamp-gain-short",
                                     "gain-low",
                                     "phantom-off",
                                     "phantom-on-ribbon",
                                     "instrument-not-hi-z",
                                     "double-amping",
                                     "bridging-ratio",
                                     "loud-exposure",
                                     "audible-hiss",
                                     "overpowered",
                                     "below-min-load",
                                     "needs-adapter",
                                     "level-mismatch",
                                     "invalid-connection",
                                     "input-has-two-cables",
                                     "cycle",
                                     "not-connected",
                                     "no-signal",
                                     "estimated-figure",
                                     "monitors-too-quiet",
                                     "monitor-overload",
                                     "unbalanced-link",
                                     "monitoring-latency",
                                     "output-figures-unknown"};
static_assert(std::size(kCodeKeys) == static_cast<int>(FindingCode::OutputFiguresUnknown) + 1);

/// A few words for each finding, for lists where the whole sentence is too long (kCodeKeys order).
constexpr const char *kCodeTitles[] = {QT_TRANSLATE_NOOP("FindingTitle", "needs a headphone amp"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "amp too weak"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "marginal level"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "output impedance too high"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "splitter loading"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "current limit"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "clipping"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "not enough preamp gain"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "gain too low"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "phantom power off"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "phantom power on a ribbon"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "instrument not on Hi-Z"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "double amping"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "bridging ratio too low"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "loud for long listening"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "audible hiss"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "overpowered headphones"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "load below the amp's minimum"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "needs an adapter"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "level mismatch"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "impossible connection"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "two cables into one input"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "signal loop"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "not connected"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "no signal"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "estimated figure"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "monitors too quiet"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "monitors overloaded"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "unbalanced cable"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "monitoring latency"),
                                       QT_TRANSLATE_NOOP("FindingTitle", "verdict rests on unknown figures")};
static_assert(std::size(kCodeTitles) == std::size(kCodeKeys));

/// A device as the user knows it; headphones add who listens.
QString deviceName(const Chain &chain, int d)
{
    if (d < 0 || d >= static_cast<int>(chain.devices.size()))
        return QCoreApplication::translate("Finding", "a device");
    const Device &device = chain.devices[static_cast<std::size_t>(d)];
    return device.settings.listener.isEmpty() ? device.name()
                                              : QCoreApplication::translate("Finding", "%1 (%2)").arg(device.name(), device.settings.listener);
}

QString portName(const Chain &chain, int d, int p)
{
    if (d < 0 || p < 0 || p >= static_cast<int>(chain.devices[static_cast<std::size_t>(d)].ports.size()))
        return deviceName(chain, d);
    return QCoreApplication::translate("Finding", "%1 %2")
        .arg(deviceName(chain, d), portLabel(chain.devices[static_cast<std::size_t>(d)].ports[static_cast<std::size_t>(p)]));
}

QString connectorName(double c) { return QCoreApplication::translate("Connector", connectorLabel(static_cast<Connector>(static_cast<int>(c)))); }

QString className(double classes)
{
    return QCoreApplication::translate("SignalClass", signalClassLabel(primaryClass(static_cast<SignalClasses>(classes))));
}

QString minutesText(double minutes)
{
    if (minutes >= 120)
        return QCoreApplication::translate("Finding", "%1 h").arg(formatNumber(minutes / 60.0, 0));
    return QCoreApplication::translate("Finding", "%1 min").arg(formatNumber(minutes, 0));
}

/// What helps monitors that fall short, by what stops them first.
QString monitorRemedy(MonitorLimit limit, const QString &source)
{
    switch (limit) {
    case MonitorLimit::Speakers:
        return QCoreApplication::translate("Finding", "sit closer or choose bigger monitors");
    case MonitorLimit::Input:
        return QCoreApplication::translate("Finding", "turn their level control up");
    case MonitorLimit::PowerHandling:
        return QCoreApplication::translate("Finding", "their power rating stops them first; sit closer or choose more sensitive speakers");
    case MonitorLimit::Amplifier:
        return QCoreApplication::translate("Finding", "%1 runs out of power first; choose a more powerful amplifier or more sensitive speakers")
            .arg(source);
    case MonitorLimit::Source:
        break;
    }
    return QCoreApplication::translate("Finding", "%1 runs out of level first; turn their level control up").arg(source);
}

/// A headphone verdict weighed against the strongest output of its kind known, for the output's unknown figures.
QString unknownOutputText(const Finding &f, const QString &listener, const QString &output)
{
    const std::optional<double> level = f.figure("levelDbu");
    const std::optional<double> ohms = f.figure("sourceOhm");
    const QString unknown = level && ohms ? QCoreApplication::translate("Finding", "maximum level and output impedance")
        : level                           ? QCoreApplication::translate("Finding", "maximum level")
                                          : QCoreApplication::translate("Finding", "output impedance");
    QStringList strongest;
    if (level)
        strongest << QCoreApplication::translate("Finding", "%1 dBu").arg((*level > 0 ? QStringLiteral("+") : QString()) + formatNumber(*level));
    if (ohms)
        strongest << QCoreApplication::translate("Finding", "%1 Ω").arg(formatOhms(*ohms));
    const double best = f.figure("bestHeadroomDb").value_or(0.0);
    if (best >= 0)
        return QCoreApplication::translate("Finding",
                                           "Whether %1 is loud enough on %2 depends on its headphone output's unknown %3: %4 dB short with "
                                           "typical values, %5 dB to spare if it matches the strongest output of its kind known (%6)")
            .arg(listener, output, unknown, formatNumber(f.figure("shortDb").value_or(0.0)), formatNumber(best),
                 strongest.join(QStringLiteral(", ")));
    return QCoreApplication::translate("Finding",
                                       "%1 stays %2 dB short on %3 even if its headphone output's unknown %4 matched the strongest output of "
                                       "its kind known (%5)")
        .arg(listener, formatNumber(-best), output, unknown, strongest.join(QStringLiteral(", ")));
}

} // namespace

std::optional<double> Finding::figure(const char *key) const
{
    for (const Figure &f : figures)
        if (qstrcmp(f.key, key) == 0)
            return f.value;
    return std::nullopt;
}

QString findingTitle(FindingCode code) { return QCoreApplication::translate("FindingTitle", kCodeTitles[static_cast<std::size_t>(code)]); }

const char *codeKey(FindingCode code) { return kCodeKeys[static_cast<int>(code)]; }

const char *severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return "info";
    case Severity::Warning:
        return "warning";
    case Severity::Error:
        return "error";
    }
    return "info";
}

QString describe(const Finding &f, const Chain &chain)
{
    const auto v = [&f](const char *key) { return f.figure(key).value_or(0.0); };
    const QString device = deviceName(chain, f.device);
    const QString port = portName(chain, f.device, f.port);
    const QString other = deviceName(chain, f.related.empty() ? -1 : f.related.front());
    switch (f.code) {
    case FindingCode::NeedsHeadphoneAmp:
        return QCoreApplication::translate("Finding",
                                           "%1 needs a headphone amp: %2 dB short of %3 dB SPL peaks on %4 (it reaches %5 dB SPL; it needs "
                                           "%6 V, %7 mW)")
            .arg(device, formatNumber(v("shortDb")), formatNumber(v("targetSpl"), 0), other, formatNumber(v("maxSpl")),
                 formatNumber(v("requiredV"), 2), formatNumber(v("requiredMw")));
    case FindingCode::AmpTooWeak:
        return QCoreApplication::translate("Finding",
                                           "%1 is %2 dB short of %3 dB SPL peaks even on %4 (it reaches %5 dB SPL; it needs %6 V, %7 mW): "
                                           "choose a more powerful amp")
            .arg(device, formatNumber(v("shortDb")), formatNumber(v("targetSpl"), 0), other, formatNumber(v("maxSpl")),
                 formatNumber(v("requiredV"), 2), formatNumber(v("requiredMw")));
    case FindingCode::Marginal:
        return QCoreApplication::translate("Finding",
                                           "%1 is marginal on %2: %3 dB short of %4 dB SPL peaks (it reaches %5 dB SPL). Enough for "
                                           "compressed music; a headphone amp would leave room to spare")
            .arg(device, other, formatNumber(v("shortDb")), formatNumber(v("targetSpl"), 0), formatNumber(v("maxSpl")));
    case FindingCode::OutputImpedanceHigh: {
        const QString head = QCoreApplication::translate("Finding", "%1's output impedance (%2 Ω) is above 1/8 of %3's %4 Ω: the level drops %5 dB")
                                 .arg(other, formatNumber(v("sourceOhm")), device, formatNumber(v("loadOhm"), 0), formatNumber(-v("lossDb")));
        if (f.figure("deviationDb"))
            return QCoreApplication::translate("Finding", "%1 and the frequency response varies by %2 dB").arg(head, formatNumber(v("deviationDb")));
        return QCoreApplication::translate("Finding", "%1 and the tone may shift (add the impedance curve to compute by how much)").arg(head);
    }
    case FindingCode::SplitterLoading:
        return QCoreApplication::translate("Finding", "The %1 costs its %2 listeners %3 to %4 dB of level; %5 plays %6 dB louder than %7")
            .arg(device, formatNumber(v("listeners"), 0), formatNumber(v("minDropDb")), formatNumber(v("maxDropDb")), other,
                 formatNumber(v("mismatchDb")), deviceName(chain, f.related.size() > 1 ? f.related[1] : -1));
    case FindingCode::CurrentLimit:
        return QCoreApplication::translate("Finding", "%1 reaches its current limit into %2 Ω: current, not voltage, sets its maximum")
            .arg(port, formatNumber(v("loadOhm"), 0));
    case FindingCode::Clipping:
        return QCoreApplication::translate("Finding", "Clipping at %1 by %2 dB").arg(port, formatNumber(v("overDb")));
    case FindingCode::PreampGainShort: {
        const QString head = QCoreApplication::translate("Finding",
                                                         "Not enough preamp gain on %1: it needs %2 dB, the preamp gives at most %3 dB (%4 dB "
                                                         "short)")
                                 .arg(port, formatNumber(v("neededGainDb")), formatNumber(v("maxGainDb"), 0), formatNumber(v("shortDb")));
        if (!f.figure("boosterDb")) // a USB microphone: nothing goes between its capsule and its preamp
            return QCoreApplication::translate("Finding", "%1: move closer to the microphone, or speak up").arg(head);
        if (v("boosterDb") > 0)
            return QCoreApplication::translate("Finding", "%1. An inline preamp (about +%2 dB) fixes it").arg(head, formatNumber(v("boosterDb"), 0));
        return QCoreApplication::translate("Finding", "%1, even with the inline preamp: move the mic closer or use a preamp with more gain")
            .arg(head);
    }
    case FindingCode::GainLow:
        return QCoreApplication::translate("Finding", "%1 records at %2 dBFS on average: raise the gain to about %3 dB")
            .arg(port, formatNumber(v("levelDbfs")), formatNumber(v("suggestedGainDb"), 0));
    case FindingCode::PhantomOff:
        if (const DeviceKind kind = chain.devices[static_cast<std::size_t>(f.device)].spec.kind();
            kind == DeviceKind::InlinePreamp || kind == DeviceKind::DiBox)
            return QCoreApplication::translate("Finding", "%1 gets no phantom power: turn on 48 V at the input it plugs into").arg(device);
        return QCoreApplication::translate("Finding",
                                           "Phantom power is off for the condenser %1: turn on 48 V at its input (through an inline preamp "
                                           "that does not pass phantom, a condenser stays silent)")
            .arg(device);
    case FindingCode::PhantomOnRibbon:
        return QCoreApplication::translate("Finding",
                                           "Phantom power is on at the input of the ribbon mic %1: turn it off (on a faulty cable or patch bay "
                                           "it can damage a passive ribbon)")
            .arg(device);
    case FindingCode::InstrumentNotHiZ:
        return QCoreApplication::translate("Finding",
                                           "An instrument is plugged into %1 without Hi-Z: switch on Hi-Z/INST, or the input loads the pickup "
                                           "and dulls its treble")
            .arg(port);
    case FindingCode::DoubleAmping:
        return QCoreApplication::translate("Finding",
                                           "Double amping: %1 feeds a headphone amp while its line outputs are free; use a line output for a "
                                           "cleaner, quieter signal")
            .arg(port);
    case FindingCode::BridgingRatio:
        return QCoreApplication::translate("Finding", "%1 drives a load only %2 times its output impedance (10 times or more is usual): %3 dB lost")
            .arg(port, formatNumber(v("ratio")), formatNumber(-v("lossDb")));
    case FindingCode::LoudExposure:
        return QCoreApplication::translate("Finding", "%1 averages %2 dB SPL, over 85 dB(A): safe for about %3 a day")
            .arg(device, formatNumber(v("averageSpl")), minutesText(v("minutes")));
    case FindingCode::AudibleHiss:
        if (f.severity == Severity::Warning)
            return QCoreApplication::translate("Finding", "Audible hiss at %1: %2 dB SPL in quiet passages").arg(device, formatNumber(v("hissSpl")));
        return QCoreApplication::translate("Finding", "Faint hiss at %1: %2 dB SPL, heard only in a very quiet room")
            .arg(device, formatNumber(v("hissSpl")));
    case FindingCode::Overpowered:
        return QCoreApplication::translate("Finding", "%1 gets %2 mW peaks, above its %3 mW maximum input power")
            .arg(device, formatNumber(v("peakMw")), formatNumber(v("maxMw"), 0));
    case FindingCode::BelowMinLoad:
        return QCoreApplication::translate("Finding", "%1 drives %2 Ω, below its minimum load of %3 Ω")
            .arg(port, formatNumber(v("loadOhm")), formatNumber(v("minLoadOhm"), 0));
    case FindingCode::NeedsAdapter:
        return QCoreApplication::translate("Finding", "%1 into %2 needs an adapter between %3 and %4")
            .arg(other, port, connectorName(v("plug")), connectorName(v("socket")));
    case FindingCode::LevelMismatch: {
        const double gap = v("gapDb");
        const QString amount = QCoreApplication::translate("Finding", "about %1 dB too %2")
                                   .arg(formatNumber(std::abs(gap), 0),
                                        gap < 0 ? QCoreApplication::translate("Finding", "low") : QCoreApplication::translate("Finding", "high"));
        return QCoreApplication::translate("Finding", "%1 output from %2 into %3, a %4 input: %5")
            .arg(className(v("from")), other, port, className(v("to")), amount);
    }
    case FindingCode::InvalidConnection:
        return QCoreApplication::translate("Finding",
                                           "Invalid connection %1: it must run from an existing output to an existing input, and sound only "
                                           "reaches microphones, USB only USB")
            .arg(f.detail);
    case FindingCode::InputHasTwoCables:
        return QCoreApplication::translate("Finding", "%1 has more than one cable; only the first counts").arg(port);
    case FindingCode::Cycle:
        return QCoreApplication::translate("Finding", "%1 is part of a loop; its signal is not analysed").arg(device);
    case FindingCode::NotConnected:
        if (isListener(chain.devices[static_cast<std::size_t>(f.device)].spec.kind()))
            return QCoreApplication::translate("Finding", "%1 is not connected to anything that plays").arg(device);
        return QCoreApplication::translate("Finding", "%1 has nothing plugged into its input").arg(device);
    case FindingCode::NoSignal:
        return QCoreApplication::translate("Finding", "Nothing plays to %1: connect a computer's playback or turn on direct monitoring").arg(device);
    case FindingCode::EstimatedFigure: {
        const FieldInfo &info = fieldInfo(f.field.value_or(Field::ImpedanceOhm));
        return QCoreApplication::translate("Finding", "%1: %2 is unknown, a typical %3 %4 is used; find it in %5")
            .arg(device, QCoreApplication::translate("Field", info.label), formatNumber(v("typical")), QString::fromUtf8(info.unit),
                 QCoreApplication::translate("Field", info.whereToFind));
    }
    case FindingCode::MonitorsTooQuiet:
        return QCoreApplication::translate("Finding", "%1 reach %2 dB SPL at %3 m, %4 dB short of %5 dB SPL peaks: %6")
            .arg(device, formatNumber(v("maxSpl")), formatNumber(v("distanceM")), formatNumber(v("shortDb")), formatNumber(v("targetSpl"), 0),
                 monitorRemedy(static_cast<MonitorLimit>(static_cast<int>(v("limit"))), other));
    case FindingCode::MonitorOverload:
        switch (static_cast<MonitorLimit>(static_cast<int>(v("limit")))) {
        case MonitorLimit::Input:
            return QCoreApplication::translate("Finding", "The inputs of %1 clip: the peaks are %2 dB over; turn down %3 and their level control up")
                .arg(device, formatNumber(v("overDb")), other);
        case MonitorLimit::PowerHandling:
            return QCoreApplication::translate("Finding", "%1 are driven %2 dB past their power rating: turn %3 down before their voice coils burn")
                .arg(device, formatNumber(v("overDb")), other);
        default:
            return QCoreApplication::translate("Finding", "%1 are driven %2 dB past their maximum SPL: their limiters or drivers distort; turn down")
                .arg(device, formatNumber(v("overDb")));
        }
    case FindingCode::MonitoringLatency: {
        const QString head = QCoreApplication::translate("Finding", "%1 hears the inputs %2 ms late, through the computer (%3 samples at %4 Hz): ")
                                 .arg(device, formatNumber(v("latencyMs")), formatNumber(v("bufferSamples"), 0), formatNumber(v("sampleRateHz"), 0));
        const QString smaller = formatNumber(v("smallBufferMs"));
        return head
            + (v("directMonitoring") != 0.0
                   ? QCoreApplication::translate("Finding", "turn on direct monitoring, or set a 32-sample buffer (%1 ms)").arg(smaller)
                   : QCoreApplication::translate("Finding", "set a 32-sample buffer (%1 ms)").arg(smaller));
    }
    case FindingCode::OutputFiguresUnknown:
        return unknownOutputText(f, device, other);
    case FindingCode::UnbalancedLink:
        return QCoreApplication::translate("Finding",
                                           "The cable from %1 to %2 is unbalanced at one end: keep it short (a few metres) and away from mains "
                                           "cables, or it may hum")
            .arg(other, device);
    }
    return QString::fromLatin1(codeKey(f.code));
}

} // namespace headroom
