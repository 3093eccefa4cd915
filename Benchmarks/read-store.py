#!/usr/bin/env python3
"""How fast a results store reads into pandas (issue 22's bar: a 100,000-run store through the
long view in under 2 s). Sweeps two 100,000-run stores with the release binary — ten metrics at
one design point (sweep/throughput-100k.yaml) and six metrics over a 10 × 10 grid
(sweep/read-100k.yaml) — then times, best of 5 after one warm-up read, `pandas.read_sql` of each
view and the Python client's `anarchy.results` (which adds nothing but dtype fixes).

    swift build -c release --product anarchy
    PYTHON=/path/to/venv/bin/python bash -c '$PYTHON Benchmarks/read-store.py'   # pandas needed
"""
import os, sqlite3, subprocess, sys, tempfile, time
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parent / "python" / "src"))
binary = os.environ.get("ANARCHY", str(here.parent / ".build" / "release" / "anarchy"))
os.environ["ANARCHY_BINARY"] = binary
import pandas as pd  # noqa: E402
import anarchy  # noqa: E402


def best(read, repeats=5):
    read()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        frame = read()
        times.append(time.perf_counter() - start)
    return min(times), frame


with tempfile.TemporaryDirectory() as work:
    for experiment in ["throughput-100k.yaml", "read-100k.yaml"]:
        store = Path(work) / (experiment + ".sqlite")
        start = time.perf_counter()
        subprocess.run([binary, "sweep", str(here / "sweep" / experiment), "--store", str(store), "--quiet"], check=True)
        print(f"{experiment}: swept in {time.perf_counter() - start:.1f} s, {store.stat().st_size / 1e6:.0f} MB")
        for label, read in [
            ("pandas.read_sql runs_long", lambda: pd.read_sql("SELECT * FROM runs_long", sqlite3.connect(store))),
            ("pandas.read_sql runs_wide", lambda: pd.read_sql("SELECT * FROM runs_wide", sqlite3.connect(store))),
            ("anarchy.results (long)", lambda: anarchy.results(store)),
            ("anarchy.results (wide)", lambda: anarchy.results(store, view="wide")),
        ]:
            seconds, frame = best(read)
            print(f"  {label}: {seconds:.2f} s, {len(frame):,} rows × {frame.shape[1]} columns")
