"""The bundled samples against their hand-made answers (tests/gold, copied from the seed gold)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from graph import extract_file
from graph.extract.text import symbol_key

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
SAMPLES = ROOT / "samples"
NAMES = sorted(p.stem for p in GOLD.glob("*.json") if not p.stem.startswith("_"))


@pytest.mark.parametrize("name", NAMES)
def test_sample_matches_gold(name: str) -> None:
    gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    doc = extract_file(SAMPLES / f"{name}.txt")
    got = sorted((symbol_key(c.symbol), c.date) for c in doc.citations)
    want = sorted((symbol_key(c["symbol"]), c["date"]) for c in gold["citations"])
    assert got == want
    kinds = {(symbol_key(c.symbol), c.date): c.kind for c in doc.citations}
    for c in gold["citations"]:
        assert kinds[(symbol_key(c["symbol"]), c["date"])] == c["kind"]
    assert [c.name for c in doc.campaigns] == gold["campaigns"]
    assert sorted(t.text for t in doc.themes) == sorted(gold["themes"])
    g, d = gold["document"], doc.document
    assert (d.kind, d.date, d.year, d.signer.name) == (g["kind"], g["date"], g["year"], g["signer"]["name"])
    assert (d.symbol or None) == g["symbol"]
    assert d.issuer and g["issuer"].casefold() in d.issuer.casefold()
    assert list(d.recipients) == g["recipients"]
    links = sorted((lk.source, lk.target, lk.relation) for lk in doc.links)
    assert links == sorted((lk["from"], lk["to"], lk["relation"]) for lk in gold["links"])
    for owner_theme, owner in gold.get("theme_owners", {}).items():
        assert [t.owner for t in doc.themes if t.text == owner_theme] == [owner]
    if "period_end" in g:
        assert d.period_end == g["period_end"]


def test_shared_scorer_meets_the_targets() -> None:
    """The scorer shipped beside the project (DESIGN.md §4), when it is there."""
    scorer = ROOT.parent / "shared" / "tools" / "score_extraction.py"
    if not scorer.exists():
        pytest.skip("../shared/tools/score_extraction.py is not beside this checkout")
    run = subprocess.run(
        [
            sys.executable,
            str(scorer),
            "--gold",
            str(GOLD),
            "--docs",
            str(SAMPLES),
            "--quiet",
            "--cmd",
            f"{sys.executable} -m graph.cli extract --json",
            "--min-citations",
            "0.99",
            "--min-campaigns",
            "0.95",
            "--min-themes",
            "0.95",
            "--min-document",
            "0.95",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
