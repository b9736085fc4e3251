#!/bin/sh
# The main job: install what is missing, build, index sample-corpus/ into build/index, run an example search.
# Usage: ./demo.sh ["another query"]
#        ./demo.sh --serve [HOST:PORT]   the same, then serves the search page and API (default 127.0.0.1:8080)
set -eu
cd "$(dirname "$0")"
./install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2
rm -rf build/index
./build/bin/geofacet-index --db build/index sample-corpus/
if [ "${1:-}" = "--serve" ]; then
  # Prints "geofacet-serve: listening on http://HOST:PORT/"; Ctrl-C stops it.
  exec ./build/bin/geofacet-serve --db build/index --listen "${2:-127.0.0.1:8080}"
fi
./build/bin/geofacet-query --db build/index --limit 10 "${1:-Japan defence 5 percent}"
