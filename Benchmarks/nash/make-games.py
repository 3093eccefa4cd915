"""Random bimatrix games for the equilibrium-solver benchmark (same games for Anarchy and the peers).

Usage: python3 make-games.py [games-per-size] > games.json
Square games 2x2 ... 8x8, payoffs uniform on [-1, 1] rounded to 4 decimals (nondegenerate with
probability ~1), numpy seed 7.
"""
import json
import sys

import numpy as np

per_size = int(sys.argv[1]) if len(sys.argv) > 1 else 5
rs = np.random.RandomState(7)
games = []
for size in range(2, 9):
    for _ in range(per_size):
        games.append({"A": np.round(rs.uniform(-1, 1, (size, size)), 4).tolist(),
                      "B": np.round(rs.uniform(-1, 1, (size, size)), 4).tolist()})
json.dump({"games": games}, sys.stdout)
