#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# One command to test Headroom on a fresh Debian 12 machine: installs what is missing, builds, lints the QML, runs
# every test, then builds again with clang, AddressSanitizer + UndefinedBehaviorSanitizer (its float checks too) and
# the libFuzzer targets, and runs every test under them, each fuzzer for HEADROOM_FUZZ_SECONDS (30) seconds. Tests run
# two at a time, never two window tests at once (tests/app/CMakeLists.txt).
# Set HEADROOM_SKIP_SANITIZERS=1 to run the plain configuration only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"

# Every file states its copyright and licence (REUSE), and the C++ follows .clang-format (scripts/format.sh fixes it).
(cd "$root" && reuse lint)
"$root/scripts/format.sh" --check

"$root/scripts/build.sh" "$root/build"
# The views must pass qmllint (settings in qml/.qmllint.ini).
cmake --build "$root/build" --target all_qmllint
ctest --test-dir "$root/build" --output-on-failure --timeout 300 -j2

if [[ ${HEADROOM_SKIP_SANITIZERS:-0} != 1 ]]; then
  # Line tables are all the sanitizers' stack traces need, and a fraction of full debug information to compile and link.
  "$root/scripts/build.sh" "$root/build-sanitize" -DHEADROOM_SANITIZE=ON -DHEADROOM_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_CXX_FLAGS_DEBUG=-gline-tables-only -DCMAKE_C_FLAGS_DEBUG=-gline-tables-only \
    -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_C_COMPILER=clang-14 -DHEADROOM_FUZZ_SECONDS="${HEADROOM_FUZZ_SECONDS:-30}"
  # Leak checking is off: Qt and the graphics stack keep process-lifetime allocations that are not leaks.
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$root/build-sanitize" --output-on-failure --timeout 600 -j2
fi
