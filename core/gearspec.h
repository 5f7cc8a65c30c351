// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The gear model: device kinds, their specification fields with units, ranges and typical values, and the
// value type that holds one product's figures. One generic field table serves the engine, the project file,
// the catalog and the inspector, so a new figure is added in one place.

#include "impedance.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <array>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace headroom {

/// What a device is; decides its ports and its electrical model.
enum class DeviceKind : std::uint8_t {
    AcousticSource, ///< a voice or acoustic instrument at an SPL and distance
    Instrument,     ///< an electric instrument's pickup (guitar, bass)
    Microphone,
    InlinePreamp,      ///< phantom-powered booster (Cloudlifter, FetHead class)
    Interface,         ///< audio interface: inputs, converters, line and headphone outputs
    HeadphoneAmp,      ///< headphone or distribution amp, 1…N channels
    Splitter,          ///< passive 1→N splitter or Y-cable
    Adapter,           ///< cable or adapter between connectors, optionally with a level change
    Headphones,        ///< headphones or IEMs: a listener
    Player,            ///< computer, laptop or phone: DAW playback and an optional built-in headphone output
    Monitor,           ///< a pair of active studio monitors: a listener at a distance (physics.md §6, "Studio monitors")
    DiBox,             ///< DI box: instrument or line level in, balanced mic level out (physics.md §6, "DI boxes")
    UsbMic,            ///< a microphone with its own preamp, converter and headphone output (physics.md §3, "USB microphones")
    Mixer,             ///< mixer or podcast console: channels with faders on a mix bus, several headphone outputs (physics.md §3, "Mixers")
    Preamp,            ///< standalone mic preamp or channel strip: mic or instrument in, line level out (physics.md §3, "Standalone preamps")
    MonitorController, ///< volume and source select between an interface and monitors (physics.md §6, "Monitor controllers")
    MonitorMixer,      ///< a performer's own mix of several line inputs on a headphone output (physics.md §6, "Monitor controllers")
    MidiController,    ///< a keyboard or controller with MIDI sockets: no audio
    PowerAmp,          ///< a stereo power amplifier for passive speakers (physics.md §6, "Passive speakers and power amplifiers")
    PassiveSpeaker,    ///< a pair of passive speakers: a listener at a distance (physics.md §6, "Passive speakers and power amplifiers")
};
inline constexpr int kDeviceKindCount = 20;

/// Whether a kind is a pair of loudspeakers heard at a listening distance, active or passive (physics.md §6).
[[nodiscard]] constexpr bool isSpeakers(DeviceKind kind) { return kind == DeviceKind::Monitor || kind == DeviceKind::PassiveSpeaker; }
/// Whether a kind is where the sound reaches someone's ears: the chain's verdicts are about these.
[[nodiscard]] constexpr bool isListener(DeviceKind kind) { return kind == DeviceKind::Headphones || isSpeakers(kind); }

