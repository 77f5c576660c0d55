#!/usr/bin/env python3
"""Benchmark the load → clean → extract pipeline over a corpus of at least 100 MB.

The corpus is made from the bundled samples, replicated and varied (numbers, dates, issuers,
decomposed diacritics, markdown, line breaks), written to a folder, and read back from disk
the way ``thidua extract`` reads it.  Prints documents/s, MB/s, and MB/s per core.

    python scripts/bench_extract.py                 # 100 MB, all cores
    python scripts/bench_extract.py --mb 20 --workers 1
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.api import extract_one  # noqa: E402
from graph.models import ExtractedDocument  # noqa: E402

PROVINCES = ["Lạng Sơn", "Cao Bằng", "Hà Giang", "Quảng Ninh", "Bắc Giang", "Thái Nguyên", "Nghệ An", "Huế"]
DEPARTMENTS = ["Sở Nội vụ", "Sở Tài chính", "Sở Y tế", "Sở Xây dựng", "Sở Giáo dục và Đào tạo", "Sở Công Thương"]


def vary(text: str, rng: random.Random) -> str:
    """A plausible variant of a sample: other numbers, dates, province and department, noise."""
    province = rng.choice(PROVINCES)
    text = text.replace("Lạng Sơn", province).replace("LẠNG SƠN", province.upper())
    text = re.sub(r"\b(\d{1,3})(?=/(?:CT|KH|QĐ)-UBND)", lambda m: str(rng.randint(1, 400)), text)
    text = re.sub(r"\b(20(?:1\d|2[0-4]))\b", lambda m: str(int(m.group(1)) + rng.choice((0, 0, 1))), text)
    text = text.replace("Sở Nội vụ", rng.choice(DEPARTMENTS))
    if rng.random() < 0.3:  # decomposed diacritics in some words
        words = text.split(" ")
        for i in rng.sample(range(len(words)), k=min(40, len(words))):
            words[i] = unicodedata.normalize("NFD", words[i])
        text = " ".join(words)
    if rng.random() < 0.3:  # markdown emphasis
        text = re.sub(r"“([^”\n]{3,80})”", r"“**\1**”", text)
    if rng.random() < 0.3:  # symbols broken across lines
        text = re.sub(r"(\d+-)(NQ|CT)/", r"\1 \n\2/", text)
    return text


def make_corpus(folder: Path, megabytes: float, seed: int = 7) -> tuple[int, int]:
    rng = random.Random(seed)
    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    target = int(megabytes * 1_000_000)
    total = count = 0
    while total < target:
        text = vary(rng.choice(samples), rng)
        data = text.encode("utf-8")
        sub = folder / f"{count // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"doc{count:06d}.txt").write_bytes(data)
        total += len(data)
        count += 1
    return count, total


def run(files: list[str], workers: int) -> tuple[float, int, int]:
    start = time.perf_counter()
    ok = failed = 0
    if workers == 1:
        outcomes = map(extract_one, files)
    else:
        pool = ProcessPoolExecutor(max_workers=workers)
        outcomes = pool.map(extract_one, files, chunksize=64)
    for outcome in outcomes:
        if isinstance(outcome, ExtractedDocument):
            ok += 1
        else:
            failed += 1
    if workers != 1:
        pool.shutdown()
    return time.perf_counter() - start, ok, failed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=100.0, help="corpus size in MB (default 100)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes (default: all cores)")
    ap.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="thidua-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        count, total = make_corpus(folder, args.mb)
        files = sorted(str(p) for p in folder.rglob("*.txt"))
        seconds, ok, failed = run(files, args.workers)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    mb = total / 1e6
    figures = {
        "documents": count,
        "megabytes": round(mb, 1),
        "workers": args.workers,
        "seconds": round(seconds, 2),
        "documents_per_s": round(ok / seconds, 1),
        "mb_per_s": round(mb / seconds, 2),
        "mb_per_s_per_core": round(mb / seconds / args.workers, 2),
        "failed": failed,
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{count} văn bản, {mb:.1f} MB, {args.workers} tiến trình: {seconds:.1f} s")
        print(
            f"  {figures['documents_per_s']} văn bản/s · {figures['mb_per_s']} MB/s · "
            f"{figures['mb_per_s_per_core']} MB/s mỗi lõi · lỗi: {failed}"
        )
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
