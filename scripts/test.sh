#!/usr/bin/env bash
# One command to test Headroom on a fresh Debian 12 machine: installs what is missing, builds, lints the QML, runs
# every test, then builds again with AddressSanitizer + UndefinedBehaviorSanitizer and runs every test under them.
# Set HEADROOM_SKIP_SANITIZERS=1 to run the plain configuration only.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"

"$root/scripts/build.sh" "$root/build"
# The views must pass qmllint (settings in qml/.qmllint.ini).
cmake --build "$root/build" --target all_qmllint
ctest --test-dir "$root/build" --output-on-failure --timeout 300

if [[ ${HEADROOM_SKIP_SANITIZERS:-0} != 1 ]]; then
  "$root/scripts/build.sh" "$root/build-sanitize" -DHEADROOM_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
  # Leak checking is off: Qt and the graphics stack keep process-lifetime allocations that are not leaks.
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir "$root/build-sanitize" --output-on-failure --timeout 600
fi
