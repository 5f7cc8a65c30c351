// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QStringList>

namespace headroom {

/// Installs Headroom's translation for the locale (and Qt's own, when present) on the running application,
/// replacing the ones installed before. Returns whether a Headroom translation was found; English needs none.
bool installTranslations(const QLocale &locale);

/// The language chosen in the settings ("de"), or "" to follow the system.
[[nodiscard]] QString chosenLanguage();
void setChosenLanguage(const QString &language);
/// The locale to translate for: the chosen language, else the system's.
[[nodiscard]] QLocale preferredLocale();
/// Languages Headroom has translations for, English included: "en", "de", …
[[nodiscard]] QStringList availableLanguages();

} // namespace headroom
