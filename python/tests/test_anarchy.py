"""The Python client against the binary it carries (run by Tests/AnarchyCLITests/PythonClientTests.swift
in a fresh virtual environment where the wheel is installed; or by hand: ``pytest python/tests``
with ``anarchy-lab`` installed, or with ``PYTHONPATH=python/src`` and ``ANARCHY_BINARY``).

Expected values come from outside the client: closed forms (a 10-turn tournament's payoffs), the
binary's own files read another way (the long view pivoted against the wide one), and the seed
round trip (a sweep's row re-run on its own with ``anarchy run`` gives the stored digest).
"""

import math
import sqlite3
import textwrap

import pandas as pd
import pytest

import anarchy


@pytest.fixture(scope="module")
def swept(tmp_path_factory):
    """A 2 × 1 design on greedy-power, 60 ticks, 3 replications, in a store."""
    directory = tmp_path_factory.mktemp("sweep")
    experiment = directory / "small.yaml"
    experiment.write_text(textwrap.dedent("""\
        name: small
        base: greedy-power
        factors:
          - {path: system.beta, values: [0.8, 1.6]}
          - {path: ticks, values: [60]}
        replications: 3
        seed: 11
        metrics: [wars, spiral, honouredShare]
        """))
    store = directory / "small.sqlite"
    frame = anarchy.sweep(experiment, store=store, threads=2)
    return store, frame


def test_a_sweep_gives_one_row_per_run_with_factor_and_metric_columns(swept):
    _, frame = swept
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["experiment", "point", "replication", "seed", "digest",
                                   "system.beta", "ticks", "wars", "spiral", "honouredShare"]
    assert len(frame) == 6
    assert sorted(frame["system.beta"].unique()) == [0.8, 1.6]
    # honouredShare needs called allies; without alliances it is missing in every run: NaN, not 0.
    assert frame["honouredShare"].isna().all()
    assert frame["wars"].notna().all()


def test_seeds_are_exact_text_and_rerunning_a_row_gives_its_digest(swept):
    _, frame = swept
    assert all(isinstance(s, str) for s in frame["seed"])
    # Derived seeds are uniform 64-bit numbers: nearly all lie beyond 2^53, where a float rounds.
    assert any(int(s) > 2**53 for s in frame["seed"])
    for values in frame.to_dict("records"):
        again = anarchy.run("greedy-power", seed=values["seed"], ticks=values["ticks"],
                            set={"system.beta": values["system.beta"]})
        assert again.digest == values["digest"]
        assert again.seed == values["seed"]
        assert again.metrics["wars"] == values["wars"]


def test_the_long_view_pivots_to_the_wide_one(swept):
    store, wide = swept
    long = anarchy.results(store)
    assert list(long.columns) == ["experiment", "point", "replication", "seed",
                                  "system.beta", "ticks", "metric", "value"]
    assert len(long) == 6 * 3
    pivoted = long.pivot(index=["point", "replication"], columns="metric", values="value")
    for metric in ["wars", "spiral", "honouredShare"]:
        left = wide.set_index(["point", "replication"])[metric].sort_index()
        pd.testing.assert_series_equal(pivoted[metric].sort_index(), left, check_names=False)


def test_a_store_read_with_sqlite_alone_matches(swept):
    store, wide = swept
    with sqlite3.connect(store) as connection:
        rows = connection.execute("SELECT seed, wars FROM runs_wide ORDER BY point, replication").fetchall()
    assert [r[0] for r in rows] == list(wide["seed"])
    assert [r[1] for r in rows] == list(wide["wars"])


def test_results_choose_an_experiment_and_say_what_is_wrong(swept, tmp_path):
    store, _ = swept
    assert len(anarchy.results(store, experiment="small", view="wide")) == 6
    with pytest.raises(anarchy.AnarchyError, match="no experiment 'absent'"):
        anarchy.results(store, experiment="absent")
    with pytest.raises(anarchy.AnarchyError, match="no such file"):
        anarchy.results(tmp_path / "nowhere.sqlite")
    with pytest.raises(anarchy.AnarchyError, match="must be 'long' or 'wide'"):
        anarchy.results(store, view="tall")
    with pytest.raises(anarchy.AnarchyError, match="is a directory"):
        anarchy.results(tmp_path)
    text = tmp_path / "notes.txt"
    text.write_text("hello world\n")
    with pytest.raises(anarchy.AnarchyError, match="not a results CSV"):
        anarchy.results(text)


def test_a_run_gives_its_series_events_and_final_metrics():
    run = anarchy.run("spiral", ticks=25, set={"system.beta": 2.5})
    assert run.parameters["beta"] == 2.5
    assert list(run.series["tick"]) == list(range(1, 26))
    # The final summary and the series' last row are two files of one run: they agree.
    last = run.series.iloc[-1]
    for column in ["alive", "wars", "spiral", "meanShare"]:
        assert math.isclose(run.metrics[column], last[column], rel_tol=0, abs_tol=0)
    assert "kind" in run.events.columns or run.events.shape[1] == 47


def test_a_tournament_gives_the_closed_form_payoffs():
    # 10 turns of the prisoner's dilemma (R, S, T, P = 3, 0, 5, 1): Tit For Tat against Defector
    # cooperates once, then defects: (0 + 9 × 1) / 10 = 0.9 and (5 + 9 × 1) / 10 = 1.4.
    t = anarchy.tournament(["cooperator", "defector", "tit-for-tat"], turns=10, repetitions=1)
    assert list(anarchy.tournament("cooperator,defector", turns=10, repetitions=1).payoff_matrix.index) == ["Cooperator", "Defector"]
    expected = pd.DataFrame(
        [[3.0, 0.0, 3.0], [5.0, 1.0, 1.4], [3.0, 0.9, 3.0]],
        index=["Cooperator", "Defector", "Tit For Tat"], columns=["Cooperator", "Defector", "Tit For Tat"])
    pd.testing.assert_frame_equal(t.payoff_matrix, expected, check_names=False, atol=1e-12, rtol=0)
    assert t.ranking[0] in {"Defector", "Tit For Tat", "Cooperator"}


def test_a_debate_of_one_claim_gives_its_verdict_and_runs(tmp_path):
    d = anarchy.debate(claim=1, replications=4, variants=False, out=tmp_path / "debate")
    assert list(d.verdicts.columns) == ["claim", "title", "school", "verdict", "robustness"]
    assert list(d.verdicts["claim"]) == [1]
    assert d.verdicts["verdict"][0] in {"supported", "contradicted", "depends", "inconclusive"}
    assert (tmp_path / "debate" / "report.html").is_file()
    assert list(d.runs.columns) == ["claim", "level", "setting", "condition", "replication", "seed", "digest", "metric", "value"]
    assert d.runs["seed"].map(lambda s: isinstance(s, str)).all()
    assert set(d.runs["replication"]) == {0, 1, 2, 3}


def test_errors_carry_the_binarys_message_and_status():
    with pytest.raises(anarchy.AnarchyError) as caught:
        anarchy.run("no-such-scenario")
    assert caught.value.status == 2 and "no-such-scenario" in str(caught.value)
    with pytest.raises(anarchy.AnarchyError, match="a float cannot hold"):
        anarchy.run("spiral", seed=1.0)
    with pytest.raises(anarchy.AnarchyError, match="0…18446744073709551615"):
        anarchy.run("spiral", seed=2**64)
    with pytest.raises(anarchy.AnarchyError) as caught:
        anarchy.run("spiral", set={"system.beta": -1})
    assert caught.value.status == 2 and "system.beta" in str(caught.value)
