// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "projectcontroller.h"

#include "settings.h"

#include "chainedit.h"
#include "gearlibrary.h"
#include "compare.h"
#include "projectfile.h"
#include "quickcheck.h"
#include "report.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QJsonValue>
#include <QLocale>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QFont>
#include <QFontMetricsF>
#include <QRectF>

namespace headroom {

namespace {

constexpr const char *kUnits[] = {"dBu", "dBV", "V", "dBFS"};
constexpr int kRecentFiles = 8;
constexpr std::chrono::milliseconds kAutosaveDelay{2000}; // after the last edit: a burst of edits is written once
constexpr double kPasteStep = 40;                         // each paste or duplicate lands this far right of and below the original
constexpr auto kClipboardFormat = "application/x-headroom";

/// The application's clipboard; null without a GUI application (the command line never needs one).
QClipboard *clipboard() { return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? QGuiApplication::clipboard() : nullptr; }

/// A short id for a new device: its model or kind, slugified, made unique in the chain.
QString newDeviceId(const Chain &chain, const DeviceSpec &spec)
{
    QString base = slugify(spec.model.isEmpty() ? QString::fromLatin1(kindKey(spec.kind())) : spec.model);
    if (base.isEmpty())
        base = QStringLiteral("device");
    return chain.uniqueId(base);
}

/// The undo text of an edit of several devices: "Delete HD 600" for one, "Delete 3 devices" for more.
QString editText(const char *one, const char *many, const Chain &chain, const QStringList &ids)
{
    if (const Device *d = ids.size() == 1 ? chain.device(ids.constFirst()) : nullptr)
        return QCoreApplication::translate("Edit", one).arg(d->name());
    return QCoreApplication::translate("Edit", many).arg(ids.size());
}

/// The size the canvas will draw a device at (qml/DeviceNode.qml): 66 px of header and 30 px a port row; as wide as
/// its port names side by side and its title need, within 200–460 px (the title counts up to 340 px).
QSizeF drawnSize(const Device &d)
{
    const auto inputs = std::count_if(d.ports.begin(), d.ports.end(), [](const PortSpec &p) { return p.direction == Direction::In; });
    const auto rows = std::max<qsizetype>({inputs, static_cast<qsizetype>(d.ports.size()) - inputs, 1});
    const QSizeF size(200, 66 + 30 * static_cast<double>(rows) + 8);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return size;
    QFont portFont = QGuiApplication::font();
    portFont.setPixelSize(11);
    QFont titleFont = QGuiApplication::font();
    titleFont.setBold(true);
    const QFontMetricsF port(portFont);
    double widest[2] = {0, 0};
    for (const PortSpec &p : d.ports)
        widest[p.direction == Direction::In ? 0 : 1] =
            std::max({widest[p.direction == Direction::In ? 0 : 1], port.horizontalAdvance(portLabel(p)),
                      port.horizontalAdvance(QCoreApplication::translate("Connector", connectorLabel(p.connector))) * 9 / 11});
    const double width =
        std::max({size.width(), widest[0] + widest[1] + 64, std::min(QFontMetricsF(titleFont).horizontalAdvance(d.name()) + 44, 340.0)});
    return {std::min(width, 460.0), size.height()};
}

/// Node sizes as the canvas reported them; a device it has not drawn yet (the one being added) as it will be drawn.
NodeSize nodeSizes(const QVariantMap &sizes)
{
    // Measuring a node's text is slow, and placing one device asks for every device's size many times: each is
    // measured once per placement.
    auto measured = std::make_shared<QHash<QString, QSizeF>>();
    return [sizes, measured](const Device &d) {
        if (const QVariantMap s = sizes.value(d.id).toMap(); !s.isEmpty())
            return QSizeF(s.value(QStringLiteral("width")).toDouble(), s.value(QStringLiteral("height")).toDouble());
        auto known = measured->constFind(d.id);
        if (known == measured->cend())
            known = measured->insert(d.id, drawnSize(d));
        return *known;
    };
}

/// The bounding box of a fragment's devices.
QRectF boundsOf(const Chain &chain, const NodeSize &sizeOf)
{
    QRectF box;
    for (const Device &d : chain.devices)
        box = box.united(QRectF(QPointF(d.x, d.y), sizeOf(d)));
    return box;
}

/// The undo text of a setting change: "Change Gain of Scarlett 2i2 input 1".
QString changeText(const SettingDef &def, const QString &of)
{
    return QCoreApplication::translate("Edit", "Change %1 of %2").arg(settingLabel(def), of);
}

} // namespace

ProjectController::ProjectController(QObject *parent)
    : QObject(parent)
    , m_library(std::make_unique<GearLibrary>(GearLibrary::defaultCatalogPath(), GearLibrary::defaultUserPath()))
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, &ProjectController::cleanChanged);
    connect(this, &ProjectController::selectionChanged, this, [this] { m_settings.refresh(m_chain, m_result, currentDevice()); });
    connect(&m_settings, &DeviceSettingsModel::editRequested, this, &ProjectController::setSetting);
    connect(&m_undo, &QUndoStack::indexChanged, this, &ProjectController::undoStateChanged);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelay);
    connect(&m_autosave, &QTimer::timeout, this, &ProjectController::autosave);
    connect(&m_undo, &QUndoStack::indexChanged, this, [this] {
        if (m_recoveryChecked)
            m_autosave.start();
    });
    m_recoveryChecked = !recoveryAvailable(); // an old autosave is never overwritten before the user decides
    if (QClipboard *board = clipboard())
        connect(board, &QClipboard::dataChanged, this, &ProjectController::clipboardChanged);
    QCoreApplication::instance()->installEventFilter(this);
    reanalyse();
}

