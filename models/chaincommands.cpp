#include "chaincommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace headroom {

AddDeviceCommand::AddDeviceCommand(ChainHost &host, Device device)
    : m_host(host)
    , m_device(std::move(device))
{
    setText(QCoreApplication::translate("Edit", "Add %1").arg(m_device.name()));
}

void AddDeviceCommand::redo()
{
    m_host.chain().devices.push_back(m_device);
    m_host.chainEdited();
}

void AddDeviceCommand::undo()
{
    auto &devices = m_host.chain().devices;
    devices.erase(std::remove_if(devices.begin(), devices.end(), [this](const Device &candidate) { return candidate.id == m_device.id; }), devices.end());
    m_host.chainEdited();
}

RemoveDeviceCommand::RemoveDeviceCommand(ChainHost &host, const QString &deviceId)
    : m_host(host)
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
    m_host.chainEdited();
}

void RemoveDeviceCommand::undo()
{
    if (m_index < 0)
        return;
    Chain &chain = m_host.chain();
    chain.devices.insert(chain.devices.begin() + std::min<std::ptrdiff_t>(m_index, static_cast<std::ptrdiff_t>(chain.devices.size())), m_device);
    chain.connections.insert(chain.connections.end(), m_connections.begin(), m_connections.end());
    m_host.chainEdited();
}

MoveDeviceCommand::MoveDeviceCommand(ChainHost &host, const QString &deviceId, double x, double y)
    : m_host(host)
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
        m_host.chainEdited();
    }
}

void MoveDeviceCommand::undo()
{
    if (Device *device = m_host.chain().device(m_id)) {
        device->x = m_fromX;
        device->y = m_fromY;
        m_host.chainEdited();
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

ConnectCommand::ConnectCommand(ChainHost &host, Connection connection)
    : m_host(host)
    , m_connection(std::move(connection))
{
    setText(QCoreApplication::translate("Edit", "Connect %1 to %2").arg(m_connection.from.toString(), m_connection.to.toString()));
}

void ConnectCommand::redo()
{
    m_host.chain().connections.push_back(m_connection);
    m_host.chainEdited();
}

void ConnectCommand::undo()
{
    std::erase(m_host.chain().connections, m_connection);
    m_host.chainEdited();
}

DisconnectCommand::DisconnectCommand(ChainHost &host, Connection connection)
    : m_host(host)
    , m_connection(std::move(connection))
{
    setText(QCoreApplication::translate("Edit", "Disconnect %1").arg(m_connection.to.toString()));
}

void DisconnectCommand::redo()
{
    auto &connections = m_host.chain().connections;
    const auto it = std::find(connections.begin(), connections.end(), m_connection);
    if (it == connections.end())
        return;
    m_index = static_cast<int>(it - connections.begin());
    connections.erase(it);
    m_host.chainEdited();
}

void DisconnectCommand::undo()
{
    if (m_index < 0)
        return;
    auto &connections = m_host.chain().connections;
    connections.insert(connections.begin() + std::min<std::ptrdiff_t>(m_index, static_cast<std::ptrdiff_t>(connections.size())), m_connection);
    m_host.chainEdited();
}

SetSettingCommand::SetSettingCommand(ChainHost &host, const QString &deviceId, const QString &text, Read read, Apply apply,
                                     QVariant value, int mergeKey)
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
        m_host.chainEdited();
    }
}

void SetSettingCommand::undo()
{
    if (Device *device = m_host.chain().device(m_id)) {
        m_apply(*device, m_old);
        m_host.chainEdited();
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

} // namespace headroom
