#!/usr/bin/env bash
# Times `imalictl export --report transactions --format csv` of about 1,000,000 transactions on a fresh
# SQLite ledger, three runs, and measures peak memory with GNU time (`/usr/bin/time -v`, Debian package
# `time`). SPEC §7's target: at most 15 s, with peak memory growth of at most 32 MiB.
#
# Growth is the export's maximum RSS less that of the same export over an empty period (same process,
# same ledger opened, no rows): what the rows themselves cost.
#   bench/export.sh [build dir] [transactions]
set -euo pipefail
build=${1:-build}
target=${2:-1000000}
ctl="$(cd "$(dirname "$0")/.." && pwd)/$build/bin/imalictl"
[ -x "$ctl" ] || { echo "build first: $ctl is missing" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install -y time" >&2; exit 1; }

dir=$(mktemp -d /tmp/imali-bench-export.XXXXXX)
trap 'rm -rf "$dir"' EXIT
export XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data IMALI_KEY_FILE=$dir/key

# `demo --payments` issues 90 % of its invoices and pays 60 % of those: 54 payments per 100 invoices.
invoices=$(( (target * 100 + 53) / 54 ))
"$ctl" ledger init >/dev/null 2>&1
echo "making the ledger: demo --customers 1000 --invoices $invoices --payments"
"$ctl" demo --customers 1000 --invoices "$invoices" --payments
ls -l "$dir"/data/imali/ 2>/dev/null | sed -n '2,$p' | awk '{ printf "  %s %.0f MiB\n", $9, $5 / 1048576 }'

# The demo's dates cover the year up to today; a wide range takes all of them.
range=(--from 2000-01-01 --to 2099-12-31)
field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }

/usr/bin/time -v "$ctl" export --report transactions --format csv --from 2000-01-01 --to 2000-01-01 \
    --out "$dir/empty.csv" >/dev/null 2>"$dir/base.txt"
base_kb=$(field 'Maximum resident set size (kbytes)' "$dir/base.txt")
echo "baseline (same export, no rows): max RSS $(( base_kb / 1024 )) MiB"

times=()
growths=()
for run in 1 2 3; do
    rm -f "$dir/tx.csv" "$dir/tx.csv.anchor"
    /usr/bin/time -v "$ctl" export --report transactions --format csv "${range[@]}" --out "$dir/tx.csv" --json \
        >"$dir/out.json" 2>"$dir/time.txt"
    rows=$(sed -n 's/.*"rows": \([0-9]*\).*/\1/p' "$dir/out.json")
    elapsed=$(seconds "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$dir/time.txt")")
    rss_kb=$(field 'Maximum resident set size (kbytes)' "$dir/time.txt")
    user=$(field 'User time (seconds)' "$dir/time.txt")
    growth=$(( (rss_kb - base_kb) / 1024 ))
    size=$(stat -c %s "$dir/tx.csv")
    times+=("$elapsed")
    growths+=("$growth")
    echo "run $run: $rows rows, $(( size / 1048576 )) MiB of CSV in ${elapsed} s (user ${user} s);" \
         "max RSS $(( rss_kb / 1024 )) MiB, growth ${growth} MiB"
done
# The anchor vouches for the file: its SHA-256 is the file's.
grep -q "\"sha256\": \"$(sha256sum "$dir/tx.csv" | cut -d' ' -f1)\"" "$dir/tx.csv.anchor" \
    || { echo "the anchor's SHA-256 does not match the file" >&2; exit 1; }

median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
worst=$(printf '%s\n' "${growths[@]}" | sort -n | tail -1)
echo "median: ${median} s for $rows transactions; worst peak memory growth ${worst} MiB"
awk -v t="$median" -v g="$worst" 'BEGIN { ok = t <= 15 && g <= 32;
    printf "SPEC §7 (<= 15 s, <= 32 MiB): %s\n", ok ? "met" : "NOT met"; exit ok ? 0 : 1 }'
