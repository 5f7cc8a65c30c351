// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "projectfile.h"

#include "specjson.h"

#include "settings.h"

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

/// Where a value sits in the project, such as $.devices[3].spec.figures.impedanceOhm. Spelled out only when an
/// error names it, so reading a valid file builds no path text. A path refers to its parent: it lives no longer.
class Path
{
public:
    Path() = default; ///< the document: $
    [[nodiscard]] Path key(const char *name) const { return Path(this, QString::fromLatin1(name), -1); }
    [[nodiscard]] Path key(const QString &name) const { return Path(this, name, -1); }
    [[nodiscard]] Path at(qsizetype index) const { return Path(this, {}, index); }

    [[nodiscard]] QString text() const
    {
        if (!m_parent)
            return QStringLiteral("$");
        return m_index >= 0 ? QStringLiteral("%1[%2]").arg(m_parent->text()).arg(m_index) : m_parent->text() + u'.' + m_name;
    }

private:
    Path(const Path *parent, QString name, qsizetype index) : m_parent(parent), m_name(std::move(name)), m_index(index) {}

    const Path *m_parent = nullptr;
    QString m_name;
    qsizetype m_index = -1;
};

/// Thrown inside the reader only; parseProject turns it into a message.
struct ReadError {
    QString path;
    QString message;
};

/// Reads JSON values, naming the JSON path of a value that is wrong.
class Reader
{
public:
    [[noreturn]] static void fail(const Path &path, const QString &message) { throw ReadError{path.text(), message}; }

    static QJsonObject object(const QJsonValue &v, const Path &path)
    {
        if (!v.isObject())
            fail(path, QCoreApplication::translate("ProjectFile", "expected an object"));
        return v.toObject();
    }
    /// A member that may be absent (an empty object then).
    static QJsonObject optionalObject(const QJsonObject &o, const char *key, const Path &path)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        return v.isUndefined() ? QJsonObject{} : object(v, path.key(key));
    }
    static QJsonArray array(const QJsonValue &v, const Path &path)
    {
        if (!v.isArray())
            fail(path, QCoreApplication::translate("ProjectFile", "expected an array"));
        return v.toArray();
    }
    static QString string(const QJsonObject &o, const char *key, const Path &path, const QString &fallback = {})
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString())
            fail(path.key(key), QCoreApplication::translate("ProjectFile", "expected a string"));
        return v.toString();
    }
    /// A finite number; JSON has no NaN, but strings like "NaN" or "inf" are refused by name.
    static double number(const QJsonValue &v, const Path &path)
    {
        if (!v.isDouble())
            fail(path,
                 v.isString() ? QCoreApplication::translate("ProjectFile", "\"%1\" is not a number").arg(v.toString())
                              : QCoreApplication::translate("ProjectFile", "expected a number"));
        const double d = v.toDouble();
        if (!std::isfinite(d))
            fail(path, QCoreApplication::translate("ProjectFile", "is not a finite number"));
        return d;
    }
    static double number(const QJsonObject &o, const char *key, const Path &path, double fallback)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        return v.isUndefined() || v.isNull() ? fallback : number(v, path.key(key));
    }
    /// A setting's value as its table entry describes it (settings.h), refused with the table's reason; an absent
    /// or null one stays as it is.
    static void setting(Device &device, int port, const SettingDef &def, const QJsonObject &o, const Path &path)
    {
        const QJsonValue v = o.value(QLatin1StringView(def.key));
        if (v.isUndefined() || v.isNull())
            return;
        QVariant value;
        switch (def.type) {
        case SettingType::Number:
            value = number(v, path.key(def.key));
            break;
        case SettingType::Flag:
            value = boolean(o, def.key, path, false);
            break;
        case SettingType::Choice:
        case SettingType::Text:
            value = string(o, def.key, path);
            break;
        }
        if (const QString error = settingError(def, value); !error.isEmpty())
            fail(path.key(def.key), error);
        def.set(device, port, value);
    }
    static bool boolean(const QJsonObject &o, const char *key, const Path &path, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            fail(path.key(key), QCoreApplication::translate("ProjectFile", "expected true or false"));
        return v.toBool();
    }
};

