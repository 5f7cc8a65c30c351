#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# One command to try Headroom on a fresh Debian 12 machine: installs what is missing, builds, and opens the app with
# the bundled gear catalog (pass a .headroom file to open it, e.g. examples/03-y-splitter-two-headphones.headroom).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$root/build"
exec "$root/build/bin/headroom" "$@"
