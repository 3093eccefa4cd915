"""Regenerates reference-noisy.json: per-strategy mean and standard error of the normalised score
in a noisy tournament of Axelrod-Python 4.14.0 (for the statistical agreement test).

Usage:  pip install axelrod==4.14.0 && python3 make-noisy-reference.py
"""
import json
import os
import statistics

import axelrod as axl

STRATEGIES = [axl.Cooperator, axl.Defector, axl.TitForTat, axl.Grudger, axl.WinStayLoseShift,
              axl.GoByMajority, axl.Gradual, axl.FirstByShubik]
NOISE, TURNS, REPETITIONS = 0.05, 100, 60

if __name__ == "__main__":
    players = [cls() for cls in STRATEGIES]
    results = axl.Tournament(players, turns=TURNS, repetitions=REPETITIONS, noise=NOISE, seed=2026).play(progress_bar=False)
    summary = []
    for name, scores in zip(results.players, results.normalised_scores):
        summary.append({"name": str(name), "mean": statistics.mean(scores),
                        "standard_error": statistics.stdev(scores) / len(scores) ** 0.5})
    data = {"library": "axelrod " + axl.__version__, "noise": NOISE, "turns": TURNS, "repetitions": REPETITIONS,
            "strategies": summary}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference-noisy.json"), "w") as f:
        json.dump(data, f, indent=1)
    print(json.dumps(summary, indent=1))
