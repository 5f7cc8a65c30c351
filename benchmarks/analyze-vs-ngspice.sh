#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole process against ngspice on the same network: N headphones (resistive, 32 to 331 Ω) on one computer
# output (2 V open circuit, 1 Ω). Times `headroom-cli analyze --format json` (read, solve, findings, report) and
# `ngspice -b` (read, operating point, print) for N = 100, 1,000 and 5,000, best of three runs each.
# Usage: benchmarks/analyze-vs-ngspice.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

best() { # best wall time in ms of three runs of a command
  local best=999999
  for _ in 1 2 3; do
    local start end
    start=$(date +%s%N); "$@" > /dev/null 2>&1; end=$(date +%s%N)
    (( (end - start) / 1000000 < best )) && best=$(( (end - start) / 1000000 ))
  done
  echo "$best"
}

printf '%8s %14s %12s %8s\n' headphones "headroom (ms)" "ngspice (ms)" ratio
for n in 100 1000 5000; do
  python3 - "$n" "$work" <<'PY'
import json, sys
n, work = int(sys.argv[1]), sys.argv[2]
devices = [{"id": "pc", "spec": {"kind": "player", "figures": {"hpMaxLevelDbu": 8.239, "hpOutputImpedanceOhm": 1}}}]
connections, cards = [], ["* N headphones on one output", "V1 src 0 DC 2", "Ro src out 1"]
for i in range(n):
    ohms = 32 + i % 300
    devices.append({"id": f"p{i}", "spec": {"kind": "headphones", "figures": {"impedanceOhm": ohms, "sensitivity": 100, "sensitivityUnit": "dB/V"}}})
    connections.append({"from": "pc.hp1", "to": f"p{i}.in"})
    cards.append(f"R{i} out 0 {ohms}")
cards += [".control", "op", "print v(out) i(V1)", ".endc", ".end"]
json.dump({"format": "headroom-project", "version": 1, "devices": devices, "connections": connections}, open(f"{work}/net.headroom", "w"))
open(f"{work}/net.cir", "w").write("\n".join(cards) + "\n")
PY
  ours=$(best "$build/bin/headroom-cli" analyze "$work/net.headroom" --format json --no-catalog)
  theirs=$(best ngspice -b "$work/net.cir")
  printf '%8d %14d %12d %8s\n' "$n" "$ours" "$theirs" "$(python3 -c "print(f'{$ours/max($theirs,1):.2f}')")"
done
