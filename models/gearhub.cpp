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
        m_library = shared;
    }
    return shared;
}

} // namespace headroom
