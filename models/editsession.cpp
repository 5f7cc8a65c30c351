// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editsession.h"

#include "chainedit.h"
#include "diagram.h"
#include "gearlibrary.h"
#include "projectfile.h"
#include "quickcheck.h"
#include "settings.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QJsonValue>
#include <QLocale>
#include <QMimeData>

namespace headroom {

namespace {

constexpr const char *kUnits[] = {"dBu", "dBV", "V", "dBFS"};
constexpr double kPasteStep = 40; // each paste or duplicate lands this far right of and below the original
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
            known = measured->insert(d.id, drawnNodeSize(d));
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

EditSession::EditSession(GearLibrary &library, QObject *parent) : QObject(parent), m_library(library)
{
    connect(&m_undo, &QUndoStack::indexChanged, this, &EditSession::undoStateChanged);
    connect(this, &EditSession::selectionChanged, this, [this] { m_settings.refresh(m_chain, m_result, currentDevice()); });
    connect(&m_settings, &DeviceSettingsModel::editRequested, this, &EditSession::setSetting);
    if (QClipboard *board = clipboard())
        connect(board, &QClipboard::dataChanged, this, &EditSession::clipboardChanged);
    reanalyse();
}

// The undo stack clears itself when destroyed, after the models it notifies are gone.
EditSession::~EditSession() { m_undo.disconnect(); }

void EditSession::resetChain(Chain chain)
{
    m_undo.clear();
    m_chain = std::move(chain);
    m_suggestions.clear();
    reanalyse();
}

void EditSession::setChain(Chain chain)
{
    m_chain = std::move(chain);
    chainEdited();
}

const Suggestion *EditSession::suggestion(int index) const
{
    return index >= 0 && static_cast<std::size_t>(index) < m_suggestions.size() ? &m_suggestions[static_cast<std::size_t>(index)] : nullptr;
}

void EditSession::takeCatalogFigures()
{
    QStringList updated;
    auto *batch = new BatchCommand(*this, QCoreApplication::translate("Edit", "Update figures from the catalog"));
    for (const CatalogChange &c : m_library.changesSince(m_chain))
        if (!updated.contains(c.deviceId)) {
            updated << c.deviceId;
            new ReplaceDeviceCommand(*this, c.deviceId, m_library.find(c.catalogId)->spec, c.catalogId, batch);
        }
    if (updated.isEmpty())
        delete batch;
    else
        m_undo.push(batch);
}

QString EditSession::levelUnit() const { return QString::fromLatin1(kUnits[static_cast<int>(m_unit)]); }

void EditSession::setLevelUnit(const QString &unit)
{
    for (int i = 0; i < 4; ++i)
        if (unit == QLatin1StringView(kUnits[i]) && m_unit != static_cast<LevelUnit>(i)) {
            m_unit = static_cast<LevelUnit>(i);
            reanalyse();
        }
}

void EditSession::chainEdited() { reanalyse(); }

void EditSession::reanalyse()
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

void EditSession::fail(const QString &message) { emit failed(message); }

QString EditSession::addGear(const QString &gearId, double x, double y, const QVariantMap &sizes)
{
    const std::optional<GearRecord> record = m_library.find(gearId);
    if (!record) {
        fail(QCoreApplication::translate("Project", "No product \"%1\" in the gear library").arg(gearId));
        return {};
    }
    Device device(newDeviceId(m_chain, record->spec), record->spec);
    device.catalogId = record->id;
    return place(std::move(device), x, y, sizes);
}

QString EditSession::place(Device device, double x, double y, const QVariantMap &sizes)
{
    const NodeSize sizeOf = nodeSizes(sizes);
    const QPointF spot = freeSpot(m_chain, {x, y}, sizeOf(device), sizeOf);
    device.x = spot.x();
    device.y = spot.y();
    const QString id = device.id;
    m_undo.push(new AddDeviceCommand(*this, std::move(device)));
    return id;
}

QString EditSession::addKind(const QString &key, double x, double y, const QVariantMap &sizes)
{
    const auto kind = kindByKey(key);
    if (!kind) {
        fail(QCoreApplication::translate("Project", "Unknown kind of device \"%1\"").arg(key));
        return {};
    }
    return place(Device(newDeviceId(m_chain, DeviceSpec(*kind)), DeviceSpec(*kind)), x, y, sizes);
}

void EditSession::moveDevice(const QString &deviceId, double x, double y)
{
    if (const Device *d = m_chain.device(deviceId); d && (d->x != x || d->y != y))
        m_undo.push(new MoveDeviceCommand(*this, deviceId, x, y));
}

void EditSession::removeDevice(const QString &deviceId)
{
    if (m_chain.device(deviceId))
        m_undo.push(new RemoveDeviceCommand(*this, deviceId));
}

QVariantMap EditSession::checkConnection(const QString &fromDevice, const QString &fromPort, const QString &toDevice, const QString &toPort) const
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

bool EditSession::connectPorts(const QString &fromDevice, const QString &fromPort, const QString &toDevice, const QString &toPort)
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

void EditSession::disconnectInput(const QString &toDevice, const QString &toPort)
{
    if (const Connection *c = m_chain.connectionInto({toDevice, toPort}))
        m_undo.push(new DisconnectCommand(*this, *c));
}

QVariantList EditSession::cablesAt(const QString &deviceId) const
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

void EditSession::setSetting(const QString &deviceId, const QString &portId, const QString &key, const QVariant &value)
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

QVariant EditSession::setting(const QString &deviceId, const QString &portId, const QString &key) const
{
    const SettingDef *def = settingByKey(key);
    const Device *d = m_chain.device(deviceId);
    if (!def || !d || def->perPort == portId.isEmpty())
        return {};
    const int port = portId.isEmpty() ? -1 : d->portIndex(portId);
    return def->perPort && port < 0 ? QVariant() : def->get(*d, port);
}

QVariantList EditSession::specRows(const QString &deviceId) const
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

void EditSession::select(const QString &deviceId, bool toggle)
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

void EditSession::setSelection(const QStringList &deviceIds)
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

void EditSession::selectAll()
{
    QStringList ids;
    for (const Device &d : m_chain.devices)
        ids.append(d.id);
    setSelection(ids);
}

void EditSession::selectNext(bool backward)
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

void EditSession::removeSelection()
{
    if (m_selection.isEmpty())
        return;
    auto *batch = new BatchCommand(
        *this, editText(QT_TRANSLATE_NOOP("Edit", "Delete %1"), QT_TRANSLATE_NOOP("Edit", "Delete %1 devices"), m_chain, m_selection));
    for (const QString &id : std::as_const(m_selection))
        new RemoveDeviceCommand(*this, id, batch);
    m_undo.push(batch);
}

void EditSession::moveSelection(double dx, double dy)
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

void EditSession::addFragment(const Chain &fragment, double dx, double dy, const QVariantMap &sizes, const QString &text)
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

void EditSession::duplicateSelection(const QVariantMap &sizes)
{
    if (m_selection.isEmpty())
        return;
    addFragment(extractFragment(m_chain, m_selection), kPasteStep, kPasteStep, sizes,
                editText(QT_TRANSLATE_NOOP("Edit", "Duplicate %1"), QT_TRANSLATE_NOOP("Edit", "Duplicate %1 devices"), m_chain, m_selection));
}

void EditSession::copySelection()
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

void EditSession::cutSelection()
{
    copySelection();
    removeSelection();
    m_pasteCount = -1; // a cut's first paste goes back where the devices were
}

bool EditSession::canPaste() const
{
    const QClipboard *board = clipboard();
    return board && board->mimeData() && board->mimeData()->hasFormat(QString::fromLatin1(kClipboardFormat));
}

bool EditSession::paste(const QVariantMap &sizes)
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

void EditSession::autoArrange(const QVariantMap &sizes)
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

bool EditSession::canReplace(const QString &deviceId) const
{
    const Device *d = m_chain.device(deviceId);
    return d && d->spec.kind() != DeviceKind::AcousticSource && d->spec.kind() != DeviceKind::Instrument;
}

bool EditSession::replaceDevice(const QString &deviceId, const QString &gearId)
{
    const std::optional<GearRecord> record = m_library.find(gearId);
    if (!record) {
        fail(QCoreApplication::translate("Project", "No product \"%1\" in the gear library").arg(gearId));
        return false;
    }
    if (!m_chain.device(deviceId))
        return false;
    m_undo.push(new ReplaceDeviceCommand(*this, deviceId, record->spec, record->id));
    return true;
}

bool EditSession::connectThroughAdapter(const QString &fromDevice, const QString &fromPort, const QString &toDevice, const QString &toPort,
                                        const QVariantMap &sizes)
{
    const ConnectionCheck check = m_chain.checkConnection({fromDevice, fromPort}, {toDevice, toPort});
    if (check.refused || !check.needsAdapter)
        return connectPorts(fromDevice, fromPort, toDevice, toPort);
    Device adapter = adapterFor(m_chain, check.plug, check.socket, m_library.products({DeviceKind::Adapter}));
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

QVariantList EditSession::suggestionsFor(const QString &deviceId, const QString &code)
{
    m_suggestions.clear();
    const int d = m_chain.indexOf(deviceId);
    const auto problem = std::find_if(m_result.findings.begin(), m_result.findings.end(),
                                      [&](const Finding &f) { return f.device == d && code == QLatin1StringView(codeKey(f.code)); });
    if (d < 0 || problem == m_result.findings.end())
        return {};
    const std::vector<Product> candidates = m_library.products(kAdvisedKinds);
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
                                {QStringLiteral("shop"), m_library.find(s.candidateId).value_or(GearRecord{}).shopText()}});
    }
    return rows;
}

