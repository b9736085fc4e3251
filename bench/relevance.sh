#!/bin/sh
# Prints the relevance figures of the judged development set (tests/data/judged) over every article the
# project holds: the sample corpus, the staging pairs while they are staged, and the holdout articles.
# Usage: bench/relevance.sh [PROGRAM] [more options, e.g. --per-query]
set -eu
cd "$(dirname "$0")/.."
program="${1:-build/bin/geofacet-relevance}"
[ $# -gt 0 ] && shift
set -- "$@" sample-corpus tests/data/holdout/articles.jsonl
for f in tests/data/staging/pairs-en.jsonl tests/data/staging/pairs-ja.jsonl; do
  [ -f "$f" ] && set -- "$@" "$f"
done
exec "$program" --judged tests/data/judged "$@"
