#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Formats every C++ file with the style in .clang-format. Usage: scripts/format.sh [--check]
# --check changes nothing and fails, naming the files, when any file is not formatted.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mapfile -t files < <(find app audio benchmarks core database models qml tests translations -name '*.cpp' -o -name '*.h' | sort)
if [[ ${1:-} == --check ]]; then
  clang-format-14 --dry-run --Werror "${files[@]}"
else
  clang-format-14 -i "${files[@]}"
fi
