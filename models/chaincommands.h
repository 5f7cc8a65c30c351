// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Undoable edits of a chain. Each command names devices and ports by id, never by pointer or index, so devices can
// be removed and re-created while the undo stack stays valid (the qpwgraph approach).

#include "chain.h"

#include <QUndoCommand>

#include <functional>
#include <utility>

namespace headroom {

/// Gives commands the chain to edit and tells the owner after every change, or once after a batch of them.
class ChainHost
{
public:
    virtual ~ChainHost() = default;
    [[nodiscard]] virtual Chain &chain() = 0;
    /// Commands call this after each change.
    void edited()
    {
        if (m_batch > 0)
            m_pending = true;
        else
            chainEdited();
    }
    void beginBatch() { ++m_batch; }
    void endBatch()
    {
        if (--m_batch == 0 && std::exchange(m_pending, false))
            chainEdited();
    }

private:
    virtual void chainEdited() = 0;
    int m_batch = 0;
    bool m_pending = false;
};

/// One undo step made of child commands (a paste, an arrangement, a nudge of the selection); the owner
/// re-analyses once, not once per child.
class BatchCommand : public QUndoCommand
{
public:
    BatchCommand(ChainHost &host, const QString &text);
    void redo() override;
    void undo() override;

private:
    ChainHost &m_host;
};

/// Replaces the whole chain with one made from it (an applied suggestion: a device inserted, cables rewired,
/// settings changed, devices moved aside) as one step that undo reverts exactly.
class SetChainCommand : public QUndoCommand
{
public:
    SetChainCommand(ChainHost &host, Chain after, const QString &text);
    void redo() override;
    void undo() override;

private:
    ChainHost &m_host;
    Chain m_before;
    Chain m_after;
};

/// Swaps a device's product for another, keeping its id, place, settings of ports that still exist, and the cables
/// the new product still accepts.
class ReplaceDeviceCommand : public QUndoCommand
{
public:
    ReplaceDeviceCommand(ChainHost &host, const QString &deviceId, DeviceSpec spec, QString catalogId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ChainHost &m_host;
    QString m_id;
    DeviceSpec m_spec;
    QString m_catalogId;
    Device m_old;
    std::vector<Connection> m_dropped;
};

class AddDeviceCommand : public QUndoCommand
{
public:
    AddDeviceCommand(ChainHost &host, Device device, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ChainHost &m_host;
    Device m_device;
};

/// Removes a device and every cable at its ports; undo puts both back where they were.
class RemoveDeviceCommand : public QUndoCommand
{
public:
    RemoveDeviceCommand(ChainHost &host, const QString &deviceId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ChainHost &m_host;
    QString m_id;
    Device m_device;
    int m_index = -1;
    std::vector<Connection> m_connections;
};

/// Moves a device; consecutive moves of the same device during one drag merge into one step.
class MoveDeviceCommand : public QUndoCommand
{
public:
    MoveDeviceCommand(ChainHost &host, const QString &deviceId, double x, double y, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ChainHost &m_host;
    QString m_id;
    double m_fromX = 0, m_fromY = 0, m_toX, m_toY;
};

class ConnectCommand : public QUndoCommand
{
public:
    ConnectCommand(ChainHost &host, Connection connection, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ChainHost &m_host;
    Connection m_connection;
};

class DisconnectCommand : public QUndoCommand
{
public:
    DisconnectCommand(ChainHost &host, Connection connection, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ChainHost &m_host;
    Connection m_connection;
    int m_index = -1;
};

/// Changes one setting of a device; `apply` writes a value into the device, the command keeps old and new.
class SetSettingCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(Device &, const QVariant &)>;
    using Read = std::function<QVariant(const Device &)>;
    SetSettingCommand(ChainHost &host, const QString &deviceId, const QString &text, Read read, Apply apply, QVariant value, int mergeKey);
    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ChainHost &m_host;
    QString m_id;
    Apply m_apply;
    QVariant m_old;
    QVariant m_new;
    int m_mergeKey;
};

} // namespace headroom
