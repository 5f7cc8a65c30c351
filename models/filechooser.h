// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A file dialog for QML that behaves everywhere: QFileDialog, which is the platform's own dialog where the desktop
// provides one and Qt's widget dialog elsewhere. Qt Quick's non-native FileDialog (used when no platform theme is
// present) ignores the save mode in Qt 6.4: it labels its button "Open", drops the typed name and hands back the
// folder, so a save wrote "<folder>/.headroom".

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QFileDialog;

namespace headroom {

class FileChooser : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString title MEMBER m_title NOTIFY changed)
    /// "Text report (*.txt)", …: the first pattern of the chosen filter is the suffix a name without one gets.
    Q_PROPERTY(QStringList nameFilters MEMBER m_nameFilters NOTIFY changed)
    /// Asks for a new file name (with overwrite confirmation) instead of an existing file.
    Q_PROPERTY(bool saving MEMBER m_saving NOTIFY changed)
    /// The name proposed when the dialog opens ("Untitled.headroom"), in the last folder used.
    Q_PROPERTY(QString suggestedName MEMBER m_suggestedName NOTIFY changed)
    Q_PROPERTY(bool visible READ isVisible NOTIFY visibleChanged)

public:
    explicit FileChooser(QObject *parent = nullptr);
    ~FileChooser() override;

    [[nodiscard]] bool isVisible() const;
    /// Shows the dialog without blocking; `accepted` or `rejected` follows.
    Q_INVOKABLE void open();
    Q_INVOKABLE void close();

    /// The suffix of a name filter's first pattern: "JSON report (*.json)" → "json".
    [[nodiscard]] static QString suffixOf(const QString &nameFilter);

signals:
    void changed();
    void visibleChanged();
    /// `filterIndex` is the name filter chosen, so callers can tell formats apart.
    void accepted(const QUrl &file, int filterIndex);
    void rejected();

private:
    void finish(int result);
    /// The folder the last dialog of any kind was accepted in, so every dialog starts where the user was.
    [[nodiscard]] static QString lastFolder();

    QString m_title;
    QStringList m_nameFilters;
    bool m_saving = false;
    QString m_suggestedName;
    QPointer<QFileDialog> m_dialog;
};

} // namespace headroom
