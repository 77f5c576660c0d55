#!/usr/bin/env python3
"""Scores of thidua on the real-world development corpus (``tests/realworld/``), with every miss.

    python scripts/eval_realworld.py            # extraction and graph scores, then the misses
    python scripts/eval_realworld.py --quiet    # the scores only
    python scripts/eval_realworld.py --json     # the scores as JSON (what tests/realworld/scores.json holds)

Extraction is scored document by document against ``tests/realworld/gold/<id>.json`` (the shape of
DESIGN.md §4, written by reading each document): citations by symbol, by symbol and date, and with kind
and issuer too; the document's own kind, symbol, year and issuer (and its date and title); launch detection;
campaigns; themes.
The graph is scored on a store built from every document at once, with no ``--province`` (the province
must come from the text): the launches that rest on each central directive (``cascade`` pairs) and the
audit verdicts under ``tests/realworld/rules.toml``, against ``tests/realworld/gold/_corpus.json``.
Text comparison follows ``../shared/tools/score_extraction.py`` (NFC, dashes folded, case and quotes
ignored, names equal at a similarity of 0.9).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _in_project_environment() -> None:
    """Run with the project's own environment (.venv, made by scripts/setup.sh) when started by a Python
    that lacks thidua's packages (``python3 scripts/eval_realworld.py`` on a system Python)."""
    import importlib.util
    import os

    if importlib.util.find_spec("pyoxigraph") and importlib.util.find_spec("rapidfuzz"):
        return
    venv = ROOT / ".venv" / "bin" / "python"
    if venv.exists() and Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
        os.execv(str(venv), [str(venv), __file__, *sys.argv[1:]])
    sys.exit("thidua's packages are missing: run `bash scripts/setup.sh`, then `.venv/bin/python " + __file__ + "`")


if __name__ == "__main__":
    _in_project_environment()

CORPUS = ROOT / "tests" / "realworld"
DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


def norm_symbol(symbol: str | None) -> str:
    return re.sub(r"\s+", "", nfc(symbol).translate(DASHES)).upper()


def norm_text(text: str | None) -> str:
    text = nfc(text).translate(DASHES).casefold()
    text = re.sub(r"[*_“”\"'‘’«»]", "", text)
    text = re.sub(r"\s*([,;:.\-()])\s*", r"\1", text)
    return re.sub(r"\s+", " ", text).strip(" .;,")


def similar(a: str, b: str, threshold: float = 0.9) -> bool:
    a, b = norm_text(a), norm_text(b)
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= threshold


def issuer_ok(pred: str | None, gold: str | None) -> bool:
    if not gold:
        return True
    p, g = norm_text(pred), norm_text(gold)
    return bool(p) and (p in g or g in p)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    tallies: dict[str, Tally] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def tally(self, name: str) -> Tally:
        return self.tallies.setdefault(name, Tally())

    def table(self) -> dict[str, float]:
        return {name: round(t.f1, 4) for name, t in self.tallies.items()}


def match(preds: list, golds: list, same: Callable[[Any, Any], bool]) -> tuple[list, list, list]:
    """Greedy one-to-one matching: (pairs, unmatched predictions, unmatched gold)."""
    left = list(range(len(preds)))
    pairs, missed = [], []
    for g in golds:
        hit = next((i for i in left if same(preds[i], g)), None)
        if hit is None:
            missed.append(g)
        else:
            left.remove(hit)
            pairs.append((preds[hit], g))
    return pairs, [preds[i] for i in left], missed


def load_gold() -> dict[str, dict]:
    return {
        p.stem: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((CORPUS / "gold").glob("*.json"))
        if not p.stem.startswith("_")
    }


