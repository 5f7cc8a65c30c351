// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "projectfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>

namespace headroom {
namespace {


/// Thrown inside the reader only; parseProject turns it into a message.
struct ReadError {
    QString path;
    QString message;
};

/// Reads JSON values while tracking the JSON path of each, for error messages.
class Reader
{
public:
    [[noreturn]] static void fail(const QString &path, const QString &message) { throw ReadError{path, message}; }

    static QJsonObject object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject())
            fail(path, QCoreApplication::translate("ProjectFile", "expected an object"));
        return v.toObject();
    }
    static QJsonArray array(const QJsonValue &v, const QString &path)
    {
        if (!v.isArray())
            fail(path, QCoreApplication::translate("ProjectFile", "expected an array"));
        return v.toArray();
    }
    static QString string(const QJsonObject &o, const char *key, const QString &path, const QString &fallback = {})
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString())
            fail(path + u'.' + QLatin1StringView(key), QCoreApplication::translate("ProjectFile", "expected a string"));
        return v.toString();
    }
    /// A finite number; JSON has no NaN, but strings like "NaN" or "inf" are refused by name.
    static double number(const QJsonValue &v, const QString &path)
    {
        if (!v.isDouble())
            fail(path, v.isString() ? QCoreApplication::translate("ProjectFile", "\"%1\" is not a number").arg(v.toString()) : QCoreApplication::translate("ProjectFile", "expected a number"));
        const double d = v.toDouble();
        if (!std::isfinite(d))
            fail(path, QCoreApplication::translate("ProjectFile", "is not a finite number"));
        return d;
    }
    static double number(const QJsonObject &o, const char *key, const QString &path, double fallback)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        return v.isUndefined() || v.isNull() ? fallback : number(v, path + u'.' + QLatin1StringView(key));
    }
    /// A setting's number within its physical range (settingRange); absent keeps the fallback.
    static double setting(const QJsonObject &o, const char *key, const QString &path, double fallback)
    {
        const QJsonValue value = o.value(QLatin1StringView(key));
        if (value.isUndefined() || value.isNull())
            return fallback;
        const QString keyPath = path + u'.' + QLatin1StringView(key);
        const double v = number(value, keyPath);
        const SettingRange *range = settingRange(QString::fromLatin1(key));
        if (range && !(v >= range->min && v <= range->max))
            fail(keyPath, QCoreApplication::translate("ProjectFile", "%1 is outside %2…%3 %4")
                              .arg(QString::number(v), QString::number(range->min), QString::number(range->max), QString::fromUtf8(range->unit)));
        return v;
    }
    static bool boolean(const QJsonObject &o, const char *key, const QString &path, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            fail(path + u'.' + QLatin1StringView(key), QCoreApplication::translate("ProjectFile", "expected true or false"));
        return v.toBool();
    }
};

QString indexed(const QString &path, qsizetype i) { return QStringLiteral("%1[%2]").arg(path).arg(i); }

void readFigure(DeviceSpec &spec, Field field, const QJsonValue &v, const QString &path)
{
    QString error;
    const std::optional<double> value = figureFromJson(field, v, &error);
    if (!value)
        Reader::fail(path, error);
    spec.set(field, *value);
}

