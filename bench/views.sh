#!/usr/bin/env bash
# Builds demo ledgers of 10k, 100k and 1M invoices (SQLite, each in its own temporary
# XDG_CONFIG_HOME/XDG_DATA_HOME/IMALI_KEY_FILE) and times the console's views on each with
# view_bench (offscreen). Needs a build configured with -DWITH_BENCH=ON.
#   bench/views.sh [build dir] [sizes...]
set -euo pipefail
build=${1:-build}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
root="$(cd "$(dirname "$0")/.." && pwd)"
ctl="$root/$build/bin/imalictl"
bench="$root/$build/bin/view_bench"
[ -x "$ctl" ] && [ -x "$bench" ] || { echo "build with -DWITH_BENCH=ON first" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen
status=0
for n in "${sizes[@]}"; do
    dir=$(mktemp -d /tmp/imali-views.XXXXXX)
    export XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data IMALI_KEY_FILE=$dir/key
    "$ctl" ledger init >/dev/null
    "$ctl" demo --customers 1000 --invoices "$n" --payments >/dev/null
    echo "== $n invoices"
    "$bench" --runs 3 2>/dev/null || status=$?
    rm -rf "$dir"
done
exit $status
