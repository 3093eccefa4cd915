#!/usr/bin/env bash
# Makes sure a headless Chromium is available (installing Debian's package as root with apt when
# it is not) and prints its path. Used by the report tests: `bash scripts/chromium.sh`.
set -euo pipefail
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then command -v "$candidate"; exit 0; fi
done
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "no Chromium found, and installing one needs root and apt-get" >&2
  exit 3
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
command -v chromium