ProjectController::~ProjectController()
{
    // The undo stack clears itself when destroyed, after the timer and models it notifies are gone.
    m_undo.disconnect();
    // A clean exit: saved work needs no recovery; unsaved work stays in the autosave file for next time.
    if (m_recoveryChecked && !dirty())
        QFile::remove(autosavePath());
}

bool ProjectController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance())
        reanalyse();
    return QObject::eventFilter(watched, event);
}

QString ProjectController::autosavePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).absoluteFilePath(QStringLiteral("Headroom/autosave.headroom"));
}

bool ProjectController::recoveryAvailable() const { return !m_recoveryChecked && QFile::exists(autosavePath()); }

void ProjectController::autosave()
{
    if (!dirty()) {
        QFile::remove(autosavePath());
        return;
    }
    QDir().mkpath(QFileInfo(autosavePath()).absolutePath());
    if (const QString error = saveProject(currentProject(), autosavePath()); !error.isEmpty())
        qWarning("autosave failed: %s", qPrintable(error));
}

bool ProjectController::recover()
{
    const ProjectLoad load = loadProject(autosavePath());
    m_recoveryChecked = true;
    emit recoveryChanged();
    if (!load.chain()) {
        fail(load.error);
        return false;
    }
    resetTo(singleVariant(Chain{}), {});
    // One undoable edit, so the project shows as unsaved and can be saved or undone.
    changeProject(*load.project, QCoreApplication::translate("Edit", "Recover unsaved work"));
    checkCatalog();
    return true;
}

void ProjectController::discardRecovery()
{
    // Kept beside, not deleted: the user may change their mind.
    const QString path = autosavePath();
    QFile::remove(path + QStringLiteral(".discarded"));
    QFile::rename(path, path + QStringLiteral(".discarded"));
    m_recoveryChecked = true;
    emit recoveryChanged();
}

QVariantList ProjectController::recentFiles() const
{
    QVariantList list;
    for (const QString &path : QSettings().value(QStringLiteral("recentFiles")).toStringList())
        if (QFileInfo::exists(path))
            list.append(QVariantMap{{QStringLiteral("title"), QFileInfo(path).fileName()},
                                    {QStringLiteral("path"), QDir::toNativeSeparators(path)},
                                    {QStringLiteral("url"), QUrl::fromLocalFile(path)}});
    return list;
}

void ProjectController::remember(const QUrl &url)
{
    QSettings settings;
    QStringList paths = settings.value(QStringLiteral("recentFiles")).toStringList();
    paths.removeAll(url.toLocalFile());
    paths.prepend(url.toLocalFile());
    settings.setValue(QStringLiteral("recentFiles"), paths.mid(0, kRecentFiles));
    emit recentFilesChanged();
}

