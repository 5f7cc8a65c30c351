#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Render speed side by side: libsndfile null pass, Headroom's render (bench_render), and sox doing gain, two
# equaliser bands and clipping to 24-bit on the same 60 s, 48 kHz stereo file. Prints × real time for each.
# Usage: benchmarks/render-vs-sox.sh [BUILD_DIR]   (needs the Debian package sox)
set -euo pipefail
build=${1:-build}
ninja -C "$build" bench_render >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/benchmarks/bench_render" "$work"
best=
for _ in 1 2 3; do
    start=$(date +%s.%N)
    sox -q -V1 "$work/in.wav" -b 24 "$work/sox.wav" gain -6 equalizer 100 1q 3 equalizer 8000 2q -1 gain 12
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc -l)" = 1 ]; then best=$t; fi
done
printf 'sox (gain + 2 equaliser bands + clip):   %.3f s  %.0fx real time\n' "$best" "$(echo "60 / $best" | bc -l)"
