// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Devices with a converter: audio interfaces and USB microphones. The preamp's gain in front of the converter's full
// scale, and the monitor mix that feeds their outputs (physics.md §3).

#include "engine.h"

#include <algorithm>

namespace headroom::engine {

Signal Engine::convert(int d, int p, const ConverterInput &in, bool est)
{
    // physics.md §3: clip_in(G) = MaxIn@Gmin − (G − Gmin); level_dBFS = level_in − clip_in(G).
    const int g = global(d, p);
    PortResult &r = res(g);
    const PortSettings &ps = settings(g);
    const double neededGain = in.gainMinDb + in.maxInDb + kTargetDbfs - in.toDb(r.rms);
    const double gain = std::clamp(std::isnan(ps.gainDb) ? neededGain : ps.gainDb, in.gainMinDb, in.gainMaxDb);
    const double fullScale = in.fromDb(in.maxInDb - (gain - in.gainMinDb));

    const double noise = std::isfinite(in.noiseDb) ? in.fromDb(in.noiseDb) : 0.0;
    Signal s = signalAt(g);
    s.noise = std::hypot(s.noise, noise);
    s = scaled(s, 1.0 / fullScale);
    stage(g).noiseRms = noise;
    stage(g).clipRms = fullScale; // the ADC clips hard at full scale (physics.md §8)
    stage(g).clip = ClipKind::Hard;
    s.capability = 1.0; // a full-scale sine
    s.estimated = est;

    r.gainDb = gain;
    r.headroomDb = applyLimit(s, 1.0); // the ADC clips hard at full scale (physics.md §8)
    if (r.reached)
        r.dbfs = amplitudeDb(s.rms);
    if (r.reached && r.headroomDb < -kClipEpsilonDb) {
        Finding &f = add(Severity::Error, FindingCode::Clipping, d, p);
        f.figures = {{"overDb", -r.headroomDb, "dB"}};
        f.estimated = est;
    }
    if (r.reached && in.microphone && neededGain > in.gainMaxDb + 1e-9) {
        Finding &f = add(Severity::Error, FindingCode::PreampGainShort, d, p);
        f.estimated = est;
        f.figures = {{"shortDb", neededGain - in.gainMaxDb, "dB"}, {"neededGainDb", neededGain, "dB"}, {"maxGainDb", in.gainMaxDb, "dB"}};
        if (in.boosterHelps) // an inline preamp can go between a microphone and this input
            f.figures.push_back({"boosterDb", hasBoosterUpstream(g) ? 0.0 : kBoosterGainDb, "dB"});
    } else if (r.reached && !std::isnan(ps.gainDb) && *r.dbfs < kQuietDbfs && gain < in.gainMaxDb) {
        add(Severity::Info, FindingCode::GainLow, d, p).figures = {{"levelDbfs", *r.dbfs, "dBFS"},
                                                                   {"suggestedGainDb", std::min(neededGain, in.gainMaxDb), "dB"}};
    }
    return s;
}

ConverterInput Engine::channelInput(int d, int p, bool &est)
{
    const int g = global(d, p);
    const PortResult &r = res(g);
    const auto cls = static_cast<SignalClass>(r.signalClass);
    const bool comboHiZ = spec(g).role == PortRole::ComboIn && settings(g).hiZ && dev(d).spec.flag(Field::HasHiZ);
    Field maxField = Field::LineMaxInputDbu;
    if (cls == SignalClass::Mic && spec(g).role == PortRole::ComboIn)
        maxField = Field::MicMaxInputDbu;
    else if (cls == SignalClass::Instrument && comboHiZ)
        maxField = Field::InstMaxInputDbu;
    if (cls == SignalClass::Instrument && !comboHiZ)
        add(Severity::Warning, FindingCode::InstrumentNotHiZ, d, p);

    ConverterInput in;
    in.maxInDb = fig(d, maxField, est);
    in.gainMinDb = fig(d, Field::GainMinDb, est);
    // Many makers publish only the span ("56 dB"): the maximum is then the minimum plus the span.
    const DeviceSpec &sp = dev(d).spec;
    in.gainMaxDb =
        sp.has(Field::GainMaxDb) || !sp.has(Field::GainRangeDb) ? fig(d, Field::GainMaxDb, est) : in.gainMinDb + *sp.value(Field::GainRangeDb);
    // Input-referred noise: the preamp's EIN, raised by any pad in front of it for line and instrument levels.
    const double padDb = maxField == Field::MicMaxInputDbu ? 0.0 : in.maxInDb - fig(d, Field::MicMaxInputDbu, est);
    in.noiseDb = fig(d, Field::EinDbu, est) + (std::isnan(padDb) ? 0.0 : std::max(0.0, padDb));
    in.fromDb = dbuToVolts;
    in.toDb = voltsToDbu;
    in.microphone = cls == SignalClass::Mic;
    in.boosterHelps = true;
    return in;
}

Signal Engine::interfaceInput(int d, int p)
{
    const PortResult &r = res(global(d, p));
    if (!r.reached && r.capability == 0)
        return {};
    bool est = r.estimated;
    const ConverterInput in = channelInput(d, p, est);
    return convert(d, p, in, est);
}

void Engine::preamp(int d)
{
    const int channels = dev(d).spec.count(Field::Channels);
    for (int c = 0; c < channels; ++c) {
        const int g = global(d, c);
        const PortResult &r = res(g);
        Signal s;
        bool est = r.estimated;
        // physics.md §3, "Standalone preamps": the output clips at its maximum level, so at gain G the input clips at
        // that level less G, or sooner where the maker states an input limit; the gain is chosen as a converter's.
        const double outMaxDbu = fig(d, Field::LineOutMaxDbu, est);
        if (r.reached || r.capability != 0) {
            ConverterInput in = channelInput(d, c, est);
            in.maxInDb = std::fmin(in.maxInDb, outMaxDbu - in.gainMinDb); // fmin: an unstated input limit is NaN
            s = convert(d, c, in, est);
        }
        const double gain = amplitudeRatio(res(g).gainDb.value_or(0.0));
        const double volume = amplitudeRatio(std::min(0.0, settings(global(d, channels + c)).volumeDb));
        Source src;
        src.sourceOhm = fig(d, Field::LineOutImpedanceOhm, est);
        src.maxOpenCircuit = dbuToVolts(outMaxDbu);
        // Full-scale units at the input to volts at the output; an input nothing reaches has no clip point and no signal.
        const double toVolts = std::isfinite(stage(g).clipRms) ? stage(g).clipRms * gain * volume : 0.0;
        src.openCircuit = scaled(s, toVolts);
        src.openCircuit.estimated = s.estimated || est;
        src.feeds = {{g, gain * volume}};
        drive(global(d, channels + c), src);
    }
}

void Engine::usbMicrophone(int d)
{
    bool est = false;
    std::vector<std::pair<int, Signal>> inputs;
    if (const PortResult &r = res(global(d, 0)); r.reached || r.capability != 0) {
        // physics.md §3, "USB microphones": the capsule's maximum SPL is full scale at the lowest gain, so the level in
        // dBFS is the SPL at the capsule minus that, plus the gain; the capsule's own noise is a pressure there.
        ConverterInput in;
        in.maxInDb = fig(d, Field::MaxSplDb, est);
        in.gainMinDb = 0;
        in.gainMaxDb = fig(d, Field::GainRangeDb, est);
        in.noiseDb = dev(d).spec.value(Field::SelfNoiseDbA).value_or(-kInfinity);
        in.fromDb = splToPascal;
        in.toDb = pascalToSpl;
        in.microphone = true;
        inputs.emplace_back(0, convert(d, 0, in, r.estimated || est));
    }
    driveOutputs(d, monitorMix(d, inputs), Bus{});
}

void Engine::interfaceDevice(int d)
{
    const Device &device = dev(d);
    std::vector<std::pair<int, Signal>> inputs;
    for (int p = 0; p < static_cast<int>(device.ports.size()); ++p)
        if (const PortRole role = device.ports[static_cast<std::size_t>(p)].role; role == PortRole::ComboIn || role == PortRole::LineIn)
            inputs.emplace_back(p, interfaceInput(d, p));
    const int aux = device.portIndex(u"aux");
    driveOutputs(d, monitorMix(d, inputs), aux >= 0 && connected(global(d, aux)) ? auxMix(d, aux, inputs) : Bus{});
}

void Engine::mixChannel(int d, int p, const Signal &s, double level, Bus &bus)
{
    mixInto(bus.signal, scaled(s, level));
    if (const int g = global(d, p); m_graph.upstream(g) >= 0)
        bus.record.feeds.push_back({g, level / stage(g).clipRms}); // input units to full-scale units
}

int Engine::closeBus(int d, int clipPort, Bus &bus)
{
    bus.signal.capability = 1.0; // outputs can always be driven to full scale from the computer or the channels' gain
    const double room = headroomDb(bus.signal.peak, 1.0);
    if (bus.signal.present && room < -kClipEpsilonDb && clipPort >= 0)
        add(Severity::Error, FindingCode::Clipping, d, clipPort).figures = {{"overDb", -room, "dB"}};
    applyLimit(bus.signal, 1.0);
    m_result.stages.push_back(bus.record);
    bus.stage = static_cast<int>(m_result.stages.size()) - 1;
    return bus.stage;
}

Bus Engine::auxMix(int d, int auxPort, const std::vector<std::pair<int, Signal>> &inputs)
{
    // physics.md §3, "Mixers": each channel's send, taken before its fader, onto a bus of its own that clips at full
    // scale like the main one; the computer's playback stays on the main mix.
    Bus aux;
    aux.record = {d, auxPort, true, {}, 0, 1.0, ClipKind::Hard};
    for (const auto &[p, s] : inputs)
        mixChannel(d, p, s, amplitudeRatio(dev(d).settings.ports[static_cast<std::size_t>(p)].auxSendDb), aux);
    closeBus(d, auxPort, aux);
    return aux;
}

Bus Engine::monitorMix(int d, const std::vector<std::pair<int, Signal>> &inputs)
{
    const Device &device = dev(d);
    const bool mixer = device.spec.kind() == DeviceKind::Mixer;
    const int usb = device.portIndex(u"usb");
    // The inputs reach the outputs directly (the device's own mix; a mixer always) or through the computer, whose DAW
    // plays them back after its buffers (physics.md §3, "Latency").
    const bool direct = mixer || (device.settings.directMonitor && device.spec.flag(Field::HasDirectMonitoring));
    const int computerPort = usb >= 0 ? m_graph.upstream(global(d, usb)) : -1;
    const Device *computer = computerPort >= 0 ? &dev(m_graph.device(computerPort)) : nullptr;
    if (computer && computer->spec.kind() != DeviceKind::Player)
        computer = nullptr;
    const bool throughComputer = !direct && computer && computer->settings.monitorInputs;
    InputLatency &latency = m_inputLatency[static_cast<std::size_t>(d)];
    latency.interface = d;
    if (direct) {
        latency.ms = 0.0;
    } else if (throughComputer) {
        // physics.md §3, "Latency": an input buffer and an output buffer, plus the device's own round trip.
        latency.ownMs = fig(d, Field::InterfaceLatencyMs, latency.estimated);
        latency.ms = roundTripBuffersMs(computer->settings.bufferSamples, computer->settings.sampleRateHz) + latency.ownMs;
        latency.computer = m_graph.device(computerPort);
    }

    // A mixer without USB audio clips its mix bus at its main outputs.
    const int mixPort = usb >= 0 ? usb : device.portIndex(u"line_out1");
    // A DAC, or an analogue bus at its supply rails, clips hard at full scale (physics.md §8).
    Bus bus;
    bus.record = {d, mixPort, true, {}, 0, 1.0, ClipKind::Hard};
    if (direct || throughComputer)
        for (const auto &[p, s] : inputs) // physics.md §3, "Mixers": a channel's fader scales it onto the bus; 0 dB leaves it as the gain set it
            mixChannel(d, p, s, mixer ? amplitudeRatio(device.settings.ports[static_cast<std::size_t>(p)].faderDb) : 1.0, bus);
    if (usb >= 0) {
        mixInto(bus.signal, signalAt(global(d, usb)));
        bus.record.feeds.insert(bus.record.feeds.begin(), {global(d, usb), 1.0}); // the computer's playback leads the mix
    }
    closeBus(d, mixPort, bus);
    return bus;
}

void Engine::driveOutputs(int d, const Bus &main, const Bus &aux)
{
    const Device &device = dev(d);
    for (int p = 0; p < static_cast<int>(device.ports.size()); ++p) {
        const PortSpec &port = device.ports[static_cast<std::size_t>(p)];
        if (!connected(global(d, p)))
            continue; // an empty socket has no level to show and needs no figures
        const double volumeDb = device.settings.ports[static_cast<std::size_t>(p)].volumeDb;
        if (isLineOutput(port.role)) {
            const Signal &bus = port.role == PortRole::AuxOut ? aux.signal : main.signal;
            const int mixStage = port.role == PortRole::AuxOut ? aux.stage : main.stage;
            const double volume = amplitudeRatio(std::min(0.0, volumeDb));
            bool est = bus.estimated;
            Source src;
            const double fullScale = dbuToVolts(fig(d, Field::LineOutMaxDbu, est));
            src.sourceOhm = fig(d, Field::LineOutImpedanceOhm, est);
            src.maxOpenCircuit = fullScale;
            src.openCircuit = scaled(bus, fullScale * volume);
            src.openCircuit.capability = fullScale;
            // physics.md §7: output noise from the dynamic range, constant after the volume control.
            src.addedNoise = fullScale * amplitudeRatio(-fig(d, Field::LineOutDynamicRangeDb, est));
            src.openCircuit.noise = std::hypot(src.openCircuit.noise, src.addedNoise);
            src.openCircuit.estimated = est;
            src.feeds = {{mixStage, fullScale * volume}};
            drive(global(d, p), src);
        } else if (port.role == PortRole::HeadphoneOut) {
            drive(global(d, p), headphoneOutput(d, main.signal, volumeDb, main.stage));
        }
    }
}

} // namespace headroom::engine
