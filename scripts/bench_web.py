#!/usr/bin/env python3
"""Benchmark of the web workspace (``thidua serve``) on a synthetic store: latency of each page under
concurrent clients, errors, and the server's memory.

The store is the one ``scripts/bench.py`` builds (same corpus, same folder: ``--work``), made here when it
is missing.  The server is ``thidua serve`` in its own process on 127.0.0.1 (a free port); the clients are
threads with keep-alive connections, each asking a mix of pages — search (a number typed as people type it,
a body, words), a document page, the aggregated cascade of a central directive, the audit of a year — for
``--duration`` seconds and at most ``--max-requests`` requests.  It prints how long the server takes to be warm
(its search data read), the time to open each page the first time, then p50/p95 per page, the error count
and the server's peak RSS; ``--json`` keeps the figures.

    python scripts/bench_web.py --n 100000 --clients 20 --duration 60
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench import audit_rules, build, corpus, free_port  # noqa: E402


def prepare(work: Path, n: int) -> Path:
    folder, _ = corpus(work, n)
    store = work / f"store-{n}"
    previous = work / f"build-{n}.json"
    if not (store.exists() and previous.exists()):
        t0 = time.perf_counter()
        figures = build(folder, store)
        previous.write_text(json.dumps(figures), encoding="utf-8")
        print(f"store built in {time.perf_counter() - t0:.0f} s", flush=True)
    return store


def rss_peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, float, int]:
    t0 = time.perf_counter()
    conn.request("GET", path)
    r = conn.getresponse()
    body = r.read()
    return r.status, (time.perf_counter() - t0) * 1000, len(body)


def page_mix(store: Path, n_docs: int, seed: int = 7) -> dict[str, list[str]]:
    """The pages the clients ask, drawn from the store's own documents."""
    from graph.index import citation_index
    from graph.store import OxigraphStore

    st = OxigraphStore(store, read_only=True)
    index = citation_index(st)
    st.close()
    rnd = random.Random(seed)
    docs = [d for d in index.docs if d.in_corpus and d.symbol]
    central = [d for d in index.docs if d.level in ("central-party", "central-state") and d.symbol]
    sample = rnd.sample(docs, min(300, len(docs)))
    cold, sample = sample[200:], sample[:200]
    typed = []
    for d in sample[:60]:
        typed.append(d.symbol)
        typed.append(d.symbol.replace("/", " / "))
    words = ["thi đua", "nông thôn mới", "chuyển đổi số", "Sở Nội vụ", "cải cách hành chính", "ct 34", "chỉ thị 19"]
    q = urllib.parse.quote
    return {
        "search": [f"/?q={q(x)}" for x in typed + words] + [f"/?q={q(w)}&province=hai-duong" for w in words[:3]],
        "document": [f"/doc?id={q(d.id)}" for d in sample] + [f"/doc?id={q(d.id)}" for d in central[:10]],
        "cascade": [f"/cascade?symbol={q(s)}" for s in ("34-CT/TW", "19/CT-TTg", "chỉ thị 34")],
        "cold": [f"/doc?id={q(d.id)}" for d in cold],
        "audit": ["/audit?year=2023", "/audit?year=2023&status=fail", "/audit?status=pass&year=2023&province=hue"],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="documents in the synthetic store")
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "thidua-bench")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    ap.add_argument("--max-requests", type=int, default=200_000, help="at most this many requests in all")
    ap.add_argument("--prepare-only", action="store_true", help="make the corpus and the store, then stop")
    ap.add_argument("--json", type=Path, help="write the figures here too")
    args = ap.parse_args()
    store = prepare(args.work, args.n)
    if args.prepare_only:
        return 0
    home = args.work / f"web-{args.n}"
    home.mkdir(parents=True, exist_ok=True)
    rules = home / "rules.toml"
    audit_rules(rules, 2023)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "graph.cli", "serve", "--store", str(store), "--home", str(home), "--port", str(port)],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(600):
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=2).request("HEAD", "/static/app.css")
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise SystemExit("the server did not start: " + (server.stderr.read() if server.stderr else ""))
        mix = page_mix(store, args.n)
        first: dict[str, float] = {}
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        t0 = time.perf_counter()
        while True:  # the server reads the words of the texts and the audit in the background at start
            conn.request("GET", "/?q=thi")
            page = conn.getresponse().read()
            if b'id="indexing"' not in page:
                break
            time.sleep(1)
        warm_s = round(time.perf_counter() - t0, 1)
        print(f"server warm (texts indexed) after {warm_s} s", flush=True)
        for name in ("search", "document", "cascade", "audit"):
            status, ms, _ = get(conn, mix[name][0])
            first[name] = round(ms, 1)
            if status != 200:
                raise SystemExit(f"{name}: HTTP {status} on {mix[name][0]}")
        print("first request of each page (ms):", json.dumps(first), flush=True)
        cold = [get(conn, p)[1] for p in mix["cold"]]  # documents nobody opened yet, one at a time
        cold_doc = {
            "p50_ms": round(statistics.median(cold), 1),
            "p95_ms": round(statistics.quantiles(cold, n=20)[18], 1),
        }
        print(f"document pages opened for the first time, one client: {json.dumps(cold_doc)}", flush=True)
        del mix["cold"]
        for paths in mix.values():  # every distinct page once, so that the load measures the steady state
            for p in paths:
                get(conn, p)
        times: dict[str, list[float]] = {k: [] for k in mix}
        errors: list[str] = []
        count = [0]
        lock = threading.Lock()
        stop = time.perf_counter() + args.duration

        def client(seed: int) -> None:
            rnd = random.Random(seed)
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            names = list(mix)
            while time.perf_counter() < stop:
                with lock:
                    if count[0] >= args.max_requests:
                        return
                    count[0] += 1
                name = rnd.choice(names)
                path = rnd.choice(mix[name])
                try:
                    status, ms, _ = get(c, path)
                except (OSError, http.client.HTTPException) as exc:
                    errors.append(f"{path}: {exc}")
                    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    continue
                with lock:
                    times[name].append(ms)
                    if status != 200:
                        errors.append(f"{path}: HTTP {status}")

        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        figures: dict[str, Any] = {
            "documents": args.n,
            "clients": args.clients,
            "seconds": round(wall, 1),
            "requests": sum(len(v) for v in times.values()),
            "errors": len(errors),
            "warm_s": warm_s,
            "first_ms": first,
            "cold_document": cold_doc,
            "pages": {
                name: {
                    "requests": len(v),
                    "p50_ms": round(statistics.median(v), 1) if v else None,
                    "p95_ms": round(statistics.quantiles(v, n=20)[18], 1) if len(v) >= 20 else None,
                }
                for name, v in times.items()
            },
            "server_peak_rss_mb": round(rss_peak_mb(server.pid)),
        }
        print(f"{args.clients} clients, {figures['seconds']} s, {figures['requests']} requests, {len(errors)} errors")
        for name, f in figures["pages"].items():
            print(f"  {name:9} p50 {f['p50_ms']} ms   p95 {f['p95_ms']} ms   ({f['requests']} requests)")
        print(f"  server peak RSS {figures['server_peak_rss_mb']} MB")
        for e in errors[:10]:
            print("  error:", e)
        if args.json:
            args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    finally:
        server.terminate()
        server.wait(30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
