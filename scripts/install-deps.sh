#!/usr/bin/env bash
# Installs the Debian packages imali needs to build, test and run, if any are missing
# (clang and libclang-rt-14-dev, which holds libFuzzer, for scripts/fuzz.sh).
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools qt6-charts-dev
    libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev qtkeychain-qt6-dev libqrencode-dev libssl-dev
    postgresql postgresql-client poppler-utils zbar-tools fonts-dejavu-core
    clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
