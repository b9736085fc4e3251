#!/bin/sh
# Prints the benchmark figures, each against plain Xapian on the same data in the same run.
#   ./bench/run.sh [MB]              analysis speed and indexing into a database (MB of text per language)
#   ./bench/run.sh queries [N] ...   query and facet times on a generated archive of N articles (default 100000);
#                                    further arguments go to geofacet-bench (--runs N, --shards N, --work DIR)
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2 --target geofacet-bench geofacet-index geofacet-dictionaries >/dev/null
if [ "${1:-}" = queries ]; then
  shift
  articles=${1:-100000}
  [ $# -gt 0 ] && shift
  exec ./build/bin/geofacet-bench queries --articles "$articles" "$@"
fi
exec ./build/bin/geofacet-bench analysis --corpus sample-corpus --mb "${1:-2}"
