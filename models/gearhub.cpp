// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gearhub.h"

#include "gearlibrary.h"

namespace headroom {

GearHub &GearHub::instance()
{
    static GearHub hub;
    return hub;
}

std::shared_ptr<GearLibrary> GearHub::library()
{
    std::shared_ptr<GearLibrary> shared = m_library.lock();
    if (!shared) {
        shared = std::make_shared<GearLibrary>(GearLibrary::defaultCatalogPath(), GearLibrary::defaultUserPath());
        if (!m_shared.isEmpty())
            (void)shared->setSharedGear(m_shared); // checked when it was first set
        m_library = shared;
    }
    return shared;
}

void GearHub::setSharedGear(QList<GearRecord> records)
{
    m_shared = std::move(records);
    if (const std::shared_ptr<GearLibrary> shared = m_library.lock())
        if (const QString error = shared->setSharedGear(m_shared); !error.isEmpty())
            qWarning("the shop's gear could not be searched: %s", qPrintable(error));
    emit sharedGearChanged();
}

} // namespace headroom