QVariantList ProjectController::examples()
{
    // Installed beside the catalog: share/headroom/examples.
    const QDir dir(QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/headroom/examples")));
    QVariantList list;
    for (const QString &name : dir.entryList({QStringLiteral("*.headroom")}, QDir::Files, QDir::Name)) {
        const ProjectLoad load = loadProject(dir.filePath(name));
        if (load.chain())
            list.append(QVariantMap{{QStringLiteral("title"), load.chain()->title.isEmpty() ? name : load.chain()->title},
                                    {QStringLiteral("description"), load.chain()->description},
                                    {QStringLiteral("url"), QUrl::fromLocalFile(dir.filePath(name))}});
    }
    return list;
}

QString ProjectController::title() const
{
    const QString name = m_fileUrl.isEmpty() ? QCoreApplication::translate("Project", "Untitled") : QFileInfo(m_fileUrl.toLocalFile()).fileName();
    return m_chain.title.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(m_chain.title, name);
}

QString ProjectController::fileName() const { return m_fileUrl.isEmpty() ? QString() : QFileInfo(m_fileUrl.toLocalFile()).fileName(); }

QString ProjectController::baseName() const
{
    if (!m_fileUrl.isEmpty())
        return QFileInfo(m_fileUrl.toLocalFile()).completeBaseName();
    return m_chain.title.isEmpty() ? QCoreApplication::translate("Project", "Untitled") : m_chain.title;
}

QString ProjectController::levelUnit() const { return QString::fromLatin1(kUnits[static_cast<int>(m_unit)]); }

void ProjectController::setLevelUnit(const QString &unit)
{
    for (int i = 0; i < 4; ++i)
        if (unit == QLatin1StringView(kUnits[i]) && m_unit != static_cast<LevelUnit>(i)) {
            m_unit = static_cast<LevelUnit>(i);
            reanalyse();
        }
}

void ProjectController::chainEdited() { reanalyse(); }

void ProjectController::reanalyse()
{
    // Devices that are gone (deleted, undone, another file) leave the selection.
    const qsizetype selected = m_selection.size();
    m_selection.removeIf([this](const QString &id) { return !m_chain.device(id); });
    if (m_selection.size() != selected)
        emit selectionChanged();
    m_result = analyze(m_chain);
    m_devices.refresh(m_chain, m_result, m_unit);
    m_connections.refresh(m_chain, m_result, m_unit);
    m_findings.refresh(m_chain, m_result);
    m_listeners.refresh(m_chain, m_result);
    m_sources.refreshSources(m_chain, m_result);
    m_settings.refresh(m_chain, m_result, currentDevice());
    emit changed();
}

void ProjectController::fail(const QString &message)
{
    m_lastError = message;
    emit errorChanged();
}

void ProjectController::resetTo(Project project, const QUrl &url)
{
    m_undo.clear();
    m_project = std::move(project);
    m_chain = m_project.chain();
    emit variantsChanged();
    m_fileUrl = url;
    emit fileChanged();
    emit replaced();
    reanalyse();
}

void ProjectController::newProject()
{
    resetTo(singleVariant(Chain{}), {});
    keepSavedFigures();
}

void ProjectController::checkCatalog()
{
    const auto figure = [](Field f, std::optional<double> v) { return v ? figureText(f, *v) : QCoreApplication::translate("Project", "unknown"); };
    QStringList lines;
    for (const CatalogChange &c : m_library->changesSince(m_chain))
        lines << QCoreApplication::translate("Project", "%1: %2 was %3, the catalog now says %4")
                     .arg(m_chain.device(c.deviceId)->name(), QCoreApplication::translate("Field", fieldInfo(c.field).label),
                          figure(c.field, c.snapshot), figure(c.field, c.catalog));
    if (lines != m_catalogChanges) {
        m_catalogChanges = lines;
        emit catalogChangesChanged();
    }
}

void ProjectController::updateFromCatalog()
{
    QStringList updated;
    auto *batch = new BatchCommand(*this, QCoreApplication::translate("Edit", "Update figures from the catalog"));
    for (const CatalogChange &c : m_library->changesSince(m_chain))
        if (!updated.contains(c.deviceId)) {
            updated << c.deviceId;
            new ReplaceDeviceCommand(*this, c.deviceId, m_library->find(c.catalogId)->spec, c.catalogId, batch);
        }
    if (updated.isEmpty())
        delete batch;
    else
        m_undo.push(batch);
    keepSavedFigures();
}

void ProjectController::keepSavedFigures()
{
    if (m_catalogChanges.isEmpty())
        return;
    m_catalogChanges.clear();
    emit catalogChangesChanged();
}

bool ProjectController::open(const QUrl &url)
{
    const ProjectLoad load = loadProject(url.toLocalFile());
    if (!load.chain()) {
        fail(load.error);
        return false;
    }
    resetTo(*load.project, url);
    remember(url);
    checkCatalog();
    return true;
}

bool ProjectController::save()
{
    if (m_fileUrl.isEmpty()) {
        fail(QCoreApplication::translate("Project", "Choose where to save the project first"));
        return false;
    }
    return saveAs(m_fileUrl);
}

bool ProjectController::saveAs(const QUrl &url)
{
    QString path = url.toLocalFile();
    if (!path.endsWith(QStringLiteral(".headroom")))
        path += QStringLiteral(".headroom");
    if (const QString error = saveProject(currentProject(), path); !error.isEmpty()) {
        fail(error);
        return false;
    }
    m_fileUrl = QUrl::fromLocalFile(path);
    m_undo.setClean();
    remember(m_fileUrl);
    emit fileChanged();
    emit changed();
    return true;
}

bool ProjectController::exportReport(const QUrl &url)
{
    const QString path = url.toLocalFile();
    const QByteArray data =
        path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? jsonReport(m_chain, m_result) : textReport(m_chain, m_result).toUtf8();
    // Written beside and renamed over the target: a failed export never leaves half a report.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        fail(QCoreApplication::translate("Project", "%1: the report could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

QString ProjectController::addGear(const QString &gearId, double x, double y, const QVariantMap &sizes)
{
    const std::optional<GearRecord> record = m_library->find(gearId);
    if (!record) {
        fail(QCoreApplication::translate("Project", "No product \"%1\" in the gear library").arg(gearId));
        return {};
    }
    Device device(newDeviceId(m_chain, record->spec), record->spec);
    device.catalogId = record->id;
    return place(std::move(device), x, y, sizes);
}

QString ProjectController::place(Device device, double x, double y, const QVariantMap &sizes)
{
    const NodeSize sizeOf = nodeSizes(sizes);
    const QPointF spot = freeSpot(m_chain, {x, y}, sizeOf(device), sizeOf);
    device.x = spot.x();
    device.y = spot.y();
    const QString id = device.id;
    m_undo.push(new AddDeviceCommand(*this, std::move(device)));
    return id;
}

QString ProjectController::addKind(const QString &key, double x, double y, const QVariantMap &sizes)
{
    const auto kind = kindByKey(key);
    if (!kind) {
        fail(QCoreApplication::translate("Project", "Unknown kind of device \"%1\"").arg(key));
        return {};
    }
    return place(Device(newDeviceId(m_chain, DeviceSpec(*kind)), DeviceSpec(*kind)), x, y, sizes);
}

void ProjectController::moveDevice(const QString &deviceId, double x, double y)
{
    if (const Device *d = m_chain.device(deviceId); d && (d->x != x || d->y != y))
        m_undo.push(new MoveDeviceCommand(*this, deviceId, x, y));
}

void ProjectController::removeDevice(const QString &deviceId)
{
    if (m_chain.device(deviceId))
        m_undo.push(new RemoveDeviceCommand(*this, deviceId));
}

QVariantMap ProjectController::checkConnection(const QString &fromDevice, const QString &fromPort, const QString &toDevice,
                                               const QString &toPort) const
{
    const ConnectionCheck check = m_chain.checkConnection({fromDevice, fromPort}, {toDevice, toPort});
    QString reason = check.refusal;
    if (!check.refused && check.levelGapDb < 0)
        reason = QCoreApplication::translate("Project", "about %1 dB too low for this input").arg(QLocale().toString(-check.levelGapDb, 'f', 0));
    else if (!check.refused && check.levelGapDb > 0)
        reason = QCoreApplication::translate("Project", "about %1 dB too hot for this input").arg(QLocale().toString(check.levelGapDb, 'f', 0));
    return {{QStringLiteral("refused"), check.refused},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("needsAdapter"), check.needsAdapter},
            {QStringLiteral("adapter"),
             check.needsAdapter ? QCoreApplication::translate("Project", "adapter %1 → %2")
                                      .arg(QCoreApplication::translate("Connector", connectorLabel(check.plug)),
                                           QCoreApplication::translate("Connector", connectorLabel(check.socket)))
                                : QString()},
            {QStringLiteral("levelGapDb"), check.levelGapDb}};
}

bool ProjectController::connectPorts(const QString &fromDevice, const QString &fromPort, const QString &toDevice, const QString &toPort)
{
    const ConnectionCheck check = m_chain.checkConnection({fromDevice, fromPort}, {toDevice, toPort});
    if (check.refused) {
        fail(check.refusal);
        return false;
    }
    if (m_chain.connectionInto({toDevice, toPort}))
        return false; // the same cable exists already
    m_undo.push(new ConnectCommand(*this, {{fromDevice, fromPort}, {toDevice, toPort}}));
    return true;
}

void ProjectController::disconnectInput(const QString &toDevice, const QString &toPort)
{
    if (const Connection *c = m_chain.connectionInto({toDevice, toPort}))
        m_undo.push(new DisconnectCommand(*this, *c));
}

QVariantList ProjectController::cablesAt(const QString &deviceId) const
{
    QVariantList cables;
    for (const Connection &c : m_chain.connections)
        if (c.from.device == deviceId || c.to.device == deviceId)
            cables.append(QVariantMap{
                {QStringLiteral("toDevice"), c.to.device},
                {QStringLiteral("toPort"), c.to.port},
                {QStringLiteral("text"), QCoreApplication::translate("Project", "%1 → %2").arg(m_chain.portName(c.from), m_chain.portName(c.to))}});
    return cables;
}

void ProjectController::setSetting(const QString &deviceId, const QString &portId, const QString &key, const QVariant &value)
{
    const SettingDef *def = settingByKey(key);
    const Device *d = m_chain.device(deviceId);
    if (!def || !d || def->perPort == portId.isEmpty() || (def->perPort && d->portIndex(portId) < 0))
        return;
    const QString of = portId.isEmpty() ? d->name() : m_chain.portName({deviceId, portId});
    if (const QString error = settingError(*def, value); !error.isEmpty()) {
        fail(QCoreApplication::translate("Edit", "%1 of %2 stays as it is: %3").arg(settingLabel(*def), of, error));
        return;
    }
    const auto port = [portId](const Device &device) { return portId.isEmpty() ? -1 : device.portIndex(portId); };
    const auto apply = [def, port](Device &device, const QVariant &v) { def->set(device, port(device), v); };
    const auto read = [def, port](const Device &device) { return def->get(device, port(device)); };
    m_undo.push(new SetSettingCommand(*this, deviceId, changeText(*def, of), read, apply, value,
                                      static_cast<int>(qHash(deviceId + portId + key) & 0x3fffffff) + 2));
}

QVariant ProjectController::setting(const QString &deviceId, const QString &portId, const QString &key) const
{
    const SettingDef *def = settingByKey(key);
    const Device *d = m_chain.device(deviceId);
    if (!def || !d || def->perPort == portId.isEmpty())
        return {};
    const int port = portId.isEmpty() ? -1 : d->portIndex(portId);
    return def->perPort && port < 0 ? QVariant() : def->get(*d, port);
}

QVariantList ProjectController::specRows(const QString &deviceId) const
{
    const Device *d = m_chain.device(deviceId);
    QVariantList rows;
    if (!d)
        return rows;
    const QLocale locale;
    for (Field f : fieldsOf(d->spec.kind())) {
        const FieldInfo &info = fieldInfo(f);
        const auto value = d->spec.value(f);
        if (!value && info.type != FieldType::Number)
            continue;
        QString text = typicalValue(d->spec, f) ? QCoreApplication::translate("Project", "unknown — a typical value is used")
                                                : QCoreApplication::translate("Project", "unknown");
        if (value)
            text = figureText(f, *value);
        const FieldSource *source = d->spec.source(f);
        rows.append(QVariantMap{{QStringLiteral("label"), QCoreApplication::translate("Field", info.label)},
                                {QStringLiteral("value"), text},
                                {QStringLiteral("known"), value.has_value() || !typicalValue(d->spec, f)},
                                {QStringLiteral("provenance"), source ? QString::fromLatin1(provenanceKey(source->provenance)) : QString()},
                                {QStringLiteral("url"), source ? source->url : QString()},
                                {QStringLiteral("note"), source ? source->note : QString()}});
    }
    return rows;
}

void ProjectController::select(const QString &deviceId, bool toggle)
{
    if (!m_chain.device(deviceId)) {
        setSelection({});
        return;
    }
    QStringList ids = toggle ? m_selection : QStringList();
    if (toggle && ids.contains(deviceId))
        ids.removeAll(deviceId);
    else
        ids.append(deviceId);
    setSelection(ids);
}

void ProjectController::setSelection(const QStringList &deviceIds)
{
    QStringList ids;
    for (const QString &id : deviceIds)
        if (m_chain.device(id) && !ids.contains(id))
            ids.append(id);
    if (ids == m_selection)
        return;
    m_selection = ids;
    emit selectionChanged();
}

void ProjectController::selectAll()
{
    QStringList ids;
    for (const Device &d : m_chain.devices)
        ids.append(d.id);
    setSelection(ids);
}

void ProjectController::selectNext(bool backward)
{
    if (m_chain.devices.empty())
        return;
    std::vector<const Device *> order;
    for (const Device &d : m_chain.devices)
        order.push_back(&d);
    std::stable_sort(order.begin(), order.end(), [](const Device *a, const Device *b) { return a->x != b->x ? a->x < b->x : a->y < b->y; });
    const auto current = std::find_if(order.begin(), order.end(), [this](const Device *d) { return d->id == currentDevice(); });
    const auto n = static_cast<std::ptrdiff_t>(order.size());
    std::ptrdiff_t i = current == order.end() ? (backward ? n - 1 : 0) : (current - order.begin() + (backward ? n - 1 : 1)) % n;
    setSelection({order[static_cast<std::size_t>(i)]->id});
}

void ProjectController::removeSelection()
{
    if (m_selection.isEmpty())
        return;
    auto *batch = new BatchCommand(
        *this, editText(QT_TRANSLATE_NOOP("Edit", "Delete %1"), QT_TRANSLATE_NOOP("Edit", "Delete %1 devices"), m_chain, m_selection));
    for (const QString &id : std::as_const(m_selection))
        new RemoveDeviceCommand(*this, id, batch);
    m_undo.push(batch);
}

void ProjectController::moveSelection(double dx, double dy)
{
    if (m_selection.isEmpty() || (dx == 0 && dy == 0))
        return;
    auto *batch =
        new BatchCommand(*this, editText(QT_TRANSLATE_NOOP("Edit", "Move %1"), QT_TRANSLATE_NOOP("Edit", "Move %1 devices"), m_chain, m_selection));
    for (const QString &id : std::as_const(m_selection)) {
        const Device *d = m_chain.device(id);
        new MoveDeviceCommand(*this, id, d->x + dx, d->y + dy, batch);
    }
    m_undo.push(batch);
}

void ProjectController::addFragment(const Chain &fragment, double dx, double dy, const QVariantMap &sizes, const QString &text)
{
    // The fragment moves as one block, on to the nearest ground where none of it covers a device.
    const NodeSize sizeOf = nodeSizes(sizes);
    const QRectF box = boundsOf(fragment, sizeOf);
    const QPointF spot = freeSpot(m_chain, box.topLeft() + QPointF(dx, dy), box.size(), sizeOf);
    const Chain placed = placeFragment(fragment, m_chain, spot.x() - box.left(), spot.y() - box.top());
    auto *batch = new BatchCommand(*this, text);
    QStringList ids;
    for (const Device &d : placed.devices) {
        new AddDeviceCommand(*this, d, batch);
        ids.append(d.id);
    }
    for (const Connection &c : placed.connections)
        new ConnectCommand(*this, c, batch);
    m_undo.push(batch);
    setSelection(ids);
}

void ProjectController::duplicateSelection(const QVariantMap &sizes)
{
    if (m_selection.isEmpty())
        return;
    addFragment(extractFragment(m_chain, m_selection), kPasteStep, kPasteStep, sizes,
                editText(QT_TRANSLATE_NOOP("Edit", "Duplicate %1"), QT_TRANSLATE_NOOP("Edit", "Duplicate %1 devices"), m_chain, m_selection));
}

void ProjectController::copySelection()
{
    QClipboard *board = clipboard();
    if (m_selection.isEmpty() || !board)
        return;
    const QByteArray json = serializeProject(extractFragment(m_chain, m_selection));
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kClipboardFormat), json);
    data->setText(QString::fromUtf8(json)); // readable when pasted into a text editor or a bug report
    board->setMimeData(data);
    m_pasteCount = 0;
}

