#!/usr/bin/env bash
# Builds imali and runs the whole test suite against SQLite and a throwaway PostgreSQL cluster, then
# the fuzz targets for a bounded time ([ $# -gt 0 ] || scripts/fuzz.sh, IMALI_FUZZ_SECONDS per target, default 20;
# only for a whole run: extra ctest arguments pick tests and leave fuzzing out).
#   scripts/test.sh [extra ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
build=${IMALI_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWITH_TESTS=ON >/dev/null
cmake --build "$build" -j"$(nproc)"

eval "$(scripts/pg-cluster.sh start)"
trap 'scripts/pg-cluster.sh stop "$IMALI_TEST_PG_DIR"' EXIT

ctest --test-dir "$build" --output-on-failure -j"$(nproc)" "$@"
[ $# -gt 0 ] || scripts/fuzz.sh
