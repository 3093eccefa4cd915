#!/usr/bin/env python3
"""A snapshot of what an `anarchy` binary does, for showing that a change of structure changes no
behaviour (issue 21): runs a fixed set of commands — SDW-1 digests, every built-in scenario run
with its record and explanations, every built-in experiment swept into a store with its summaries
and report, a tournament, the formal catalogue, the quick debate with its runs, JSON and report,
the web app's page and JSON answers, every command's help — and writes their outputs into OUT,
one file each. What may legitimately differ between two builds is removed: the build's manifest
(version, commit, command line), timings, temporary paths. Two snapshots of two builds are then
compared byte for byte:

    python3 scripts/behaviour_snapshot.py OLD_BINARY /tmp/before
    python3 scripts/behaviour_snapshot.py NEW_BINARY /tmp/after
    diff -r /tmp/before /tmp/after && echo "behaviour unchanged"

(`--compare OLD NEW` does the three at once.) Release builds take about 4 minutes for the whole
set on 2 cores; `--quick` leaves out the debate and the experiments but the smallest.
"""
import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

# The manifest's keys and any key naming a duration vary between builds and runs, not behaviour.
VOLATILE_KEYS = {"manifest", "timings", "seconds", "elapsed", "elapsed_seconds", "wall_seconds", "duration"}


def strip_volatile(value):
    if isinstance(value, dict):
        return {k: strip_volatile(v) for k, v in value.items() if k not in VOLATILE_KEYS}
    if isinstance(value, list):
        return [strip_volatile(v) for v in value]
    return value


