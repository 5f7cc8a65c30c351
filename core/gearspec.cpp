// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gearspec.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <limits>

namespace headroom {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kHuge = 1e12;

constexpr const char *kMicTypes[] = {"dynamic", "condenser", "ribbon"};
constexpr const char *kSensitivityUnits[] = {"dB/mW", "dB/V"};
constexpr const char *kConnectors[] = {"xlr", "trs-6.35", "ts-6.35", "trs-3.5", "rca", "usb", "combo", "acoustic", "din-5", "speaker"};
constexpr const char *kSpeakerReferences[] = {"1W", "2.83V"};
constexpr std::span<const char *const> kNoChoices{};

namespace fieldtypes {
using enum FieldType;
}
using namespace fieldtypes;

// Ranges are the widest values a real product could have; anything outside is refused as nonsense.
constexpr FieldInfo kFields[] = {
    {Field::MicType, "micType", "", Choice, 0, 2, 0, QT_TRANSLATE_NOOP("Field", "Microphone type"), QT_TRANSLATE_NOOP("Field", "the product page"),
     kMicTypes},
    {Field::SensitivityMvPerPa, "sensitivityMvPerPa", "mV/Pa", Number, 0.01, 1000, kNaN, QT_TRANSLATE_NOOP("Field", "Sensitivity"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Sensitivity\" row (mV/Pa or dBV/Pa)"), kNoChoices},
    {Field::OutputImpedanceOhm, "outputImpedanceOhm", "Ω", Number, 0, 1e7, kNaN, QT_TRANSLATE_NOOP("Field", "Output impedance"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Output impedance\" or \"Rated impedance\" row"), kNoChoices},
    {Field::SelfNoiseDbA, "selfNoiseDbA", "dB(A)", Number, -20, 60, kNaN, QT_TRANSLATE_NOOP("Field", "Self-noise"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Equivalent noise level\" row"), kNoChoices},
    {Field::MaxSplDb, "maxSplDb", "dB SPL", Number, 80, 200, kNaN, QT_TRANSLATE_NOOP("Field", "Maximum SPL"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Maximum SPL\" row"), kNoChoices},
    {Field::PhantomRequired, "phantomRequired", "", Flag, 0, 1, 0, QT_TRANSLATE_NOOP("Field", "Needs phantom power"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kNoChoices},
    {Field::GainDb, "gainDb", "dB", Number, -40, 100, kNaN, QT_TRANSLATE_NOOP("Field", "Gain"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Gain\" row"), kNoChoices},
    {Field::InputImpedanceOhm, "inputImpedanceOhm", "Ω", Number, 1, 1e9, kNaN, QT_TRANSLATE_NOOP("Field", "Input impedance"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Input impedance\" row"), kNoChoices},
    {Field::EinDbu, "einDbu", "dBu(A)", Number, -140, -60, kNaN, QT_TRANSLATE_NOOP("Field", "Equivalent input noise"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"EIN\" row"), kNoChoices},
    {Field::PassesPhantom, "passesPhantom", "", Flag, 0, 1, 0, QT_TRANSLATE_NOOP("Field", "Passes phantom power on"),
     QT_TRANSLATE_NOOP("Field", "the manual"), kNoChoices},
    {Field::OutputLevelDbv, "outputLevelDbv", "dBV", Number, -80, 20, kNaN, QT_TRANSLATE_NOOP("Field", "Typical output level"),
     QT_TRANSLATE_NOOP("Field", "a measurement of the pickup's output"), kNoChoices},
    {Field::ComboInputs, "comboInputs", "", Count, 0, 64, 2, QT_TRANSLATE_NOOP("Field", "Mic/line/instrument inputs"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kNoChoices},
    {Field::LineInputs, "lineInputs", "", Count, 0, 64, 0, QT_TRANSLATE_NOOP("Field", "Line-only inputs"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kNoChoices},
    {Field::GainMinDb, "gainMinDb", "dB", Number, -20, 40, kNaN, QT_TRANSLATE_NOOP("Field", "Minimum preamp gain"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Gain range\" row"), kNoChoices},
    {Field::GainMaxDb, "gainMaxDb", "dB", Number, 0, 100, kNaN, QT_TRANSLATE_NOOP("Field", "Maximum preamp gain"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Gain range\" row"), kNoChoices},
    {Field::GainRangeDb, "gainRangeDb", "dB", Number, 1, 100, kNaN, QT_TRANSLATE_NOOP("Field", "Preamp gain range (span)"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Gain range\" row"), kNoChoices},
    {Field::MicMaxInputDbu, "micMaxInputDbu", "dBu", Number, -40, 40, kNaN, QT_TRANSLATE_NOOP("Field", "Mic input maximum level (minimum gain)"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's mic input \"Maximum input level\" row"), kNoChoices},
    {Field::MicInputImpedanceOhm, "micInputImpedanceOhm", "Ω", Number, 50, 1e6, kNaN, QT_TRANSLATE_NOOP("Field", "Mic input impedance"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's mic input \"Input impedance\" row"), kNoChoices},
    {Field::LineMaxInputDbu, "lineMaxInputDbu", "dBu", Number, -20, 40, kNaN, QT_TRANSLATE_NOOP("Field", "Line input maximum level"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's line input \"Maximum input level\" row"), kNoChoices},
    {Field::LineInputImpedanceOhm, "lineInputImpedanceOhm", "Ω", Number, 100, 1e7, kNaN, QT_TRANSLATE_NOOP("Field", "Line input impedance"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's line input \"Input impedance\" row"), kNoChoices},
    {Field::InstMaxInputDbu, "instMaxInputDbu", "dBu", Number, -30, 40, kNaN, QT_TRANSLATE_NOOP("Field", "Instrument input maximum level"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's instrument input \"Maximum input level\" row"), kNoChoices},
    {Field::InstInputImpedanceOhm, "instInputImpedanceOhm", "Ω", Number, 1e3, 1e8, kNaN, QT_TRANSLATE_NOOP("Field", "Instrument input impedance"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's instrument input \"Input impedance\" row"), kNoChoices},
    {Field::HasPhantom, "hasPhantom", "", Flag, 0, 1, 1, QT_TRANSLATE_NOOP("Field", "Phantom power switch"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kNoChoices},
    {Field::HasHiZ, "hasHiZ", "", Flag, 0, 1, 1, QT_TRANSLATE_NOOP("Field", "Hi-Z (instrument) switch"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kNoChoices},
    {Field::HasDirectMonitoring, "hasDirectMonitoring", "", Flag, 0, 1, 1, QT_TRANSLATE_NOOP("Field", "Direct monitoring"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kNoChoices},
    {Field::LineOutputs, "lineOutputs", "", Count, 0, 64, 1, QT_TRANSLATE_NOOP("Field", "Line output pairs"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kNoChoices},
    {Field::LineOutMaxDbu, "lineOutMaxDbu", "dBu", Number, -20, 40, kNaN, QT_TRANSLATE_NOOP("Field", "Line output maximum level"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's line output \"Maximum output level\" row"), kNoChoices},
    {Field::LineOutImpedanceOhm, "lineOutImpedanceOhm", "Ω", Number, 0, 1e5, kNaN, QT_TRANSLATE_NOOP("Field", "Line output impedance"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's line output \"Output impedance\" row"), kNoChoices},
    {Field::LineOutBalanced, "lineOutBalanced", "", Flag, 0, 1, 1, QT_TRANSLATE_NOOP("Field", "Balanced line outputs"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kNoChoices},
    {Field::LineOutDynamicRangeDb, "lineOutDynamicRangeDb", "dB(A)", Number, 40, 150, kNaN, QT_TRANSLATE_NOOP("Field", "Line output dynamic range"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's line output \"Dynamic range\" row"), kNoChoices},
    {Field::HeadphoneOutputs, "headphoneOutputs", "", Count, 0, 64, 1, QT_TRANSLATE_NOOP("Field", "Headphone outputs"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kNoChoices},
    {Field::HpMaxLevelDbu, "hpMaxLevelDbu", "dBu", Number, -30, 40, kNaN, QT_TRANSLATE_NOOP("Field", "Headphone output maximum level"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's headphone output \"Maximum output level\" row"), kNoChoices},
    {Field::HpMaxLevelLoadOhm, "hpMaxLevelLoadOhm", "Ω", Number, 1, 1e6, kNaN,
     QT_TRANSLATE_NOOP("Field", "Load of the maximum level (blank: open circuit)"), QT_TRANSLATE_NOOP("Field", "the same datasheet row"), kNoChoices},
    {Field::HpOutputImpedanceOhm, "hpOutputImpedanceOhm", "Ω", Number, 0, 1e4, kNaN, QT_TRANSLATE_NOOP("Field", "Headphone output impedance"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's headphone \"Output impedance\" row or an independent measurement"), kNoChoices},
    {Field::HpMaxCurrentMa, "hpMaxCurrentMa", "mA", Number, 0.1, 1e5, kNaN, QT_TRANSLATE_NOOP("Field", "Headphone output current limit"),
     QT_TRANSLATE_NOOP("Field", "an independent measurement"), kNoChoices},
    {Field::HpRatedPowerMw, "hpRatedPowerMw", "mW", Number, 0.01, 1e5, kNaN, QT_TRANSLATE_NOOP("Field", "Rated power"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Output power\" row"), kNoChoices},
    {Field::HpRatedPowerLoadOhm, "hpRatedPowerLoadOhm", "Ω", Number, 1, 1e5, kNaN, QT_TRANSLATE_NOOP("Field", "Load of the rated power"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Output power\" row"), kNoChoices},
    {Field::HpRatedPower2Mw, "hpRatedPower2Mw", "mW", Number, 0.01, 1e5, kNaN, QT_TRANSLATE_NOOP("Field", "Second rated power"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Output power\" row"), kNoChoices},
    {Field::HpRatedPower2LoadOhm, "hpRatedPower2LoadOhm", "Ω", Number, 1, 1e5, kNaN, QT_TRANSLATE_NOOP("Field", "Load of the second rated power"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Output power\" row"), kNoChoices},
    {Field::HpDynamicRangeDb, "hpDynamicRangeDb", "dB(A)", Number, 40, 150, kNaN, QT_TRANSLATE_NOOP("Field", "Headphone output dynamic range"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's headphone \"Dynamic range\" row"), kNoChoices},
    {Field::HpOutputNoiseUv, "hpOutputNoiseUv", "µV(A)", Number, 0.01, 1e5, kNaN, QT_TRANSLATE_NOOP("Field", "Output noise"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Noise\" row or an independent measurement"), kNoChoices},
    {Field::HpConnector, "hpConnector", "", Choice, 0, kConnectorCount - 1, 1, QT_TRANSLATE_NOOP("Field", "Headphone connector"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kConnectors},
    {Field::Channels, "channels", "", Count, 1, 64, 1, QT_TRANSLATE_NOOP("Field", "Channels"), QT_TRANSLATE_NOOP("Field", "the product page"),
     kNoChoices},
    {Field::InputPerChannel, "inputPerChannel", "", Flag, 0, 1, 0, QT_TRANSLATE_NOOP("Field", "An input per channel"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kNoChoices},
    {Field::HasThru, "hasThru", "", Flag, 0, 1, 0, QT_TRANSLATE_NOOP("Field", "Thru output"), QT_TRANSLATE_NOOP("Field", "the product page"),
     kNoChoices},
    {Field::MinLoadOhm, "minLoadOhm", "Ω", Number, 0.1, 1e5, kNaN, QT_TRANSLATE_NOOP("Field", "Minimum load"),
     QT_TRANSLATE_NOOP("Field", "the manual"), kNoChoices},
    {Field::InputConnector, "inputConnector", "", Choice, 0, kConnectorCount - 1, 1, QT_TRANSLATE_NOOP("Field", "Input connector"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kConnectors},
    {Field::Outputs, "outputs", "", Count, 1, 64, 2, QT_TRANSLATE_NOOP("Field", "Outputs"), QT_TRANSLATE_NOOP("Field", "the product page"),
     kNoChoices},
    {Field::OutputConnector, "outputConnector", "", Choice, 0, kConnectorCount - 1, 1, QT_TRANSLATE_NOOP("Field", "Output connector"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kConnectors},
    {Field::LevelChangeDb, "levelChangeDb", "dB", Number, -60, 0, 0, QT_TRANSLATE_NOOP("Field", "Level change"),
     QT_TRANSLATE_NOOP("Field", "the manual of the output it is plugged into"), kNoChoices},
    {Field::ImpedanceOhm, "impedanceOhm", "Ω", Number, 1, 1e6, kNaN, QT_TRANSLATE_NOOP("Field", "Nominal impedance"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Nominal impedance\" row"), kNoChoices},
    {Field::Sensitivity, "sensitivity", "dB SPL", Number, 60, 150, kNaN, QT_TRANSLATE_NOOP("Field", "Sensitivity"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Sensitivity\" or \"SPL\" row (note whether it is per mW or per V)"), kNoChoices},
    {Field::SensitivityUnit, "sensitivityUnit", "", Choice, 0, 1, 0, QT_TRANSLATE_NOOP("Field", "Sensitivity reference"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Sensitivity\" row"), kSensitivityUnits},
    {Field::MaxInputPowerMw, "maxInputPowerMw", "mW", Number, 0.1, 1e5, kNaN, QT_TRANSLATE_NOOP("Field", "Maximum input power"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Maximum input power\" row"), kNoChoices},
    {Field::Connector, "connector", "", Choice, 0, kConnectorCount - 1, 3, QT_TRANSLATE_NOOP("Field", "Plug"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kConnectors},
    {Field::Active, "active", "", Flag, 0, 1, 0, QT_TRANSLATE_NOOP("Field", "Active (own amplifier)"), QT_TRANSLATE_NOOP("Field", "the product page"),
     kNoChoices},
    {Field::InputSensitivityDbu, "inputSensitivityDbu", "dBu", Number, -40, 30, kNaN, QT_TRANSLATE_NOOP("Field", "Input level for the reference SPL"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Input sensitivity\" row"), kNoChoices},
    {Field::ReferenceSplDb, "referenceSplDb", "dB SPL", Number, 60, 140, kNaN, QT_TRANSLATE_NOOP("Field", "Reference SPL at 1 m"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Input sensitivity\" row (the SPL it is stated for)"), kNoChoices},
    {Field::InputBalanced, "inputBalanced", "", Flag, 0, 1, 1, QT_TRANSLATE_NOOP("Field", "Balanced input"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kNoChoices},
    {Field::InterfaceLatencyMs, "interfaceLatencyMs", "ms", Number, 0, 200, kNaN,
     QT_TRANSLATE_NOOP("Field", "Interface latency (round trip without the buffers)"),
     QT_TRANSLATE_NOOP("Field", "the maker's latency table: the round trip minus the computer's input and output buffers"), kNoChoices},
    {Field::HasUsbAudio, "hasUsbAudio", "", Flag, 0, 1, 1, QT_TRANSLATE_NOOP("Field", "USB audio from the computer"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kNoChoices},
    {Field::MidiInputs, "midiInputs", "", Count, 0, 16, 0, QT_TRANSLATE_NOOP("Field", "MIDI inputs (5-pin DIN)"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kNoChoices},
    {Field::MidiOutputs, "midiOutputs", "", Count, 0, 16, 0, QT_TRANSLATE_NOOP("Field", "MIDI outputs (5-pin DIN)"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kNoChoices},
    {Field::MidiThru, "midiThru", "", Flag, 0, 1, 0, QT_TRANSLATE_NOOP("Field", "MIDI thru"), QT_TRANSLATE_NOOP("Field", "the product page"),
     kNoChoices},
    {Field::HasUsbMidi, "hasUsbMidi", "", Flag, 0, 1, 0, QT_TRANSLATE_NOOP("Field", "USB MIDI"), QT_TRANSLATE_NOOP("Field", "the product page"),
     kNoChoices},
    {Field::SpeakerPowerW, "speakerPowerW", "W", Number, 0.1, 1e5, kNaN, QT_TRANSLATE_NOOP("Field", "Rated power per channel"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Output power\" row (continuous, both channels driven)"), kNoChoices},
    {Field::SpeakerPowerLoadOhm, "speakerPowerLoadOhm", "Ω", Number, 1, 100, kNaN, QT_TRANSLATE_NOOP("Field", "Load of the rated power"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Output power\" row"), kNoChoices},
    {Field::SpeakerPower2W, "speakerPower2W", "W", Number, 0.1, 1e5, kNaN, QT_TRANSLATE_NOOP("Field", "Second rated power per channel"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Output power\" row"), kNoChoices},
    {Field::SpeakerPower2LoadOhm, "speakerPower2LoadOhm", "Ω", Number, 1, 100, kNaN, QT_TRANSLATE_NOOP("Field", "Load of the second rated power"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Output power\" row"), kNoChoices},
    {Field::RatedInputDbu, "ratedInputDbu", "dBu", Number, -30, 30, kNaN, QT_TRANSLATE_NOOP("Field", "Input level for rated power"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Input sensitivity\" row"), kNoChoices},
    {Field::AmpSnrDb, "ampSnrDb", "dB", Number, 40, 150, kNaN, QT_TRANSLATE_NOOP("Field", "Signal-to-noise ratio at rated power"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Signal-to-noise ratio\" row"), kNoChoices},
    {Field::SpeakerSensitivityDb, "speakerSensitivityDb", "dB SPL", Number, 60, 120, kNaN, QT_TRANSLATE_NOOP("Field", "Sensitivity at 1 m"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Sensitivity\" row (note whether it is for 1 W or 2.83 V)"), kNoChoices},
    {Field::SpeakerSensitivityRef, "speakerSensitivityRef", "", Choice, 0, 1, 0, QT_TRANSLATE_NOOP("Field", "Sensitivity stated for"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Sensitivity\" row"), kSpeakerReferences},
    {Field::SpeakerPowerHandlingW, "speakerPowerHandlingW", "W", Number, 0.1, 1e5, kNaN, QT_TRANSLATE_NOOP("Field", "Power handling (continuous)"),
     QT_TRANSLATE_NOOP("Field", "the datasheet's \"Power handling\" row (continuous, RMS or AES, not peak)"), kNoChoices},
    {Field::HasAuxSend, "hasAuxSend", "", Flag, 0, 1, 0, QT_TRANSLATE_NOOP("Field", "Aux (monitor) send"),
     QT_TRANSLATE_NOOP("Field", "the product page"), kNoChoices},
};
static_assert(std::size(kFields) == kFieldCount, "one FieldInfo per Field, in enum order");

namespace kindfields {
using enum Field;
constexpr Field kInstrumentFields[] = {OutputLevelDbv, OutputImpedanceOhm};
constexpr Field kMicFields[] = {MicType, SensitivityMvPerPa, OutputImpedanceOhm, SelfNoiseDbA, MaxSplDb, PhantomRequired};
constexpr Field kInlineFields[] = {GainDb, InputImpedanceOhm, OutputImpedanceOhm, EinDbu, PassesPhantom};
/// Fields in one list from several: a kind's table from the groups it shares with others.
template <std::size_t... N>
constexpr auto joined(const Field (&...groups)[N])
{
    std::array<Field, (N + ...)> out{};
    std::size_t at = 0;
    ((std::copy(std::begin(groups), std::end(groups), out.begin() + static_cast<std::ptrdiff_t>(at)), at += N), ...);
    return out;
}
constexpr Field kChannelInputs[] = {ComboInputs,
                                    LineInputs,
                                    GainMinDb,
                                    GainMaxDb,
                                    GainRangeDb,
                                    MicMaxInputDbu,
                                    MicInputImpedanceOhm,
                                    EinDbu,
                                    LineMaxInputDbu,
                                    LineInputImpedanceOhm,
                                    InstMaxInputDbu,
                                    InstInputImpedanceOhm,
                                    HasPhantom,
                                    HasHiZ};
constexpr Field kMainOutputs[] = {LineOutputs,      LineOutMaxDbu,       LineOutImpedanceOhm, LineOutBalanced,      LineOutDynamicRangeDb,
                                  HeadphoneOutputs, HpMaxLevelDbu,       HpMaxLevelLoadOhm,   HpOutputImpedanceOhm, HpMaxCurrentMa,
                                  HpRatedPowerMw,   HpRatedPowerLoadOhm, HpRatedPower2Mw,     HpRatedPower2LoadOhm, HpDynamicRangeDb,
                                  HpOutputNoiseUv,  HpConnector};
constexpr Field kThroughTheComputer[] = {HasDirectMonitoring, InterfaceLatencyMs};
constexpr Field kMidiPorts[] = {MidiInputs, MidiOutputs, MidiThru};
constexpr auto kInterfaceFields = joined(kChannelInputs, kThroughTheComputer, kMainOutputs, kMidiPorts);
// A mixer has an interface's inputs and outputs; it always mixes its inputs itself, so it has no direct-monitoring
// switch and no round trip through the computer.
constexpr Field kMixerOnly[] = {HasUsbAudio, HasAuxSend};
constexpr auto kMixerFields = joined(kChannelInputs, kMixerOnly, kMainOutputs, kMidiPorts);
constexpr Field kPreampFields[] = {
    Channels,   GainMinDb, GainMaxDb,       GainRangeDb,           MicMaxInputDbu, MicInputImpedanceOhm, EinDbu,
    HasPhantom, HasHiZ,    InstMaxInputDbu, InstInputImpedanceOhm, LineOutMaxDbu,  LineOutImpedanceOhm,  LineOutBalanced};
constexpr Field kControllerFields[] = {LineInputs,     LineInputImpedanceOhm, LineMaxInputDbu,      Active,
                                       LineOutputs,    LineOutMaxDbu,         LineOutImpedanceOhm,  HeadphoneOutputs,
                                       HpMaxLevelDbu,  HpMaxLevelLoadOhm,     HpOutputImpedanceOhm, HpMaxCurrentMa,
                                       HpRatedPowerMw, HpRatedPowerLoadOhm,   HpDynamicRangeDb,     HpOutputNoiseUv,
                                       HpConnector};
constexpr Field kMonitorMixerFields[] = {LineInputs,          LineInputImpedanceOhm, LineMaxInputDbu,      InputConnector, HeadphoneOutputs,
                                         HpMaxLevelDbu,       HpMaxLevelLoadOhm,     HpOutputImpedanceOhm, HpMaxCurrentMa, HpRatedPowerMw,
                                         HpRatedPowerLoadOhm, HpDynamicRangeDb,      HpOutputNoiseUv,      HpConnector};
constexpr Field kAmpFields[] = {Channels,        InputPerChannel,     HasThru,           InputImpedanceOhm,    GainDb,
                                InputConnector,  HpMaxLevelDbu,       HpMaxLevelLoadOhm, HpOutputImpedanceOhm, HpMaxCurrentMa,
                                HpRatedPowerMw,  HpRatedPowerLoadOhm, HpRatedPower2Mw,   HpRatedPower2LoadOhm, HpDynamicRangeDb,
                                HpOutputNoiseUv, MinLoadOhm,          HpConnector};
constexpr Field kSplitterFields[] = {Outputs, InputConnector, OutputConnector};
constexpr Field kAdapterFields[] = {InputConnector, OutputConnector, LevelChangeDb};
constexpr Field kHeadphoneFields[] = {ImpedanceOhm, Sensitivity, SensitivityUnit, MaxInputPowerMw, Connector, Active};
constexpr Field kPlayerFields[] = {HeadphoneOutputs, HpMaxLevelDbu,       HpMaxLevelLoadOhm, HpOutputImpedanceOhm, HpMaxCurrentMa,
                                   HpRatedPowerMw,   HpRatedPowerLoadOhm, HpDynamicRangeDb,  HpOutputNoiseUv,      HpConnector};
constexpr Field kUsbMicFields[] = {
    MicType,         MaxSplDb,          GainRangeDb,          SelfNoiseDbA,   HasDirectMonitoring, InterfaceLatencyMs,  HeadphoneOutputs,
    HpMaxLevelDbu,   HpMaxLevelLoadOhm, HpOutputImpedanceOhm, HpMaxCurrentMa, HpRatedPowerMw,      HpRatedPowerLoadOhm, HpDynamicRangeDb,
    HpOutputNoiseUv, HpConnector};
constexpr Field kDiFields[] = {GainDb, InputImpedanceOhm, OutputImpedanceOhm, InstMaxInputDbu, PhantomRequired};
constexpr Field kMonitorFields[] = {InputSensitivityDbu, ReferenceSplDb,  MaxSplDb,      SelfNoiseDbA,
                                    InputImpedanceOhm,   LineMaxInputDbu, InputBalanced, InputConnector};
constexpr Field kUsbMidi[] = {HasUsbMidi};
constexpr auto kMidiControllerFields = joined(kMidiPorts, kUsbMidi);
constexpr Field kPowerAmpFields[] = {
    GainDb,         RatedInputDbu,        InputImpedanceOhm,  InputBalanced, InputConnector, SpeakerPowerW, SpeakerPowerLoadOhm,
    SpeakerPower2W, SpeakerPower2LoadOhm, OutputImpedanceOhm, MinLoadOhm,    AmpSnrDb};
constexpr Field kPassiveSpeakerFields[] = {ImpedanceOhm, SpeakerSensitivityDb, SpeakerSensitivityRef, SpeakerPowerHandlingW, MaxSplDb};
} // namespace kindfields

struct KindInfo {
    const char *key;
    const char *label;
    std::span<const Field> fields;
};
constexpr KindInfo kKinds[] = {
    {"acoustic-source", QT_TRANSLATE_NOOP("DeviceKind", "Voice or acoustic instrument"), {}},
    {"instrument", QT_TRANSLATE_NOOP("DeviceKind", "Electric instrument"), kindfields::kInstrumentFields},
    {"microphone", QT_TRANSLATE_NOOP("DeviceKind", "Microphone"), kindfields::kMicFields},
    {"inline-preamp", QT_TRANSLATE_NOOP("DeviceKind", "Inline preamp"), kindfields::kInlineFields},
    {"interface", QT_TRANSLATE_NOOP("DeviceKind", "Audio interface"), kindfields::kInterfaceFields},
    {"headphone-amp", QT_TRANSLATE_NOOP("DeviceKind", "Headphone amp"), kindfields::kAmpFields},
    {"splitter", QT_TRANSLATE_NOOP("DeviceKind", "Splitter"), kindfields::kSplitterFields},
    {"adapter", QT_TRANSLATE_NOOP("DeviceKind", "Cable or adapter"), kindfields::kAdapterFields},
    {"headphones", QT_TRANSLATE_NOOP("DeviceKind", "Headphones"), kindfields::kHeadphoneFields},
    {"player", QT_TRANSLATE_NOOP("DeviceKind", "Computer, laptop or phone"), kindfields::kPlayerFields},
    {"monitor", QT_TRANSLATE_NOOP("DeviceKind", "Studio monitors (a pair)"), kindfields::kMonitorFields},
    {"di-box", QT_TRANSLATE_NOOP("DeviceKind", "DI box"), kindfields::kDiFields},
    {"usb-mic", QT_TRANSLATE_NOOP("DeviceKind", "USB microphone"), kindfields::kUsbMicFields},
    {"mixer", QT_TRANSLATE_NOOP("DeviceKind", "Mixer or podcast console"), kindfields::kMixerFields},
    {"preamp", QT_TRANSLATE_NOOP("DeviceKind", "Mic preamp or channel strip"), kindfields::kPreampFields},
    {"monitor-controller", QT_TRANSLATE_NOOP("DeviceKind", "Monitor controller"), kindfields::kControllerFields},
    {"monitor-mixer", QT_TRANSLATE_NOOP("DeviceKind", "Personal monitor mixer"), kindfields::kMonitorMixerFields},
    {"midi-controller", QT_TRANSLATE_NOOP("DeviceKind", "Keyboard or MIDI controller"), kindfields::kMidiControllerFields},
    {"power-amp", QT_TRANSLATE_NOOP("DeviceKind", "Power amplifier"), kindfields::kPowerAmpFields},
    {"passive-speaker", QT_TRANSLATE_NOOP("DeviceKind", "Passive speakers (a pair)"), kindfields::kPassiveSpeakerFields},
};
static_assert(std::size(kKinds) == kDeviceKindCount);

constexpr const char *kConnectorLabels[] = {QT_TRANSLATE_NOOP("Connector", "XLR"),
                                            QT_TRANSLATE_NOOP("Connector", "6.35 mm TRS"),
                                            QT_TRANSLATE_NOOP("Connector", "6.35 mm TS"),
                                            QT_TRANSLATE_NOOP("Connector", "3.5 mm TRS"),
                                            QT_TRANSLATE_NOOP("Connector", "RCA"),
                                            QT_TRANSLATE_NOOP("Connector", "USB"),
                                            QT_TRANSLATE_NOOP("Connector", "XLR/6.35 mm combo"),
                                            QT_TRANSLATE_NOOP("Connector", "acoustic"),
                                            QT_TRANSLATE_NOOP("Connector", "5-pin DIN"),
                                            QT_TRANSLATE_NOOP("Connector", "speaker terminals")};

/// A number as people write it: no exponent, no trailing zeros.
QString plainNumber(double v)
{
    QString text = QString::number(v, 'f', 6);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

/// Sources compared as a set: their order carries no meaning.
bool sameSources(QList<FieldSource> a, QList<FieldSource> b)
{
    const auto byField = [](const FieldSource &x, const FieldSource &y) { return x.field < y.field; };
    std::sort(a.begin(), a.end(), byField);
    std::sort(b.begin(), b.end(), byField);
    return a == b;
}

bool sameValue(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

} // namespace

const FieldInfo &fieldInfo(Field f) { return kFields[static_cast<int>(f)]; }

std::optional<Field> fieldByKey(QStringView key)
{
    for (const FieldInfo &info : kFields)
        if (key == QLatin1StringView(info.key))
            return info.id;
    return std::nullopt;
}

std::span<const Field> fieldsOf(DeviceKind kind) { return kKinds[static_cast<int>(kind)].fields; }

bool kindHasField(DeviceKind kind, Field f)
{
    const auto fields = fieldsOf(kind);
    return std::find(fields.begin(), fields.end(), f) != fields.end();
}

const char *kindKey(DeviceKind kind) { return kKinds[static_cast<int>(kind)].key; }
const char *kindLabel(DeviceKind kind) { return kKinds[static_cast<int>(kind)].label; }

std::optional<DeviceKind> kindByKey(QStringView key)
{
    for (int i = 0; i < kDeviceKindCount; ++i)
        if (key == QLatin1StringView(kKinds[i].key))
            return static_cast<DeviceKind>(i);
    return std::nullopt;
}

const char *connectorKey(Connector c) { return kConnectors[static_cast<int>(c)]; }
const char *connectorLabel(Connector c) { return kConnectorLabels[static_cast<int>(c)]; }

DeviceSpec::DeviceSpec(DeviceKind kind) : m_kind(kind)
{
    m_values.fill(kNaN);
    for (Field f : fieldsOf(kind))
        set(f, fieldInfo(f).structuralDefault);
}

QString DeviceSpec::displayName() const
{
    QString name = QStringList{brand, model}.join(u' ').trimmed();
    if (name.isEmpty())
        name = QCoreApplication::translate("DeviceKind", kindLabel(m_kind));
    if (!variant.isEmpty())
        name += QStringLiteral(" (%1)").arg(variant);
    return name;
}

namespace {
constexpr double kCurveMinHz = 1;
constexpr double kCurveMaxHz = 200000;

/// A curve's points lie where measurements do: 1 Hz to 200 kHz, rising, magnitudes within the nominal impedance's
/// range, phases within ±90°.
bool curveIsPlausible(std::span<const ImpedancePoint> curve)
{
    const FieldInfo &ohms = fieldInfo(Field::ImpedanceOhm);
    double previousHz = 0;
    for (const ImpedancePoint &p : curve) {
        if (!(p.hz > previousHz && p.hz >= kCurveMinHz && p.hz <= kCurveMaxHz) || !(p.ohms >= ohms.min && p.ohms <= ohms.max)
            || !(p.phaseDeg >= -90 && p.phaseDeg <= 90))
            return false;
        previousHz = p.hz;
    }
    return true;
}
} // namespace

void DeviceSpec::setImpedanceCurve(std::vector<ImpedancePoint> curve)
{
    m_curve = std::move(curve);
    m_gridAdmittance.reset();
    m_referenceImpedance = impedanceAt(m_curve, 0.0, kReferenceHz);
    if (m_curve.empty() || !curveIsPlausible(m_curve))
        return;
    // A project repeats one model's curve for every pair of those headphones: the last curve sampled is kept, per
    // thread (analyses run in worker threads), and shared by every spec with that curve, so each distinct curve is
    // interpolated once and held once.
    thread_local std::vector<ImpedancePoint> lastCurve;
    thread_local std::shared_ptr<const std::vector<Complex>> lastGrid;
    if (m_curve != lastCurve || !lastGrid) {
        auto grid = std::make_shared<std::vector<Complex>>(sampleOnGrid(m_curve));
        for (Complex &z : *grid)
            z = 1.0 / z;
        lastCurve = m_curve;
        lastGrid = std::move(grid);
    }
    m_gridAdmittance = lastGrid;
}

const std::vector<Complex> &DeviceSpec::gridAdmittance() const
{
    static const std::vector<Complex> none;
    return m_gridAdmittance ? *m_gridAdmittance : none;
}

QList<SpecError> DeviceSpec::validate() const
{
    QList<SpecError> errors;
    for (Field f : fieldsOf(m_kind)) {
        const FieldInfo &info = fieldInfo(f);
        const double v = m_values[static_cast<std::size_t>(f)];
        if (std::isnan(v))
            continue;
        const QString key = QString::fromLatin1(info.key);
        if (!std::isfinite(v))
            errors.append({key, QCoreApplication::translate("Spec", "is not a finite number")});
        else if (v < info.min || v > info.max)
            errors.append({key,
                           QCoreApplication::translate("Spec", "%1 is outside the sane range %2…%3 %4")
                               .arg(plainNumber(v), plainNumber(info.min), plainNumber(info.max), QString::fromUtf8(info.unit))
                               .trimmed()});
        else if (info.type != FieldType::Number && v != std::floor(v))
            errors.append({key, QCoreApplication::translate("Spec", "must be a whole number")});
    }
    if (has(Field::GainMinDb) && has(Field::GainMaxDb) && has(Field::GainRangeDb)
        && std::abs(*value(Field::GainMaxDb) - *value(Field::GainMinDb) - *value(Field::GainRangeDb)) > 0.5)
        errors.append({QStringLiteral("gainRangeDb"), QCoreApplication::translate("Spec", "does not match the minimum and maximum gain")});
    if (has(Field::GainMinDb) && has(Field::GainMaxDb) && *value(Field::GainMinDb) > *value(Field::GainMaxDb))
        errors.append({QStringLiteral("gainMaxDb"), QCoreApplication::translate("Spec", "is below the minimum gain")});
    if (!curveIsPlausible(m_curve)) {
        const FieldInfo &ohms = fieldInfo(Field::ImpedanceOhm);
        errors.append({QStringLiteral("impedanceCurve"),
                       QCoreApplication::translate("Spec",
                                                   "needs rising frequencies from %1 Hz to %2 kHz, magnitudes from %3 to %4 Ω "
                                                   "and phases within ±90°")
                           .arg(plainNumber(kCurveMinHz), plainNumber(kCurveMaxHz / 1000), plainNumber(ohms.min), plainNumber(ohms.max))});
    }
    const bool hasOutputs = kindHasField(m_kind, Field::HpMaxLevelDbu);
    for (std::size_t i = 0; i < m_levelByLoad.size(); ++i) {
        const LoadLevel &r = m_levelByLoad[i];
        const bool sane = std::isfinite(r.fromOhm) && std::isfinite(r.toOhm) && std::isfinite(r.volts) && r.fromOhm >= 0 && r.toOhm > r.fromOhm
            && r.toOhm <= 1e7 && r.volts >= 1e-3 && r.volts <= 100 && (i == 0 || r.fromOhm >= m_levelByLoad[i - 1].toOhm);
        if (!hasOutputs || !sane) {
            errors.append({QStringLiteral("levelByLoad"),
                           hasOutputs ? QCoreApplication::translate("Spec",
                                                                    "needs ranges of rising loads that do not overlap, from 0 Ω to 10 MΩ, "
                                                                    "each with a level from 1 mV to 100 V")
                                      : QCoreApplication::translate("Spec", "only a headphone output has a level per load")});
            break;
        }
    }
    return errors;
}

double levelAtLoad(const std::vector<LoadLevel> &ranges, double loadOhm, bool &outside)
{
    // physics.md §4: within a stated range its level holds; beyond all of them the nearest range's, flagged.
    const LoadLevel *nearest = &ranges.front();
    double distance = std::numeric_limits<double>::infinity();
    for (const LoadLevel &r : ranges) {
        if (loadOhm >= r.fromOhm && loadOhm < r.toOhm) {
            outside = false;
            return r.volts;
        }
        // Distance on a log scale, as loads are: 16 Ω is as far from 32 Ω as 300 Ω from 600 Ω.
        const double d = std::abs(std::log(std::max(loadOhm, 1e-3) / std::max(loadOhm < r.fromOhm ? r.fromOhm : r.toOhm, 1e-3)));
        if (d < distance) {
            distance = d;
            nearest = &r;
        }
    }
    outside = true;
    return nearest->volts;
}

const FieldSource *DeviceSpec::source(Field f) const
{
    for (const FieldSource &s : sources)
        if (s.field == f)
            return &s;
    return nullptr;
}

const char *provenanceKey(Provenance p)
{
    switch (p) {
    case Provenance::Manufacturer:
        return "manufacturer";
    case Provenance::Measurement:
        return "measurement";
    case Provenance::Estimate:
        return "estimate";
    }
    return "estimate";
}

std::optional<Provenance> provenanceByKey(QStringView key)
{
    for (Provenance p : {Provenance::Manufacturer, Provenance::Measurement, Provenance::Estimate})
        if (key == QLatin1StringView(provenanceKey(p)))
            return p;
    return std::nullopt;
}

QJsonValue figureToJson(Field f, double value)
{
    const FieldInfo &info = fieldInfo(f);
    switch (info.type) {
    case FieldType::Flag:
        return value != 0.0;
    case FieldType::Choice:
        return QString::fromLatin1(info.choices[static_cast<std::size_t>(value)]);
    case FieldType::Count:
    case FieldType::Number:
        break;
    }
    return value;
}

QString figureText(Field f, double value)
{
    const FieldInfo &info = fieldInfo(f);
    switch (info.type) {
    case FieldType::Flag:
        return value != 0.0 ? QCoreApplication::translate("Figure", "yes") : QCoreApplication::translate("Figure", "no");
    case FieldType::Choice:
        if (info.choices.size() == kConnectorCount)
            return QCoreApplication::translate("Connector", connectorLabel(static_cast<Connector>(static_cast<int>(value))));
        return figureToJson(f, value).toString();
    case FieldType::Count:
    case FieldType::Number:
        break;
    }
    return QStringLiteral("%1 %2").arg(QLocale().toString(value, 'g', 6), QString::fromUtf8(info.unit)).trimmed();
}

std::optional<double> figureFromJson(Field f, const QJsonValue &v, QString *error)
{
    const FieldInfo &info = fieldInfo(f);
    const auto fail = [error](QString message) {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };
    switch (info.type) {
    case FieldType::Flag:
        if (!v.isBool())
            return fail(QCoreApplication::translate("Spec", "expected true or false"));
        return v.toBool() ? 1.0 : 0.0;
    case FieldType::Choice: {
        QStringList names;
        for (std::size_t i = 0; i < info.choices.size(); ++i) {
            if (v.toString() == QLatin1StringView(info.choices[i]))
                return static_cast<double>(i);
            names << QString::fromLatin1(info.choices[i]);
        }
        return fail(QCoreApplication::translate("Spec", "expected one of %1").arg(names.join(QStringLiteral(", "))));
    }
    case FieldType::Number:
    case FieldType::Count:
        break;
    }
    if (!v.isDouble())
        return fail(v.isString() ? QCoreApplication::translate("Spec", "\"%1\" is not a number").arg(v.toString())
                                 : QCoreApplication::translate("Spec", "expected a number"));
    return v.toDouble();
}

bool operator==(const DeviceSpec &a, const DeviceSpec &b)
{
    return a.m_kind == b.m_kind && a.brand == b.brand && a.model == b.model && a.variant == b.variant && a.m_curve == b.m_curve
        && a.m_levelByLoad == b.m_levelByLoad && sameSources(a.sources, b.sources) && a.curveCitation == b.curveCitation
        && a.levelCitation == b.levelCitation && std::equal(a.m_values.begin(), a.m_values.end(), b.m_values.begin(), sameValue);
}

std::optional<double> typicalValue(const DeviceSpec &spec, Field f)
{
    const FieldInfo &info = fieldInfo(f);
    if (info.type != FieldType::Number)
        return info.structuralDefault;
    const auto micType = static_cast<MicType>(spec.count(Field::MicType));
    const DeviceKind kind = spec.kind();
    // docs/typical-values.md explains each figure; they lean to the pessimistic side of common products, so an
    // estimate never hides a problem the real figure would show.
    switch (f) {
    case Field::SensitivityMvPerPa:
        return micType == MicType::Condenser ? 10.0 : 1.5;
    case Field::OutputImpedanceOhm:
        if (kind == DeviceKind::PowerAmp)
            return 0.04;                                         // a damping factor of 200 into 8 Ω
        return kind == DeviceKind::Instrument ? 16800.0 : 200.0; // physics.md §1 pickup model at 1 kHz
    case Field::SelfNoiseDbA:
        return micType == MicType::Condenser ? 16.0 : std::optional<double>{};
    case Field::MaxSplDb:
        if (kind == DeviceKind::Monitor)
            return 100.0;
        if (kind == DeviceKind::UsbMic)
            return 120.0;
        if (kind == DeviceKind::PassiveSpeaker) // their power handling stands for it
            return std::nullopt;
        return micType == MicType::Condenser ? 125.0 : 140.0;
    case Field::InterfaceLatencyMs:
        return 4.0;
    case Field::GainRangeDb: // interfaces without a published span take the typical maximum gain instead
        return kind == DeviceKind::UsbMic ? std::optional<double>(30.0) : std::nullopt;
    case Field::InputSensitivityDbu:
        return 4.0; // with ReferenceSplDb: +4 dBu for 100 dB SPL at 1 m
    case Field::ReferenceSplDb:
        return 100.0;
    case Field::GainDb:
        if (kind == DeviceKind::PowerAmp)
            return 26.0;
        return kind == DeviceKind::DiBox ? -24.0 : kind == DeviceKind::InlinePreamp ? 20.0 : 10.0;
    case Field::InputImpedanceOhm:
        return kind == DeviceKind::DiBox ? 50000.0 : kind == DeviceKind::InlinePreamp ? 3000.0 : 10000.0;
    case Field::EinDbu:
        return -125.0;
    case Field::OutputLevelDbv:
        return kind == DeviceKind::Instrument ? -35.0 : std::optional<double>{};
    case Field::GainMinDb:
        return 0.0;
    case Field::GainMaxDb:
        return 50.0;
    case Field::MicMaxInputDbu:
    case Field::InstMaxInputDbu:
    case Field::LineMaxInputDbu: // a standalone preamp without them clips at its output (physics.md §3, "Standalone preamps")
        if (kind == DeviceKind::Preamp)
            return std::nullopt;
        return f == Field::LineMaxInputDbu ? 12.0 : 6.0;
    case Field::MicInputImpedanceOhm:
        return 2000.0;
    case Field::LineInputImpedanceOhm:
        return 10000.0;
    case Field::InstInputImpedanceOhm:
        return 500000.0;
    case Field::LineOutMaxDbu:
        return 10.0;
    case Field::LineOutImpedanceOhm:
        return 150.0;
    case Field::LineOutDynamicRangeDb:
    case Field::HpDynamicRangeDb:
        return 100.0;
    case Field::HpMaxLevelDbu:
        return kind == DeviceKind::Player || kind == DeviceKind::UsbMic ? 0.0 : kind == DeviceKind::HeadphoneAmp ? 10.0 : 3.0;
    case Field::HpOutputImpedanceOhm:
        return kind == DeviceKind::HeadphoneAmp ? 10.0 : 20.0;
    case Field::ImpedanceOhm:
        return kind == DeviceKind::PassiveSpeaker ? 8.0 : 32.0;
    case Field::SpeakerPowerW:
        return 50.0;
    case Field::SpeakerPowerLoadOhm:
        return 8.0;
    case Field::SpeakerSensitivityDb:
        return 85.0;
    case Field::AmpSnrDb:
        return 100.0;
    case Field::Sensitivity:
        return spec.count(Field::SensitivityUnit) == static_cast<int>(SensitivityUnit::DbPerV) ? 113.0 : 98.0;
    default:
        return std::nullopt; // optional figures: their absence removes a check, it does not change a number
    }
}

std::optional<double> strongestKnownValue(DeviceKind kind, Field f)
{
    // The catalog's extremes; tst_productformat checks them against the catalog, so they cannot go stale.
    if (f == Field::HpMaxLevelDbu)
        switch (kind) {
        case DeviceKind::Interface:
            return 17.0; // Audient iD4 MkII, into 600 Ω
        case DeviceKind::HeadphoneAmp:
            return 23.2; // Benchmark HPA4, into 600 Ω
        case DeviceKind::Player:
            return 11.76; // MacBook Pro (2021) headphone jack, open circuit
        default:
            return std::nullopt;
        }
    if (f == Field::HpOutputImpedanceOhm)
        switch (kind) {
        case DeviceKind::Interface:
            return 0.1; // RME Babyface Pro FS
        case DeviceKind::HeadphoneAmp:
            return 0.1; // JDS Labs The Element
        case DeviceKind::Player:
            return 0.45; // AudioQuest DragonFly Cobalt
        default:
            return std::nullopt;
        }
    return std::nullopt;
}

bool needsPhantom(const DeviceSpec &microphone)
{
    return microphone.flag(Field::PhantomRequired) || static_cast<MicType>(microphone.count(Field::MicType)) == MicType::Condenser;
}

} // namespace headroom
