#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a free loopback port, for the tests.
#   eval "$(scripts/pg-cluster.sh start)"   prints IMALI_TEST_POSTGRES_URL=... and IMALI_TEST_PG_DIR=...
#   scripts/pg-cluster.sh stop DIR          stops it and removes its files
# fsync is off (tests need no data to survive a power cut); IMALI_PG_FSYNC=on makes it durable, for benchmarks.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] || { echo "PostgreSQL server binaries not found; run scripts/install-deps.sh" >&2; exit 1; }

as_owner() {
    # initdb and postgres refuse to run as root: use the postgres account then.
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
    dir=$(mktemp -d /tmp/imali-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # Every role is trusted, except one the tests give a password (a console opening PostgreSQL with the
    # password from its keychain): its line comes first, so it wins.
    hba="$dir/data/pg_hba.conf"
    rules=$(cat "$hba")
    printf 'host all imali_password_test 127.0.0.1/32 scram-sha-256\n%s\n' "$rules" >"$hba" # keeps owner and mode
    # Below the ephemeral range (32768–60999), which busy tests fill with client ports; a port that
    # still can't be bound (another program's) moves us to the next one.
    port=""
    for candidate in $(seq 25432 25531); do
        (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null && continue
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-p $candidate -k $dir -c listen_addresses=127.0.0.1 -c fsync=${IMALI_PG_FSYNC:-off} -c max_connections=200" \
            start >/dev/null; then
            port=$candidate
            break
        fi
    done
    [ -n "$port" ] || { echo "PostgreSQL did not start on any port from 25432 to 25531:" >&2; cat "$dir/server.log" >&2; exit 1; }
    echo "export IMALI_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:$port/postgres"
    echo "export IMALI_TEST_PG_DIR=$dir"
    echo "export IMALI_TEST_PG_BIN=$bindir"
    ;;
stop)
    dir=${2:?usage: pg-cluster.sh stop DIR}
    [ -d "$dir/data" ] && as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*)
    echo "usage: pg-cluster.sh start | stop DIR" >&2
    exit 2
    ;;
esac
