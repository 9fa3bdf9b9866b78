#!/usr/bin/env bash
# PayFast signing throughput (PayFastSigner): ITN signatures, ITN verifications (the listener's check),
# checkout signatures, and parse + verify of a posted ITN body; three runs of 3 s each under the build lock.
#   bench/signing.sh [build dir]      (configure with -DWITH_BENCH=ON)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bench="$root/${1:-build}/bin/imali-bench"
[ -x "$bench" ] || { echo "build first, with -DWITH_BENCH=ON: $bench" >&2; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for run in 1 2 3; do
    flock "${IMALI_BENCH_LOCK:-/tmp/imali-build.lock}" "$bench" sign --seconds 3 | tee -a "$out" | paste -sd' ' | sed "s/^/run $run: /"
done
echo "medians:"
for key in $(cut -d= -f1 "$out" | sort -u); do
    echo "  $key: $(grep "^$key=" "$out" | cut -d= -f2 | sort -n | sed -n 2p)"
done
