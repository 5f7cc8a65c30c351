#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Whole-process speed side by side: `headroom-cli analyze --format json` against ngspice solving the same network
# (tests/core/spicenetwork.h: N headphones with impedance curves on one output through 8-way splitters; ngspice at
# 1 kHz, writing every node voltage and cable current to a raw file). Prints the best of five wall times of each,
# their peak memory, and each solver's own time (the engine's in-process for all the frequencies one analysis solves,
# ngspice's `rusage` for its one), with how much faster the engine is per frequency solved.
# Usage: benchmarks/cli-vs-ngspice.sh [BUILD_DIR] [N …]   (default 100 1000 5000; needs the Debian package ngspice)
set -euo pipefail
build=$(realpath "${1:-build}")
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 5000)
ninja -C "$build" bench_network headroom-cli >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# best_of CMD…: the shortest wall time of five runs in seconds, and the peak RSS of that run in kB.
best_of() {
    local best= rss=
    for _ in 1 2 3 4 5; do
        /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        local t=$(( (end - start) / 1000 ))
        if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; rss=$(cut -d' ' -f2 "$work/time"); fi
    done
    printf '%d.%03d s %6d MB' $((best / 1000000)) $(((best / 1000) % 1000)) $((rss / 1024))
}

printf '%-10s  %-22s  %-22s  %-34s  %s\n' headphones headroom-cli ngspice 'solve: engine / ngspice (1 freq.)' \
    'engine faster per frequency'
for n in "${sizes[@]}"; do
    dir="$work/$n"
    mkdir -p "$dir"
    # "N headphones: engine solve T ms for F frequencies"
    read -r engineMs frequencies < <("$build/benchmarks/bench_network" "$n" "$dir" | awk '{print $5, $8}')
    cli=$(best_of "$build/bin/headroom-cli" analyze --format json "$dir/net.headroom")
    spice=$(cd "$dir" && best_of ngspice -b net.cir)
    analysis=$(cd "$dir" && ngspice -b net.cir 2>&1 | sed -n 's/Total analysis time (seconds) = //p' | tr -d ' ')
    ratio=$(awk -v e="$engineMs" -v f="$frequencies" -v s="$analysis" 'BEGIN { printf "%.0f×", s * 1000 / (e / f) }')
    printf '%-10s  %-22s  %-22s  %-34s  %s\n' "$n" "$cli" "$spice" "$engineMs ms ($frequencies freq.) / $analysis s" "$ratio"
done