DeviceSpec readSpec(const QJsonObject &o, const QString &path)
{
    const QString kindName = Reader::string(o, "kind", path);
    const auto kind = kindByKey(kindName);
    if (!kind)
        Reader::fail(path + QStringLiteral(".kind"), kindName.isEmpty() ? QCoreApplication::translate("ProjectFile", "is missing")
                                                                        : QCoreApplication::translate("ProjectFile", "unknown kind \"%1\"").arg(kindName));
    DeviceSpec spec(*kind);
    spec.brand = Reader::string(o, "brand", path);
    spec.model = Reader::string(o, "model", path);
    spec.variant = Reader::string(o, "variant", path);

    const QString figuresPath = path + QStringLiteral(".figures");
    const QJsonObject figures = Reader::object(o.value(u"figures").isUndefined() ? QJsonObject{} : o.value(u"figures"),
                                               figuresPath);
    for (auto it = figures.begin(); it != figures.end(); ++it) {
        const QString fieldPath = figuresPath + u'.' + it.key();
        const auto field = fieldByKey(it.key());
        if (!field || !kindHasField(*kind, *field))
            Reader::fail(fieldPath, QCoreApplication::translate("ProjectFile", "is not a figure of a device of kind \"%1\"").arg(kindName));
        if (!it.value().isNull()) // null: unknown, as if absent
            readFigure(spec, *field, it.value(), fieldPath);
    }
    const QJsonValue curve = o.value(u"impedanceCurve");
    if (!curve.isUndefined()) {
        const QString curvePath = path + QStringLiteral(".impedanceCurve");
        const QJsonArray points = Reader::array(curve, curvePath);
        std::vector<ImpedancePoint> impedanceCurve;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QJsonArray p = Reader::array(points.at(i), indexed(curvePath, i));
            if (p.size() < 2 || p.size() > 3)
                Reader::fail(indexed(curvePath, i), QCoreApplication::translate("ProjectFile", "expected [hertz, ohms] or [hertz, ohms, phase in degrees]"));
            impedanceCurve.push_back({Reader::number(p.at(0), indexed(curvePath, i)),
                                           Reader::number(p.at(1), indexed(curvePath, i)),
                                           p.size() == 3 ? Reader::number(p.at(2), indexed(curvePath, i)) : 0.0});
        }
        spec.setImpedanceCurve(std::move(impedanceCurve));
    }
    const QJsonValue sources = o.value(u"sources");
    if (!sources.isUndefined()) {
        const QString sourcesPath = path + QStringLiteral(".sources");
        const QJsonObject map = Reader::object(sources, sourcesPath);
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString sourcePath = sourcesPath + u'.' + it.key();
            const auto field = fieldByKey(it.key());
            if (!field || !kindHasField(*kind, *field))
                Reader::fail(sourcePath, QCoreApplication::translate("ProjectFile", "is not a figure of a device of kind \"%1\"").arg(kindName));
            const QJsonObject s = Reader::object(it.value(), sourcePath);
            const QString prov = Reader::string(s, "provenance", sourcePath, QStringLiteral("manufacturer"));
            const auto provenance = provenanceByKey(prov);
            if (!provenance)
                Reader::fail(sourcePath + QStringLiteral(".provenance"),
                             QCoreApplication::translate("ProjectFile", "expected manufacturer, measurement or estimate"));
            spec.sources.append({*field, Reader::string(s, "url", sourcePath), *provenance, Reader::string(s, "note", sourcePath)});
        }
    }
    if (const QList<SpecError> errors = spec.validate(); !errors.isEmpty()) {
        const SpecError &e = errors.first();
        Reader::fail(path + (e.key == u"impedanceCurve" ? QStringLiteral(".") : QStringLiteral(".figures.")) + e.key,
                     e.message);
    }
    return spec;
}

void readSettings(Device &device, const QJsonObject &o, const QString &path)
{
    DeviceSettings &s = device.settings;
    s.directMonitor = Reader::boolean(o, "directMonitor", path, s.directMonitor);
    const QString program = Reader::string(o, "program", path, QString::fromLatin1(programKey(s.program)));
    const auto p = programByKey(program);
    if (!p)
        Reader::fail(path + QStringLiteral(".program"), QCoreApplication::translate("ProjectFile", "expected speech, music, pink-noise or sine"));
    s.program = *p;
    s.splDb = Reader::setting(o, "splDb", path, s.splDb);
    s.referenceDistanceM = Reader::setting(o, "referenceDistanceM", path, s.referenceDistanceM);
    s.distanceM = Reader::setting(o, "distanceM", path, s.distanceM);
    s.levelDbfs = Reader::setting(o, "levelDbfs", path, s.levelDbfs);
    s.levelDbv = Reader::setting(o, "levelDbv", path, s.levelDbv);
    s.crestDb = Reader::setting(o, "crestDb", path, s.crestDb);
    s.listener = Reader::string(o, "listener", path);
    s.targetPeakSplDb = Reader::setting(o, "targetPeakSplDb", path, s.targetPeakSplDb);

    const QString portsPath = path + QStringLiteral(".ports");
    const QJsonObject ports = Reader::object(o.value(u"ports").isUndefined() ? QJsonObject{} : o.value(u"ports"), portsPath);
    for (auto it = ports.begin(); it != ports.end(); ++it) {
        const QString portPath = portsPath + u'.' + it.key();
        const int index = device.portIndex(it.key());
        if (index < 0)
            Reader::fail(portPath, QCoreApplication::translate("ProjectFile", "device \"%1\" has no port \"%2\"").arg(device.id, it.key()));
        const QJsonObject po = Reader::object(it.value(), portPath);
        PortSettings &ps = s.ports[static_cast<std::size_t>(index)];
        ps.gainDb = Reader::setting(po, "gainDb", portPath, ps.gainDb);
        ps.volumeDb = Reader::setting(po, "volumeDb", portPath, ps.volumeDb);
        ps.phantom = Reader::boolean(po, "phantom", portPath, ps.phantom);
        ps.hiZ = Reader::boolean(po, "hiZ", portPath, ps.hiZ);
    }
}

