#!/usr/bin/env bash
# Times `imalictl export --report transactions --format pdf` of about N transactions on a fresh SQLite
# ledger, once, and measures peak memory with GNU time (`/usr/bin/time -v`, Debian package `time`).
# The default, 990,000, is just under the 1,000,000 rows a PDF report takes (demo data varies by a few
# hundred). A PDF need not be fast; its memory must stay flat.
#   bench/export-pdf.sh [build dir] [transactions]
set -euo pipefail
build=${1:-build}
target=${2:-990000}
ctl="$(cd "$(dirname "$0")/.." && pwd)/$build/bin/imalictl"
[ -x "$ctl" ] || { echo "build first: $ctl is missing" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is missing: apt-get install -y time" >&2; exit 1; }

dir=$(mktemp -d /tmp/imali-bench-pdf.XXXXXX)
trap 'rm -rf "$dir"' EXIT
export XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data IMALI_KEY_FILE=$dir/key

# `demo --payments` issues 90 % of its invoices and pays 60 % of those: 54 payments per 100 invoices.
invoices=$(( target * 100 / 54 ))
"$ctl" ledger init >/dev/null 2>&1
echo "making the ledger: demo --customers 1000 --invoices $invoices --payments"
"$ctl" demo --customers 1000 --invoices "$invoices" --payments 2>/dev/null

field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }

/usr/bin/time -v "$ctl" export --report transactions --format pdf --from 2000-01-01 --to 2000-01-01 \
    --out "$dir/empty.pdf" >/dev/null 2>"$dir/base.txt"
base_kb=$(field 'Maximum resident set size (kbytes)' "$dir/base.txt")
echo "baseline (same export, no rows): max RSS $(( base_kb / 1024 )) MiB"

/usr/bin/time -v "$ctl" export --report transactions --format pdf --from 2000-01-01 --to 2099-12-31 \
    --out "$dir/tx.pdf" --json >"$dir/out.json" 2>"$dir/time.txt" || { cat "$dir/time.txt" >&2; exit 1; }
rows=$(sed -n 's/.*"rows": \([0-9]*\).*/\1/p' "$dir/out.json")
pages=$(sed -n 's/.*"pages": \([0-9]*\).*/\1/p' "$dir/out.json")
elapsed=$(seconds "$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$dir/time.txt")")
rss_kb=$(field 'Maximum resident set size (kbytes)' "$dir/time.txt")
size=$(stat -c %s "$dir/tx.pdf")
echo "$rows rows on $pages pages, $(( size / 1048576 )) MiB of PDF in ${elapsed} s;" \
     "max RSS $(( rss_kb / 1024 )) MiB, growth $(( (rss_kb - base_kb) / 1024 )) MiB"
# The last page holds the totals and the audit chain head.
pdftotext -f "$pages" -l "$pages" "$dir/tx.pdf" - | grep -q "Audit chain head" \
    || { echo "the last page does not show the audit chain head" >&2; exit 1; }
