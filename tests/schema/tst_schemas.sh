#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The published JSON Schemas (docs/schema) hold for what Headroom reads and writes: every example project, every
# catalog file (under the catalog's stricter rules too), every golden output of the CLI, and files the programs write
# here: a project saved by the quick check, a JSON report, your gear exported as JSON. A broken project is refused.
# Usage: tst_schemas.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
src=$1
build=$2
cli=$build/bin/headroom-cli
schema=$src/docs/schema
validate() { "${PYTHON:-python3}" "$src/tests/schema/validate.py" "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

validate "$schema/project.schema.json" "$src"/examples/*.headroom
validate "$schema/gear.schema.json" "$src"/database/catalog/*.json
validate "$schema/gear.schema.json#/\$defs/catalogFile" "$src"/database/catalog/*.json
mapfile -t analyses < <(ls "$src"/tests/cli/golden/*.json | grep -v -e '\.advise\.json$' -e '\.compare\.json$')
validate "$schema/analysis.schema.json" "${analyses[@]}"
validate "$schema/advise.schema.json" "$src"/tests/cli/golden/*.advise.json
validate "$schema/compare.schema.json" "$src"/tests/cli/golden/*.compare.json

catalog=(--catalog "$build/share/headroom/catalog.sqlite" --user-db "$work/gear.sqlite")
"$cli" check --source focusrite-scarlett-2i2-4th-gen --headphones beyerdynamic-dt-990-pro-250,sennheiser-hd-650 \
  --amp topping-l30-ii --save "$work/saved.headroom" "${catalog[@]}" >/dev/null
validate "$schema/project.schema.json" "$work/saved.headroom"
"$cli" report "$src/examples/04-podcast-distribution-amp.headroom" --out "$work/report.json" >/dev/null
validate "$schema/analysis.schema.json" "$work/report.json"
"$cli" gear export --format json --out "$work/export.json" "${catalog[@]}" >/dev/null
validate "$schema/gear.schema.json" "$work/export.json"

# Catalog changes name any figure and the tables: a project whose monitors were saved as unbalanced and whose
# headphones were saved without their impedance curve.
"${PYTHON:-python3}" - "$src/examples" "$work" <<'EOF'
import json, sys
examples, work = sys.argv[1:]
monitors = json.load(open(f"{examples}/11-monitors-desk-and-couch.headroom"))
for device in monitors["variants"][0]["devices"]:
    if device["id"] == "monitors":
        device["spec"]["figures"]["inputBalanced"] = False
json.dump(monitors, open(f"{work}/old-monitors.headroom", "w"))
phones = json.load(open(f"{examples}/02-interface-250-ohm-headphones.headroom"))
for device in phones["devices"]:
    device["spec"].pop("impedanceCurve", None)
    device["spec"].pop("impedanceCurveSource", None)
json.dump(phones, open(f"{work}/old-phones.headroom", "w"))
EOF
for old in old-monitors old-phones; do
  "$cli" analyze "$work/$old.headroom" --format json "${catalog[@]}" >"$work/$old.json" || true
  validate "$schema/analysis.schema.json" "$work/$old.json"
done
grep -q '"field": *"inputBalanced"' "$work/old-monitors.json" || { echo "FAIL: no catalog change for inputBalanced" >&2; exit 1; }
grep -q '"field": *"impedanceCurve"' "$work/old-phones.json" || { echo "FAIL: no catalog change for the impedance curve" >&2; exit 1; }

# A broken project is refused, with the place named.
printf '{"version": 1, "devices": [{"id": "a", "spec": {"kind": "headphones", "figures": {"impedanceOhm": -32}}}]}' >"$work/bad.headroom"
if out=$(validate "$schema/project.schema.json" "$work/bad.headroom"); then
  echo "FAIL: a negative impedance passed the project schema" >&2
  exit 1
fi
grep -q 'impedanceOhm' <<<"$out" || { echo "FAIL: the refusal does not name the figure: $out" >&2; exit 1; }
echo "PASS: examples, catalog, goldens and written files match docs/schema"
