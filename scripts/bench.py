#!/usr/bin/env python3
"""End-to-end benchmark: synthetic corpus → build → the questions staff ask, on three engines.

For each size N it prints (and writes as JSON) a report:

* build: documents/s, MB/s, wall time on all cores, peak RSS, store size on disk;
* queries on the built store (embedded Oxigraph), p50/p95 over repeated runs: the cascade of one central
  directive (materialised closure), the reach of every central directive, the audit of every launch of a
  year, a lookup by symbol, ``thidua list documents``;
* the same SPARQL queries on the same data through rdflib's in-memory Dataset (the baseline a user would
  write) and through a real Oxigraph server over SPARQLWrapper, with the ratios.

Answers are compared across engines before timing; a query that runs past --timeout is recorded as such.

With ``--incremental`` it measures instead what a register's week costs on a copy of that store, each step a
``thidua`` process of its own (wall time with the process start, and that process's peak RSS): a build with
nothing new, adding 1 document, adding 100, changing 1, removing 1.

    python scripts/bench.py --sizes 10000 100000 --work /tmp/thidua-bench
    python scripts/bench.py --sizes 10000 --incremental
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from synth_corpus import PROVINCES, generate, write  # noqa: E402

from graph.listing import PREFIXES, list_entities  # noqa: E402
from graph.store import EndpointStore, OxigraphStore, Store  # noqa: E402

R = "<https://w3id.org/thidua/graph/resolution>"
C = "<https://w3id.org/thidua/graph/closure>"
QUERIES = {
    "cascade": PREFIXES
    + f"""SELECT DISTINCT ?d WHERE {{ GRAPH {R} {{ ?t td:symbolKey "34-CT/TW" }}
        GRAPH {C} {{ ?d td:restsOn ?t }} GRAPH ?g {{ ?d td:launches ?c }} }}""",
    "reach_of_all_central": PREFIXES
    + f"""SELECT ?t (COUNT(DISTINCT ?d) AS ?n) WHERE {{
        GRAPH {R} {{ ?t eli:passed_by ?b . ?b td:level ?l FILTER(?l IN (<https://w3id.org/thidua/vocab/level/central-party>,
          <https://w3id.org/thidua/vocab/level/central-state>, <https://w3id.org/thidua/vocab/level/ministry>)) }}
        GRAPH {C} {{ ?d td:restsOn ?t }} }} GROUP BY ?t""",
    "lookup_by_symbol": PREFIXES
    + f"""SELECT ?d ?date WHERE {{ GRAPH {R} {{ ?d td:symbolKey "02/CT-UBND" .
        OPTIONAL {{ ?d eli:date_document ?date }} }} }}""",
}
# the same cascade as a path query, the way a user without the materialised closure would write it
PATH_CASCADE = (
    PREFIXES
    + f"""SELECT DISTINCT ?d WHERE {{ GRAPH {R} {{ ?t td:symbolKey "34-CT/TW" }}
    GRAPH {C} {{ ?d eli:cites+ ?t }} GRAPH ?g {{ ?d td:launches ?c }} }}"""
)


class Timeout(Exception):
    pass


def _alarm(_sig, _frame):  # type: ignore[no-untyped-def]
    raise Timeout


def timed(fn, repeat: int, timeout: float, norm=None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """p50/p95 of ``fn()``; its answer, put in comparable form by ``norm`` outside the timing, is kept."""
    times, result = [], None
    signal.signal(signal.SIGALRM, _alarm)
    for _ in range(repeat):
        signal.setitimer(signal.ITIMER_REAL, timeout)
        t0 = time.perf_counter()
        try:
            result = fn()
        except Timeout:
            return {"timeout": timeout}
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {
        "p50_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)], 2),
        "rows": len(result) if isinstance(result, list | dict) else result,
        "answer": norm(result) if norm else result,  # taken out (to compare engines) before the report is printed
    }


def progress(results: dict[str, Any]) -> None:
    """Figures so far, on stderr (a long run that is stopped still leaves its numbers)."""
    brief = {
        e: {k: v.get("p50_ms", v.get("timeout")) if isinstance(v, dict) else v for k, v in r.items()}
        for e, r in results.items()
    }
    print(json.dumps(brief), file=sys.stderr, flush=True)


def audit_rows(store: Any, rules: list[Any], engine: str) -> list[Any]:
    """The audit's checked launches and the launches no rule covers, as the report gives them (plain data, so
    that engines compare and the figures print)."""
    from graph.audit import audit

    report = audit(store, rules, engine).to_json()
    return report["results"] + report["no_rule"]


def take_answers(results: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Move each timed answer out of the report: engine → question → answer."""
    answers: dict[str, dict[str, Any]] = {}
    for engine, res in results.items():
        for name, v in res.items():
            if isinstance(v, dict) and "answer" in v:
                answers.setdefault(engine, {})[name] = v.pop("answer")
    return answers


def normalise(name: str, rows: list[Any]) -> Any:
    """A SPARQL answer (pyoxigraph/endpoint rows as dicts, rdflib rows as tuples) in a comparable form."""

    def cells(r: Any) -> list[Any]:
        return list(r.values()) if isinstance(r, dict) else [x.toPython() if hasattr(x, "toPython") else x for x in r]

    if name == "reach_of_all_central":
        return {str(c[0]): int(c[1]) for c in map(cells, rows)}
    return sorted(str(cells(r)[0]) for r in rows)


def corpus(work: Path, n: int) -> tuple[Path, int]:
    folder = work / f"corpus-{n}"
    truth = folder / "truth.jsonl"
    if not truth.exists() or sum(1 for _ in truth.open(encoding="utf-8")) != n:
        shutil.rmtree(folder, ignore_errors=True)
        write(generate(n), folder)
    size = sum(p.stat().st_size for p in (folder / "docs").rglob("*.txt"))
    return folder, size


def build(folder: Path, store: Path) -> dict[str, Any]:
    shutil.rmtree(store, ignore_errors=True)
    t0 = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "graph.cli", "build", str(folder / "docs"), "--store", str(store), "--json"],
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - t0
    if run.returncode != 0:
        raise SystemExit(run.stderr[-2000:])
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    disk = sum(p.stat().st_size for p in store.rglob("*") if p.is_file())
    return {
        "wall_s": round(wall, 1),
        "peak_rss_mb": round(rss),
        "store_mb": round(disk / 1e6, 1),
        "report": json.loads(run.stdout),
    }


def audit_rules(path: Path, year: int) -> Path:
    rules = "\n".join(
        f'[[rule]]\nid = "p{i}-{year}"\ntitle = "{p} {year}"\napplies_to = {{ province = "{p}", year = {year} }}\n'
        f'requires = ["34-CT/TW", "19/CT-TTg"]\n'
        for i, p in enumerate(PROVINCES)
    )
    path.write_text(rules, encoding="utf-8")
    return path


def sparql_suite(store: Store, repeat: int, timeout: float) -> dict[str, Any]:
    """The questions asked in SPARQL (over the materialised closure, and the path query without it)."""
    out = {n: timed(lambda q=q: store.select(q), repeat, timeout, partial(normalise, n)) for n, q in QUERIES.items()}
    out["cascade_path_query"] = timed(
        lambda: store.select(PATH_CASCADE), max(1, repeat // 5), timeout, partial(normalise, "cascade")
    )
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_server(store_dir: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    exe = Path(sys.executable).parent / "oxigraph"
    proc = subprocess.Popen(
        [
            str(exe if exe.exists() else "oxigraph"),
            "serve-read-only",
            "--location",
            str(store_dir),
            "--bind",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    return proc, f"http://127.0.0.1:{port}/query"


def _rdflib_baseline(store: Store) -> Any:
    """What a user would load into rdflib to ask these questions: the resolution and closure graphs and the
    launch statements (the whole store does not fit in memory at 100,000 documents)."""
    from rdflib import Dataset, URIRef

    ds = Dataset()
    for g in (R, C):
        graph = ds.graph(URIRef(g[1:-1]))
        for s, p, o, _ in store.quads(g[1:-1]):
            graph.add((s, p, o))
    launches = store.select(PREFIXES + "SELECT ?g ?d ?c WHERE { GRAPH ?g { ?d td:launches ?c } }")
    launches_p = URIRef("https://w3id.org/thidua/ontology#launches")
    for r in launches:
        ds.graph(URIRef(r["g"])).add((URIRef(r["d"]), launches_p, URIRef(r["c"])))
    return ds


def run_size(
    n: int, work: Path, repeat: int, timeout: float, engines: list[str], reuse: bool = False
) -> dict[str, Any]:
    folder, size = corpus(work, n)
    store_dir = work / f"store-{n}"
    report: dict[str, Any] = {"documents": n, "megabytes": round(size / 1e6, 1)}
    previous = work / f"build-{n}.json"
    if reuse and previous.exists() and store_dir.exists():
        b = json.loads(previous.read_text(encoding="utf-8"))  # the figures of the build that made this store
    else:
        b = build(folder, store_dir)
        previous.write_text(json.dumps(b), encoding="utf-8")
    report["build"] = {
        **b,
        "documents_per_s": round(n / b["wall_s"], 1),
        "mb_per_s": round(size / 1e6 / b["wall_s"], 2),
    }
    from graph.analysis import cascade, cascade_launches, central_reach, find_directive
    from graph.index import citation_index
    from graph.rules import load_rules

    embedded = OxigraphStore(store_dir, read_only=True)
    t0 = time.perf_counter()
    index = citation_index(embedded)
    load_ms = round((time.perf_counter() - t0) * 1000)
    few = max(1, repeat // 5)
    rules = load_rules(audit_rules(work / "rules-2023.toml", 2023))

    ids = index.ids

    def index_cascade() -> list[str]:  # the launches' IRIs, as the SPARQL query returns them
        return [ids[i] for i in cascade_launches(index, find_directive(index, "34-CT/TW"))]

    def index_reach() -> dict[str, int]:
        return central_reach(index, launches_only=False)

    def index_lookup() -> list[str]:
        return [ids[i] for i in index.by_symbol("02/CT-UBND")]

    results: dict[str, Any] = {
        "index": {
            "load_index_ms": load_ms,
            "cascade": timed(index_cascade, repeat, timeout, sorted),
            "cascade_with_paths": timed(
                lambda: len(cascade(embedded, "34-CT/TW", index=index)["launches"]), repeat, timeout
            ),
            "reach_of_all_central": timed(index_reach, repeat, timeout),
            "lookup_by_symbol": timed(index_lookup, repeat, timeout, sorted),
            "audit_year": timed(lambda: audit_rows(embedded, rules, "index"), few, timeout),
        }
    }
    results["oxigraph"] = sparql_suite(embedded, repeat, timeout)
    results["oxigraph"]["list_documents"] = timed(lambda: len(list_entities(embedded, "documents")), 1, timeout)
    results["shacl"] = {"audit_year": timed(lambda: audit_rows(embedded, rules, "shacl"), 1, timeout * 5)}
    progress(results)
    if "server" in engines:
        embedded.close()
        proc, url = _start_server(store_dir)
        try:
            results["server"] = sparql_suite(EndpointStore(url), repeat, timeout)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
        embedded = OxigraphStore(store_dir, read_only=True)
        progress(results)
    if "rdflib" in engines:
        t0 = time.perf_counter()
        ds = _rdflib_baseline(embedded)
        results["rdflib"] = {"load_s": round(time.perf_counter() - t0, 1), "triples": len(ds)}
        for name, q in {**QUERIES, "cascade_path_query": PATH_CASCADE}.items():
            results["rdflib"][name] = timed(
                lambda q=q: list(ds.query(q)),
                1 if "path" in name else few,
                timeout,
                partial(normalise, "cascade" if "cascade" in name else name),
            )
        del ds
    embedded.close()
    # the same answers everywhere (compared in full, before comparing times); the path query asks the
    # cascade question without the materialised closure
    answers = take_answers(results)
    agree = {}
    for name in (*QUERIES, "audit_year"):
        given = {
            f"{e}{' (path query)' if k != name else ''}": a[k]
            for e, a in answers.items()
            for k in (name, "cascade_path_query" if name == "cascade" else "")
            if k in a
        }
        first = next(iter(given.values()))
        agree[name] = {"engines": sorted(given), "same": all(x == first for x in given.values())}
    report["queries"] = results
    report["engines_agree"] = agree
    ratios = {}
    for name in (*QUERIES, "audit_year"):
        ours = results["index"][name].get("p50_ms")
        for engine in ("oxigraph", "server", "rdflib", "shacl"):
            base = results.get(engine, {}).get(name, {})
            if ours and base.get("p50_ms"):
                ratios[f"{name} vs {engine}"] = round(base["p50_ms"] / ours, 1)
            elif ours and "timeout" in base:
                ratios[f"{name} vs {engine}"] = f"> {round(base['timeout'] * 1000 / ours)}"
    report["speedup"] = ratios
    return report


def _timed_cli(*args: str) -> dict[str, Any]:
    """One ``thidua`` command in a process of its own: its wall time and its own peak RSS (``wait4``)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "graph.cli", *args, "--json"], stdout=out, stderr=err)
        _pid, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if code:
        raise SystemExit(stderr.decode("utf-8", "replace")[-2000:])
    figures: dict[str, Any] = {"wall_s": round(wall, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024)}
    try:
        report = json.loads(stdout)
        figures.update({k: report[k] for k in ("extracted", "graphs_written", "graphs_kept") if k in report})
    except ValueError:
        pass
    return figures


def _new_document(template: Path, number: int, out: Path) -> Path:
    """A new document made from a synthetic one: its own number changed, so that it is another document."""
    text = template.read_text(encoding="utf-8")
    out.write_text(re.sub(r"(Số:[ ]?)\d+", lambda m: f"{m.group(1)}{number}", text, count=1), encoding="utf-8")
    return out


def incremental(n: int, work: Path) -> dict[str, Any]:
    """The steps of a register's week on a copy of the store of ``n`` documents (built first if need be)."""
    folder, _size = corpus(work, n)
    base = work / f"store-{n}"
    if not base.exists():
        build(folder, base)
    store = work / f"store-{n}-incremental"
    shutil.rmtree(store, ignore_errors=True)
    shutil.copytree(base, store)
    docs = sorted((folder / "docs").rglob("*.txt"))
    new = work / f"new-{n}"
    shutil.rmtree(new, ignore_errors=True)
    (new / "hundred").mkdir(parents=True)
    one = _new_document(docs[0], 900001, new / "one.txt")
    for i in range(100):
        _new_document(docs[i + 1], 900100 + i, new / "hundred" / f"{i:03d}.txt")
    at = ["--store", str(store)]
    steps: dict[str, Any] = {}
    steps["nothing_new"] = _timed_cli("build", str(folder / "docs"), *at)  # (its first run reads the extractions
    steps["nothing_new"] = _timed_cli("build", str(folder / "docs"), *at)  # the copy's page cache had not)
    steps["add_1"] = _timed_cli("build", str(one), *at)
    steps["add_100"] = _timed_cli("build", str(new / "hundred"), *at)
    one.write_text(one.read_text(encoding="utf-8").replace("năm 2023", "năm 2024"), encoding="utf-8")
    steps["change_1"] = _timed_cli("build", str(one), *at)
    steps["remove_1"] = _timed_cli("remove", str(one), *at)
    shutil.rmtree(store, ignore_errors=True)
    return {"documents": n, "steps": steps}


def table(reports: list[dict[str, Any]]) -> str:
    lines = []
    for r in reports:
        b = r["build"]
        lines.append(
            f"N = {r['documents']} ({r['megabytes']} MB): build {b['wall_s']} s · {b['documents_per_s']} văn "
            f"bản/s · {b['mb_per_s']} MB/s · RSS {b['peak_rss_mb']} MB · store {b['store_mb']} MB"
        )
        for engine, res in r["queries"].items():
            cells = []
            for name, v in res.items():
                if isinstance(v, dict):
                    cells.append(f"{name}={'timeout' if 'timeout' in v else str(v['p50_ms']) + 'ms'}")
                else:
                    cells.append(f"{name}={v}")
            lines.append(f"  {engine:9s} " + " · ".join(cells))
        lines.append(
            "  agree: " + " · ".join(f"{k}={v['same']} ({len(v['engines'])})" for k, v in r["engines_agree"].items())
        )
        lines.append("  speed-up of the index (p50): " + " · ".join(f"{k}: {v}×" for k, v in r["speedup"].items()))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "thidua-bench")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per query before it counts as a timeout")
    ap.add_argument("--engines", nargs="+", default=["server", "rdflib"], help="besides the index and the store")
    ap.add_argument("--json", type=Path, help="write the report here too")
    ap.add_argument("--reuse", action="store_true", help="keep a store built by an earlier run (its build figures)")
    ap.add_argument("--incremental", action="store_true", help="add 1, add 100, change 1, remove 1, nothing new")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    if args.incremental:
        found = [incremental(n, args.work) for n in args.sizes]
        print(json.dumps(found, ensure_ascii=False, indent=1))
        for r in found:
            print(
                f"N = {r['documents']}: "
                + " · ".join(f"{k} {v['wall_s']} s / {v.get('peak_rss_mb', '?')} MB" for k, v in r["steps"].items())
            )
        if args.json:
            args.json.write_text(json.dumps(found, ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
    reports = [run_size(n, args.work, args.repeat, args.timeout, args.engines, args.reuse) for n in args.sizes]
    print(json.dumps(reports, ensure_ascii=False, indent=1))
    print(table(reports))
    if args.json:
        args.json.write_text(json.dumps(reports, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
