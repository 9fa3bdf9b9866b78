#!/usr/bin/env bash
# Builds imali and starts the console on its embedded SQLite ledger (created on first start).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
build=${IMALI_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" --target imali imalictl
exec "$build/bin/imali" "$@"
