#!/bin/sh
# The whole test suite: install what is missing, build, run every test through ctest.
set -eu
cd "$(dirname "$0")"
./install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DGEOFACET_WERROR=ON >/dev/null
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2
