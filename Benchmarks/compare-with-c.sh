#!/usr/bin/env bash
# Times the release `anarchy sdw1` against the C port of the spec (Benchmarks/c/sdw1.c) on the
# benchmark workloads: best of R runs each (default 5), the two programs interleaved, same machine,
# same moment. Prints wall seconds and the ratio Swift / C (the bar: ≤ 1.1 single-threaded), and
# checks that both print the same digest.
# Usage: Benchmarks/compare-with-c.sh [runs]     (from the repository root)
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
swift build -c release >/dev/null
bin="$root/.build/release/anarchy"
cbin="$root/.build/sdw1-c"
cc -O2 -fno-fast-math -ffp-contract=off -o "$cbin" Benchmarks/c/sdw1.c -lm

now() { date +%s.%N; }
best() { printf '%s\n' "$@" | sort -g | head -n 1; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", a - b }'; }

compare() {
  local label=$1 threads=$2; shift 2
  local cs=() ss=() cd sd
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(now); cd=$("$cbin" "$@"); t1=$(now); cs+=("$(minus "$t1" "$t0")")
    t0=$(now); sd=$("$bin" sdw1 "$@" --threads "$threads" | tail -n 1); t1=$(now); ss+=("$(minus "$t1" "$t0")")
    [ "$cd" = "$sd" ] || { echo "digest mismatch on $label: C $cd, Swift $sd" >&2; exit 1; }
  done
  local c s
  c=$(best "${cs[@]}"); s=$(best "${ss[@]}")
  awk -v l="$label" -v t="$threads" -v c="$c" -v s="$s" \
    'BEGIN { printf "%-44s threads=%s  C %.4f s  Swift %.4f s  Swift/C %.3f  C/Swift %.2f\n", l, t, c, s, s / c, c / s }'
}

compare "n=1000 k=4 ticks=1000 (wars)" 1 --n 1000 --k 4 --ticks 1000
compare "n=1000 k=4 ticks=1000 --attack-ratio 1000" 1 --n 1000 --k 4 --ticks 1000 --attack-ratio 1000
compare "n=100 k=2 ticks=10000" 1 --n 100 --k 2 --ticks 10000
compare "n=1000 k=4 ticks=1000 --attack-ratio 1000" 2 --n 1000 --k 4 --ticks 1000 --attack-ratio 1000
