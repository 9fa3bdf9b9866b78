#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang with ASan and UBSan, in a build folder of their own) and
# runs each for a bounded time from its seed corpus. Exits non-zero when a target finds an input that
# crashes it or breaks one of its properties; the input is kept in $build/fuzz/artifacts.
#   scripts/fuzz.sh [seconds per target, default 20]      (IMALI_FUZZ_BUILD_DIR, default build-fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-${IMALI_FUZZ_SECONDS:-20}}
build=${IMALI_FUZZ_BUILD_DIR:-build-fuzz}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWITH_FUZZERS=ON \
    -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build" -j"$(nproc)"

artifacts="$build/fuzz/artifacts"
mkdir -p "$artifacts"
work=$(mktemp -d /tmp/imali-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
failed=()
for target in fuzz_form fuzz_signature fuzz_money fuzz_csv; do
    # New inputs go to a scratch corpus; the committed seeds are only read.
    mkdir -p "$work/$target"
    echo "== $target: ${seconds} s"
    if ! "$build/fuzz/$target" -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$target-" \
        "$work/$target" "tests/fuzz/corpus/$target" >"$work/$target.log" 2>&1; then
        failed+=("$target")
        grep -E "property broken|ERROR|SUMMARY|runtime error|Test unit written" "$work/$target.log" | head -20 || true
        continue
    fi
    grep -E "^stat::number_of_executed_units|^Done" "$work/$target.log" || true
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]} (inputs in $artifacts; rerun one with $build/fuzz/TARGET FILE)" >&2
    exit 1
fi
echo "fuzzing: no crash and no broken property in 4 targets × ${seconds} s"