/// Device ids to their index in the chain being read: a lookup per cable end, in constant time.
using DeviceIndex = QHash<QString, int>;

PortRef readPortRef(const QJsonObject &o, const char *key, const Chain &chain, const DeviceIndex &index, Direction direction, const QString &path)
{
    const QString keyPath = path + u'.' + QLatin1StringView(key);
    const QString text = Reader::string(o, key, path);
    const qsizetype dot = text.indexOf(u'.');
    if (dot <= 0)
        Reader::fail(keyPath, QCoreApplication::translate("ProjectFile", "expected \"device.port\""));
    PortRef ref{text.left(dot), text.mid(dot + 1)};
    const auto found = index.constFind(ref.device);
    if (found == index.cend())
        Reader::fail(keyPath, QCoreApplication::translate("ProjectFile", "no device \"%1\"").arg(ref.device));
    const Device *device = &chain.devices[static_cast<std::size_t>(*found)];
    const int port = device->portIndex(ref.port);
    if (port < 0)
        Reader::fail(keyPath, QCoreApplication::translate("ProjectFile", "device \"%1\" has no port \"%2\"").arg(ref.device, ref.port));
    if (device->ports[static_cast<std::size_t>(port)].direction != direction)
        Reader::fail(keyPath, direction == Direction::Out ? QCoreApplication::translate("ProjectFile", "\"%1\" is an input, a cable starts at an output").arg(text)
                                                          : QCoreApplication::translate("ProjectFile", "\"%1\" is an output, a cable ends at an input").arg(text));
    return ref;
}