void ProjectController::cutSelection()
{
    copySelection();
    removeSelection();
    m_pasteCount = -1; // a cut's first paste goes back where the devices were
}

bool ProjectController::canPaste() const
{
    const QClipboard *board = clipboard();
    return board && board->mimeData() && board->mimeData()->hasFormat(QString::fromLatin1(kClipboardFormat));
}

bool ProjectController::paste(const QVariantMap &sizes)
{
    if (!canPaste())
        return false;
    const ProjectLoad load =
        parseProject(clipboard()->mimeData()->data(QString::fromLatin1(kClipboardFormat)), QCoreApplication::translate("Project", "the clipboard"));
    if (!load.chain()) {
        fail(load.error);
        return false;
    }
    const double step = kPasteStep * ++m_pasteCount;
    QStringList ids;
    for (const Device &d : load.chain()->devices)
        ids.append(d.id);
    addFragment(*load.chain(), step, step, sizes,
                editText(QT_TRANSLATE_NOOP("Edit", "Paste %1"), QT_TRANSLATE_NOOP("Edit", "Paste %1 devices"), *load.chain(), ids));
    return true;
}

void ProjectController::autoArrange(const QVariantMap &sizes)
{
    const std::vector<QPointF> points = arrangeBySignalFlow(m_chain, nodeSizes(sizes));
    auto *batch = new BatchCommand(*this, QCoreApplication::translate("Edit", "Arrange by signal flow"));
    for (std::size_t i = 0; i < points.size(); ++i)
        if (const Device &d = m_chain.devices[i]; d.x != points[i].x() || d.y != points[i].y())
            new MoveDeviceCommand(*this, d.id, points[i].x(), points[i].y(), batch);
    if (batch->childCount() == 0) {
        delete batch;
        return;
    }
    m_undo.push(batch);
}

