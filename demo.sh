#!/bin/sh
# The main job: install what is missing, build, index sample-corpus/ into build/index, run an example search.
# Usage: ./demo.sh ["another query"]
set -eu
cd "$(dirname "$0")"
./install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2
rm -rf build/index
./build/bin/geofacet-index --db build/index sample-corpus/
./build/bin/geofacet-query --db build/index --limit 10 "${1:-Japan defence 5 percent}"