/// Every specification figure any kind can have. Kinds share the fields that mean the same thing (all
/// headphone outputs use the Hp* fields), so one output model serves interfaces, amps and players.
enum class Field : std::uint8_t {
    // Microphones
    MicType,
    SensitivityMvPerPa,
    OutputImpedanceOhm,
    SelfNoiseDbA,
    MaxSplDb,
    PhantomRequired,
    // Inline preamps and instruments (with OutputImpedanceOhm)
    GainDb,
    InputImpedanceOhm,
    EinDbu,
    PassesPhantom,
    OutputLevelDbv,
    // Interfaces: inputs
    ComboInputs,
    LineInputs,
    GainMinDb,
    GainMaxDb,
    GainRangeDb,
    MicMaxInputDbu,
    MicInputImpedanceOhm,
    LineMaxInputDbu,
    LineInputImpedanceOhm,
    InstMaxInputDbu,
    InstInputImpedanceOhm,
    HasPhantom,
    HasHiZ,
    HasDirectMonitoring,
    // Interfaces: line outputs
    LineOutputs,
    LineOutMaxDbu,
    LineOutImpedanceOhm,
    LineOutBalanced,
    LineOutDynamicRangeDb,
    // Headphone outputs of interfaces, amps and players
    HeadphoneOutputs,
    HpMaxLevelDbu,
    HpMaxLevelLoadOhm,
    HpOutputImpedanceOhm,
    HpMaxCurrentMa,
    HpRatedPowerMw,
    HpRatedPowerLoadOhm,
    HpRatedPower2Mw,
    HpRatedPower2LoadOhm,
    HpDynamicRangeDb,
    HpOutputNoiseUv,
    HpConnector,
    // Headphone amps (with InputImpedanceOhm, GainDb and the Hp* fields)
    Channels,
    InputPerChannel,
    HasThru,
    MinLoadOhm,
    InputConnector,
    // Splitters and adapters
    Outputs,
    OutputConnector,
    LevelChangeDb,
    // Headphones
    ImpedanceOhm,
    Sensitivity,
    SensitivityUnit,
    MaxInputPowerMw,
    Connector,
    Active,
    // Studio monitors (with MaxSplDb, SelfNoiseDbA, InputImpedanceOhm, LineMaxInputDbu and InputConnector), per speaker
    InputSensitivityDbu,
    ReferenceSplDb,
    InputBalanced,
    // Interfaces: monitoring through the computer
    InterfaceLatencyMs,
    // Mixers: the computer's playback on the mix
    HasUsbAudio,
    // MIDI sockets of interfaces, mixers, keyboards and controllers
    MidiInputs,
    MidiOutputs,
    MidiThru,
    // Keyboards and controllers: MIDI over USB to a computer
    HasUsbMidi,
    // Power amplifiers (with GainDb, InputImpedanceOhm, InputBalanced, InputConnector, OutputImpedanceOhm, MinLoadOhm), per channel
    SpeakerPowerW,
    SpeakerPowerLoadOhm,
    SpeakerPower2W,
    SpeakerPower2LoadOhm,
    RatedInputDbu,
    AmpSnrDb,
    // Passive speakers (with ImpedanceOhm and MaxSplDb), per speaker
    SpeakerSensitivityDb,
    SpeakerSensitivityRef,
    SpeakerPowerHandlingW,
    // Mixers: an aux (monitor) send
    HasAuxSend,
    Count_
};
inline constexpr int kFieldCount = static_cast<int>(Field::Count_);

enum class FieldType : std::uint8_t { Number, Count, Flag, Choice };

enum class MicType : std::uint8_t { Dynamic, Condenser, Ribbon };
enum class SensitivityUnit : std::uint8_t { DbPerMw, DbPerV };
/// What a loudspeaker's sensitivity at 1 m is stated for: 1 W into its nominal impedance, or 2.83 V.
enum class SpeakerSensitivityRef : std::uint8_t { OneWatt, Volts2p83 };
/// Physical connectors. Combo accepts XLR and 6.35 mm plugs; Acoustic is the air between a source and a mic.
enum class Connector : std::uint8_t { Xlr, Trs635, Ts635, Trs35, Rca, Usb, Combo, Acoustic, Din5, Speaker };
inline constexpr int kConnectorCount = 10;

/// A power rating, the load it is stated into and what turns its unit into watts: headphone outputs state mW,
/// power amplifiers W.
struct PowerRatingFields {
    Field power;
    Field load;
    double toWatts;
};
inline constexpr PowerRatingFields kPowerRatings[] = {{Field::HpRatedPowerMw, Field::HpRatedPowerLoadOhm, 1e-3},
                                                      {Field::HpRatedPower2Mw, Field::HpRatedPower2LoadOhm, 1e-3},
                                                      {Field::SpeakerPowerW, Field::SpeakerPowerLoadOhm, 1.0},
                                                      {Field::SpeakerPower2W, Field::SpeakerPower2LoadOhm, 1.0}};

