#!/usr/bin/env bash
# Fails when a C++ file of the project is not formatted as .clang-format says, and names the files.
set -euo pipefail
cd "$1"
command -v clang-format >/dev/null || { echo "clang-format is not installed (scripts/install-deps.sh test installs it)"; exit 1; }
bad=()
while IFS= read -r -d '' file; do
    clang-format --dry-run --Werror "$file" >/dev/null 2>&1 || bad+=("$file")
done < <(find app core ui tests \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
if [ ${#bad[@]} -gt 0 ]; then
    echo "Not clang-formatted (run clang-format -i on them):"
    printf '  %s\n' "${bad[@]}"
    exit 1
fi
echo "All C++ files are clang-formatted."
