#!/usr/bin/env bash
# Times `imalictl demo` (1,000,000 invoices with their audit entries) on a fresh SQLite ledger,
# three runs, and prints each and the median. SPEC §5's target: at most 30 s.
#   bench/demo.sh [build dir] [invoices]
set -euo pipefail
build=${1:-build}
invoices=${2:-1000000}
ctl="$(cd "$(dirname "$0")/.." && pwd)/$build/bin/imalictl"
[ -x "$ctl" ] || { echo "build first: $ctl is missing" >&2; exit 1; }
times=()
for run in 1 2 3; do
    dir=$(mktemp -d /tmp/imali-bench.XXXXXX)
    export XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data IMALI_KEY_FILE=$dir/key
    "$ctl" ledger init >/dev/null
    start=$(date +%s.%N)
    "$ctl" demo --customers 1000 --invoices "$invoices" >/dev/null
    end=$(date +%s.%N)
    "$ctl" audit verify >/dev/null   # every entry's MAC checks out
    t=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')
    times+=("$t")
    echo "run $run: ${t} s"
    rm -rf "$dir"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
echo "median: ${median} s for $invoices invoices"
