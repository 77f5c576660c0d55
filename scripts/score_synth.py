#!/usr/bin/env python3
"""Score citation extraction on a synthetic corpus against its truth.jsonl (precision, recall, F1).

python scripts/synth_corpus.py --n 10000 --out /tmp/c && python scripts/score_synth.py /tmp/c
"""

from __future__ import annotations

import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.api import extract_one  # noqa: E402
from graph.extract.text import symbol_key  # noqa: E402
from graph.models import ExtractedDocument  # noqa: E402


def _pairs(path: str) -> set[tuple[str, str | None]]:
    doc = extract_one(path)
    if not isinstance(doc, ExtractedDocument):
        return set()
    return {(symbol_key(c.symbol), c.date) for c in doc.citations}


def main() -> int:
    folder = Path(sys.argv[1])
    truth = [json.loads(line) for line in (folder / "truth.jsonl").open(encoding="utf-8")]
    files = [str(folder / "docs" / t["file"]) for t in truth]
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        got = list(pool.map(_pairs, files, chunksize=64))
    tp = fp = fn = 0
    for t, g in zip(truth, got, strict=True):
        want = {(symbol_key(s), d) for s, d in t["citations"]}
        tp, fp, fn = tp + len(g & want), fp + len(g - want), fn + len(want - g)
    p, r = tp / (tp + fp), tp / (tp + fn)
    print(f"{len(truth)} văn bản: citations P={p:.4f} R={r:.4f} F1={2 * p * r / (p + r):.4f} (tp={tp} fp={fp} fn={fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
