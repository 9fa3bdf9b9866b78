#!/usr/bin/env bash
# The ITN listener under load (issue 12), on SQLite and on PostgreSQL, with imali-bench (bench/imali_bench.cpp;
# configure the build with -DWITH_BENCH=ON):
#   1. a fixed 300 distinct, validly signed ITNs a second for 30 s against `imalictl serve`, each on a new
#      connection as PayFast sends them; every answer must be 200 and p99 under 50 ms. Each ITN is then
#      confirmed with a PayFast stand-in and booked; "drained" is how long after the last answer that took.
#   2. 1, 16, 64 and 256 kept-alive connections posting as fast as they are answered, for 5 s each, against
#      `imalictl serve` and, in the same run, against a bare QHttpServer route (the ceiling).
# Measurements hold the build lock (each fixed-rate run, each run of the four connection counts), so nobody's
# compile runs during them; a fresh ledger per run. Prints each run and the medians as Markdown tables.
#   bench/listener.sh [build dir] [runs]
# IMALI_BENCH_PHASES ("rate connections"), IMALI_BENCH_RATE (300), IMALI_BENCH_RATE_SECONDS (30),
# IMALI_BENCH_CONN_SECONDS (5), IMALI_BENCH_LOCK (/tmp/imali-build.lock), IMALI_BENCH_BACKENDS ("sqlite postgres"),
# IMALI_BENCH_KEEP (1: keep the work folder with each run's serve.log, and say where it is).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build=${1:-build}
runs=${2:-3}
rate=${IMALI_BENCH_RATE:-300}
rate_seconds=${IMALI_BENCH_RATE_SECONDS:-30}
conn_seconds=${IMALI_BENCH_CONN_SECONDS:-5}
lock=${IMALI_BENCH_LOCK:-/tmp/imali-build.lock}
phases=${IMALI_BENCH_PHASES:-rate connections}
backends=${IMALI_BENCH_BACKENDS:-sqlite postgres}
keep=${IMALI_BENCH_KEEP:-0}
ctl="$root/$build/bin/imalictl"
bench="$root/$build/bin/imali-bench"
[ -x "$ctl" ] && [ -x "$bench" ] || { echo "build first, with -DWITH_BENCH=ON: $bench" >&2; exit 1; }
passphrase=jt7NOE43FZPn
merchant=10000100

work=$(mktemp -d /tmp/imali-bench-listener.XXXXXX)
pids=()
pg_dir=""
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [ -n "$pg_dir" ] && "$root/scripts/pg-cluster.sh" stop "$pg_dir"
    if [ "$keep" = 1 ]; then echo "work folder kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() {
    local port
    while :; do
        port=$(( 20000 + RANDOM % 12000 )) # below the ephemeral range the load fills with TIME_WAIT
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}
wait_port() {
    for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done
    echo "nothing listens on $1" >&2; return 1
}
field() { grep -oE "(^| )$1=[^ ]*" | sed 's/^ //' | cut -d= -f2; }
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# A PostgreSQL cluster of our own, with fsync on like a real server.
eval "$(IMALI_PG_FSYNC=on "$root/scripts/pg-cluster.sh" start)"
pg_dir=$IMALI_TEST_PG_DIR
pg_server=$IMALI_TEST_POSTGRES_URL

# Starts a fresh ledger on BACKEND with `imalictl serve` and the PayFast stand-in; sets serve_port, payfast_port.
start_listener() {
    local backend=$1 name=$2 dir="$work/$2" url
    mkdir -p "$dir"
    if [ "$backend" = sqlite ]; then
        url="sqlite://$dir/ledger.sqlite"
    else
        psql -q "$pg_server" -c "CREATE DATABASE $name" >/dev/null
        url="${pg_server%/*}/$name"
    fi
    payfast_port=$(free_port)
    "$bench" payfast "$payfast_port" "$merchant" & pids+=($!)
    wait_port "$payfast_port"
    serve_port=$(free_port)
    mkdir -p -m 0700 "$dir/runtime"
    export XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data XDG_RUNTIME_DIR=$dir/runtime IMALI_KEY_FILE=$dir/key \
        IMALI_DATABASE_URL=$url
    "$ctl" ledger init >/dev/null
    IMALI_ITN_LISTEN=127.0.0.1:$serve_port IMALI_ITN_ALLOWED_SOURCES=127.0.0.1/32 PAYFAST_MERCHANT_ID=$merchant \
        PAYFAST_PASSPHRASE=$passphrase PAYFAST_VALIDATE_URL=http://127.0.0.1:$payfast_port/eng/query/validate \
        "$ctl" serve 2>"$dir/serve.log" & pids+=($!)
    wait_port "$serve_port"
}
stop_all() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    pids=()
}
# The lock on fd 9, opened only while held, so no server started earlier inherits it.
held=0
hold() { exec 9>>"$lock"; flock 9; held=1; }
release() { flock -u 9; exec 9>&-; held=0; }
load() {
    if [ "$held" = 1 ]; then
        "$bench" load "$@" --passphrase "$passphrase" --merchant-id "$merchant"
    else
        flock "$lock" "$bench" load "$@" --passphrase "$passphrase" --merchant-id "$merchant"
    fi
}

