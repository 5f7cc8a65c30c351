// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The settings of one device as the inspector shows them: a row per setting from core's table (settings.h), its port's
// settings grouped under the port's name, values as the engine uses them (an unset gain shows the gain the analysis
// applies), in the units people read. Rows follow every edit, undo and redo.

#include "analysis.h"
#include "chain.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace headroom {

struct SettingDef;

class DeviceSettingsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by ProjectController")

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        PortRole,       ///< the port's id, "" for a device setting
        GroupRole,      ///< the port's name, "" for a device setting
        GroupStartRole, ///< the first row of its port
        LabelRole,
        UnitRole,      ///< the unit shown
        TypeRole,      ///< "number", "flag", "choice" or "text"
        ValueRole,     ///< shown in UnitRole; for an unset number, the value the engine uses
        AutomaticRole, ///< an unset number: the engine decides
        CanBeUnsetRole,
        FromRole, ///< the control's range, in UnitRole
        ToRole,
        ChoicesRole, ///< [{key, label}] for a choice
    };

    using QAbstractListModel::QAbstractListModel;

    /// Shows a device of the chain (or none, for an empty id), with its analysis.
    void refresh(const Chain &chain, const AnalysisResult &result, const QString &deviceId);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The person set a row to a value in the units shown (undefined: unset, for the engine to decide).
    Q_INVOKABLE void edit(int row, const QVariant &shown);

signals:
    /// A change to make, in the setting's own unit (centimetres become metres).
    void editRequested(const QString &deviceId, const QString &portId, const QString &key, const QVariant &value);

private:
    struct Row {
        const SettingDef *def = nullptr;
        int port = -1;
        QString portId;
        QString group;
        QVariant value; ///< in the setting's own unit
        QVariant effective;
        std::pair<double, double> range;
        friend bool operator==(const Row &a, const Row &b) { return a.def == b.def && a.port == b.port && a.group == b.group; }
    };

    std::vector<Row> m_rows;
    QString m_deviceId;
};

} // namespace headroom
