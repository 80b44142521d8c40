#!/bin/sh
# run-fuzzer.sh <fuzzer binary> <work corpus dir> <seed corpus dir> [dictionary]
# Fuzzes for $PD_FUZZ_SECONDS (default 60). Exit status is libFuzzer's: non-zero on a crash, leak, timeout or a
# failed invariant; the reproducer is written next to the work corpus.
set -eu
bin=$1
work=$2
seeds=$3
dict=${4:-}
mkdir -p "$work"
set -- -max_total_time="${PD_FUZZ_SECONDS:-60}" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$work/"
if [ -n "$dict" ]; then
    set -- "$@" -dict="$dict"
fi
exec "$bin" "$@" "$work" "$seeds"