echo "# $(date -u +%F) on $(nproc) vCPU ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/^Mem:/ { print $2 }') GiB"
if [[ " $phases " == *" rate "* ]]; then
echo
echo "## $rate ITNs/s for $rate_seconds s, a new connection each"
for backend in $backends; do
    for run in $(seq "$runs"); do
        start_listener "$backend" "rate_${backend}_$run"
        line=$(load "$serve_port" --rate "$rate" --seconds "$rate_seconds" --first-id $(( run * 10000000 )) \
                    --payfast-port "$payfast_port")
        echo "$backend run $run: $line"
        echo "$line" >>"$work/rate-$backend"
        stop_all
    done
done
echo
echo "| backend | sent | answered 200 | p50 ms | p99 ms | max ms | drained s (median) |"
echo "|---|---|---|---|---|---|---|"
for backend in $backends; do
    f="$work/rate-$backend"
    echo "| $backend | $(field sent <"$f" | paste -sd/) | $(field answered_200 <"$f" | paste -sd/) |" \
         "$(field p50_ms <"$f" | median) | $(field p99_ms <"$f" | median) | $(field max_ms <"$f" | median) |" \
         "$(field drained_s <"$f" | median) |"
done
fi

[[ " $phases " == *" connections "* ]] || exit 0
echo
echo "## kept-alive connections, $conn_seconds s each, imalictl serve next to a bare QHttpServer route"
for backend in $backends; do
    for run in $(seq "$runs"); do
        start_listener "$backend" "conn_${backend}_$run"
        ceiling_port=$(free_port)
        "$bench" ceiling "$ceiling_port" & pids+=($!)
        wait_port "$ceiling_port"
        id=$(( 50000000 + run * 1000000 ))
        hold
        for c in 1 16 64 256; do
            line=$(load "$serve_port" --connections "$c" --seconds "$conn_seconds" --first-id "$id" --payfast-port "$payfast_port")
            id=$(( id + 100000 ))
            ceiling=$(load "$ceiling_port" --connections "$c" --seconds "$conn_seconds" --first-id "$id")
            echo "$backend run $run, $c connections: serve: $line"
            echo "$backend run $run, $c connections: ceiling: $ceiling"
            echo "$line" >>"$work/conn-$backend-$c"
            echo "$ceiling" >>"$work/ceiling-$backend-$c"
        done
        release
        stop_all
    done
done
echo
echo "| backend | connections | serve req/s | p50 ms | p99 ms | non-200 | ceiling req/s | p50 ms | p99 ms | serve / ceiling |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for backend in $backends; do
    for c in 1 16 64 256; do
        s="$work/conn-$backend-$c" k="$work/ceiling-$backend-$c"
        srps=$(field rps <"$s" | median) krps=$(field rps <"$k" | median)
        bad=$(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^sent=/) s = substr($i, 6); else if ($i ~ /^answered_200=/) a = substr($i, 14); print s - a }' "$s" | paste -sd/)
        echo "| $backend | $c | $srps | $(field p50_ms <"$s" | median) | $(field p99_ms <"$s" | median) | $bad |" \
             "$krps | $(field p50_ms <"$k" | median) | $(field p99_ms <"$k" | median) |" \
             "$(awk -v a="$srps" -v b="$krps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }') |"
    done
done