Chain readChain(const QJsonObject &root)
{
    const QString format = Reader::string(root, "format", QStringLiteral("$"), QStringLiteral("headroom-project"));
    if (format != u"headroom-project")
        Reader::fail(QStringLiteral("$.format"), QCoreApplication::translate("ProjectFile", "\"%1\" is not a Headroom project").arg(format));
    const double version = Reader::number(root, "version", QStringLiteral("$"), kProjectFormatVersion);
    if (version < 1 || version != std::floor(version))
        Reader::fail(QStringLiteral("$.version"), QCoreApplication::translate("ProjectFile", "unknown format version %1").arg(version));
    if (version > kProjectFormatVersion)
        Reader::fail(QStringLiteral("$.version"), QCoreApplication::translate("ProjectFile", "the file was saved by a newer Headroom (format version %1); this "
                                                     "version reads format %2 and older: please update Headroom")
                                                      .arg(version).arg(kProjectFormatVersion));
    Chain chain;
    chain.title = Reader::string(root, "title", QStringLiteral("$"));
    chain.description = Reader::string(root, "description", QStringLiteral("$"));
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    DeviceIndex index;
    const QJsonArray devices = Reader::array(root.value(u"devices").isUndefined() ? QJsonArray{} : root.value(u"devices"),
                                             QStringLiteral("$.devices"));
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const QString path = indexed(QStringLiteral("$.devices"), i);
        const QJsonObject o = Reader::object(devices.at(i), path);
        const QString id = Reader::string(o, "id", path);
        if (!idPattern.match(id).hasMatch())
            Reader::fail(path + QStringLiteral(".id"), id.isEmpty() ? QCoreApplication::translate("ProjectFile", "is missing")
                                                                    : QCoreApplication::translate("ProjectFile", "\"%1\" may hold only letters, digits, - and _").arg(id));
        if (index.contains(id))
            Reader::fail(path + QStringLiteral(".id"), QCoreApplication::translate("ProjectFile", "\"%1\" is used by another device").arg(id));
        index.insert(id, static_cast<int>(chain.devices.size()));
        Device device(id, readSpec(Reader::object(o.value(u"spec"), path + QStringLiteral(".spec")), path + QStringLiteral(".spec")));
        device.label = Reader::string(o, "label", path);
        device.catalogId = Reader::string(o, "catalogId", path);
        if (const QJsonValue settings = o.value(u"settings"); !settings.isUndefined())
            readSettings(device, Reader::object(settings, path + QStringLiteral(".settings")), path + QStringLiteral(".settings"));
        if (const QJsonValue position = o.value(u"position"); !position.isUndefined()) {
            const QJsonObject pos = Reader::object(position, path + QStringLiteral(".position"));
            device.x = Reader::number(pos, "x", path + QStringLiteral(".position"), 0);
            device.y = Reader::number(pos, "y", path + QStringLiteral(".position"), 0);
        }
        chain.devices.push_back(std::move(device));
    }
    const QJsonArray connections = Reader::array(
        root.value(u"connections").isUndefined() ? QJsonArray{} : root.value(u"connections"), QStringLiteral("$.connections"));
    for (qsizetype i = 0; i < connections.size(); ++i) {
        const QString path = indexed(QStringLiteral("$.connections"), i);
        const QJsonObject o = Reader::object(connections.at(i), path);
        chain.connections.push_back({readPortRef(o, "from", chain, index, Direction::Out, path),
                                     readPortRef(o, "to", chain, index, Direction::In, path)});
    }
    return chain;
}

QJsonObject settingsToJson(const Device &device)
{
    const DeviceSettings defaults;
    const DeviceSettings &s = device.settings;
    QJsonObject o;
    const auto putNumber = [&o](const char *key, double v, double d) {
        if (!(std::isnan(v) && std::isnan(d)) && v != d)
            o.insert(QLatin1StringView(key), v);
    };
    if (s.directMonitor != defaults.directMonitor)
        o.insert(u"directMonitor", s.directMonitor);
    if (s.program != defaults.program)
        o.insert(u"program", QString::fromLatin1(programKey(s.program)));
    putNumber("splDb", s.splDb, defaults.splDb);
    putNumber("referenceDistanceM", s.referenceDistanceM, defaults.referenceDistanceM);
    putNumber("distanceM", s.distanceM, defaults.distanceM);
    putNumber("levelDbfs", s.levelDbfs, defaults.levelDbfs);
    putNumber("levelDbv", s.levelDbv, defaults.levelDbv);
    putNumber("crestDb", s.crestDb, defaults.crestDb);
    if (!s.listener.isEmpty())
        o.insert(u"listener", s.listener);
    putNumber("targetPeakSplDb", s.targetPeakSplDb, defaults.targetPeakSplDb);
    QJsonObject ports;
    const PortSettings portDefaults;
    for (std::size_t i = 0; i < device.ports.size(); ++i) {
        const PortSettings &ps = s.ports[i];
        if (ps == portDefaults)
            continue;
        QJsonObject po;
        if (!std::isnan(ps.gainDb))
            po.insert(u"gainDb", ps.gainDb);
        if (ps.volumeDb != portDefaults.volumeDb)
            po.insert(u"volumeDb", ps.volumeDb);
        if (ps.phantom)
            po.insert(u"phantom", true);
        if (ps.hiZ)
            po.insert(u"hiZ", true);
        ports.insert(device.ports[i].id, po);
    }
    if (!ports.isEmpty())
        o.insert(u"ports", ports);
    return o;
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QCoreApplication::translate("ProjectFile", "line %1, column %2").arg(line).arg(column);
}

} // namespace

