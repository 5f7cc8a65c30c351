// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The gear library panel's list: catalog and user gear matching the search box and kind filter. The "replace
// with…" picker uses it too, narrowed to the products that can take a device's place and keep its cables.

#include "gearlibrary.h"
#include "projectcontroller.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace headroom {

class GearSearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY queryChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY queryChanged)
    Q_PROPERTY(QStringList notices READ notices CONSTANT)
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    /// The project that holds the device being replaced.
    Q_PROPERTY(headroom::ProjectController *project READ project WRITE setProject NOTIFY queryChanged)
    /// With `project`: the id of the device to replace; only products of any kind that keep all its cables are listed.
    Q_PROPERTY(QString replacing READ replacing WRITE setReplacing NOTIFY queryChanged)
    /// More products match than the list shows (kShown): typing narrows it to them.
    Q_PROPERTY(bool more READ more NOTIFY resultsChanged)

public:
    /// The most products a list shows: every catalog product, and a shop's large gear a search at a time.
    static constexpr int kShown = 1000;

    enum Role { GearIdRole = Qt::UserRole + 1, NameRole, KindRole, KindLabelRole, UserGearRole, ShopGearRole, DetailRole };

    /// Searches the app's shared library (GearHub).
    explicit GearSearchModel(QObject *parent = nullptr);
    GearSearchModel(std::shared_ptr<GearLibrary> library, QObject *parent = nullptr);
    ~GearSearchModel() override;

    [[nodiscard]] QString text() const { return m_query.text; }
    void setText(const QString &text);
    [[nodiscard]] QString kind() const;
    void setKind(const QString &kindKey);
    [[nodiscard]] ProjectController *project() const { return m_project; }
    void setProject(ProjectController *project);
    [[nodiscard]] QString replacing() const { return m_replacing; }
    void setReplacing(const QString &deviceId);
    [[nodiscard]] QStringList notices() const { return m_library->notices(); }
    [[nodiscard]] bool more() const { return m_more; }
    /// [{key, label}] for the kind filter, "" meaning every kind.
    [[nodiscard]] static QVariantList kinds();

    /// Runs the search again (after your gear changed).
    Q_INVOKABLE void refresh();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

signals:
    void queryChanged();
    void resultsChanged();

private:
    [[nodiscard]] static QString detail(const GearRecord &record);

    std::shared_ptr<GearLibrary> m_library;
    GearQuery m_query;
    ProjectController *m_project = nullptr;
    QString m_replacing;
    bool m_more = false;
    QList<GearHit> m_hits;
    QStringList m_details;
};

} // namespace headroom
