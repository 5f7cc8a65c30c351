// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "devicesettingsmodel.h"

#include "chainmodels.h"
#include "settings.h"

namespace headroom {
namespace {

QString typeName(SettingType t)
{
    switch (t) {
    case SettingType::Number:
        return QStringLiteral("number");
    case SettingType::Flag:
        return QStringLiteral("flag");
    case SettingType::Choice:
        return QStringLiteral("choice");
    case SettingType::Text:
        return QStringLiteral("text");
    }
    return {};
}

QVariant shown(const SettingDef &def, const QVariant &v)
{
    return def.type == SettingType::Number && v.isValid() ? QVariant(v.toDouble() * def.displayScale) : v;
}

} // namespace

void DeviceSettingsModel::refresh(const Chain &chain, const AnalysisResult &result, const QString &deviceId)
{
    m_deviceId = deviceId;
    std::vector<Row> rows;
    const int d = chain.indexOf(deviceId);
    if (d >= 0) {
        const Device &device = chain.devices[static_cast<std::size_t>(d)];
        const auto add = [&](const SettingDef &def, int port) {
            const PortResult *analysed = port >= 0 && d < static_cast<int>(result.portBase.size()) ? &result.port(d, port) : nullptr;
            const QString portId = port >= 0 ? device.ports[static_cast<std::size_t>(port)].id : QString();
            QString group = port >= 0 ? portLabel(device.ports[static_cast<std::size_t>(port)]) : QString();
            if (!group.isEmpty())
                group[0] = group[0].toUpper(); // a heading, where the label is written for the middle of a sentence
            rows.push_back({&def, port, portId, group, def.get(device, port), settingEffectiveValue(def, device, port, analysed),
                            settingControlRange(def, device)});
        };
        for (int p = 0; p < static_cast<int>(device.ports.size()); ++p)
            for (const SettingDef &def : settingDefs())
                if (settingApplies(def, device, p))
                    add(def, p);
        for (const SettingDef &def : settingDefs())
            if (settingApplies(def, device))
                add(def, -1);
    }
    if (rows == m_rows && !m_rows.empty()) {
        // The same rows: only values change, so the inspector's fields stay as they are (and keep the focus).
        m_rows = std::move(rows);
        emit dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DeviceSettingsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

QVariant DeviceSettingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const Row &r = m_rows[row];
    const SettingDef &def = *r.def;
    switch (role) {
    case KeyRole:
        return QString::fromLatin1(def.key);
    case PortRole:
        return r.portId;
    case GroupRole:
        return r.group;
    case GroupStartRole:
        return !r.group.isEmpty() && (row == 0 || m_rows[row - 1].group != r.group);
    case LabelRole:
        return settingLabel(def);
    case UnitRole:
        return QString::fromUtf8(def.displayUnit);
    case TypeRole:
        return typeName(def.type);
    case ValueRole:
        return shown(def, r.effective);
    case AutomaticRole:
        return def.canBeUnset() && !r.value.isValid();
    case CanBeUnsetRole:
        return def.canBeUnset();
    case FromRole:
        return r.range.first * def.displayScale;
    case ToRole:
        return r.range.second * def.displayScale;
    case ChoicesRole:
        return def.type == SettingType::Choice ? programmeChoices() : QVariantList();
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceSettingsModel::roleNames() const
{
    return {{KeyRole, "key"},   {PortRole, "port"}, {GroupRole, "group"},    {GroupStartRole, "groupStart"}, {LabelRole, "label"},
            {UnitRole, "unit"}, {TypeRole, "type"}, {ValueRole, "value"},    {AutomaticRole, "automatic"},   {CanBeUnsetRole, "canBeUnset"},
            {FromRole, "from"}, {ToRole, "to"},     {ChoicesRole, "choices"}};
}

void DeviceSettingsModel::edit(int row, const QVariant &shownValue)
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return;
    const Row &r = m_rows[static_cast<std::size_t>(row)];
    const SettingDef &def = *r.def;
    const QVariant value = def.type == SettingType::Number && shownValue.isValid() ? QVariant(shownValue.toDouble() / def.displayScale) : shownValue;
    emit editRequested(m_deviceId, r.portId, QString::fromLatin1(def.key), value);
}

} // namespace headroom
