#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole test suite.
#   scripts/test.sh          the dev preset (warnings are errors)
#   scripts/test.sh --asan   the same under AddressSanitizer + UndefinedBehaviorSanitizer
set -euo pipefail
cd "$(dirname "$0")/.."

preset=dev
[ "${1:-}" = --asan ] && preset=asan

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

exec dbus-run-session -- bash -c '
    echo -n soip-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir "build/'"$preset"'" --output-on-failure --no-tests=error -j2'
