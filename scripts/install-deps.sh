#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Headroom contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Headroom needs to build, run and test (Qt 6.4, SQLite, libsndfile, PostgreSQL for the shared-server tests, Xvfb for GUI
# tests, clang with libFuzzer for the sanitizer and fuzzing build, ngspice as the test oracle, and the tools that build
# and check the Debian package and its desktop files). Does nothing when all are present. Needs root or sudo.
set -euo pipefail

packages=(
  cmake ninja-build g++ clang-14 libclang-rt-14-dev clang-format-14 pkg-config
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-l10n-tools qt6-multimedia-dev qt6-svg-dev
  libqt6sql6-sqlite libqt6sql6-psql postgresql qtkeychain-qt6-dev
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtquick-templates
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-shapes
  qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel qml6-module-qt-labs-platform
  qml6-module-qttest qml6-module-qtmultimedia
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  libgl1-mesa-dri libsndfile1-dev sqlite3
  xvfb xauth x11-utils xdotool imagemagick ngspice sox reuse poppler-utils
  appstream desktop-file-utils dpkg-dev shared-mime-info python3-jsonschema
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
