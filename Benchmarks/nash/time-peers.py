"""Times nashpy and Gambit on the benchmark games: mean seconds per game by size.

Usage: python3 time-peers.py games.json   (nashpy 0.0.43, pygambit 16.7)
Prints one line per size: nashpy support enumeration (default arguments, as users call it),
nashpy vertex enumeration, Gambit enummixed, and how many equilibria each found.
"""
import json
import sys
import time
import warnings

import nashpy
import numpy as np
import pygambit as gbt

warnings.simplefilter("ignore")
games = json.load(open(sys.argv[1]))["games"]
by_size = {}
for g in games:
    by_size.setdefault(len(g["A"]), []).append(g)
for size, group in sorted(by_size.items()):
    row = {}
    for name in ["nashpy-support", "nashpy-vertex", "gambit-enummixed"]:
        total, found = 0.0, []
        for g in group:
            A, B = np.array(g["A"]), np.array(g["B"])
            start = time.perf_counter()
            if name == "nashpy-support":
                eqs = list(nashpy.Game(A, B).support_enumeration())
            elif name == "nashpy-vertex":
                eqs = list(nashpy.Game(A, B).vertex_enumeration())
            else:
                eqs = gbt.nash.enummixed_solve(gbt.Game.from_arrays(A, B), rational=False).equilibria
            total += time.perf_counter() - start
            found.append(len(eqs))
        row[name] = (total / len(group), found)
    print(f"{size}x{size}: " + "; ".join(f"{k} {v[0] * 1e3:.3f} ms/game (equilibria {v[1]})" for k, v in row.items()))
