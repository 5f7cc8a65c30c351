#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command beside a throwaway PostgreSQL server: initdb into a temporary folder, the server started on a free
# port of the loopback interface only, HEADROOM_TEST_SERVER set to its address (the superuser "headroom", database
# "headroom"), and the server stopped and its folder removed afterwards, whatever the command did.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z $bindir || ! -x $bindir/initdb ]]; then
  echo "PostgreSQL is not installed (Debian package postgresql; scripts/install-deps.sh installs it)" >&2
  exit 1
fi

dir=$(mktemp -d)
as=()
if [[ $(id -u) -eq 0 ]]; then # the server refuses to run as root: it runs as the package's own user
  chown postgres "$dir"
  as=(runuser -u postgres --)
fi
stop() {
  "${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${as[@]}" "$bindir/initdb" -D "$dir/data" -U headroom --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
"${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" \
  -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }
"${as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U headroom headroom

export HEADROOM_TEST_SERVER="postgresql://headroom@127.0.0.1:$port/headroom"
"$@"
