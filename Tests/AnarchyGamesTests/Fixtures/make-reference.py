"""Regenerates the reference tournament fixtures from the Python Axelrod library.

Usage:  pip install axelrod==4.14.0 && python3 make-reference.py   (writes reference-*.json here)

Each fixture holds, for the 21 deterministic strategies of shared/specs/tournament.md (in its
index order), one tournament's results as Axelrod computes them: every match's action sequence
summary (both sides' totals and cooperation counts), and the tournament's ranking, wins,
payoff matrix, normalised scores and cooperation matrix. They are results of the reference
library, not data: the tests compare the engine's own results with them exactly.
"""
import json
import os

import axelrod as axl

STRATEGIES = [
    axl.Cooperator, axl.Defector, axl.TitForTat, axl.Grudger, axl.TitFor2Tats, axl.TwoTitsForTat,
    axl.SuspiciousTitForTat, axl.WinStayLoseShift, axl.Alternator, axl.CyclerCCD, axl.CyclerDDC,
    axl.GoByMajority, axl.Bully, axl.Prober, axl.HardTitForTat, axl.Gradual, axl.FirstByDavis,
    axl.FirstByShubik, axl.FirstByTidemanAndChieruzzi, axl.FirstByNydegger,
    axl.FirstBySteinAndRapoport,
]
GAMES = {"pd": (3, 0, 5, 1), "stag-hunt": (4, 1, 3, 2)}


def run(game_name, turns, repetitions=2):
    r, s, t, p = GAMES[game_name]
    game = axl.Game(r=r, s=s, t=t, p=p)
    players = [cls() for cls in STRATEGIES]
    tournament = axl.Tournament(players, game=game, turns=turns, repetitions=repetitions, seed=1)
    results = tournament.play(progress_bar=False)
    matches = []
    for i in range(len(players)):
        for j in range(i, len(players)):
            match = axl.Match((STRATEGIES[i](), STRATEGIES[j]()), turns=turns, game=game)
            actions = match.play()
            totals = [sum(game.score(a)[0] for a in actions), sum(game.score(a)[1] for a in actions)]
            moves = ["".join(str(a[0]) for a in actions), "".join(str(a[1]) for a in actions)]
            matches.append({"i": i, "j": j, "totals": totals, "moves": moves})
    return {
        "library": "axelrod " + axl.__version__,
        "game": game_name, "payoffs": [r, s, t, p], "turns": turns, "repetitions": repetitions,
        "names": [str(pl) for pl in players],
        "matches": matches,
        "ranking": results.ranking,
        "ranked_names": results.ranked_names,
        "wins": results.wins,
        "payoff_matrix": results.payoff_matrix,
        "normalised_scores": results.normalised_scores,
        "scores": results.scores,
        "cooperation": results.cooperation,
    }


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for game_name, turns in [("pd", 200), ("stag-hunt", 200), ("pd", 7), ("pd", 63)]:
        data = run(game_name, turns)
        with open(os.path.join(here, f"reference-{game_name}-{turns}.json"), "w") as f:
            json.dump(data, f, separators=(",", ":"), default=lambda x: x.item() if hasattr(x, "item") else str(x))
        print(game_name, turns, data["ranked_names"][:3])