def extraction(gold: dict[str, dict], scores: Scores) -> None:
    from graph.api import extract_one
    from graph.models import ExtractedDocument

    for doc_id, g in gold.items():
        out = extract_one(str(CORPUS / "docs" / g["source"]))
        if not isinstance(out, ExtractedDocument):
            scores.misses.append(f"{doc_id}: NOT READ {out.reason}")
            continue
        p = out.to_json()
        _citations(doc_id, p["citations"], g["citations"], scores)
        _own(doc_id, p["document"], g["document"], scores)
        for name, key, gkey in (("campaigns", "name", "campaigns"), ("themes", "text", "themes")):
            names = [c[key] for c in p[gkey]]
            pairs, extra, missed = match(names, g[gkey], similar)
            scores.tally(name).add(len(pairs), len(extra), len(missed))
            scores.misses += [f"{doc_id}: {name[:-1]} missed  {m}" for m in missed]
            scores.misses += [f"{doc_id}: {name[:-1]} extra   {e}" for e in extra]


def _citations(doc_id: str, pred: list[dict], gold: list[dict], scores: Scores) -> None:
    def key(c: dict, date: bool) -> tuple[str, str]:
        return norm_symbol(c.get("symbol")), (c.get("date") or "") if date else ""

    pairs, extra, missed = match(pred, gold, lambda a, b: key(a, False) == key(b, False))
    scores.tally("citations").add(len(pairs), len(extra), len(missed))
    scores.misses += [f"{doc_id}: citation missed  {c['symbol']} {c.get('date')}" for c in missed]
    scores.misses += [f"{doc_id}: citation extra   {c['symbol']} {c.get('date')}" for c in extra]
    dated = sum(1 for a, b in pairs if key(a, True) == key(b, True))
    scores.tally("citations+date").add(dated, len(extra) + len(pairs) - dated, len(missed) + len(pairs) - dated)
    strict = 0
    for a, b in pairs:
        ok = issuer_ok(a.get("issuer"), b.get("issuer")) and norm_text(a.get("kind")) == norm_text(b.get("kind"))
        strict += ok
        if not ok:
            scores.misses.append(
                f"{doc_id}: citation kind/issuer  {b['symbol']}: got {a.get('kind')!r}/{a.get('issuer')!r} "
                f"expected {b.get('kind')!r}/{b.get('issuer')!r}"
            )
        elif key(a, True) != key(b, True):
            scores.misses.append(
                f"{doc_id}: citation date  {b['symbol']}: got {a.get('date')} expected {b.get('date')}"
            )
    scores.tally("citations+kind+issuer").add(
        strict, len(extra) + len(pairs) - strict, len(missed) + len(pairs) - strict
    )


def _own(doc_id: str, pred: dict, gold: dict, scores: Scores) -> None:
    checks = {
        "kind": norm_text(pred.get("kind")) == norm_text(gold.get("kind")),
        "symbol": norm_symbol(pred.get("symbol")) == norm_symbol(gold.get("symbol")),
        "year": pred.get("year") == gold.get("year"),
        "issuer": issuer_ok(pred.get("issuer"), gold.get("issuer"))
        and bool(pred.get("issuer")) == bool(gold.get("issuer")),
    }
    # the date and the title too, as ../shared/tools/score_extraction.py scores them (not in "document": the
    # four fields above are what identity rests on)
    also = {
        "date": (pred.get("date") or None) == gold.get("date"),
        "title": similar(pred.get("title") or "", gold.get("title") or ""),
    }
    for name, ok in (*checks.items(), *also.items()):
        scores.tally("document." + name).add(int(ok), int(not ok), int(not ok))
        if name in checks:
            scores.tally("document").add(int(ok), int(not ok), int(not ok))
        if not ok:
            scores.misses.append(f"{doc_id}: document {name}: got {pred.get(name)!r} expected {gold.get(name)!r}")
    for flag in ("launch", "reported"):
        got, want = bool(pred.get(flag)), bool(gold.get(flag))
        scores.tally(flag).add(int(got and want), int(got and not want), int(want and not got))
        if got != want:
            scores.misses.append(f"{doc_id}: {flag}: got {got} expected {want}")


