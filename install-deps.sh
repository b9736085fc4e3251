#!/bin/sh
# Installs the Debian packages Geofacet needs, only those that are missing (through sudo when not root).
# The last line: the search service (cpp-httplib), the browser test of its page (chromium, its driver and
# selenium) and a Japanese font, so that the page's screenshots show Japanese.
set -eu

PACKAGES="g++ make cmake pkg-config
libxapian-dev xapian-tools xapian-omega python3 python3-xapian
libicu-dev nlohmann-json3-dev libgtest-dev
mecab libmecab-dev mecab-ipadic-utf8 enamdict edict
clang libclang-rt-14-dev clang-tidy
libcpp-httplib-dev chromium chromium-driver python3-selenium fonts-ipafont-gothic"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing$missing" >&2
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