/// Static description of a field: its JSON key, unit, allowed range and the label shown to people.
struct FieldInfo {
    Field id;
    const char *key;  ///< JSON key and catalog column
    const char *unit; ///< display unit ("" for dimensionless)
    FieldType type;
    double min;                           ///< inclusive lower bound of a sane value
    double max;                           ///< inclusive upper bound of a sane value
    double structuralDefault;             ///< value of an absent Count/Flag/Choice field; NaN for figures
    const char *label;                    ///< English label, translated in the "Field" context
    const char *whereToFind;              ///< where a missing figure is found, translated in the "Field" context
    std::span<const char *const> choices; ///< JSON names of a Choice field's values
};

[[nodiscard]] const FieldInfo &fieldInfo(Field f);
[[nodiscard]] std::optional<Field> fieldByKey(QStringView key);
/// The fields a kind has, in display order.
[[nodiscard]] std::span<const Field> fieldsOf(DeviceKind kind);
[[nodiscard]] bool kindHasField(DeviceKind kind, Field f);

[[nodiscard]] const char *kindKey(DeviceKind kind);
[[nodiscard]] std::optional<DeviceKind> kindByKey(QStringView key);
/// English name of a kind for people, translated in the "DeviceKind" context.
[[nodiscard]] const char *kindLabel(DeviceKind kind);
[[nodiscard]] const char *connectorKey(Connector c);
[[nodiscard]] const char *connectorLabel(Connector c);

/// How a figure is known (issue: every catalog figure carries a source and a provenance).
enum class Provenance : std::uint8_t { Manufacturer, Measurement, Estimate };

struct FieldSource {
    Field field;
    QString url;
    Provenance provenance = Provenance::Manufacturer;
    QString note; ///< conversions, load conditions, the other value when sources disagree
    friend bool operator==(const FieldSource &, const FieldSource &) = default;
};

/// Where a table of figures (an impedance curve, a level per load) was read.
struct Citation {
    QString url;
    Provenance provenance = Provenance::Manufacturer;
    QString note;
    friend bool operator==(const Citation &, const Citation &) = default;
};

[[nodiscard]] const char *provenanceKey(Provenance p);
[[nodiscard]] std::optional<Provenance> provenanceByKey(QStringView key);
/// The JSON value of a figure: true/false for flags, the choice's name for choices, a number otherwise.
[[nodiscard]] QJsonValue figureToJson(Field f, double value);
/// A figure as people read it: "300 Ω", "yes", "6.35 mm TRS", "dynamic" (translated; numbers in the locale).
[[nodiscard]] QString figureText(Field f, double value);
/// Reads a figure's JSON value; an error message when it does not fit the field.
[[nodiscard]] std::optional<double> figureFromJson(Field f, const QJsonValue &value, QString *error);

/// A problem with one figure, named by its JSON key.
struct SpecError {
    QString key;
    QString message;
};

/// A headphone output's maximum level while the load is within [fromOhm, toOhm): what outputs that sense the load
/// state (Apple: up to 1.25 V RMS below 150 Ω, 3 V from 150 Ω to 1 kΩ). physics.md §4, "Outputs that sense the load".
struct LoadLevel {
    double fromOhm;
    double toOhm;
    double volts; ///< RMS at the load, the largest clean sine
    friend bool operator==(const LoadLevel &, const LoadLevel &) = default;
};

/// The level `ranges` give at `loadOhm`: that of the range holding it, else of the nearest range, with `outside`
/// set (the statement does not cover the load). Ranges as DeviceSpec::validate() accepts them, not empty.
[[nodiscard]] double levelAtLoad(const std::vector<LoadLevel> &ranges, double loadOhm, bool &outside);

/// One product's (or one custom device's) specification. Unknown figures are NaN, never guessed.
class DeviceSpec
{
public:
    DeviceSpec() = default;
    /// A spec with every figure unknown and every structural field (counts, flags, choices) at its default.
    explicit DeviceSpec(DeviceKind kind);

