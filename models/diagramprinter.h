// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Printing the chain's diagram through the system's print dialog, with its page setup (paper, orientation, margins,
// printer or PDF file): the drawing of documents/diagram.h, scaled to fit the page.

#include "analysis.h"
#include "chain.h"
#include "quantity.h"

namespace headroom {

/// Asks where and how to print, then prints; false when the person cancels.
bool printDiagram(const Chain &chain, const AnalysisResult &result, LevelUnit unit);

} // namespace headroom