/// The device's specification in the shared form (specjson.h), refused at its first problem.
DeviceSpec readSpec(const QJsonObject &o, const Path &path)
{
    QList<SpecJsonError> errors;
    DeviceSpec spec = specFromJson(o, errors);
    if (!errors.isEmpty())
        Reader::fail(path.key(errors.first().at), errors.first().message);
    if (const QList<SpecError> invalid = spec.validate(); !invalid.isEmpty()) {
        const SpecError &e = invalid.first();
        Reader::fail(e.key == u"impedanceCurve" || e.key == u"levelByLoad" ? path.key(e.key) : path.key("figures").key(e.key), e.message);
    }
    return spec;
}

void readSettings(Device &device, const QJsonObject &o, const Path &path)
{
    for (const SettingDef &def : settingDefs())
        if (!def.perPort)
            Reader::setting(device, -1, def, o, path);
    const Path portsPath = path.key("ports");
    const QJsonObject ports = Reader::optionalObject(o, "ports", path);
    for (auto it = ports.begin(); it != ports.end(); ++it) {
        const Path portPath = portsPath.key(it.key());
        const int index = device.portIndex(it.key());
        if (index < 0)
            Reader::fail(portPath, QCoreApplication::translate("ProjectFile", "device \"%1\" has no port \"%2\"").arg(device.id, it.key()));
        const QJsonObject po = Reader::object(it.value(), portPath);
        for (const SettingDef &def : settingDefs())
            if (def.perPort)
                Reader::setting(device, index, def, po, portPath);
    }
}

/// Device ids to their index in the chain being read: a lookup per cable end, in constant time.
using DeviceIndex = QHash<QString, int>;

PortRef readPortRef(const QJsonObject &o, const char *key, const Chain &chain, const DeviceIndex &index, Direction direction, const Path &path)
{
    const QString text = Reader::string(o, key, path);
    const qsizetype dot = text.indexOf(u'.');
    if (dot <= 0)
        Reader::fail(path.key(key), QCoreApplication::translate("ProjectFile", "expected \"device.port\""));
    PortRef ref{text.left(dot), text.mid(dot + 1)};
    const auto found = index.constFind(ref.device);
    if (found == index.cend())
        Reader::fail(path.key(key), QCoreApplication::translate("ProjectFile", "no device \"%1\"").arg(ref.device));
    const Device *device = &chain.devices[static_cast<std::size_t>(*found)];
    const int port = device->portIndex(ref.port);
    if (port < 0)
        Reader::fail(path.key(key), QCoreApplication::translate("ProjectFile", "device \"%1\" has no port \"%2\"").arg(ref.device, ref.port));
    if (device->ports[static_cast<std::size_t>(port)].direction != direction)
        Reader::fail(path.key(key),
                     direction == Direction::Out
                         ? QCoreApplication::translate("ProjectFile", "\"%1\" is an input, a cable starts at an output").arg(text)
                         : QCoreApplication::translate("ProjectFile", "\"%1\" is an output, a cable ends at an input").arg(text));
    return ref;
}

/// A member that may be absent (an empty array then).
QJsonArray optionalArray(const QJsonObject &o, const char *key, const Path &path)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    return v.isUndefined() ? QJsonArray{} : Reader::array(v, path.key(key));
}

