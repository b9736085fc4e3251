#!/bin/sh
# House rule: a function fits on a screen. clang-tidy's readability-function-size, at most LINES lines
# (default 60, comments and blank lines included), over the library, the programs and the benchmarks; the
# tests' tables may be longer. Prints each function that is too long, with file and line, and fails.
# Usage: tests/house/function_size.sh BUILD_DIR [LINES]   (BUILD_DIR holds compile_commands.json)
set -eu
build=$1 lines=${2:-60}
source=$(cd "$(dirname "$0")/../.." && pwd)
command -v clang-tidy >/dev/null || { echo "function_size: clang-tidy is not installed (./install-deps.sh)" >&2; exit 1; }
[ -f "$build/compile_commands.json" ] || { echo "function_size: no $build/compile_commands.json" >&2; exit 1; }
config="{CheckOptions: [{key: readability-function-size.LineThreshold, value: $lines}]}"
report=$(/usr/bin/python3 - "$build/compile_commands.json" "$source" <<'PY' | xargs -P 2 -n 4 clang-tidy --quiet --use-color=false -p "$build" -checks='-*,readability-function-size' -config="$config" 2>/dev/null || true
import json, sys
source = sys.argv[2]
dirs = tuple(f"{source}/{d}/" for d in ("plugins", "indexer", "query", "service", "dictc", "bench"))
for f in sorted({e["file"] for e in json.load(open(sys.argv[1]))}):
    if f.startswith(dirs):
        print(f)
PY
)
long=$(printf '%s\n' "$report" | grep -E 'warning: function|note: [0-9]+ lines' | paste - - |
       sed -E 's/^([^ ]+): warning: function (.*) exceeds.*note: ([0-9]+) lines.*/\1 \2 \3 lines/' | sort -u)
if [ -n "$long" ]; then
  printf 'functions longer than %s lines:\n%s\n' "$lines" "$long" >&2
  exit 1
fi
echo "every function is at most $lines lines"
