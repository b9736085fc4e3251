#!/bin/sh
# The whole test suite. Installs what is missing; builds with warnings as errors and runs every test
# through ctest (build/); then builds the same suite with clang under AddressSanitizer and
# UndefinedBehaviorSanitizer and runs it again (build-sanitize/), and runs each fuzz target for a while
# (GEOFACET_FUZZ_SECONDS, default 60). `./test.sh --quick` stops after the first stage.
set -eu
cd "$(dirname "$0")"
./install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DGEOFACET_WERROR=ON >/dev/null
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2
[ "${1:-}" = "--quick" ] && exit 0

CXX=clang++ cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGEOFACET_WERROR=ON \
  -DGEOFACET_SANITIZE=ON -DGEOFACET_FUZZ=ON >/dev/null
cmake --build build-sanitize -j2
# Installing and the house rules are proven by the first stage; a sanitized library is not for other
# programs to link.
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-sanitize --output-on-failure -j2 -E 'installed_library_and_programs_work|functions_fit_on_a_screen'
fuzz/run.sh build-sanitize "${GEOFACET_FUZZ_SECONDS:-60}"
