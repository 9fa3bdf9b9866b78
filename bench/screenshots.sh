#!/usr/bin/env bash
# Makes a small demo ledger (sandbox, 200 customers, 5,000 invoices with payments) in a temporary
# XDG_CONFIG_HOME/XDG_DATA_HOME and saves the console's screenshots into docs/ (English, and
# Afrikaans with an -af suffix). Needs a build configured with -DWITH_BENCH=ON.
#   bench/screenshots.sh [build dir]
set -euo pipefail
build=${1:-build}
root="$(cd "$(dirname "$0")/.." && pwd)"
dir=$(mktemp -d /tmp/imali-shots.XXXXXX)
trap 'rm -rf "$dir"' EXIT
export XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data IMALI_KEY_FILE=$dir/key QT_QPA_PLATFORM=offscreen
"$root/$build/bin/imalictl" ledger init >/dev/null
"$root/$build/bin/imalictl" demo --customers 200 --invoices 5000 --payments >/dev/null
mkdir -p "$root/docs"
"$root/$build/bin/screenshots" "$root/docs"
"$root/$build/bin/screenshots" "$root/docs" --language af
