#pragma once

// Application preferences the settings dialog edits: for now the language, applied at once.

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace headroom {

class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// "" follows the system; otherwise a language code from `languages`.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// [{key, label}]: "" (the system's) and each translated language, labelled in its own language.
    Q_PROPERTY(QVariantList languages READ languages NOTIFY languageChanged)

public:
    using QObject::QObject;

    [[nodiscard]] static QString language();
    /// Stores the choice, installs its translation and retranslates every QML string at once.
    void setLanguage(const QString &language);
    [[nodiscard]] static QVariantList languages();

signals:
    void languageChanged();
};

} // namespace headroom
