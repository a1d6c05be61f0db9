#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages SOIP Composer needs, and only those that are missing.
#   scripts/install-deps.sh build   what building and running the app needs
#   scripts/install-deps.sh test    that, plus what the test suite needs (X server, keyring, linters)
#   scripts/install-deps.sh fuzz    build, plus clang and libFuzzer for scripts/fuzz.sh
# Works as root, or as a user who may use sudo. Safe to run again: does nothing when all is there.
set -euo pipefail

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-charts-dev libqt6opengl6-dev  # Charts' CMake package needs Qt6OpenGL's; Debian does not pull it in
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libphonenumber-dev libquazip1-qt6-dev libgl-dev
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
    libsecret-1-0 gnome-keyring dbus-x11
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good
)
test_packages=(
    xvfb xauth dbus gnome-keyring curl clang-format
    desktop-file-utils appstream lintian dpkg-dev file groff-base python3 python3-yaml
    binutils-mingw-w64-x86-64 nsis
)
# Only for scripts/fuzz.sh: libFuzzer comes with clang, not with g++.
fuzz_packages=(clang libfuzzer-14-dev)

packages=("${build_packages[@]}")
if [ "${1:-build}" = test ]; then
    packages+=("${test_packages[@]}")
elif [ "${1:-build}" = fuzz ]; then
    packages+=("${fuzz_packages[@]}")
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "All ${#packages[@]} packages are installed."
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
