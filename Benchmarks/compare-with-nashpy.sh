#!/usr/bin/env bash
# The bimatrix solver against its peers on the same random games (docs/PERFORMANCE.md).
# Needs python3 with numpy, nashpy and pygambit: pip install nashpy==0.0.43 pygambit==16.7.0
# Usage (from the repository root): bash Benchmarks/compare-with-nashpy.sh [games-per-size]
set -euo pipefail
cd "$(dirname "$0")"
games=$(mktemp --suffix=.json)
trap 'rm -f "$games"' EXIT
python3 nash/make-games.py "${1:-5}" > "$games"
echo "== Anarchy (release, in process) =="
swift run -c release anarchy-bench --nash "$games"
echo "== nashpy $(python3 -c 'import nashpy; print(nashpy.__version__)'), Gambit $(python3 -c 'import pygambit; print(pygambit.__version__)') =="
python3 nash/time-peers.py "$games"
