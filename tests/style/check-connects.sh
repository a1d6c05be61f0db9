#!/usr/bin/env bash
# Fails on a connect() without a context object: `connect(sender, &Class::signal, [..] {..})` or a
# free function. Its functor outlives whatever it captured once the receiver is gone. Qt 6.7+
# refuses these with QT_NO_CONTEXTLESS_CONNECT (set in cmake/SoipCommon.cmake); Qt 6.4 does not.
set -euo pipefail
cd "$1"
found=$(grep -rnE 'connect\(\s*[^,()]+,\s*&[A-Za-z_:]+,\s*(\[|std::|[a-z][A-Za-z_]*\))' \
            --include='*.cpp' --include='*.h' app core ui tests || true)
if [ -n "$found" ]; then
    echo "connect() without a context object (pass the receiver or 'this' before the functor):"
    echo "$found"
    exit 1
fi
echo "Every connect() has a context object."