/// The devices and cables of one chain: the top level of a version-1 file, or one entry of "variants".
Chain readChain(const QJsonObject &root, const Path &path)
{
    Chain chain;
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    DeviceIndex index;
    const Path devicesPath = path.key("devices");
    const QJsonArray devices = optionalArray(root, "devices", path);
    chain.devices.reserve(static_cast<std::size_t>(devices.size()));
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const Path devicePath = devicesPath.at(i);
        const QJsonObject o = Reader::object(devices.at(i), devicePath);
        const QString id = Reader::string(o, "id", devicePath);
        if (!idPattern.match(id).hasMatch())
            Reader::fail(devicePath.key("id"),
                         id.isEmpty() ? QCoreApplication::translate("ProjectFile", "is missing")
                                      : QCoreApplication::translate("ProjectFile", "\"%1\" may hold only letters, digits, - and _").arg(id));
        if (index.contains(id))
            Reader::fail(devicePath.key("id"), QCoreApplication::translate("ProjectFile", "\"%1\" is used by another device").arg(id));
        index.insert(id, static_cast<int>(chain.devices.size()));
        const Path specPath = devicePath.key("spec");
        Device device(id, readSpec(Reader::object(o.value(u"spec"), specPath), specPath));
        device.label = Reader::string(o, "label", devicePath);
        device.catalogId = Reader::string(o, "catalogId", devicePath);
        if (const QJsonValue settings = o.value(u"settings"); !settings.isUndefined()) {
            const Path settingsPath = devicePath.key("settings");
            readSettings(device, Reader::object(settings, settingsPath), settingsPath);
        }
        if (const QJsonValue position = o.value(u"position"); !position.isUndefined()) {
            const Path positionPath = devicePath.key("position");
            const QJsonObject pos = Reader::object(position, positionPath);
            device.x = Reader::number(pos, "x", positionPath, 0);
            device.y = Reader::number(pos, "y", positionPath, 0);
        }
        chain.devices.push_back(std::move(device));
    }
    const Path connectionsPath = path.key("connections");
    const QJsonArray connections = optionalArray(root, "connections", path);
    chain.connections.reserve(static_cast<std::size_t>(connections.size()));
    for (qsizetype i = 0; i < connections.size(); ++i) {
        const Path connectionPath = connectionsPath.at(i);
        const QJsonObject o = Reader::object(connections.at(i), connectionPath);
        chain.connections.push_back({readPortRef(o, "from", chain, index, Direction::Out, connectionPath),
                                     readPortRef(o, "to", chain, index, Direction::In, connectionPath)});
    }
    return chain;
}

Project readProject(const QJsonObject &root)
{
    const Path path;
    const QString format = Reader::string(root, "format", path, QStringLiteral("headroom-project"));
    if (format != u"headroom-project")
        Reader::fail(path.key("format"), QCoreApplication::translate("ProjectFile", "\"%1\" is not a Headroom project").arg(format));
    const double version = Reader::number(root, "version", path, kProjectFormatVersion);
    if (version < 1 || version != std::floor(version))
        Reader::fail(path.key("version"), QCoreApplication::translate("ProjectFile", "unknown format version %1").arg(version));
    if (version > kProjectFormatVersion)
        Reader::fail(path.key("version"),
                     QCoreApplication::translate("ProjectFile",
                                                 "the file was saved by a newer Headroom (format version %1); this "
                                                 "version reads format %2 and older: please update Headroom")
                         .arg(version)
                         .arg(kProjectFormatVersion));
    Project project;
    if (version < 2 || !root.contains(u"variants")) {
        project = singleVariant(readChain(root, path));
    } else {
        const Path variantsPath = path.key("variants");
        const QJsonArray variants = Reader::array(root.value(u"variants"), variantsPath);
        if (variants.isEmpty())
            Reader::fail(variantsPath, QCoreApplication::translate("ProjectFile", "needs at least one variant"));
        for (qsizetype i = 0; i < variants.size(); ++i) {
            const Path variantPath = variantsPath.at(i);
            const QJsonObject o = Reader::object(variants.at(i), variantPath);
            const QString name = Reader::string(o, "name", variantPath).trimmed();
            if (name.isEmpty())
                Reader::fail(variantPath.key("name"), QCoreApplication::translate("ProjectFile", "is missing"));
            if (project.indexOf(name) >= 0)
                Reader::fail(variantPath.key("name"), QCoreApplication::translate("ProjectFile", "\"%1\" is used by another variant").arg(name));
            project.variants.push_back({name, readChain(o, variantPath)});
        }
        const QString current = Reader::string(root, "currentVariant", path, project.variants.front().name);
        project.current = project.indexOf(current);
        if (project.current < 0)
            Reader::fail(path.key("currentVariant"), QCoreApplication::translate("ProjectFile", "no variant is named \"%1\"").arg(current));
    }
    const QString title = Reader::string(root, "title", path);
    const QString description = Reader::string(root, "description", path);
    for (Variant &v : project.variants) {
        v.chain.title = title;
        v.chain.description = description;
    }
    return project;
}

/// A setting's value as JSON: a number, a flag, a key or a text.
QJsonValue settingToJson(const QVariant &v) { return QJsonValue::fromVariant(v); }

