#!/bin/sh
# Prints the benchmark figures: analysis speed against plain Xapian TermGenerator, then whole indexing into
# a database against a plain Xapian indexer of the same text, in the same run. Argument: megabytes per language.
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2 --target geofacet-bench geofacet-dictionaries >/dev/null
./build/bin/geofacet-bench sample-corpus "${1:-2}"
