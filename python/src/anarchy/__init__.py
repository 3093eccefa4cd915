"""Anarchy, a laboratory for the security dilemma, from Python.

Every function calls the ``anarchy`` binary (``ANARCHY_BINARY`` if set, else the one inside this
wheel, else the ``anarchy`` on ``PATH``): there is no second implementation, so every number is the one
the command line gives. Results come back as pandas objects:

>>> import anarchy
>>> anarchy.run("spiral", set={"system.beta": 2.5}).metrics["wars"]
>>> frame = anarchy.sweep("four-worlds", store="fw.sqlite", replications=5)
>>> anarchy.results("fw.sqlite")                      # the store's tidy long view
>>> anarchy.debate(quick=True).verdicts
>>> anarchy.tournament(["tit-for-tat", "defector"]).payoff_matrix

Seeds are decimal strings: a 64-bit seed does not fit a float, and a seed read inexactly cannot
repeat its run; pass one back as it is (``anarchy.run(..., seed=row.seed)``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence, Union

import pandas as pd

from ._version import __version__

__all__ = [
    "AnarchyError", "Run", "Debate", "Tournament", "binary", "call", "run", "sweep", "results",
    "debate", "tournament", "__version__",
]

PathLike = Union[str, os.PathLike]


class AnarchyError(RuntimeError):
    """The binary refused or failed: its message (``stderr``), exit status and arguments.

    Status 2 is a usage error (a bad flag, file or value: the message names it), 1 a failure
    while running, 130 an interruption.
    """

    def __init__(self, message: str, status: Optional[int] = None, arguments: Sequence[str] = ()):
        super().__init__(message)
        self.status = status
        self.arguments = list(arguments)


def binary() -> str:
    """The ``anarchy`` executable this module calls: ``ANARCHY_BINARY`` if set, else the one
    inside the wheel, else the one on ``PATH``."""
    chosen = os.environ.get("ANARCHY_BINARY")
    if chosen:
        if not (os.path.isfile(chosen) and os.access(chosen, os.X_OK)):
            raise AnarchyError(f"ANARCHY_BINARY={chosen}: not an executable file")
        return chosen
    bundled = Path(__file__).resolve().parent / "bin" / "anarchy"
    if bundled.is_file() and os.access(bundled, os.X_OK):
        return str(bundled)
    found = shutil.which("anarchy")
    if found:
        return found
    raise AnarchyError(
        "no anarchy binary: this install carries none (a wheel built by python/build_wheel.py does); "
        "set ANARCHY_BINARY to one, or put anarchy on PATH")


def call(*arguments: str, cwd: Optional[PathLike] = None) -> str:
    """Runs ``anarchy ARGUMENTS…`` and returns its standard output; raises :class:`AnarchyError`
    with the binary's message when it exits with another status than 0."""
    command = [binary(), *map(str, arguments)]
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        message = done.stderr.strip() or f"anarchy exited with status {done.returncode}"
        raise AnarchyError(message, done.returncode, command[1:])
    return done.stdout


