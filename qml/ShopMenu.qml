// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls as QQC2
import Headroom
import Headroom.Models

// The Shop menu: the projects on the shop's server (the dialogs are in ShopDialogs).
AppMenu {
    id: root

    required property ProjectController project
    signal openRequested
    signal copyRequested
    signal reloadRequested
    signal settingsRequested

    title: qsTr("S&hop")

    QQC2.Action {
        text: qsTr("&Open from the Shop's Server…")
        enabled: ShopServer.online
        onTriggered: root.openRequested()
    }
    QQC2.Action {
        text: qsTr("&Save to the Shop's Server")
        enabled: ShopServer.online
        shortcut: "Ctrl+Alt+S"
        onTriggered: root.project.saveToServer()
    }
    QQC2.Action {
        text: qsTr("Save to the Shop's Server as a &Copy…")
        enabled: ShopServer.online
        onTriggered: root.copyRequested()
    }
    QQC2.Action {
        text: qsTr("&Reload from the Shop's Server")
        enabled: ShopServer.online && root.project.sharedName.length > 0
        onTriggered: root.reloadRequested()
    }
    QQC2.MenuSeparator {}
    QQC2.Action {
        text: ShopServer.online ? qsTr("Fetch the Shop's &Gear Again") : qsTr("&Connect Again")
        enabled: ShopServer.configured
        onTriggered: ShopServer.refresh()
    }
    QQC2.Action {
        text: qsTr("Shop Server &Settings…")
        onTriggered: root.settingsRequested()
    }
}