bool ProjectController::canReplace(const QString &deviceId) const
{
    const Device *d = m_chain.device(deviceId);
    return d && d->spec.kind() != DeviceKind::AcousticSource && d->spec.kind() != DeviceKind::Instrument;
}

bool ProjectController::replaceDevice(const QString &deviceId, const QString &gearId)
{
    const std::optional<GearRecord> record = m_library->find(gearId);
    if (!record) {
        fail(QCoreApplication::translate("Project", "No product \"%1\" in the gear library").arg(gearId));
        return false;
    }
    if (!m_chain.device(deviceId))
        return false;
    m_undo.push(new ReplaceDeviceCommand(*this, deviceId, record->spec, record->id));
    return true;
}

bool ProjectController::connectThroughAdapter(const QString &fromDevice, const QString &fromPort, const QString &toDevice, const QString &toPort,
                                              const QVariantMap &sizes)
{
    const ConnectionCheck check = m_chain.checkConnection({fromDevice, fromPort}, {toDevice, toPort});
    if (check.refused || !check.needsAdapter)
        return connectPorts(fromDevice, fromPort, toDevice, toPort);
    Device adapter = adapterFor(m_chain, check.plug, check.socket, m_library->products({DeviceKind::Adapter}));
    const NodeSize sizeOf = nodeSizes(sizes);
    const Insertion room = insertBetween(m_chain, *m_chain.device(fromDevice), *m_chain.device(toDevice), sizeOf(adapter), sizeOf);
    adapter.x = room.at.x();
    adapter.y = room.at.y();
    const QString id = adapter.id;
    const QString in = adapter.ports.front().id;
    const QString out = adapter.ports.back().id;
    auto *batch = new BatchCommand(*this,
                                   QCoreApplication::translate("Edit", "Connect %1 to %2 through an adapter")
                                       .arg(m_chain.portName({fromDevice, fromPort}), m_chain.portName({toDevice, toPort})));
    for (const QString &moved : room.moved) {
        const Device *d = m_chain.device(moved);
        new MoveDeviceCommand(*this, moved, d->x + room.shift, d->y, batch);
    }
    new AddDeviceCommand(*this, std::move(adapter), batch);
    new ConnectCommand(*this, {{fromDevice, fromPort}, {id, in}}, batch);
    new ConnectCommand(*this, {{id, out}, {toDevice, toPort}}, batch);
    m_undo.push(batch);
    return true;
}

