#!/usr/bin/env python3
"""OCR benchmark: scans made from real texts, read back, scored against the same texts read directly.

For the bundled samples and the first ``--realworld N`` formal documents of ``tests/realworld/``, it renders
each text as scanned pages (``scripts/make_scans.py``: two-column header, slight rotation, noise, a stamp),
reads the image-only PDF through ``thidua``'s loader (Tesseract, Vietnamese model), and prints:

* the character error rate of the OCR text against the source text (after both are cleaned);
* F1 of what the scan gives against what the text gives: citations by symbol, and with kind and issuer;
  campaigns; themes; the own document (kind, symbol, year, issuer);
* pages per second per core, and one 20-page scan end to end (wall time, all cores).

    python scripts/bench_ocr.py --realworld 10
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from make_scans import render, save  # noqa: E402

from graph.clean import clean_loaded  # noqa: E402
from graph.extract import extract_file  # noqa: E402
from graph.load import load_file  # noqa: E402


class F1:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, got: set, want: set) -> None:
        self.tp += len(got & want)
        self.fp += len(got - want)
        self.fn += len(want - got)

    def __str__(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"F1={f:.3f}  (tp={self.tp} fp={self.fp} fn={self.fn})"


def _sets(doc) -> dict[str, set]:  # type: ignore[no-untyped-def]
    d = doc.document
    return {
        "citations": {c.symbol for c in doc.citations},
        "citations+kind+issuer": {(c.symbol, c.kind, c.issuer) for c in doc.citations},
        "campaigns": {c.name for c in doc.campaigns},
        "themes": {t.text for t in doc.themes},
        "document": {("kind", d.kind), ("symbol", d.symbol), ("year", d.year), ("issuer", d.issuer)},
    }


def _formal(path: Path) -> bool:
    head = path.read_text(encoding="utf-8")[:1500]
    return "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in head.upper() and "Số" in head


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--realworld", type=int, default=10, help="formal documents of tests/realworld/ to add")
    ap.add_argument("--dpi", type=int, default=300)
    args = ap.parse_args()
    from rapidfuzz.distance import Levenshtein

    texts = sorted((ROOT / "samples").glob("*.txt"))
    texts += [p for p in sorted((ROOT / "tests" / "realworld" / "docs").glob("*.txt")) if _formal(p)][: args.realworld]
    scores = {k: F1() for k in ("citations", "citations+kind+issuer", "campaigns", "themes", "document")}
    errors = chars = pages = 0
    seconds = 0.0
    with tempfile.TemporaryDirectory() as work:
        for src in texts:
            scan = Path(work) / f"{src.stem}.pdf"
            images = render(src.read_text(encoding="utf-8"), dpi=args.dpi)
            save(images, scan, dpi=args.dpi)
            pages += len(images)
            t = time.perf_counter()
            got = extract_file(scan)
            seconds += time.perf_counter() - t
            want = extract_file(src)
            for k, v in _sets(got).items():
                scores[k].add(v, _sets(want)[k])
            ocr_text = " ".join(clean_loaded(load_file(scan)).text.split())
            src_text = " ".join(clean_loaded(load_file(src)).text.split())
            errors += Levenshtein.distance(ocr_text, src_text)
            chars += len(src_text)
        print(f"{len(texts)} văn bản, {pages} trang quét ({args.dpi} dpi), {os.cpu_count()} lõi")
        print(f"tỉ lệ lỗi ký tự (CER)      {errors / max(chars, 1):.3%}")
        for k, v in scores.items():
            print(f"{k:26} {v}")
        print(f"{pages / seconds / (os.cpu_count() or 1):.2f} trang/s mỗi lõi")
        long_text = "\n".join(p.read_text(encoding="utf-8") for p in texts * 3)
        images = render(long_text, dpi=args.dpi)[:20]
        scan = Path(work) / "twenty.pdf"
        save(images, scan, dpi=args.dpi)
        t = time.perf_counter()
        extract_file(scan)
        print(f"bản quét {len(images)} trang, trích xuất trọn: {time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main()
