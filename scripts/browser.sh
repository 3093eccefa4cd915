#!/usr/bin/env bash
# Makes sure a browser is available, headless Chromium or Firefox (installing Debian's package as
# root with apt when it is not), and prints its path: `bash scripts/browser.sh chromium|firefox`.
# With --find it only looks and never installs (the tests use this; scripts/setup.sh installs):
# `bash scripts/browser.sh --find chromium` prints the path or exits 3.
set -euo pipefail
find_only=false
if [ "${1:-}" = --find ]; then find_only=true; shift; fi
case "${1:-chromium}" in
  chromium) candidates="chromium chromium-browser google-chrome"; package=chromium ;;
  firefox) candidates="firefox-esr firefox"; package=firefox-esr ;;
  *) echo "usage: scripts/browser.sh chromium|firefox" >&2; exit 2 ;;
esac
# Prints the first candidate on PATH and exits; returns if there is none.
print_found() {
  for candidate in $candidates; do
    if command -v "$candidate" >/dev/null 2>&1; then command -v "$candidate"; exit 0; fi
  done
}
print_found
if $find_only; then
  echo "no $1 found (scripts/setup.sh installs it as root with apt)" >&2
  exit 3
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "no $1 found, and installing one needs root and apt-get" >&2
  exit 3
fi
# One install at a time: the tests ask for both browsers at once, and apt holds a lock.
exec 9>/tmp/anarchy-browser-install.lock
flock 9
print_found
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null
print_found
echo "installed $package, but found none of: $candidates" >&2
exit 3