bool EditSession::applySuggestion(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_suggestions.size())
        return false;
    const Suggestion s = m_suggestions[static_cast<std::size_t>(index)];
    m_undo.push(new SetChainCommand(*this, s.chain, suggestionChange(s)));
    m_suggestions.clear(); // they were made for the chain as it was
    setSelection({s.changedDevice});
    return true;
}

bool EditSession::quickCheck(const QString &sourceId, const QString &ampId, const QStringList &headphoneIds, const QString &micId,
                             const QVariantMap &sizes)
{
    const auto product = [this](const QString &id) -> std::optional<Product> {
        if (id.isEmpty())
            return std::nullopt;
        std::optional<GearRecord> record = m_library.find(id);
        if (!record) {
            fail(QCoreApplication::translate("Project", "No product \"%1\" in the gear library").arg(id));
            return std::nullopt;
        }
        return Product{record->id, record->spec};
    };
    if (sourceId.isEmpty()) {
        fail(QCoreApplication::translate("Project", "Choose what plays the sound first"));
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
            gear.listeners.push_back(std::move(*p));
    if ((!ampId.isEmpty() && !gear.amp) || (!micId.isEmpty() && !gear.microphone)
        || gear.listeners.size() != static_cast<std::size_t>(headphoneIds.size()))
        return false;
    const QuickCheck built =
        buildQuickCheck(gear, {m_library.products({DeviceKind::Adapter}), m_library.products({DeviceKind::Splitter})}, nodeSizes(sizes));
    if (!built.chain) {
        fail(built.error);
        return false;
    }
    m_undo.push(new SetChainCommand(*this, *built.chain, QCoreApplication::translate("Edit", "Quick check")));
    setSelection({});
    return true;
}

} // namespace headroom
