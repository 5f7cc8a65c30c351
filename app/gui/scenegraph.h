// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace headroom {

/// On a machine whose OpenGL is a software rasterizer (llvmpipe and the like: no GPU), switches Qt Quick to its
/// software scene graph, which repaints only what changed; a full OpenGL repaint of a large canvas in software takes
/// several times longer per frame (bench_editor). Does nothing when the user chose a backend (QT_QUICK_BACKEND,
/// QSG_RHI_BACKEND). Call after the application object exists and before the first window.
void chooseSceneGraphBackend();

} // namespace headroom
