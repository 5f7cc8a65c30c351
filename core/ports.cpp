// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ports.h"

#include <QCoreApplication>

namespace headroom {
namespace {

constexpr SignalClasses kAllAnalog = kAnalogClasses;

Connector connectorField(const DeviceSpec &spec, Field f) { return static_cast<Connector>(spec.count(f)); }

void addNumbered(std::vector<PortSpec> &ports, int count, const QString &prefix, Direction dir, PortRole role, SignalClasses classes,
                 Connector connector, bool stereo)
{
    for (int i = 0; i < count; ++i)
        ports.push_back({prefix + QString::number(i + 1), dir, role, classes, connector, stereo, i});
}

/// MIDI sockets on 5-pin DIN: the inputs, the outputs and a thru that repeats the first input.
void addMidi(std::vector<PortSpec> &ports, const DeviceSpec &spec, int minimumOutputs)
{
    const SignalClasses midi = bit(SignalClass::Midi);
    addNumbered(ports, spec.count(Field::MidiInputs), QStringLiteral("midi_in"), Direction::In, PortRole::MidiIn, midi, Connector::Din5, false);
    addNumbered(ports, std::max(minimumOutputs, spec.count(Field::MidiOutputs)), QStringLiteral("midi_out"), Direction::Out, PortRole::MidiOut, midi,
                Connector::Din5, false);
    if (spec.flag(Field::MidiThru))
        ports.push_back({QStringLiteral("midi_thru"), Direction::Out, PortRole::MidiThru, midi, Connector::Din5, false, 0});
}

} // namespace

const char *signalClassKey(SignalClass c)
{
    switch (c) {
    case SignalClass::Acoustic:
        return "acoustic";
    case SignalClass::Mic:
        return "mic";
    case SignalClass::Instrument:
        return "instrument";
    case SignalClass::Line:
        return "line";
    case SignalClass::Headphone:
        return "headphone";
    case SignalClass::Digital:
        return "digital";
    case SignalClass::Midi:
        return "midi";
    case SignalClass::Speaker:
        return "speaker";
    }
    return "";
}

const char *signalClassLabel(SignalClass c)
{
    switch (c) {
    case SignalClass::Acoustic:
        return QT_TRANSLATE_NOOP("SignalClass", "acoustic");
    case SignalClass::Mic:
        return QT_TRANSLATE_NOOP("SignalClass", "mic level");
    case SignalClass::Instrument:
        return QT_TRANSLATE_NOOP("SignalClass", "instrument level");
    case SignalClass::Line:
        return QT_TRANSLATE_NOOP("SignalClass", "line level");
    case SignalClass::Headphone:
        return QT_TRANSLATE_NOOP("SignalClass", "headphone level");
    case SignalClass::Digital:
        return QT_TRANSLATE_NOOP("SignalClass", "digital");
    case SignalClass::Midi:
        return QT_TRANSLATE_NOOP("SignalClass", "MIDI");
    case SignalClass::Speaker:
        return QT_TRANSLATE_NOOP("SignalClass", "speaker level");
    }
    return "";
}

std::vector<PortSpec> portsOf(const DeviceSpec &spec)
{
    using enum Direction;
    using enum PortRole;
    std::vector<PortSpec> ports;
    const auto s = [](SignalClass c) { return bit(c); };
    switch (spec.kind()) {
    case DeviceKind::AcousticSource:
        ports.push_back({QStringLiteral("sound"), Out, SoundOut, s(SignalClass::Acoustic), Connector::Acoustic, false, 0});
        break;
    case DeviceKind::Instrument:
        ports.push_back({QStringLiteral("out"), Out, SourceOut, s(SignalClass::Instrument), Connector::Ts635, false, 0});
        break;
    case DeviceKind::Microphone:
        ports.push_back({QStringLiteral("sound"), In, SoundIn, s(SignalClass::Acoustic), Connector::Acoustic, false, 0});
        ports.push_back({QStringLiteral("out"), Out, SourceOut, s(SignalClass::Mic), Connector::Xlr, false, 0});
        break;
    case DeviceKind::InlinePreamp:
        ports.push_back({QStringLiteral("in"), In, BoosterIn, s(SignalClass::Mic), Connector::Xlr, false, 0});
        ports.push_back({QStringLiteral("out"), Out, SourceOut, s(SignalClass::Mic), Connector::Xlr, false, 0});
        break;
    case DeviceKind::Interface:
    case DeviceKind::Mixer:
        addNumbered(ports, spec.count(Field::ComboInputs), QStringLiteral("in"), In, ComboIn, kAllAnalog, Connector::Combo, false);
        addNumbered(ports, spec.count(Field::LineInputs), QStringLiteral("line_in"), In, LineIn,
                    s(SignalClass::Line) | s(SignalClass::Instrument) | s(SignalClass::Headphone), Connector::Trs635, false);
        if (spec.kind() == DeviceKind::Interface || spec.flag(Field::HasUsbAudio))
            ports.push_back({QStringLiteral("usb"), In, PlaybackIn, s(SignalClass::Digital), Connector::Usb, true, 0});
        addNumbered(ports, spec.count(Field::LineOutputs), QStringLiteral("line_out"), Out, LineOut, s(SignalClass::Line), Connector::Trs635, true);
        addNumbered(ports, spec.count(Field::HeadphoneOutputs), QStringLiteral("hp"), Out, HeadphoneOut, s(SignalClass::Headphone),
                    connectorField(spec, Field::HpConnector), true);
        if (spec.flag(Field::HasAuxSend))
            ports.push_back({QStringLiteral("aux"), Out, AuxOut, s(SignalClass::Line), Connector::Trs635, false, 0});
        addMidi(ports, spec, 0);
        break;
    case DeviceKind::MidiController: // a keyboard or controller: at least the MIDI output it exists for, on USB or DIN
        addMidi(ports, spec, spec.flag(Field::HasUsbMidi) ? 0 : 1);
        if (spec.flag(Field::HasUsbMidi))
            ports.push_back({QStringLiteral("usb_midi"), Out, MidiOut, s(SignalClass::Midi), Connector::Usb, false, -1});
        break;
    case DeviceKind::PowerAmp: // a stereo pair of channels as one input and one output, as everywhere (ports.h)
        ports.push_back({QStringLiteral("in"), In, AmpIn, s(SignalClass::Line) | s(SignalClass::Headphone),
                         connectorField(spec, Field::InputConnector), true, -1});
        ports.push_back({QStringLiteral("out"), Out, SpeakerOut, s(SignalClass::Speaker), Connector::Speaker, true, 0});
        break;
    case DeviceKind::PassiveSpeaker:
        ports.push_back({QStringLiteral("in"), In, SpeakerIn, s(SignalClass::Speaker), Connector::Speaker, true, 0});
        break;
    case DeviceKind::Preamp:
        addNumbered(ports, spec.count(Field::Channels), QStringLiteral("in"), In, ComboIn, kAllAnalog, Connector::Combo, false);
        addNumbered(ports, spec.count(Field::Channels), QStringLiteral("out"), Out, LineOut, s(SignalClass::Line), Connector::Xlr, false);
        break;
    case DeviceKind::MonitorController:
    case DeviceKind::MonitorMixer:
        addNumbered(ports, std::max(1, spec.count(Field::LineInputs)), QStringLiteral("line_in"), In, LineIn,
                    s(SignalClass::Line) | s(SignalClass::Headphone),
                    spec.kind() == DeviceKind::MonitorMixer ? connectorField(spec, Field::InputConnector) : Connector::Trs635, true);
        addNumbered(ports, spec.count(Field::LineOutputs), QStringLiteral("line_out"), Out, LineOut, s(SignalClass::Line), Connector::Trs635, true);
        addNumbered(ports, spec.count(Field::HeadphoneOutputs), QStringLiteral("hp"), Out, HeadphoneOut, s(SignalClass::Headphone),
                    connectorField(spec, Field::HpConnector), true);
        break;
    case DeviceKind::HeadphoneAmp: {
        const Connector in = connectorField(spec, Field::InputConnector);
        const SignalClasses accepts = s(SignalClass::Line) | s(SignalClass::Headphone) | s(SignalClass::Instrument);
        ports.push_back({QStringLiteral("in"), In, AmpIn, accepts, in, true, -1});
        if (spec.flag(Field::InputPerChannel))
            addNumbered(ports, spec.count(Field::Channels), QStringLiteral("in"), In, AmpIn, accepts, in, true);
        addNumbered(ports, spec.count(Field::Channels), QStringLiteral("out"), Out, HeadphoneOut, s(SignalClass::Headphone),
                    connectorField(spec, Field::HpConnector), true);
        if (spec.flag(Field::HasThru))
            ports.push_back({QStringLiteral("thru"), Out, Thru, s(SignalClass::Line), in, true, 0});
        break;
    }
    case DeviceKind::Splitter:
        ports.push_back({QStringLiteral("in"), In, PassiveIn, kAllAnalog, connectorField(spec, Field::InputConnector), true, 0});
        addNumbered(ports, spec.count(Field::Outputs), QStringLiteral("out"), Out, PassiveOut, kAllAnalog,
                    connectorField(spec, Field::OutputConnector), true);
        break;
    case DeviceKind::Adapter:
        ports.push_back({QStringLiteral("in"), In, PassiveIn, kAllAnalog, connectorField(spec, Field::InputConnector), true, 0});
        ports.push_back({QStringLiteral("out"), Out, PassiveOut, kAllAnalog, connectorField(spec, Field::OutputConnector), true, 0});
        break;
    case DeviceKind::Headphones:
        ports.push_back(
            {QStringLiteral("in"), In, Listener, s(SignalClass::Headphone) | s(SignalClass::Line), connectorField(spec, Field::Connector), true, 0});
        break;
    case DeviceKind::Player: // a keyboard's USB MIDI goes into the computer, which plays through its USB audio
        ports.push_back({QStringLiteral("usb"), Out, PlaybackOut, s(SignalClass::Digital), Connector::Usb, true, 0});
        addNumbered(ports, spec.count(Field::HeadphoneOutputs), QStringLiteral("hp"), Out, HeadphoneOut, s(SignalClass::Headphone),
                    connectorField(spec, Field::HpConnector), true);
        ports.push_back({QStringLiteral("usb_midi"), In, MidiIn, s(SignalClass::Midi), Connector::Usb, false, -1});
        break;
    case DeviceKind::UsbMic:
        ports.push_back({QStringLiteral("sound"), In, SoundIn, s(SignalClass::Acoustic), Connector::Acoustic, false, 0});
        ports.push_back({QStringLiteral("usb"), In, PlaybackIn, s(SignalClass::Digital), Connector::Usb, true, 0});
        addNumbered(ports, spec.count(Field::HeadphoneOutputs), QStringLiteral("hp"), Out, HeadphoneOut, s(SignalClass::Headphone),
                    connectorField(spec, Field::HpConnector), true);
        break;
    case DeviceKind::DiBox:
        ports.push_back({QStringLiteral("in"), In, DirectIn, s(SignalClass::Instrument) | s(SignalClass::Line) | s(SignalClass::Headphone),
                         Connector::Ts635, false, 0});
        ports.push_back({QStringLiteral("out"), Out, SourceOut, s(SignalClass::Mic), Connector::Xlr, false, 0});
        break;
    case DeviceKind::Monitor: // a line output, or a phone's headphone jack through a cable
        ports.push_back({QStringLiteral("in"), In, MonitorIn, s(SignalClass::Line) | s(SignalClass::Headphone),
                         connectorField(spec, Field::InputConnector), true, 0});
        break;
    }
    return ports;
}

QString portLabel(const PortSpec &port)
{
    const QString n = QString::number(port.index + 1);
    switch (port.role) {
    case PortRole::SoundOut:
        return QCoreApplication::translate("Port", "sound");
    case PortRole::SoundIn:
        return QCoreApplication::translate("Port", "capsule");
    case PortRole::SourceOut:
        return QCoreApplication::translate("Port", "output");
    case PortRole::BoosterIn:
    case PortRole::DirectIn:
        return QCoreApplication::translate("Port", "input");
    case PortRole::ComboIn:
        return QCoreApplication::translate("Port", "input %1").arg(n);
    case PortRole::LineIn:
        return QCoreApplication::translate("Port", "line input %1").arg(n);
    case PortRole::PlaybackIn:
        return QCoreApplication::translate("Port", "USB playback");
    case PortRole::PlaybackOut:
        return QCoreApplication::translate("Port", "USB out");
    case PortRole::LineOut:
        return QCoreApplication::translate("Port", "line outputs %1").arg(n);
    case PortRole::HeadphoneOut:
        return QCoreApplication::translate("Port", "headphone output %1").arg(n);
    case PortRole::AmpIn:
        return port.index < 0 ? QCoreApplication::translate("Port", "input") : QCoreApplication::translate("Port", "channel %1 input").arg(n);
    case PortRole::Thru:
        return QCoreApplication::translate("Port", "thru");
    case PortRole::PassiveIn:
        return QCoreApplication::translate("Port", "input");
    case PortRole::PassiveOut:
        return QCoreApplication::translate("Port", "output %1").arg(n);
    case PortRole::Listener:
        return QCoreApplication::translate("Port", "plug");
    case PortRole::MonitorIn:
        return QCoreApplication::translate("Port", "inputs");
    case PortRole::MidiIn:
        return port.index < 0 ? QCoreApplication::translate("Port", "USB MIDI") : QCoreApplication::translate("Port", "MIDI in %1").arg(n);
    case PortRole::MidiOut:
        return port.index < 0 ? QCoreApplication::translate("Port", "USB MIDI") : QCoreApplication::translate("Port", "MIDI out %1").arg(n);
    case PortRole::MidiThru:
        return QCoreApplication::translate("Port", "MIDI thru");
    case PortRole::SpeakerOut:
        return QCoreApplication::translate("Port", "speaker outputs");
    case PortRole::SpeakerIn:
        return QCoreApplication::translate("Port", "speaker terminals");
    case PortRole::AuxOut:
        return QCoreApplication::translate("Port", "aux send");
    }
    return port.id;
}

bool connectorsMate(Connector plug, Connector socket)
{
    if (plug == socket)
        return true;
    switch (socket) {
    case Connector::Combo:
        return plug == Connector::Xlr || plug == Connector::Trs635 || plug == Connector::Ts635;
    case Connector::Trs635:
        return plug == Connector::Ts635; // a mono plug in a stereo socket: works, one channel
    case Connector::Ts635:
        return plug == Connector::Trs635;
    default:
        return false;
    }
}

} // namespace headroom
