#!/usr/bin/env bash
# Runs a command (by default `swift test`, the README's test command) and checks that it left the
# machine as it found it: no package installed or removed (Debian's or Python's), no new daemon
# (a process it started, adopted by init and still running) or listening socket left behind, nothing written under /etc, /usr,
# /opt, /var/lib or /var/spool. Exit status: the command's, or 3 if it changed the machine.
#   bash scripts/no-side-effects.sh [COMMAND…]
# .ci/run runs the test suite through it. Writes the build makes (the repository's .build,
# SwiftPM's caches) and temporary folders are the command's own and not checked.
set -uo pipefail
[ $# -gt 0 ] || set -- swift test
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT

snapshot() {
  { command -v dpkg-query >/dev/null && dpkg-query -W -f '${Package} ${Version}\n' | sort; } > "$state/$1.packages" 2>/dev/null || true
  { command -v python3 >/dev/null && python3 -m pip list --format=freeze --disable-pip-version-check 2>/dev/null | sort; } > "$state/$1.pip" || true
  ps -eo pid= | tr -d ' ' | sort > "$state/$1.pids"
  { command -v ss >/dev/null && ss -H -ltn | awk '{ print $4 }' | sort -u; } > "$state/$1.sockets" 2>/dev/null || true
}

snapshot before
touch "$state/marker"
sleep 1  # file times have a resolution; a file written in the same second as the marker would be missed
"$@"
status=$?
snapshot after

changed=0
# Daemons left behind: processes adopted by init that did not exist before the command and are
# still alive two seconds after it (a process that was already running and was merely re-parented,
# such as a shell that started this script, is not the command's).
new_daemons() {
  ps -eo ppid=,pid= | awk '$1 == 1 { print $2 }' | sort | comm -23 - "$state/before.pids"
}
left=$(new_daemons)
if [ -n "$left" ]; then
  sleep 2
  still=$(for pid in $left; do kill -0 "$pid" 2>/dev/null && ps -o pid=,args= -p "$pid"; done)
  if [ -n "$still" ]; then
    echo "no-side-effects: the command left processes running:" >&2
    echo "$still" >&2
    changed=1
  fi
fi
for kind in packages pip sockets; do
  if ! diff -u "$state/before.$kind" "$state/after.$kind" > "$state/$kind.diff"; then
    echo "no-side-effects: the command changed the machine's $kind:" >&2
    sed -n '3,40p' "$state/$kind.diff" >&2
    changed=1
  fi
done
written=$(find /etc /usr /opt /var/lib /var/spool -xdev -newer "$state/marker" \
  -not -path '/var/lib/apt/*' -not -path '/var/lib/dpkg/*' -not -path '/var/lib/systemd/*' -not -path '/var/lib/slurm*' -not -path '/var/spool/slurm*' \
  2>/dev/null | head -20)
if [ -n "$written" ]; then
  echo "no-side-effects: the command wrote outside its temporary folders:" >&2
  echo "$written" >&2
  changed=1
fi
if [ "$changed" = 1 ]; then
  echo "no-side-effects: '$*' changed the machine (exit status of the command: $status)" >&2
  exit 3
fi
echo "no-side-effects: '$*' left the machine as it found it (no package, daemon, socket or system file changed)" >&2
exit "$status"
