#!/bin/sh
# Installs the build into a fresh prefix and uses it as another project would: the installed programs index
# and search with their files found relative to the prefix, a program builds against the library through
# find_package(Geofacet) and through pkg-config, and nothing installed names the source or build tree.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1 source=$2
prefix=$(mktemp -d) work=$(mktemp -d)
trap 'rm -rf "$prefix" "$work"' EXIT
fail() { echo "install_test: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null
for f in bin/geofacet-index bin/geofacet-query bin/geofacet-analyze share/geofacet/data/actors.jsonl \
         share/geofacet/dict/names.tsv lib/cmake/Geofacet/GeofacetConfig.cmake lib/pkgconfig/geofacet.pc \
         include/geofacet/search/searcher.h lib/libgeofacet_util.a bin/geofacet-serve \
         share/geofacet/deploy/geofacet-serve.service share/geofacet/deploy/nginx-geofacet.conf \
         share/geofacet/deploy/serve.conf share/geofacet/omega/templates/query; do
  [ -e "$prefix/$f" ] || fail "missing $f"
done
if grep -rl -e "$source" -e "$(cd "$build" && pwd)" "$prefix/bin" "$prefix/lib" "$prefix/share" 2>/dev/null; then
  fail "the files above name the source or build tree"
fi

# The installed programs, moved away from the build tree, find their data relative to themselves.
env -u GEOFACET_SHARE_DIR "$prefix/bin/geofacet-index" --quiet --db "$work/db" "$source/sample-corpus" || fail "index"
out=$("$prefix/bin/geofacet-query" --db "$work/db" --json "石破" | grep -c '"shigeru-ishiba"') || fail "query"
[ "$out" -gt 0 ] || fail "the installed query tool did not find Ishiba"

# The installed service starts on the loopback, finds its files and serves its page and a search.
"$prefix/bin/geofacet-serve" --db "$work/db" --listen 127.0.0.1:0 --threads 1 --quiet >"$work/serve.out" 2>&1 &
serve=$!
for _ in $(seq 1 300); do grep -q listening "$work/serve.out" && break; sleep 0.2; done
base=$(sed -n 's|^geofacet-serve: listening on \(http://[^ ]*\)/$|\1|p' "$work/serve.out")
answers=$(python3 -c 'import sys, urllib.request as u; b = sys.argv[1]
print(u.urlopen(b + "/").read().decode().count("static/app.js"), u.urlopen(b + "/api/search?q=%E7%9F%B3%E7%A0%B4").read().decode().count("shigeru-ishiba") > 0)' "$base") || answers=""
kill "$serve"; wait "$serve" || true
[ "$answers" = "1 True" ] || fail "the installed service did not answer (${base:-no address}): $answers $(cat "$work/serve.out")"

# Another project's program, through the CMake package.
cmake -S "$source/tests/install/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/consumer" >/dev/null || fail "the consumer does not build with find_package(Geofacet)"
got=$(GEOFACET_SHARE_DIR="$prefix/share/geofacet" "$work/consumer/consumer" "石破首相は日本の防衛費を5%に")
echo "$got" | grep -qx 'shigeru-ishiba' || fail "consumer (cmake) printed: $got"
echo "$got" | grep -qx 'JP' || fail "consumer (cmake) printed: $got"

# The same program through pkg-config.
PKG_CONFIG_PATH="$prefix/lib/pkgconfig" c++ -o "$work/consumer-pc" "$source/tests/install/consumer/main.cc" \
  $(PKG_CONFIG_PATH="$prefix/lib/pkgconfig" pkg-config --cflags --libs geofacet) || fail "pkg-config build"
got=$(GEOFACET_SHARE_DIR="$prefix/share/geofacet" "$work/consumer-pc" "Prime Minister Ishiba")
echo "$got" | grep -qx 'shigeru-ishiba' || fail "consumer (pkg-config) printed: $got"
echo "install_test: ok"
