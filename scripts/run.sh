#!/usr/bin/env bash
# One command to try Headroom on a fresh Debian 12 machine: installs what is missing, builds, and analyses the first
# example with headroom-cli (pass a .headroom file to analyse another).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$root/build"
exec "$root/build/bin/headroom-cli" analyze "${1:-$root/examples/01-interface-studio-headphones.headroom}"
