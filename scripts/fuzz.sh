#!/usr/bin/env bash
# Runs the real libFuzzer programs of tests/fuzz (clang 14, ASan + UBSan, Qt's asserts forced on).
#   scripts/fuzz.sh                  every target for 60 seconds each, one after the other
#   scripts/fuzz.sh all SECONDS      every target for that long
#   scripts/fuzz.sh TARGET [SECONDS] one target (draft, recipients, outcome, autosave, sandbox,
#                                    spreadsheet, campaignfile)
#   FUZZ_RUNS=10000000 scripts/fuzz.sh ...  stop each target after that many executions, or the
#                                           seconds, whichever comes first
# New inputs go to build/fuzz/corpus/TARGET (the committed seeds in tests/fuzz/corpus are only
# read); a crash, leak or hang leaves its input in build/fuzz/artifacts/. Copy it into
# tests/fuzz/reproducers/TARGET when it is fixed, so the normal suite runs it from then on.
# One fuzzer runs at a time, niced: the machine is shared.
#
# Inputs are at most 4 KiB (libFuzzer's and OSS-Fuzz's default), recipients 512 bytes: every
# structure fits, and a 64 KiB draft took 0.4 s under ASan, which held the rate near 40 a second.
# Huge inputs are the job of tst_hostileinput and the "Hostile files" rows of bench_core.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(draft recipients outcome autosave sandbox spreadsheet campaignfile)
if [ $# -ge 1 ] && [ "$1" != all ]; then
    targets=("$1")
fi
seconds=${2:-60}

scripts/install-deps.sh fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]/#/fuzz_}"

mkdir -p build/fuzz/artifacts
# Recording every allocation's stack took more than half of a run under ASan (autosave: 1,666
# executions a second with Sanitizers' default 30 frames, 3,750 with none). A report still shows
# the bad access and its stack, and the saved input replays with allocation stacks too:
#   ASAN_OPTIONS=malloc_context_size=30 build/fuzz/tests/fuzz/fuzz_TARGET build/fuzz/artifacts/FILE
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=0}"
max_len_of() {
    case "$1" in
    recipients) echo 512 ;; # each number goes through libphonenumber as well as the fast path
    *) echo 4096 ;;
    esac
}

for target in "${targets[@]}"; do
    mkdir -p "build/fuzz/corpus/$target"
    limit=(-max_total_time="$seconds")
    if [ -n "${FUZZ_RUNS:-}" ]; then
        limit+=(-runs="$FUZZ_RUNS")
    fi
    echo "== fuzz_$target ${limit[*]}"
    # libFuzzer stops at a folder that is not there; a target may have no reproducers yet.
    inputs=("build/fuzz/corpus/$target")
    for dir in "tests/fuzz/corpus/$target" "tests/fuzz/reproducers/$target"; do
        [ -d "$dir" ] && inputs+=("$dir")
    done
    nice -n 10 "build/fuzz/tests/fuzz/fuzz_$target" \
        "${limit[@]}" -max_len="$(max_len_of "$target")" -timeout=10 -rss_limit_mb=3072 -print_final_stats=1 \
        -artifact_prefix="build/fuzz/artifacts/$target-" \
        "${inputs[@]}"
done
