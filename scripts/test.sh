#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole test suite.
#   scripts/test.sh          the dev preset (warnings are errors)
#   scripts/test.sh --asan   the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   scripts/test.sh --all    dev, then asan (the fuzz corpus and every reproducer run in both)
# Extra arguments go to ctest (e.g. -L fuzz, -R tst_validator).
set -euo pipefail
cd "$(dirname "$0")/.."

presets=(dev)
case "${1:-}" in
--asan) presets=(asan); shift ;;
--all) presets=(dev asan); shift ;;
esac

if [ ${#presets[@]} -gt 1 ]; then
    for preset in "${presets[@]}"; do
        start=$(date +%s)
        if [ "$preset" = dev ]; then "$0" "$@"; else "$0" --"$preset" "$@"; fi
        echo "== $preset: $(( $(date +%s) - start )) s"
    done
    exit 0
fi
preset=${presets[0]}

scripts/install-deps.sh test
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

# The tests get a throw-away home, their own D-Bus session and an unlocked gnome-keyring, so the
# keychain is exercised for real and nothing touches the user's own keyring or settings.
test_home=$(mktemp -d)
trap 'rm -rf "$test_home"' EXIT
export HOME="$test_home" XDG_CONFIG_HOME="$test_home/.config" XDG_DATA_HOME="$test_home/.local/share"
export XDG_CACHE_HOME="$test_home/.cache" XDG_RUNTIME_DIR="$test_home/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
if [ "$preset" = asan ]; then
    # GStreamer and PulseAudio (under Qt Multimedia) keep some allocations until exit; they are
    # suppressed by library (tests/sanitizers/lsan.supp). Suppressions match on the allocating
    # stack, which only the slow unwinder sees through those libraries, so it is on, kept short.
    export ASAN_OPTIONS="fast_unwind_on_malloc=0:malloc_context_size=20"
    export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
fi

exec dbus-run-session -- bash -c '
    echo -n soip-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir "build/'"$preset"'" --output-on-failure --no-tests=error -j2 "$@"' bash "$@"
