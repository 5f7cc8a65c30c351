#pragma once

// The gear library panel's list: catalog and user gear matching the search box and kind filter.

#include "gearlibrary.h"

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

public:
    enum Role { GearIdRole = Qt::UserRole + 1, NameRole, KindRole, KindLabelRole, UserGearRole, DetailRole };

    explicit GearSearchModel(QObject *parent = nullptr);
    ~GearSearchModel() override;

    [[nodiscard]] QString text() const { return m_query.text; }
    void setText(const QString &text);
    [[nodiscard]] QString kind() const;
    void setKind(const QString &kindKey);
    [[nodiscard]] QStringList notices() const { return m_library->notices(); }
    /// [{key, label}] for the kind filter, "" meaning every kind.
    [[nodiscard]] static QVariantList kinds();

    /// Runs the search again (after your gear changed).
    Q_INVOKABLE void refresh();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

signals:
    void queryChanged();

private:
    [[nodiscard]] QString detail(const GearHit &hit);

    std::unique_ptr<GearLibrary> m_library;
    GearQuery m_query;
    QList<GearHit> m_hits;
    QStringList m_details;
};

} // namespace headroom
