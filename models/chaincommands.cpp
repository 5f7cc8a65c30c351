// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chaincommands.h"

#include "chainedit.h"

#include <QCoreApplication>

#include <algorithm>

namespace headroom {

AddDeviceCommand::AddDeviceCommand(ChainHost &host, Device device, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_host(host)
    , m_device(std::move(device))
{
    setText(QCoreApplication::translate("Edit", "Add %1").arg(m_device.name()));
}

void AddDeviceCommand::redo()
{
    m_host.chain().devices.push_back(m_device);
    m_host.edited();
}

void AddDeviceCommand::undo()
{
    auto &devices = m_host.chain().devices;
    devices.erase(std::remove_if(devices.begin(), devices.end(), [this](const Device &candidate) { return candidate.id == m_device.id; }),
                  devices.end());
    m_host.edited();
}

RemoveDeviceCommand::RemoveDeviceCommand(ChainHost &host, const QString &deviceId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_host(host)
    , m_id(deviceId)
{
    if (const Device *device = host.chain().device(deviceId))
        setText(QCoreApplication::translate("Edit", "Delete %1").arg(device->name()));
}

void RemoveDeviceCommand::redo()
{
    Chain &chain = m_host.chain();
    m_index = chain.indexOf(m_id);
    if (m_index < 0)
        return;
    m_device = chain.devices[static_cast<std::size_t>(m_index)];
    m_connections.clear();
    std::erase_if(chain.connections, [this](const Connection &c) {
        const bool touches = c.from.device == m_id || c.to.device == m_id;
        if (touches)
            m_connections.push_back(c);
        return touches;
    });
    chain.devices.erase(chain.devices.begin() + m_index);
    m_host.edited();
}

void RemoveDeviceCommand::undo()
{
    if (m_index < 0)
        return;
    Chain &chain = m_host.chain();
    chain.devices.insert(chain.devices.begin() + std::min<std::ptrdiff_t>(m_index, static_cast<std::ptrdiff_t>(chain.devices.size())), m_device);
    chain.connections.insert(chain.connections.end(), m_connections.begin(), m_connections.end());
    m_host.edited();
}

MoveDeviceCommand::MoveDeviceCommand(ChainHost &host, const QString &deviceId, double x, double y, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_host(host)
    , m_id(deviceId)
    , m_toX(x)
    , m_toY(y)
{
    if (const Device *device = host.chain().device(deviceId)) {
        m_fromX = device->x;
        m_fromY = device->y;
        setText(QCoreApplication::translate("Edit", "Move %1").arg(device->name()));
    }
}

void MoveDeviceCommand::redo()
{
    if (Device *device = m_host.chain().device(m_id)) {
        device->x = m_toX;
        device->y = m_toY;
        m_host.edited();
    }
}

void MoveDeviceCommand::undo()
{
    if (Device *device = m_host.chain().device(m_id)) {
        device->x = m_fromX;
        device->y = m_fromY;
        m_host.edited();
    }
}

bool MoveDeviceCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveDeviceCommand *>(other);
    if (move->m_id != m_id)
        return false;
    m_toX = move->m_toX;
    m_toY = move->m_toY;
    return true;
}

ConnectCommand::ConnectCommand(ChainHost &host, Connection connection, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_host(host)
    , m_connection(std::move(connection))
{
    setText(QCoreApplication::translate("Edit", "Connect %1 to %2")
                .arg(host.chain().portName(m_connection.from), host.chain().portName(m_connection.to)));
}

void ConnectCommand::redo()
{
    m_host.chain().connections.push_back(m_connection);
    m_host.edited();
}

void ConnectCommand::undo()
{
    std::erase(m_host.chain().connections, m_connection);
    m_host.edited();
}

DisconnectCommand::DisconnectCommand(ChainHost &host, Connection connection, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_host(host)
    , m_connection(std::move(connection))
{
    setText(QCoreApplication::translate("Edit", "Disconnect %1 from %2")
                .arg(host.chain().portName(m_connection.from), host.chain().portName(m_connection.to)));
}

void DisconnectCommand::redo()
{
    auto &connections = m_host.chain().connections;
    const auto it = std::find(connections.begin(), connections.end(), m_connection);
    if (it == connections.end())
        return;
    m_index = static_cast<int>(it - connections.begin());
    connections.erase(it);
    m_host.edited();
}

void DisconnectCommand::undo()
{
    if (m_index < 0)
        return;
    auto &connections = m_host.chain().connections;
    connections.insert(connections.begin() + std::min<std::ptrdiff_t>(m_index, static_cast<std::ptrdiff_t>(connections.size())), m_connection);
    m_host.edited();
}

SetSettingCommand::SetSettingCommand(ChainHost &host, const QString &deviceId, const QString &text, Read read, Apply apply, QVariant value,
                                     int mergeKey)
    : m_host(host)
    , m_id(deviceId)
    , m_apply(std::move(apply))
    , m_new(std::move(value))
    , m_mergeKey(mergeKey)
{
    setText(text);
    if (const Device *device = host.chain().device(deviceId))
        m_old = read(*device);
}

void SetSettingCommand::redo()
{
    if (Device *device = m_host.chain().device(m_id)) {
        m_apply(*device, m_new);
        m_host.edited();
    }
}

void SetSettingCommand::undo()
{
    if (Device *device = m_host.chain().device(m_id)) {
        m_apply(*device, m_old);
        m_host.edited();
    }
}

bool SetSettingCommand::mergeWith(const QUndoCommand *other)
{
    const auto *set = static_cast<const SetSettingCommand *>(other);
    if (set->m_id != m_id)
        return false;
    m_new = set->m_new; // a slider drag is one step
    return true;
}

BatchCommand::BatchCommand(ChainHost &host, const QString &text) : m_host(host) { setText(text); }

void BatchCommand::redo()
{
    m_host.beginBatch();
    QUndoCommand::redo();
    m_host.endBatch();
}

void BatchCommand::undo()
{
    m_host.beginBatch();
    QUndoCommand::undo();
    m_host.endBatch();
}

ReplaceDeviceCommand::ReplaceDeviceCommand(ChainHost &host, const QString &deviceId, DeviceSpec spec, QString catalogId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_host(host)
    , m_id(deviceId)
    , m_spec(std::move(spec))
    , m_catalogId(std::move(catalogId))
{
    if (const Device *device = host.chain().device(deviceId))
        setText(QCoreApplication::translate("Edit", "Replace %1 with %2").arg(device->name(), m_spec.displayName()));
}

void ReplaceDeviceCommand::redo()
{
    Chain &chain = m_host.chain();
    Device *device = chain.device(m_id);
    if (!device)
        return;
    m_old = *device;
    m_dropped = cablesLostByReplacing(chain, m_id, m_spec);
    device->setSpec(m_spec);
    device->catalogId = m_catalogId;
    std::erase_if(chain.connections, [this](const Connection &c) { return std::find(m_dropped.begin(), m_dropped.end(), c) != m_dropped.end(); });
    m_host.edited();
}

void ReplaceDeviceCommand::undo()
{
    Chain &chain = m_host.chain();
    Device *device = chain.device(m_id);
    if (!device)
        return;
    *device = m_old;
    chain.connections.insert(chain.connections.end(), m_dropped.begin(), m_dropped.end());
    m_host.edited();
}

SetChainCommand::SetChainCommand(ChainHost &host, Chain after, const QString &text)
    : QUndoCommand(text)
    , m_host(host)
    , m_before(host.chain())
    , m_after(std::move(after))
{}

void SetChainCommand::redo()
{
    m_host.chain() = m_after;
    m_host.edited();
}

void SetChainCommand::undo()
{
    m_host.chain() = m_before;
    m_host.edited();
}

} // namespace headroom