def _value(value: Any) -> str:
    """A Python value as the YAML text ``--set PATH=VALUE`` takes."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value)  # JSON is YAML
    if hasattr(value, "item"):  # a numpy scalar, as a DataFrame's cells are
        value = value.item()
    if isinstance(value, float):
        return repr(value)  # the shortest text that reads back as the same number
    return str(value)


def _edits(edits: Optional[Mapping[str, Any]]) -> list:
    arguments = []
    for path, value in (edits or {}).items():
        arguments += ["--set", f"{path}={_value(value)}"]
    return arguments


def _flags(*options: tuple) -> list:
    """``[flag, text]`` for each ``(flag, value, convert)`` whose value is not None, the value
    passed through ``convert`` (``int``, ``_seed``, …) and written as text."""
    arguments = []
    for flag, value, convert in options:
        if value is not None:
            arguments += [flag, str(convert(value))]
    return arguments


def _seed(seed: Any) -> str:
    """A seed as the decimal text the binary takes (an int, a decimal string, a numpy integer)."""
    if hasattr(seed, "item"):
        seed = seed.item()
    if isinstance(seed, float):
        raise AnarchyError(f"seed {seed!r}: give seeds as int or decimal text (a float cannot hold every 64-bit seed)")
    text = str(seed)
    if not re.fullmatch(r"[0-9]+", text) or int(text) >= 2**64:
        raise AnarchyError(f"seed {seed!r}: must be a whole number in 0…18446744073709551615")
    return text


@dataclass(frozen=True)
class Run:
    """One run of a scenario: its final metrics, per-tick series and events (wars and why)."""

    metrics: pd.Series
    """The final state's summary: alive, wars, spiral, … (``anarchy run --format json``)."""
    series: pd.DataFrame
    """One row per tick (``series.csv``: SDW-1's columns, misperception, concentration, conquered)."""
    events: pd.DataFrame
    """One row per war with the numbers that decided it (``events.csv``; docs/EXPLAIN.md)."""
    parameters: Mapping[str, Any]
    """The world's parameters as run (seed as text)."""
    seed: str
    digest: str
    record: Optional[Path] = None
    """The directory holding the run's record when ``out`` was given (``anarchy explain`` reads it)."""


def run(scenario: Optional[str] = None, *, seed: Any = None, ticks: Optional[int] = None,
        set: Optional[Mapping[str, Any]] = None, out: Optional[PathLike] = None,
        threads: Optional[int] = None) -> Run:
    """Runs a scenario (a built-in's name or a file; None: the reference world) with optional
    edits (``set={"system.beta": 2.5, "mechanisms.preemption": {}}``) and returns its
    :class:`Run`. ``out`` keeps the run's record in that directory."""
    with tempfile.TemporaryDirectory(prefix="anarchy-run-") as scratch:
        directory = Path(out) if out is not None else Path(scratch) / "record"
        arguments = ["run"] + ([str(scenario)] if scenario is not None else []) + ["--format", "json", "--out", str(directory)]
        arguments += _flags(("--seed", seed, _seed), ("--ticks", ticks, int), ("--threads", threads, int))
        summary = json.loads(call(*arguments, *_edits(set)))
        series = pd.read_csv(directory / "series.csv")
        events = pd.read_csv(directory / "events.csv", dtype=str, keep_default_na=False)
    parameters = summary.get("parameters", {})
    metrics = pd.Series({k: (float("nan") if v is None else v) for k, v in summary.items()
                         if k not in ("model", "parameters", "digest")})
    return Run(metrics=metrics, series=series, events=events, parameters=parameters,
               seed=str(parameters.get("seed")), digest=summary["digest"],
               record=Path(out) if out is not None else None)


