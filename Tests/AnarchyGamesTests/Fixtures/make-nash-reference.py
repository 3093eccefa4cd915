"""Reference equilibria for the bimatrix solver tests, from the standard peers.

Run: python3 make-nash-reference.py > nash-reference.json   (pygambit 16.7, nashpy 0.0.43, numpy)

Random games with payoffs uniform on [-1, 1] rounded to 4 decimals (nondegenerate with
probability ~1) of sizes up to 8x8, seeded; plus classic degenerate games. For each game the
equilibria of Gambit's enummixed (lrs-style vertex enumeration; all extreme equilibria) are
recorded, and whether nashpy's vertex enumeration and support enumeration agree with them.
"""
import json
import sys

import nashpy
import numpy as np
import pygambit as gbt


def key(eq):
    return [round(p, 9) for p in eq[0] + eq[1]]


def canonical(eqs):
    out = []
    for row, col in sorted(eqs, key=key):
        if not out or key(out[-1]) != key((row, col)):
            out.append((row, col))
    return out


def gambit(A, B):
    g = gbt.Game.from_arrays(A, B)
    result = gbt.nash.enummixed_solve(g, rational=False)
    return canonical([tuple([float(eq[s]) for s in p.strategies] for p in g.players) for eq in result.equilibria])


def from_nashpy(eqs):
    return canonical([([float(v) for v in r], [float(v) for v in c]) for r, c in eqs])


def same(a, b):
    return len(a) == len(b) and all(np.allclose(x[0] + x[1], y[0] + y[1], atol=1e-7) for x, y in zip(a, b))


games = []
rs = np.random.RandomState(20261123)
sizes = [(2, 2)] * 10 + [(2, 3)] * 5 + [(3, 3)] * 10 + [(3, 5)] * 5 + [(4, 4)] * 8 + [(5, 5)] * 6 + \
        [(6, 4)] * 4 + [(6, 6)] * 4 + [(7, 7)] * 3 + [(8, 8)] * 4 + [(8, 5)] * 2
for m, n in sizes:
    A = np.round(rs.uniform(-1, 1, (m, n)), 4)
    B = np.round(rs.uniform(-1, 1, (m, n)), 4)
    games.append(("random", A, B))
# Degenerate games: von Stengel (2002) 3x2 degenerate example (Handbook of Game Theory vol. 3, ch. 45, §2.6); a game with a row of ties; matching pennies.
games.append(("degenerate", np.array([[3., 3.], [2., 5.], [0., 6.]]), np.array([[3., 3.], [2., 6.], [3., 1.]])))
games.append(("degenerate", np.array([[1., 1.], [1., 1.]]), np.array([[1., 0.], [0., 1.]])))
games.append(("degenerate", np.array([[2., 0.], [2., 1.], [0., 3.]]), np.array([[1., 1.], [0., 2.], [2., 0.]])))
games.append(("random", np.array([[1., -1.], [-1., 1.]]), np.array([[-1., 1.], [1., -1.]])))

records = []
for kind, A, B in games:
    reference = gambit(A, B)
    g = nashpy.Game(A, B)
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        vertex = from_nashpy(g.vertex_enumeration())
        support = from_nashpy(g.support_enumeration()) if A.size <= 36 else None
    records.append({
        "kind": kind, "A": A.tolist(), "B": B.tolist(),
        "equilibria": [{"row": r, "column": c} for r, c in reference],
        "nashpy_vertex_agrees": same(reference, vertex),
        "nashpy_support_agrees": None if support is None else same(reference, support),
    })
json.dump({"generator": "make-nash-reference.py", "gambit": gbt.__version__, "nashpy": nashpy.__version__,
           "games": records}, sys.stdout, indent=None)
print()
