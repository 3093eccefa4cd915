#!/usr/bin/env python3
"""Load test of `anarchy serve` on loopback, bounded in time (docs/PERFORMANCE.md).

Starts one heavy run (so requests are served while a job is in progress; --background sweep
starts a sweep of long runs instead, none nothing, for the idle figure), then for --seconds
keeps --connections keep-alive HTTP/1.1 connections busy with a mix of requests: the page, the
built-in list, one scenario, and live validation of a scenario. Prints requests per second,
latency percentiles, and failures (any error or non-2xx answer); exits 1 if any request failed.
Standard library only."""
import argparse, http.client, json, threading, time

def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--seconds", type=float, default=10)
    p.add_argument("--connections", type=int, default=8)
    p.add_argument("--token", default="", help="the token anarchy serve printed (sent as X-Anarchy-Token)")
    p.add_argument("--background", choices=["run", "sweep", "none"], default="run",
                   help="the job in progress: one 20,000-tick run, a sweep of long runs (needs the server's --store), or none")
    a = p.parse_args()
    host = "127.0.0.1"
    headers = {"X-Anarchy-Token": a.token}
    spiral = json.loads(get(host, a.port, "/api/scenarios/spiral", headers))["yaml"]
    heavy = http.client.HTTPConnection(host, a.port, timeout=10)
    body = None
    if a.background == "run":
        heavy.request("POST", "/api/runs?ticks=20000", body=spiral, headers=headers)
        answer = heavy.getresponse(); body = json.loads(answer.read())
        if answer.status != 201: raise SystemExit(f"could not start the heavy run: {answer.status} {body}")
    elif a.background == "sweep":
        # 3 points × 300 replications of a 5,000-tick spiral-war: longer than the test on 2 cores.
        experiment = ("name: load-sweep\nbase: spiral-war\nfactors:\n  - {path: ticks, values: [5000]}\n"
                      "  - {path: system.beta, values: [0.5, 1, 2]}\nreplications: 300\nseed: 5\nmetrics: [spiralMean]\n")
        heavy.request("POST", "/api/sweeps", body=experiment, headers=headers)
        answer = heavy.getresponse(); sweep = json.loads(answer.read())
        if answer.status != 201: raise SystemExit(f"could not start the sweep: {answer.status} {sweep}")
    requests = [("GET", "/", None), ("GET", "/api/scenarios", None), ("GET", "/api/scenarios/europe-1914", None),
                ("POST", "/api/validate", spiral)]
    latencies, failures, lock = [], [], threading.Lock()
    stop_at = time.monotonic() + a.seconds
    def worker(k):
        conn = http.client.HTTPConnection(host, a.port, timeout=10)
        i = k
        mine, bad = [], []
        while time.monotonic() < stop_at:
            method, path, data = requests[i % len(requests)]; i += 1
            t0 = time.monotonic()
            try:
                conn.request(method, path, body=data, headers=headers)
                r = conn.getresponse(); r.read()
                if not 200 <= r.status < 300: bad.append(f"{method} {path}: {r.status}")
            except Exception as e:
                bad.append(f"{method} {path}: {e}"); conn = http.client.HTTPConnection(host, a.port, timeout=10)
            mine.append(time.monotonic() - t0)
        with lock: latencies.extend(mine); failures.extend(bad)
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(a.connections)]
    start = time.monotonic()
    for t in threads: t.start()
    for t in threads: t.join()
    elapsed = time.monotonic() - start
    if body: heavy.request("POST", f"/api/runs/{body['id']}/stop", headers=headers); heavy.getresponse().read()
    latencies.sort()
    q = lambda f: latencies[min(len(latencies) - 1, int(f * len(latencies)))] * 1000
    job = {"run": "a 20,000-tick run", "sweep": "a sweep of long runs", "none": "nothing else"}[a.background]
    print(f"{len(latencies)} requests in {elapsed:.1f} s over {a.connections} connections, {job} in progress: "
          f"{len(latencies) / elapsed:.0f} requests/s, latency p50 {q(0.5):.2f} ms, p99 {q(0.99):.2f} ms, max {latencies[-1] * 1000:.1f} ms; failures: {len(failures)}")
    for f in failures[:10]: print("  failed:", f)
    raise SystemExit(1 if failures else 0)

def get(host, port, path, headers):
    c = http.client.HTTPConnection(host, port, timeout=10); c.request("GET", path, headers=headers); r = c.getresponse()
    return r.read().decode()

if __name__ == "__main__":
    main()
