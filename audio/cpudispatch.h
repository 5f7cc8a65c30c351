// SPDX-FileCopyrightText: 2026 The Headroom contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Hot DSP loops compiled twice where the compiler can choose at load time (GCC on x86-64): for AVX2 and for the
// baseline x86-64 that every Debian machine runs. Without FMA both versions round alike, so a render is the same on
// every machine; the default build keeps no -march flag.

#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define HEADROOM_AVX2_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define HEADROOM_AVX2_CLONES
#endif