QVariantList ProjectController::suggestionsFor(const QString &deviceId, const QString &code)
{
    m_suggestions.clear();
    const int d = m_chain.indexOf(deviceId);
    const auto problem = std::find_if(m_result.findings.begin(), m_result.findings.end(),
                                      [&](const Finding &f) { return f.device == d && code == QLatin1StringView(codeKey(f.code)); });
    if (d < 0 || problem == m_result.findings.end())
        return {};
    const std::vector<Product> candidates =
        m_library->products({DeviceKind::HeadphoneAmp, DeviceKind::InlinePreamp, DeviceKind::Interface, DeviceKind::Headphones});
    m_suggestions = adviseFor(m_chain, m_result, *problem, candidates);
    QVariantList rows;
    for (std::size_t i = 0; i < m_suggestions.size(); ++i) {
        const Suggestion &s = m_suggestions[i];
        rows.append(QVariantMap{{QStringLiteral("index"), static_cast<int>(i)},
                                {QStringLiteral("product"), s.chain.device(s.changedDevice)->name()},
                                {QStringLiteral("change"), suggestionChange(s)},
                                {QStringLiteral("kind"), QString::fromLatin1(adviceKindKey(s.kind))},
                                {QStringLiteral("reason"), suggestionReason(s)},
                                {QStringLiteral("solved"), s.solved},
                                {QStringLiteral("estimated"), s.estimated},
                                {QStringLiteral("shop"), m_library->find(s.candidateId).value_or(GearRecord{}).shopText()}});
    }
    return rows;
}