def graph(gold: dict[str, dict], scores: Scores) -> None:
    """Build one store of every document (no --province) and score the cascade and the audit."""
    from graph.analysis import cascade
    from graph.audit import audit
    from graph.errors import ThiduaError
    from graph.index import citation_index
    from graph.pipeline import build
    from graph.rules import load_rules
    from graph.store import OxigraphStore

    expected = json.loads((CORPUS / "gold" / "_corpus.json").read_text(encoding="utf-8"))
    same = _same_document(gold)
    with tempfile.TemporaryDirectory() as tmp:
        store = OxigraphStore(Path(tmp) / "store")
        build([CORPUS / "docs"], store, workers=1)
        index = citation_index(store)
        for key, want in expected["cascade"].items():
            symbol, _, where = key.partition(" @ ")  # "22-NQ/TU @ Kiên Giang": a number several provinces use;
            year = int(where) if where.isdigit() else None  # "01/NQ-CP @ 2021": one the Government reuses each year
            province = None if year else where or None
            try:
                found = cascade(store, symbol, year=year, index=index, province=province)
                got = {same.get(Path(x["source"]).stem, Path(x["source"]).stem) for x in found["launches"]}
            except ThiduaError:
                got = set()
            want = {same.get(x, x) for x in want}
            scores.tally("cascade").add(len(got & want), len(got - want), len(want - got))
            scores.misses += [f"cascade {key}: missed {x}" for x in sorted(want - got)]
            scores.misses += [f"cascade {key}: extra  {x}" for x in sorted(got - want)]
        report = audit(store, load_rules(CORPUS / "rules.toml"))
        store.close()
    verdicts: dict[str, str] = {}
    for r in report.results:
        stem = Path(r["source"]).stem
        verdicts[stem] = "fail" if verdicts.get(stem) == "fail" or not r["pass"] else "pass"
    for u in report.uncovered:
        verdicts.setdefault(Path(u["source"]).stem, "no_rule")
    for stem in list(verdicts):  # a document several pages report has one verdict, given to one of them
        rep = same.get(stem)
        for other in (o for o, r in same.items() if rep is not None and r == rep):
            verdicts.setdefault(other, verdicts[stem])
    for doc_id, want in expected["audit"]["expected"].items():
        got = verdicts.get(doc_id, "not a launch")
        ok = got == want["verdict"]
        scores.tally("audit").add(int(ok), int(not ok), int(not ok))
        if not ok:
            scores.misses.append(f"audit {doc_id}: got {got} expected {want['verdict']}")


def _same_document(gold: dict[str, dict]) -> dict[str, str]:
    """Sources whose gold names the same document by its full number and year (two pages reporting one
    decision) → one of them: the graph rightly holds one document for them, listed under one source."""
    from graph.extract.text import symbol_key

    groups: dict[tuple[str, object], list[str]] = {}
    for doc_id, g in gold.items():
        d = g["document"]
        if d.get("symbol") and "/" in d["symbol"]:
            groups.setdefault((symbol_key(d["symbol"]), d.get("year")), []).append(doc_id)
    return {x: min(ids) for ids in groups.values() if len(ids) > 1 for x in ids}


def evaluate(with_graph: bool = True) -> Scores:
    gold = load_gold()
    scores = Scores()
    extraction(gold, scores)
    if with_graph:
        graph(gold, scores)
    return scores


def _use_corpus(folder: Path) -> None:
    global CORPUS
    CORPUS = folder


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quiet", action="store_true", help="print the scores only")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--no-graph", action="store_true", help="extraction scores only (no store is built)")
    ap.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        help="another corpus of the same shape (docs/, gold/; graph scores only where gold/_corpus.json is)",
    )
    args = ap.parse_args()
    _use_corpus(args.corpus.resolve())
    scores = evaluate(with_graph=not args.no_graph and (CORPUS / "gold" / "_corpus.json").exists())
    if args.json:
        print(json.dumps(scores.table(), indent=1, sort_keys=True))
        return 0
    if not args.quiet:
        print("\n".join(scores.misses) or "no differences")
        print()
    gold = load_gold()
    provinces = {g.get("province") or "(Trung ương)" for g in gold.values()}
    where = CORPUS.relative_to(ROOT) if CORPUS.is_relative_to(ROOT) else CORPUS
    print(f"{len(gold)} documents, {len(provinces)} provinces or central bodies ({where})")
    for name, t in scores.tallies.items():
        print(f"{name:24s} F1={t.f1:.3f}  (tp={t.tp} fp={t.fp} fn={t.fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
