#!/usr/bin/env python3
"""Micro-benchmark of resolution: a fresh resolution against incremental updates of a kept state.

On N synthetic documents (scripts/synth_corpus.py, extracted once) it times ``resolve_corpus``, the state made
fresh (``ResolutionState().fresh``), the state saved and loaded (with its size on disk), and ``apply()`` on the
loaded state for: add 1 new document, add 100, change 1 (a source's path given another document's extraction),
remove 1.  Every figure is the best of ``--repeat`` runs, each from the state as saved; each result is checked
against ``resolve_corpus`` of the final records unless ``--no-check``.

    python scripts/bench_resolve.py                 # 10,000 documents
    python scripts/bench_resolve.py --n 2000 --records /tmp/syn2k.pickle   # extractions kept between runs
"""

from __future__ import annotations

import argparse
import os
import pickle
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from synth_corpus import generate, write  # noqa: E402

from graph.models import ResolvedCorpus, SourceRecord  # noqa: E402
from graph.resolve import resolve_corpus  # noqa: E402
from graph.resolve.incremental import ResolutionState, _light  # noqa: E402

PROVINCE = "Lạng Sơn"


def records(n: int, work: Path, cached: Path | None, workers: int) -> list[SourceRecord]:
    """N synthetic documents extracted (and the extractions kept in ``cached`` when given)."""
    if cached and cached.exists():
        with cached.open("rb") as f:
            got: list[SourceRecord] = pickle.load(f)
        if len(got) == n:
            return got
    from graph.api import extract_paths

    write(generate(n), work)
    docs, failures = extract_paths([work / "docs"], workers=workers)
    if failures:
        sys.exit(f"{len(failures)} documents failed to extract")
    got = [SourceRecord(d.source, d.sha256, PROVINCE if i % 4 else None, d) for i, d in enumerate(docs)]
    if cached:
        with cached.open("wb") as f:
            pickle.dump(got, f, protocol=pickle.HIGHEST_PROTOCOL)
    return got


def best(repeat: int, run: Callable[[], Any]) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = run()
        times.append(time.perf_counter() - start)
    return min(times), out


def _bare(rc: ResolvedCorpus) -> ResolvedCorpus:
    from dataclasses import replace

    return replace(rc, sources=tuple(_light(s) for s in rc.sources))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--records", type=Path, help="a pickle of the extractions, made on the first run")
    ap.add_argument("--no-check", action="store_true", help="do not compare each result with resolve_corpus")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="thidua-bench-resolve-") as tmp:
        work = Path(tmp)
        everything = records(args.n + 101, work / "corpus", args.records, args.workers)
        rng = random.Random(20231)
        rng.shuffle(everything)
        new, base = everything[:101], everything[101:]
        by_path = {r.path: r for r in base}
        print(f"{len(base)} documents, {sum(len(r.doc.citations) for r in base)} citations")

        t, _ = best(1, lambda: resolve_corpus(base))
        print(f"resolve_corpus (fresh)        {t:8.3f} s")
        t, _ = best(1, lambda: ResolutionState().fresh(base))
        state = ResolutionState()
        state.fresh(base)
        print(f"ResolutionState.fresh         {t:8.3f} s")
        saved = work / "resolution.state"
        t, _ = best(args.repeat, lambda: state.save(saved))
        print(f"state.save                    {t:8.3f} s   {saved.stat().st_size / 1e6:.1f} MB")
        t, _ = best(args.repeat, lambda: ResolutionState.load(saved))
        print(f"ResolutionState.load          {t:8.3f} s")

        victim = sorted(by_path)[len(by_path) // 2]
        donor = by_path[sorted(by_path)[len(by_path) // 3]]
        cases: dict[str, tuple[list[SourceRecord], list[str]]] = {
            "add 1": (new[:1], []),
            "add 100": (new[1:101], []),
            "change 1": ([SourceRecord(victim, donor.sha256, donor.province, donor.doc)], []),
            "remove 1": ([], [victim]),
        }
        for name, (changed, removed) in cases.items():
            final = {p: r for p, r in by_path.items() if p not in removed} | {r.path: r for r in changed}

            def step(
                changed: list[SourceRecord] = changed, removed: list[str] = removed, final: dict = final
            ) -> tuple[Any, ...]:
                loaded = ResolutionState.load(saved)
                start = time.perf_counter()
                rc, delta = loaded.apply(changed, removed, final.__getitem__)
                return time.perf_counter() - start, rc, delta

            runs = [step() for _ in range(args.repeat)]
            apply_time = min(r[0] for r in runs)
            total, (_, rc, delta) = best(1, lambda step=step: step())  # type: ignore[misc]
            again = len(delta.resolved_again)
            print(
                f"apply {name:<10}              {apply_time:8.3f} s   (with the load {total:.3f} s; "
                f"{len(delta.sources)} sources resolved, {again} again {dict(delta.because)}, "
                f"reclustered={delta.reclustered}, inferred again={delta.inferred_again})"
            )
            if not args.no_check:
                assert _bare(rc) == _bare(resolve_corpus(final.values())), name


if __name__ == "__main__":
    main()