QJsonObject specToJson(const DeviceSpec &spec)
{
    QJsonObject o;
    o.insert(u"kind", QString::fromLatin1(kindKey(spec.kind())));
    if (!spec.brand.isEmpty())
        o.insert(u"brand", spec.brand);
    if (!spec.model.isEmpty())
        o.insert(u"model", spec.model);
    if (!spec.variant.isEmpty())
        o.insert(u"variant", spec.variant);
    QJsonObject figures;
    for (Field f : fieldsOf(spec.kind()))
        if (const auto v = spec.value(f))
            figures.insert(QLatin1StringView(fieldInfo(f).key), figureToJson(f, *v));
    o.insert(u"figures", figures);
    if (!spec.impedanceCurve().empty()) {
        QJsonArray curve;
        for (const ImpedancePoint &p : spec.impedanceCurve())
            curve.append(QJsonArray{p.hz, p.ohms, p.phaseDeg});
        o.insert(u"impedanceCurve", curve);
    }
    if (!spec.sources.isEmpty()) {
        QJsonObject sources;
        for (const FieldSource &s : spec.sources) {
            QJsonObject source{{QStringLiteral("url"), s.url}, {QStringLiteral("provenance"), QString::fromLatin1(provenanceKey(s.provenance))}};
            if (!s.note.isEmpty())
                source.insert(u"note", s.note);
            sources.insert(QLatin1StringView(fieldInfo(s.field).key), source);
        }
        o.insert(u"sources", sources);
    }
    return o;
}

ProjectLoad parseProject(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt, QCoreApplication::translate("ProjectFile", "%1: not valid JSON at %2: %3")
                                  .arg(fileName, lineAndColumn(json, parseError.offset), parseError.errorString())};
    if (!doc.isObject())
        return {std::nullopt, QCoreApplication::translate("ProjectFile", "%1: $: expected a JSON object").arg(fileName)};
    try {
        return {readChain(doc.object()), {}};
    } catch (const ReadError &e) {
        return {std::nullopt, QStringLiteral("%1: %2: %3").arg(fileName, e.path, e.message)};
    }
}

ProjectLoad loadProject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, QCoreApplication::translate("ProjectFile", "%1: cannot be read: %2").arg(path, file.errorString())};
    return parseProject(file.readAll(), path);
}

QByteArray serializeProject(const Chain &chain)
{
    QJsonObject root;
    root.insert(u"format", QStringLiteral("headroom-project"));
    root.insert(u"version", kProjectFormatVersion);
    if (!chain.title.isEmpty())
        root.insert(u"title", chain.title);
    if (!chain.description.isEmpty())
        root.insert(u"description", chain.description);
    QJsonArray devices;
    for (const Device &d : chain.devices) {
        QJsonObject o;
        o.insert(u"id", d.id);
        if (!d.label.isEmpty())
            o.insert(u"label", d.label);
        if (!d.catalogId.isEmpty())
            o.insert(u"catalogId", d.catalogId);
        o.insert(u"spec", specToJson(d.spec));
        if (const QJsonObject settings = settingsToJson(d); !settings.isEmpty())
            o.insert(u"settings", settings);
        o.insert(u"position", QJsonObject{{QStringLiteral("x"), d.x}, {QStringLiteral("y"), d.y}});
        devices.append(o);
    }
    root.insert(u"devices", devices);
    QJsonArray connections;
    for (const Connection &c : chain.connections)
        connections.append(QJsonObject{{QStringLiteral("from"), c.from.toString()}, {QStringLiteral("to"), c.to.toString()}});
    root.insert(u"connections", connections);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString saveProject(const Chain &chain, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("ProjectFile", "%1: cannot be written: %2").arg(path, file.errorString());
    const QByteArray bytes = serializeProject(chain);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("ProjectFile", "%1: saving failed, the previous file is unchanged: %2").arg(path, file.errorString());
    return {};
}

} // namespace headroom
