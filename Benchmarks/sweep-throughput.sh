#!/usr/bin/env bash
# Issue 7's throughput and memory bars: 10,000 runs of SDW-1 (n = 50, 200 ticks) stored, on 1 and
# 2 threads, and the peak memory of 10,000 against 100,000 runs. Needs a release build:
#   swift build -c release --product anarchy && bash Benchmarks/sweep-throughput.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
anarchy=${ANARCHY:-$here/../.build/release/anarchy}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for threads in 1 2; do
  /usr/bin/time -f "threads $threads: %e s wall, %M KiB peak" "$anarchy" sweep "$here/sweep/throughput.yaml" --store "$work/t$threads.sqlite" --threads "$threads"
done
cmp <("$anarchy" results "$work/t1.sqlite" --runs --format csv) <("$anarchy" results "$work/t2.sqlite" --runs --format csv) && echo "1 and 2 threads: identical runs"
/usr/bin/time -f "100,000 runs: %e s wall, %M KiB peak" "$anarchy" sweep "$here/sweep/throughput-100k.yaml" --store "$work/big.sqlite" --quiet
ls -l "$work"/*.sqlite