QJsonObject settingsToJson(const Device &device)
{
    // Only what differs from a fresh device of the kind is written.
    Device fresh(QString(), DeviceSpec(device.spec.kind()));
    fresh.settings.ports.assign(1, PortSettings());
    QJsonObject o;
    for (const SettingDef &def : settingDefs())
        if (!def.perPort)
            if (const QVariant v = def.get(device, -1); v != def.get(fresh, -1))
                o.insert(QLatin1StringView(def.key), settingToJson(v));
    QJsonObject ports;
    for (std::size_t i = 0; i < device.ports.size(); ++i) {
        QJsonObject po;
        for (const SettingDef &def : settingDefs())
            if (def.perPort)
                if (const QVariant v = def.get(device, static_cast<int>(i)); v != def.get(fresh, 0))
                    po.insert(QLatin1StringView(def.key), settingToJson(v));
        if (!po.isEmpty())
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

int Project::indexOf(QStringView name) const
{
    const auto it = std::find_if(variants.begin(), variants.end(), [name](const Variant &v) { return v.name == name; });
    return it == variants.end() ? -1 : static_cast<int>(it - variants.begin());
}

QString Project::freshName() const
{
    for (int n = static_cast<int>(variants.size()) + 1;; ++n)
        if (const QString name = QCoreApplication::translate("ProjectFile", "Variant %1").arg(n); indexOf(name) < 0)
            return name;
}

Project singleVariant(Chain chain)
{
    Project project;
    project.variants.push_back({QCoreApplication::translate("ProjectFile", "Variant %1").arg(1), std::move(chain)});
    return project;
}

ProjectLoad parseProject(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt,
                QCoreApplication::translate("ProjectFile", "%1: not valid JSON at %2: %3")
                    .arg(fileName, lineAndColumn(json, parseError.offset), parseError.errorString())};
    if (!doc.isObject())
        return {std::nullopt, QCoreApplication::translate("ProjectFile", "%1: $: expected a JSON object").arg(fileName)};
    try {
        return {readProject(doc.object()), {}};
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

namespace {

/// The devices and cables of one chain into `o`.
void writeChain(QJsonObject &o, const Chain &chain)
{
    QJsonArray devices;
    for (const Device &d : chain.devices) {
        QJsonObject device;
        device.insert(u"id", d.id);
        if (!d.label.isEmpty())
            device.insert(u"label", d.label);
        if (!d.catalogId.isEmpty())
            device.insert(u"catalogId", d.catalogId);
        device.insert(u"spec", specToJson(d.spec));
        if (const QJsonObject settings = settingsToJson(d); !settings.isEmpty())
            device.insert(u"settings", settings);
        device.insert(u"position", QJsonObject{{QStringLiteral("x"), d.x}, {QStringLiteral("y"), d.y}});
        devices.append(device);
    }
    o.insert(u"devices", devices);
    QJsonArray connections;
    for (const Connection &c : chain.connections)
        connections.append(QJsonObject{{QStringLiteral("from"), c.from.toString()}, {QStringLiteral("to"), c.to.toString()}});
    o.insert(u"connections", connections);
}

} // namespace

QByteArray serializeProject(const Project &project)
{
    const Chain &chain = project.chain();
    const bool single = project.variants.size() == 1;
    QJsonObject root;
    root.insert(u"format", QStringLiteral("headroom-project"));
    root.insert(u"version", single ? 1 : kProjectFormatVersion);
    if (!chain.title.isEmpty())
        root.insert(u"title", chain.title);
    if (!chain.description.isEmpty())
        root.insert(u"description", chain.description);
    if (single) {
        writeChain(root, chain);
    } else {
        root.insert(u"currentVariant", project.variants[static_cast<std::size_t>(project.current)].name);
        QJsonArray variants;
        for (const Variant &v : project.variants) {
            QJsonObject o{{QStringLiteral("name"), v.name}};
            writeChain(o, v.chain);
            variants.append(o);
        }
        root.insert(u"variants", variants);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray serializeProject(const Chain &chain) { return serializeProject(singleVariant(chain)); }

QString saveProject(const Chain &chain, const QString &path) { return saveProject(singleVariant(chain), path); }

QString saveProject(const Project &project, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("ProjectFile", "%1: cannot be written: %2").arg(path, file.errorString());
    const QByteArray bytes = serializeProject(project);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QCoreApplication::translate("ProjectFile", "%1: saving failed, the previous file is unchanged: %2").arg(path, file.errorString());
    return {};
}

} // namespace headroom
