#!/usr/bin/env bash
# Installs what is missing, builds SOIP Composer and starts it on its built-in sandbox account,
# so it works without a Kaleyra account.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh build
cmake --preset release >/dev/null
# Only the two programs: the test suite is scripts/test.sh's job.
cmake --build --preset release --target soip-composer soip

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "Built build/release/app/gui/soip-composer, but there is no display to show it on." >&2
    echo "Run it from a desktop session, or under Xvfb: xvfb-run build/release/app/gui/soip-composer --sandbox" >&2
    exit 1
fi
exec build/release/app/gui/soip-composer --sandbox "$@"