class Snapshot:
    def __init__(self, binary, out, work):
        self.binary, self.out, self.work = binary, out, work

    def write(self, name, text):
        path = os.path.join(self.out, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        # Wall-clock times and rates in summaries ("26080 runs in 19 s", "2347.0386 runs/s", "0.0123 s in the store").
        text = re.sub(r"\b(runs?|years?|points?) in \d+(\.\d+)? ?(s|ms|min)\b", r"\1 in (time)", text)
        text = re.sub(r"\d+(\.\d+)? runs/s", "(rate) runs/s", text)
        text = re.sub(r"\d+(\.\d+)? s in the store", "(time) s in the store", text)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(self.work, "$WORK"))

    def run(self, name, *args, check=True):
        """Runs the binary; records its exit status, standard output and standard error."""
        done = subprocess.run([self.binary, *args], cwd=self.work, capture_output=True, text=True, timeout=1800)
        if check and done.returncode != 0:
            sys.exit(f"snapshot: anarchy {' '.join(args)} exited {done.returncode}: {done.stderr[-2000:]}")
        # Progress lines carry rates and times: those numbers are replaced, the lines kept.
        # (The temporary directory's name goes first: it may hold something like "5s".)
        err = re.sub(r"\d+(\.\d+)? ?(ms|s|min)\b", "(time)", done.stderr.replace(self.work, "$WORK"))
        if name:
            self.write(name, f"exit {done.returncode}\n--- stdout\n{done.stdout}--- stderr\n{err}\n")
        return done.stdout

    def copy_json(self, name, path):
        with open(path, encoding="utf-8") as f:
            self.write(name, json.dumps(strip_volatile(json.load(f)), indent=1, sort_keys=True) + "\n")

    def copy_text(self, name, path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if path.endswith(".html"):
            # Reports state when and by which build they were made.
            text = re.sub(r"<!--\s*manifest.*?-->", "", text, flags=re.S)
            text = re.sub(r'(?s)<(section|div|p|footer)[^>]*class="manifest".*?</\1>', "", text)
        self.write(name, text)

    def dump_store(self, name, path):
        """Every table of a results store, rows sorted, without the manifest and the times."""
        db = sqlite3.connect(path)
        lines = []
        tables = [r[0] for r in db.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name != 'grdb_migrations' order by name")]
        for table in tables:
            columns = [r[1] for r in db.execute(f"pragma table_info({table})") if r[1] not in VOLATILE_KEYS and not r[1].endswith("_at")]
            lines.append(f"## {table}: {', '.join(columns)}")
            # Runs are stored as threads finish them: rows in the order of their values.
            order = ", ".join(str(i + 1) for i in range(len(columns)))
            for row in db.execute(f"select {', '.join(columns)} from {table} order by {order}"):
                lines.append("|".join(repr(v) for v in row))
        db.close()
        self.write(name, "\n".join(lines) + "\n")


def snapshot(binary, out, quick, data=None):
    binary = os.path.abspath(binary)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    work = tempfile.mkdtemp(prefix="anarchy-snapshot-")
    s = Snapshot(binary, out, work)
    started = time.monotonic()
    try:
        # Every command's help (flags, domains and defaults come from declarations).
        commands = re.findall(r"^  ([a-z][a-z0-9-]*)\s", s.run(None, "--help").split("SUBCOMMANDS:")[1], re.M)
        for command in commands:
            s.run(f"help/{command}.txt", command, "--help")

        for i, args in enumerate([[], ["--n", "64", "--ticks", "300", "--beta", "0.8", "--delta", "0.2", "--seed", "5"],
                                  ["--n", "200", "--ticks", "100", "--threads", "2", "--sigma", "0.05"]]):
            s.run(f"sdw1/{i}.txt", "sdw1", *args)
            s.run(f"sdw1/{i}.json", "sdw1", *args, "--json")

        scenarios = [line.split()[0] for line in s.run("scenarios.txt", "scenarios").splitlines() if line.strip()]
        for name in scenarios:
            s.run(f"scenarios/{name}.yaml", "scenarios", "--export", name)
            record = os.path.join(work, "runs", name)
            s.run(f"runs/{name}/stdout.txt", "run", name, "--seed", "3", "--out", record)
            s.run(f"runs/{name}/summary.json", "run", name, "--seed", "3", "--format", "json")
            for file in sorted(os.listdir(record)):
                path = os.path.join(record, file)
                if file.endswith(".json"):
                    s.copy_json(f"runs/{name}/{file}", path)
                else:
                    s.copy_text(f"runs/{name}/{file}", path)
            s.run(f"runs/{name}/explain.txt", "explain", record, check=False)
            with open(os.path.join(record, "events.csv"), encoding="utf-8") as f:
                events = [line.split(",")[0] for line in f.read().splitlines()[1:]]
            for event in events[:3] + events[-2:]:
                s.run(f"runs/{name}/explain-{event}.txt", "explain", record, "--event", event, check=False)
            # The record's scenario file runs the same world again.
            with open(os.path.join(record, "run.json"), encoding="utf-8") as f:
                again = os.path.join(work, f"{name}-again.json")
                with open(again, "w", encoding="utf-8") as g:
                    json.dump(json.load(f)["scenario_file"], g)
            s.run(f"runs/{name}/rerun.txt", "run", again, "--seed", "3")

        scenario_files(s)

        experiments = [line.split()[0] for line in s.run("experiments.txt", "experiments").splitlines() if line.strip()]
        for name in experiments if not quick else experiments[:1]:
            s.run(f"experiments/{name}.yaml", "experiments", "--export", name)
            store = os.path.join(work, f"{name}.sqlite")
            s.run(f"experiments/{name}/sweep.txt", "sweep", name, "--store", store, "--replications", "2", "--seed", "11")
            s.dump_store(f"experiments/{name}/store.txt", store)
            for fmt in ("table", "csv", "json"):
                s.run(f"experiments/{name}/results.{fmt}", "results", store, "--format", fmt)
            s.run(f"experiments/{name}/results-runs.csv", "results", store, "--runs", "--format", "csv")
            report = os.path.join(work, f"{name}.html")
            s.run(f"experiments/{name}/report.txt", "report", store, "--out", report)
            s.copy_text(f"experiments/{name}/report.html", report)

        s.run("tournament/reference.txt", "tournament", "--turns", "50", "--repetitions", "2", "--threads", "2")
        s.run("tournament/noisy-extended.txt", "tournament", "--extended", "--turns", "40", "--repetitions", "3", "--noise", "0.05", "--seed", "9")
        s.run("tournament/groups.txt", "tournament", "--group-size", "3", "--turns", "30", "--repetitions", "2", "--noise", "0.05", "--seed", "4", "--threads", "2")
        s.run("evolve/replicator.txt", "evolve", "--generations", "50", "--turns", "30", "--repetitions", "2")
        s.run("formal/list.txt", "formal", "--list")

        if not quick:
            debate = os.path.join(work, "debate")
            s.run("debate/stdout.txt", "debate", "--quick", "--out", debate)
            for file in sorted(os.listdir(debate)):
                path = os.path.join(debate, file)
                if file.endswith(".json"):
                    s.copy_json(f"debate/{file}", path)
                elif os.path.isfile(path):
                    s.copy_text(f"debate/{file}", path)

        if data:
            # A small calibration on the Correlates of War copy (a few seconds; the backtest takes minutes).
            s.run("data/calibrate.json", "calibrate", "--data", os.path.abspath(data), "--years", "1890-1899", "--seeds", "5", "--threads", "2", "--json")

        web_app(s)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"snapshot: {sum(len(f) for _, _, f in os.walk(out))} files in {out} ({time.monotonic() - started:.0f} s)", file=sys.stderr)


# Every mechanism with its settings and a value outside each one's domain (from the published
# schema, docs/scenario.schema.json): what the decoder, the encoder and validation do with them.
OUTSIDE = {"number": ["-5", "1000001", "nan", "'text'"], "integer": ["-1", "2000000", "1.5"], "boolean": ["maybe"], "enum": ["neither"]}


def scenario_files(s):
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "scenario.schema.json"), encoding="utf-8") as f:
        mechanisms = json.load(f)["properties"]["mechanisms"]["properties"]
    def check(name, text):
        path = os.path.join(s.work, name + ".yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        s.run(f"files/{name}.txt", "validate", path, check=False)
        return path
    body = "name: all\nstates: {count: 6}\nticks: 30\nmechanisms:\n"
    every = check("all-on", body + "".join(f"  {m}: {{weight: 0.5}}\n" if m == "perspectiveTaking" else f"  {m}: {{}}\n" for m in mechanisms))
    record = os.path.join(s.work, "runs", "all-on")
    s.run("files/all-on-run.txt", "run", every, "--out", record, check=False)
    if os.path.exists(os.path.join(record, "run.json")):
        s.copy_json("files/all-on-run.json", os.path.join(record, "run.json"))
    # Wars of every kind explained: misjudgement, preemption and mobilisation, prevention weighing beliefs.
    mixed = check("wars-of-every-kind", "name: mixed\nseed: 4\nstates: {count: 16}\nticks: 80\nsystem: {beta: 0.8, pGreedy: 0.4}\nmechanisms:\n"
                  "  crisis: {misjudgement: 1.5}\n  preemption: {}\n  mobilisation: {lag: 1}\n  preventiveWar: {weighsBelief: true}\n"
                  "  alliances: {}\n  joiningSides: {}\n  deterrence: {}\n  protractedWar: {}\n  signalling: {form: tieHands}\n")
    for i, (name, extra) in enumerate([("mixed", []), ("all-on", [])]):
        where = os.path.join(s.work, "runs", f"explained-{name}")
        s.run(f"files/explained-{name}/run.txt", "run", mixed if name == "mixed" else every, "--out", where, check=False)
        if not os.path.exists(os.path.join(where, "events.csv")):
            continue
        s.copy_text(f"files/explained-{name}/events.csv", os.path.join(where, "events.csv"))
        s.run(f"files/explained-{name}/list.txt", "explain", where, check=False)
        with open(os.path.join(where, "events.csv"), encoding="utf-8") as f:
            count = len(f.read().splitlines()) - 1
        for event in range(1, min(count, 150) + 1):
            s.run(f"files/explained-{name}/{event}.txt", "explain", where, "--event", str(event), check=False)
    for mechanism, schema in mechanisms.items():
        check(f"{mechanism}-empty", body + f"  {mechanism}: {{}}\n")
        check(f"{mechanism}-unknown", body + f"  {mechanism}: {{nonsense: 1}}\n")
        for field, spec in schema["properties"].items():
            kind = "enum" if "enum" in spec else spec["type"]
            for i, value in enumerate(OUTSIDE[kind]):
                check(f"{mechanism}-{field}-{i}", body + f"  {mechanism}: {{{field}: {value}}}\n")
            if "default" in spec:
                value = json.dumps(spec["default"])
                path = check(f"{mechanism}-{field}-default", body + f"  {mechanism}: {{{field}: {value}}}\n")
                s.run(f"files/{mechanism}-{field}-default-run.txt", "run", path, "--format", "json", check=False)
    # Edits by path (`run --set`): numbers at declared places, and the rest, valid and not.
    for i, edit in enumerate(["system.beta=0.8", "system.beta=-1", "system.n=5", "ticks=12", "ticks=12.5", "mechanisms.crisis.costLow=0.2",
                              "mechanisms.crisis.costHigh=0.1", "mechanisms.preventiveWar.horizon=3", "mechanisms.preventiveWar.horizon=2.5",
                              "mechanisms.preventiveWar.weighsBelief=true", "mechanisms.signalling.form=tieHands", "mechanisms.alliances.maxAllies=0",
                              "mechanisms.perspectiveTaking.weight=0.5", "mechanisms.nothing.x=1", "mechanisms.crisis.nothing=1",
                              "states[1].wealth=50", "states[1].wealth=-1", "states[99].wealth=1", "states[0].skill=2", "states[0].motive=0.5",
                              "institutions[0].delta=0.5", "mechanisms.identity.enemyBelow=0.9", "mechanisms.crisis=null", "mechanisms.lanchester={}",
                              "ticks=12.0", "mechanisms.preventiveWar.horizon=3.0", "mechanisms.communities.peaceTicks=1e1", "system.beta=1e-1"]):
        s.run(f"files/set-{i}.txt", "run", "spiral", "--ticks", "15", "--set", edit, "--format", "json", check=False)
    check("mechanisms-unknown", body + "  preventivewar: {}\n")
    check("perspective-without-weight", body + "  perspectiveTaking: {}\n")
    check("institution-outside", "name: i\nstates: {count: 6}\ninstitutions:\n  - {name: U, members: [0, 1], delta: 2, noise: 0, defectionCost: -1}\n")


def web_app(s):
    """The page, its script and styles, and the JSON answers that do not depend on time."""
    token = "snapshot-token"
    server = subprocess.Popen([s.binary, "serve", "--port", "0", "--token", token, "--store", os.path.join(s.work, "web.sqlite")],
                              cwd=s.work, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = None
        for line in server.stdout:
            found = re.search(r"http://127\.0\.0\.1:(\d+)", line)
            if found:
                url = f"http://127.0.0.1:{found.group(1)}"
                break
        if url is None:
            sys.exit("snapshot: the web app printed no address")

        def fetch(path, body=None, content_type="application/json"):
            request = urllib.request.Request(url + path, data=body, headers={"X-Anarchy-Token": token, "Content-Type": content_type})
            try:
                with urllib.request.urlopen(request, timeout=120) as answer:
                    return f"{answer.status} {answer.headers.get('Content-Type')}\n{answer.read().decode()}"
            except urllib.error.HTTPError as error:
                return f"{error.code} {error.headers.get('Content-Type')}\n{error.read().decode()}"

        for path, name in [("/", "page.html"), ("/app.js", "app.js"), ("/app.css", "app.css"), ("/api/scenarios", "scenarios.json"),
                           ("/api/scenarios/spiral", "scenario-spiral.json"), ("/api/openapi.yaml", "openapi.yaml"), ("/nothing", "404.json")]:
            s.write(f"web/{name}", fetch(path))
        spiral = s.run(None, "scenarios", "--export", "spiral")
        s.write("web/validate-ok.json", fetch("/api/validate", spiral.encode(), "application/yaml"))
        s.write("web/validate-bad.json", fetch("/api/validate", spiral.replace("beta:", "beta: -").encode(), "application/yaml"))
        # A sweep through the web app into its store, its status, the store's listing and the report page.
        started = fetch("/api/sweeps?experiment=four-worlds&replications=2", b"")
        # How many runs are done when the request is answered depends on timing, not behaviour.
        s.write("web/sweep-started.json", re.sub(r'"done":\d+', '"done":(n)', started))
        sweep = json.loads(started.split("\n", 1)[1])["id"]
        for _ in range(1200):
            status = fetch(f"/api/sweeps/{sweep}")
            if '"status":"running"' not in status:
                break
            time.sleep(0.1)
        s.write("web/sweep-status.json", status)
        s.write("web/experiments.json", fetch("/api/experiments"))
        s.write("web/experiment-report.html", fetch(f"/experiments/{sweep}"))
    finally:
        server.terminate()
        server.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary", help="the anarchy binary (or, with --compare, the old one)")
    parser.add_argument("out", help="the snapshot's directory (replaced); with --compare, the new binary")
    parser.add_argument("--compare", action="store_true", help="snapshot both binaries and compare them")
    parser.add_argument("--quick", action="store_true", help="leave out the debate and all experiments but the first")
    parser.add_argument("--data", metavar="DIR", help="a Correlates of War directory (../shared/data/cow): add a small calibration")
    args = parser.parse_args()
    if not args.compare:
        snapshot(args.binary, args.out, args.quick, args.data)
        return
    base = tempfile.mkdtemp(prefix="anarchy-compare-")
    before, after = os.path.join(base, "before"), os.path.join(base, "after")
    snapshot(args.binary, before, args.quick, args.data)
    snapshot(args.out, after, args.quick, args.data)
    done = subprocess.run(["diff", "-r", before, after], capture_output=True, text=True)
    if done.returncode == 0:
        print(f"behaviour unchanged: the snapshots in {base} are equal", file=sys.stderr)
        return
    print(done.stdout[:20000], file=sys.stderr)
    sys.exit(f"behaviour changed: diff -r {before} {after}")


if __name__ == "__main__":
    main()