bool ProjectController::applySuggestion(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_suggestions.size())
        return false;
    const Suggestion s = m_suggestions[static_cast<std::size_t>(index)];
    m_undo.push(new SetChainCommand(*this, s.chain, suggestionChange(s)));
    m_suggestions.clear(); // they were made for the chain as it was
    setSelection({s.changedDevice});
    return true;
}

bool ProjectController::quickCheck(const QString &sourceId, const QString &ampId, const QStringList &headphoneIds, const QString &micId,
                                   const QVariantMap &sizes)
{
    const auto product = [this](const QString &id) -> std::optional<Product> {
        if (id.isEmpty())
            return std::nullopt;
        std::optional<GearRecord> record = m_library->find(id);
        if (!record) {
            fail(QCoreApplication::translate("Project", "No product \"%1\" in the gear library").arg(id));
            return std::nullopt;
        }
        return Product{record->id, record->spec};
    };
    if (sourceId.isEmpty()) {
        fail(QCoreApplication::translate("Project", "Choose your interface, computer or phone first"));
        return false;
    }
    QuickCheckGear gear;
    const std::optional<Product> source = product(sourceId);
    if (!source)
        return false;
    gear.source = *source;
    gear.amp = product(ampId);
    gear.microphone = product(micId);
    for (const QString &id : headphoneIds)
        if (std::optional<Product> p = product(id))
            gear.headphones.push_back(std::move(*p));
    if ((!ampId.isEmpty() && !gear.amp) || (!micId.isEmpty() && !gear.microphone)
        || gear.headphones.size() != static_cast<std::size_t>(headphoneIds.size()))
        return false;
    const QuickCheck built =
        buildQuickCheck(gear, {m_library->products({DeviceKind::Adapter}), m_library->products({DeviceKind::Splitter})}, nodeSizes(sizes));
    if (!built.chain) {
        fail(built.error);
        return false;
    }
    m_undo.push(new SetChainCommand(*this, *built.chain, QCoreApplication::translate("Edit", "Quick check")));
    setSelection({});
    return true;
}

/// A change of the whole project (variants added, renamed, deleted, switched) as one undo step.
class ProjectController::ProjectCommand : public QUndoCommand
{
public:
    ProjectCommand(ProjectController &host, Project before, Project after, const QString &text)
        : QUndoCommand(text)
        , m_host(host)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override { m_host.setProject(m_after); }
    void undo() override { m_host.setProject(m_before); }

private:
    ProjectController &m_host;
    Project m_before;
    Project m_after;
};

Project ProjectController::currentProject() const
{
    Project project = m_project;
    project.chain() = m_chain;
    return project;
}

QStringList ProjectController::variantNames() const
{
    QStringList names;
    for (const Variant &v : m_project.variants)
        names << v.name;
    return names;
}

void ProjectController::setProject(Project project)
{
    m_project = std::move(project);
    m_chain = m_project.chain();
    emit variantsChanged();
    chainEdited();
}

void ProjectController::changeProject(Project after, const QString &text)
{
    m_undo.push(new ProjectCommand(*this, currentProject(), std::move(after), text));
}

void ProjectController::switchVariant(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_project.variants.size() || index == m_project.current)
        return;
    Project after = currentProject();
    after.current = index;
    changeProject(std::move(after),
                  QCoreApplication::translate("Edit", "Switch to %1").arg(m_project.variants[static_cast<std::size_t>(index)].name));
}

