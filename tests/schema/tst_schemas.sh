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

# A broken project is refused, with the place named.
printf '{"version": 1, "devices": [{"id": "a", "spec": {"kind": "headphones", "figures": {"impedanceOhm": -32}}}]}' >"$work/bad.headroom"
if out=$(validate "$schema/project.schema.json" "$work/bad.headroom"); then
  echo "FAIL: a negative impedance passed the project schema" >&2
  exit 1
fi
grep -q 'impedanceOhm' <<<"$out" || { echo "FAIL: the refusal does not name the figure: $out" >&2; exit 1; }
echo "PASS: examples, catalog, goldens and written files match docs/schema"
