// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gearsearchmodel.h"

#include "chainedit.h"
#include "gearhub.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

namespace headroom {

GearSearchModel::GearSearchModel(QObject *parent) : GearSearchModel(GearHub::instance().library(), parent) {}

GearSearchModel::GearSearchModel(std::shared_ptr<GearLibrary> library, QObject *parent) : QAbstractListModel(parent), m_library(std::move(library))
{
    connect(&GearHub::instance(), &GearHub::userGearChanged, this, &GearSearchModel::refresh);
    connect(&GearHub::instance(), &GearHub::sharedGearChanged, this, &GearSearchModel::refresh);
    refresh();
}

GearSearchModel::~GearSearchModel() = default;

void GearSearchModel::setText(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    refresh();
    emit queryChanged();
}

QString GearSearchModel::kind() const { return m_query.kind ? QString::fromLatin1(kindKey(*m_query.kind)) : QString(); }

void GearSearchModel::setKind(const QString &kindKey)
{
    const std::optional<DeviceKind> kind = kindByKey(kindKey);
    if (kind == m_query.kind)
        return;
    m_query.kind = kind;
    refresh();
    emit queryChanged();
}

void GearSearchModel::setProject(ProjectController *project)
{
    if (project == m_project)
        return;
    m_project = project;
    refresh();
    emit queryChanged();
}

void GearSearchModel::setReplacing(const QString &deviceId)
{
    if (deviceId == m_replacing)
        return;
    m_replacing = deviceId;
    refresh();
    emit queryChanged();
}

QVariantList GearSearchModel::kinds()
{
    QVariantList list{QVariantMap{{QStringLiteral("key"), QString()}, {QStringLiteral("label"), QCoreApplication::translate("Library", "All gear")}}};
    for (DeviceKind k : {DeviceKind::Headphones, DeviceKind::Interface, DeviceKind::Mixer, DeviceKind::HeadphoneAmp, DeviceKind::Microphone,
                         DeviceKind::InlinePreamp, DeviceKind::Preamp, DeviceKind::UsbMic, DeviceKind::Monitor, DeviceKind::PassiveSpeaker,
                         DeviceKind::PowerAmp, DeviceKind::MonitorController, DeviceKind::MonitorMixer, DeviceKind::DiBox, DeviceKind::MidiController,
                         DeviceKind::Splitter, DeviceKind::Adapter, DeviceKind::Player})
        list.append(QVariantMap{{QStringLiteral("key"), QString::fromLatin1(kindKey(k))},
                                {QStringLiteral("label"), QCoreApplication::translate("DeviceKind", kindLabel(k))}});
    return list;
}

/// The figure a buyer compares first, per kind.
QString GearSearchModel::detail(const GearRecord &record)
{
    const QLocale locale;
    const auto figure = [&](Field f, const QString &format) {
        const auto v = record.spec.value(f);
        return v ? format.arg(locale.toString(*v, 'g', 4)) : QString();
    };
    switch (record.spec.kind()) {
    case DeviceKind::Headphones: {
        const QString unit =
            record.spec.count(Field::SensitivityUnit) == int(SensitivityUnit::DbPerV) ? QStringLiteral("dB/V") : QStringLiteral("dB/mW");
        return QStringList{figure(Field::ImpedanceOhm, QStringLiteral("%1 Ω")), figure(Field::Sensitivity, QStringLiteral("%1 ") + unit)}.join(
            QStringLiteral(" · "));
    }
    case DeviceKind::Microphone:
        return figure(Field::SensitivityMvPerPa, QStringLiteral("%1 mV/Pa"));
    case DeviceKind::Interface:
    case DeviceKind::Mixer:
    case DeviceKind::Preamp:
        return figure(Field::GainMaxDb, QCoreApplication::translate("Library", "%1 dB gain"));
    case DeviceKind::HeadphoneAmp:
        return figure(Field::HpRatedPowerMw, QStringLiteral("%1 mW"));
    case DeviceKind::InlinePreamp:
        return figure(Field::GainDb, QStringLiteral("+%1 dB"));
    case DeviceKind::DiBox:
        return figure(Field::GainDb, QStringLiteral("%1 dB"));
    case DeviceKind::UsbMic:
    case DeviceKind::Monitor:
        return figure(Field::MaxSplDb, QStringLiteral("%1 dB SPL"));
    case DeviceKind::PowerAmp:
        return figure(Field::SpeakerPowerW, QStringLiteral("%1 W"));
    case DeviceKind::PassiveSpeaker:
        return figure(Field::SpeakerSensitivityDb, QStringLiteral("%1 dB SPL"));
    default:
        return {};
    }
}

void GearSearchModel::refresh()
{
    beginResetModel();
    m_hits.clear();
    m_details.clear();
    m_more = false;
    const Chain *replacingIn = m_project && !m_replacing.isEmpty() ? &m_project->currentChain() : nullptr;
    // Replacing filters the hits by their cables, so it looks at all of them; a plain list asks for one more than it
    // shows, to know whether there are more.
    GearQuery query = m_query;
    query.limit = replacingIn ? std::numeric_limits<int>::max() : kShown + 1;
    for (const GearHit &hit : m_library->search(query)) {
        const std::optional<GearRecord> record = m_library->find(hit.id);
        if (replacingIn && (!record || !keepsCables(*replacingIn, m_replacing, record->spec)))
            continue;
        if (m_hits.size() == kShown) {
            m_more = true;
            break;
        }
        m_hits << hit;
        m_details << (record ? detail(*record) : QString());
    }
    endResetModel();
    emit resultsChanged();
}

int GearSearchModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_hits.size()); }

QVariant GearSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const GearHit &h = m_hits[index.row()];
    switch (role) {
    case GearIdRole:
        return h.id;
    case Qt::DisplayRole:
    case NameRole:
        return h.displayName();
    case KindRole:
        return QString::fromLatin1(kindKey(h.kind));
    case KindLabelRole:
        return QCoreApplication::translate("DeviceKind", kindLabel(h.kind));
    case UserGearRole:
        return h.origin == GearOrigin::User;
    case ShopGearRole:
        return h.origin == GearOrigin::Shared;
    case DetailRole:
        return m_details.value(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> GearSearchModel::roleNames() const
{
    return {{GearIdRole, "gearId"},     {NameRole, "name"},         {KindRole, "kind"},    {KindLabelRole, "kindLabel"},
            {UserGearRole, "userGear"}, {ShopGearRole, "shopGear"}, {DetailRole, "detail"}};
}

} // namespace headroom
