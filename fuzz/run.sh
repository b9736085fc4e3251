#!/bin/sh
# Runs each fuzz target for SECONDS (default 60) from seeds: the sample corpus's articles, titles and
# judged queries, and the inputs in fuzz/reproducers/ that once broke the indexer or the query tool.
# A crash, a leak, a sanitizer report, a timeout (10 s) or more than 2 GB of memory fails the run; the
# input that did it is saved in BUILD/fuzz-findings/.
# Usage: fuzz/run.sh BUILD_DIR [SECONDS]
set -eu
build=$(cd "$1" && pwd) seconds=${2:-60}
source=$(cd "$(dirname "$0")/.." && pwd)
work=$build/fuzz-work
rm -rf "$work" && mkdir -p "$work" "$build/fuzz-findings"

# Seeds: one article a file, one title or body a file, one query a file.
/usr/bin/python3 - "$source" "$work" <<'PY'
import json, os, sys
source, work = sys.argv[1], sys.argv[2]
for target in ("article", "analyzer", "query"):
    os.makedirs(f"{work}/seeds-{target}", exist_ok=True)
n = 0
for name in ("en.jsonl", "ja.jsonl"):
    for line in open(f"{source}/sample-corpus/{name}", encoding="utf-8"):
        n += 1
        open(f"{work}/seeds-article/{n}", "w", encoding="utf-8").write(line)
        a = json.loads(line)
        open(f"{work}/seeds-analyzer/{n}", "w", encoding="utf-8").write(a["title"] + "\n" + a["body"][:600])
        open(f"{work}/seeds-query/{n}", "w", encoding="utf-8").write(a["title"])
for i, line in enumerate(open(f"{source}/tests/data/judged/queries.tsv", encoding="utf-8")):
    if i:
        open(f"{work}/seeds-query/judged-{i}", "w", encoding="utf-8").write(line.rstrip("\n").split("\t")[3])
PY

export GEOFACET_FUZZ_CORPUS="$source/sample-corpus"
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
status=0
for target in article analyzer query; do
  mkdir -p "$work/corpus-$target"
  echo "fuzz: $target for ${seconds}s" >&2
  # A target without reproducers has no folder of them (git keeps no empty folder), and libFuzzer stops at a
  # missing one.
  set -- "$work/corpus-$target" "$work/seeds-$target"
  [ -d "$source/fuzz/reproducers/$target" ] && set -- "$@" "$source/fuzz/reproducers/$target"
  if ! "$build/bin/${target}_fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=131072 \
      -print_final_stats=1 -artifact_prefix="$build/fuzz-findings/$target-" "$@" >"$work/$target.log" 2>&1; then
    echo "fuzz: $target FAILED; its log: $work/$target.log; the input: $build/fuzz-findings/" >&2
    tail -40 "$work/$target.log" >&2
    status=1
  else
    grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$work/$target.log" | sed "s/^/fuzz: $target /" >&2
  fi
done
exit $status