    [[nodiscard]] DeviceKind kind() const { return m_kind; }
    [[nodiscard]] std::optional<double> value(Field f) const
    {
        const double v = m_values[static_cast<std::size_t>(f)];
        return std::isnan(v) ? std::nullopt : std::optional<double>(v);
    }
    [[nodiscard]] bool has(Field f) const { return !std::isnan(m_values[static_cast<std::size_t>(f)]); }
    [[nodiscard]] double valueOr(Field f, double fallback) const { return value(f).value_or(fallback); }
    [[nodiscard]] bool flag(Field f) const { return valueOr(f, 0.0) != 0.0; }
    [[nodiscard]] int count(Field f) const { return static_cast<int>(valueOr(f, 0.0)); }
    void set(Field f, double v) { m_values[static_cast<std::size_t>(f)] = v; }
    void clear(Field f) { set(f, std::nan("")); }

    QString brand;
    QString model;
    QString variant;
    QList<FieldSource> sources;
    /// Where the impedance curve and the level per load were read (docs/file-format.md): they travel with the spec
    /// from the catalog into projects, as every figure's source does.
    Citation curveCitation{{}, Provenance::Measurement, {}};
    Citation levelCitation;

    [[nodiscard]] const std::vector<ImpedancePoint> &impedanceCurve() const { return m_curve; }
    /// The headphone outputs' maximum level per load range, ascending, when the output senses its load; else empty.
    [[nodiscard]] const std::vector<LoadLevel> &levelByLoad() const { return m_levelByLoad; }
    void setLevelByLoad(std::vector<LoadLevel> ranges) { m_levelByLoad = std::move(ranges); }
    /// Sets the curve and samples it on the analysis grid once, so analyses never interpolate it again.
    void setImpedanceCurve(std::vector<ImpedancePoint> curve);
    [[nodiscard]] const FieldSource *source(Field f) const;
    /// The curve's admittance 1/Z at every frequencyGrid() point; empty without a (valid) curve.
    [[nodiscard]] const std::vector<Complex> &gridAdmittance() const;
    /// Z at 1 kHz (kReferenceHz): the curve's, worked out once when it was set, or else the nominal impedance given.
    [[nodiscard]] Complex referenceImpedance(double nominalOhm) const { return m_curve.empty() ? Complex{nominalOhm, 0.0} : m_referenceImpedance; }

    /// "Brand Model (variant)", or the kind's name for an anonymous custom device.
    [[nodiscard]] QString displayName() const;
    /// Range and consistency check of every known figure; empty when the spec is usable.
    [[nodiscard]] QList<SpecError> validate() const;

    friend bool operator==(const DeviceSpec &a, const DeviceSpec &b);

private:
    DeviceKind m_kind = DeviceKind::Headphones;
    std::array<double, kFieldCount> m_values{};
    std::vector<ImpedancePoint> m_curve;
    std::vector<LoadLevel> m_levelByLoad;
    /// Shared by copies of the spec and by specs with the same curve: a project of many identical headphones
    /// samples their curve once and keeps it once.
    std::shared_ptr<const std::vector<Complex>> m_gridAdmittance;
    Complex m_referenceImpedance;
};

/// A product from the catalog or the user's gear: its id there and its figures.
struct Product {
    QString id;
    DeviceSpec spec;
};

/// Whether a microphone needs 48 V phantom power to make any sound: a condenser, or one that says so (an active
/// dynamic or ribbon). physics.md §2.
[[nodiscard]] bool needsPhantom(const DeviceSpec &microphone);

/// The documented typical value the engine uses when a figure is unknown (docs/typical-values.md), or
/// nullopt when the figure is optional (its absence changes nothing, e.g. a current limit).
[[nodiscard]] std::optional<double> typicalValue(const DeviceSpec &spec, Field f);

/// The most favourable value of a headphone output's maximum level or output impedance among the catalog's products of
/// this kind that state it (docs/typical-values.md, "The strongest outputs known"); nullopt for other figures and for
/// kinds the catalog knows none of. A verdict that rests on a typical value is weighed against it.
[[nodiscard]] std::optional<double> strongestKnownValue(DeviceKind kind, Field f);

} // namespace headroom
