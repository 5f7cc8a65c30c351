#include "appsettings.h"

#include "translations.h"

#include <QCoreApplication>
#include <QQmlEngine>

namespace headroom {

QString AppSettings::language() { return chosenLanguage(); }

void AppSettings::setLanguage(const QString &language)
{
    if (language == chosenLanguage())
        return;
    setChosenLanguage(language);
    installTranslations(preferredLocale());
    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate();
    emit languageChanged();
}

QVariantList AppSettings::languages()
{
    QVariantList list{QVariantMap{{QStringLiteral("key"), QString()},
                                  {QStringLiteral("label"), QCoreApplication::translate("Settings", "System language")}}};
    for (const QString &code : availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "Deutsch", "English"
        list.append(QVariantMap{{QStringLiteral("key"), code}, {QStringLiteral("label"), name}});
    }
    return list;
}

} // namespace headroom
