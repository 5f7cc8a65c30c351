#pragma once

#include <QLocale>

namespace headroom {

/// Installs Headroom's translation for the locale (and Qt's own, when present) on the running application.
/// Returns whether a Headroom translation was found; English needs none.
bool installTranslations(const QLocale &locale);

} // namespace headroom