def _is_store(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


def results(path: PathLike, *, view: str = "long", experiment: Optional[str] = None) -> pd.DataFrame:
    """A results store (SQLite) or a ``runs.csv`` as a tidy DataFrame.

    For a store: its view ``runs_long`` (``view="long"``: one row per run and metric) or
    ``runs_wide`` (one row per run, a column per metric) — columns experiment, point,
    replication, seed (text), (wide: digest), one per factor path, then metric/value or the
    metrics (docs/EXPERIMENTS.md, "Tidy views"), ordered by experiment, point and replication. ``experiment`` (id or name) keeps one experiment's rows
    and drops the columns only other experiments fill. For a CSV (the debate's ``runs.csv``,
    ``anarchy results --format csv``): the file, seeds and digests as text, empty fields as NaN.
    """
    path = Path(path)
    if path.is_dir():
        raise AnarchyError(f"{path}: is a directory; give a results store or a CSV file")
    if not path.is_file():
        raise AnarchyError(f"{path}: no such file")
    if view not in ("long", "wide"):
        raise AnarchyError(f"view={view!r}: must be 'long' or 'wide'")
    if not _is_store(path):
        if view != "long" or experiment is not None:
            raise AnarchyError(f"{path}: a CSV is read as it is; view= and experiment= apply to a results store")
        try:
            frame = pd.read_csv(path, dtype={"seed": str, "digest": str, "experiment": str})
        except Exception as error:  # pandas' parser errors have no common base
            raise AnarchyError(f"{path}: neither a results store nor a readable CSV: {error}") from error
        if not {"metric", "seed"} & set(frame.columns):
            raise AnarchyError(f"{path}: not a results CSV (no metric or seed column; columns: {', '.join(map(str, frame.columns))})")
        return frame
    connection = sqlite3.connect(str(path))
    try:
        _views(connection, path)
        query, parameters, own = f"SELECT * FROM runs_{view}", (), None
        if experiment is not None:
            ids = [r[0] for r in connection.execute("SELECT id FROM experiment WHERE id = ? OR name = ?", (experiment, experiment))]
            held = ", ".join(f"{n} ({i})" for i, n in connection.execute("SELECT id, name FROM experiment ORDER BY name, id"))
            if not ids:
                raise AnarchyError(f"{path}: no experiment {experiment!r} (it holds: {held or 'none'})")
            if len(ids) > 1:
                raise AnarchyError(f"{path}: {len(ids)} experiments are named {experiment!r}; give one's id (it holds: {held})")
            marks = ",".join("?" * len(ids))
            query += f" WHERE experiment IN ({marks})"
            parameters = tuple(ids)
            # The columns the chosen experiment has: its factors, and (wide) its metrics.
            own = {r[0] for r in connection.execute(f"SELECT path FROM factor WHERE experiment IN ({marks})", parameters)}
            if view == "wide":
                own |= {r[0] for r in connection.execute(f"SELECT name FROM metric_name WHERE experiment IN ({marks})", parameters)}
        frame = pd.read_sql_query(query, connection, params=parameters)  # the views are ordered
    finally:
        connection.close()
    if own is not None:
        fixed = {"experiment", "point", "replication", "seed", "digest", "metric", "value"}
        frame = frame[[c for c in frame.columns if c in fixed or c in own or (c.startswith("metric_") and c[7:] in own)]]
    # Factors and metrics are numbers; a column of NULLs alone (a metric missing in every run)
    # would otherwise come back as objects.
    for column in frame.columns:
        if column not in ("experiment", "seed", "digest", "metric"):
            frame[column] = pd.to_numeric(frame[column])
    return frame


def _views(connection: sqlite3.Connection, path: Path) -> None:
    """Makes sure the store has its views: a store written before them (schema v3) gains them
    whenever the binary opens it, which ``anarchy results`` does without changing any result."""
    def has_views() -> bool:
        return connection.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'view' AND name = 'runs_long'").fetchone()[0] > 0
    if has_views():
        return
    if not connection.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'run'").fetchone()[0]:
        raise AnarchyError(f"{path}: an SQLite file, but not a results store")
    try:
        call("results", str(path), "--format", "csv")
    except AnarchyError:
        pass  # a store of several experiments asks for --experiment, after opening (and migrating) it
    if not has_views():
        raise AnarchyError(f"{path}: the store has no views runs_long and runs_wide, and anarchy {__version__} did not add them")


def sweep(experiment: PathLike, *, store: PathLike = "results.sqlite", replications: Optional[int] = None,
          seed: Any = None, threads: Optional[int] = None, resume: bool = False,
          view: str = "wide") -> pd.DataFrame:
    """Runs an experiment (a built-in's name, e.g. ``"four-worlds"``, or an experiment file) into
    ``store`` and returns its runs from the store's view (``"wide"``: one row per run; ``"long"``).
    ``resume=True`` finishes an interrupted sweep in the same store."""
    arguments = ["sweep", str(experiment), "--store", str(store)]  # its last line names the experiment
    arguments += _flags(("--replications", replications, int), ("--seed", seed, _seed), ("--threads", threads, int))
    if resume:
        arguments.append("--resume")
    said = call(*arguments)
    found = re.search(r"experiment ([0-9a-f]{16})\s*$", said)
    if not found:
        raise AnarchyError(f"anarchy sweep did not name its experiment: {said.strip()}")
    return results(store, view=view, experiment=found.group(1))


@dataclass(frozen=True)
class Debate:
    """The debate's outcome: one row per claim's verdict, every run, and ``debate.json`` whole."""

    verdicts: pd.DataFrame
    """claim, title, school, verdict, robustness (the share of the robustness sample agreeing)."""
    runs: pd.DataFrame
    """``runs.csv``: claim, level, setting, condition, replication, seed (text), digest, metric, value."""
    record: Mapping[str, Any]
    directory: Optional[Path] = None


def debate(*, quick: bool = True, claim: Union[int, str, None] = None, replications: Optional[int] = None,
           threads: Optional[int] = None, variants: bool = True, out: Optional[PathLike] = None) -> Debate:
    """Runs the debate (``anarchy debate``): every built-in claim, or one (``claim=3`` or a claim
    file), quick by default. ``out`` keeps ``debate.json``, ``runs.csv`` and ``report.html`` there."""
    with tempfile.TemporaryDirectory(prefix="anarchy-debate-") as scratch:
        directory = Path(out) if out is not None else Path(scratch)
        arguments = ["debate", "--out", str(directory), "--quiet"]
        if quick:
            arguments.append("--quick")
        arguments += _flags(("--claim", claim, str), ("--replications", replications, int), ("--threads", threads, int))
        if not variants:
            arguments.append("--no-variants")
        call(*arguments)
        record = json.loads((directory / "debate.json").read_text(encoding="utf-8"))
        runs = results(directory / "runs.csv")
    verdicts = pd.DataFrame([
        {"claim": c["claim"], "title": c["title"], "school": c["school"], "verdict": c["verdict"],
         "robustness": c.get("robustness")}
        for c in record.get("claims", [])
    ], columns=["claim", "title", "school", "verdict", "robustness"])
    return Debate(verdicts=verdicts, runs=runs, record=record, directory=Path(out) if out is not None else None)


@dataclass(frozen=True)
class Tournament:
    """A round-robin tournament's outcome."""

    payoff_matrix: pd.DataFrame
    """Mean payoff per turn of the row strategy against the column strategy."""
    ranking: list
    """Strategies' names, best first (by median normalised score)."""
    record: Mapping[str, Any] = field(repr=False, default_factory=dict)


def tournament(strategies: Optional[Iterable[str]] = None, *, turns: int = 200, repetitions: int = 10,
               noise: float = 0.0, game: str = "pd", seed: Any = 0, threads: Optional[int] = None) -> Tournament:
    """Plays a round-robin tournament (``anarchy tournament --json``): ``strategies`` are ids or
    names (``anarchy tournament --list``; None: the reference 21)."""
    arguments = ["tournament", "--json", "--turns", str(int(turns)), "--repetitions", str(int(repetitions)),
                 "--noise", _value(float(noise)), "--game", str(game), "--seed", _seed(seed)]
    if isinstance(strategies, str):
        strategies = strategies.split(",")  # "tit-for-tat,defector", as the command line takes them
    if strategies is not None:
        arguments += ["--strategies", ",".join(strategies)]
    arguments += _flags(("--threads", threads, int))
    record = json.loads(call(*arguments))
    names = record["names"]
    matrix = pd.DataFrame(record["payoff_matrix"], index=pd.Index(names, name="player"),
                          columns=pd.Index(names, name="opponent"))
    return Tournament(payoff_matrix=matrix, ranking=list(record["ranking"]), record=record)