void ProjectController::duplicateVariant()
{
    Project after = currentProject();
    const QString name = after.freshName();
    after.variants.insert(after.variants.begin() + after.current + 1, {name, m_chain});
    after.current += 1;
    changeProject(std::move(after), QCoreApplication::translate("Edit", "Duplicate as %1").arg(name));
}

bool ProjectController::renameVariant(int index, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (index < 0 || static_cast<std::size_t>(index) >= m_project.variants.size())
        return false;
    if (trimmed.isEmpty() || (m_project.indexOf(trimmed) >= 0 && m_project.indexOf(trimmed) != index)) {
        fail(trimmed.isEmpty() ? QCoreApplication::translate("Project", "A variant needs a name")
                               : QCoreApplication::translate("Project", "Another variant is called \"%1\"").arg(trimmed));
        return false;
    }
    Project after = currentProject();
    const QString old = after.variants[static_cast<std::size_t>(index)].name;
    if (old == trimmed)
        return true;
    after.variants[static_cast<std::size_t>(index)].name = trimmed;
    changeProject(std::move(after), QCoreApplication::translate("Edit", "Rename %1 to %2").arg(old, trimmed));
    return true;
}

bool ProjectController::removeVariant(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_project.variants.size() || m_project.variants.size() < 2)
        return false;
    Project after = currentProject();
    const QString name = after.variants[static_cast<std::size_t>(index)].name;
    after.variants.erase(after.variants.begin() + index);
    if (after.current > index || after.current == static_cast<int>(after.variants.size()))
        after.current -= 1;
    changeProject(std::move(after), QCoreApplication::translate("Edit", "Delete variant %1").arg(name));
    return true;
}

bool ProjectController::applySuggestionAsVariant(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_suggestions.size())
        return false;
    const Suggestion s = m_suggestions[static_cast<std::size_t>(index)];
    Project after = currentProject();
    QString name = suggestionChange(s);
    for (int n = 2; after.indexOf(name) >= 0; ++n)
        name = QStringLiteral("%1 (%2)").arg(suggestionChange(s)).arg(n);
    after.variants.insert(after.variants.begin() + after.current + 1, {name, s.chain});
    after.current += 1;
    changeProject(std::move(after), QCoreApplication::translate("Edit", "%1 as a variant").arg(suggestionChange(s)));
    m_suggestions.clear(); // they were made for the chain as it was
    setSelection({s.changedDevice});
    return true;
}

QVariantMap ProjectController::compareVariants(const QList<int> &variants) const
{
    const Project project = currentProject();
    std::vector<int> which;
    for (int v : variants)
        if (v >= 0 && static_cast<std::size_t>(v) < project.variants.size())
            which.push_back(v);
    const Comparison comparison = headroom::compareVariants(project, which);
    const auto db = [](double v, const char *unit) { return QStringLiteral("%1 %2").arg(QLocale().toString(v, 'f', 1), QLatin1StringView(unit)); };
    QVariantList names, totals, rows;
    for (std::size_t v = 0; v < comparison.variants.size(); ++v) {
        names << project.variants[static_cast<std::size_t>(comparison.variants[v])].name;
        totals << QCoreApplication::translate("Project", "%1 errors, %2 warnings")
                      .arg(findingCount(comparison.results[v], Severity::Error))
                      .arg(findingCount(comparison.results[v], Severity::Warning));
    }
    for (const ComparisonRow &row : comparison.rows) {
        QVariantList cells, differs;
        for (const ComparedListener &c : row.cells) {
            if (!c.result) {
                cells << QVariantMap{{QStringLiteral("present"), false}};
                continue;
            }
            QStringList problems;
            for (const Finding *f : c.findings)
                if (!problems.contains(findingTitle(f->code)))
                    problems << findingTitle(f->code);
            cells << QVariantMap{{QStringLiteral("present"), true},
                                 {QStringLiteral("verdict"), verdictKey(c.result->verdict)},
                                 {QStringLiteral("verdictText"), verdictWord(c.result->verdict)},
                                 {QStringLiteral("maxSpl"), db(c.result->maxSpl, "dB SPL")},
                                 {QStringLiteral("headroom"), db(c.result->headroomDb, "dB")},
                                 {QStringLiteral("volume"), db(c.volumeDb, "dB")},
                                 {QStringLiteral("hiss"), db(c.result->hissSpl, "dB SPL")},
                                 {QStringLiteral("problems"), problems.join(QStringLiteral(", "))}};
        }
        for (const char *key : differences(row))
            differs << QString::fromLatin1(key);
        rows << QVariantMap{{QStringLiteral("name"), row.name}, {QStringLiteral("cells"), cells}, {QStringLiteral("differences"), differs}};
    }
    return {{QStringLiteral("variants"), names}, {QStringLiteral("totals"), totals}, {QStringLiteral("rows"), rows}};
}

} // namespace headroom
