#!/usr/bin/env python3
"""Is extraction linear in the size of hostile input?  Times load → clean → extract of one file at 1, 4, 16
and 64 MB for each shape a careful attacker would try (one huge line of citations, of quotes never closed,
of "số" without symbols, of slashes; millions of short lines), and prints seconds and MB/s per size.

    python scripts/bench_linear.py                 # 1, 4, 16, 64 MB
    python scripts/bench_linear.py --sizes 1 4     # quicker

Linear means the MB/s of a shape stays about the same as the size grows (a quadratic scan falls by 4× at
each step).  The files are made in a temporary folder and removed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.api import extract_one  # noqa: E402

SHAPES = {
    "one line of citations": "Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về phát động thi đua; ",
    "one line of open quotes": "“phong trào thi đua chủ đề ",
    "one line of 'số' without symbols": "số 12 của ngày năm số ",
    "one line of slashes": "a/b-c/d 1/2/3 ",
    "millions of short lines": "Căn cứ\n",
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 4, 16, 64], help="sizes in MB")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for shape, unit in SHAPES.items():
            row = []
            for mb in args.sizes:
                path = Path(tmp) / "doc.txt"
                n = int(mb * 1e6 / len(unit.encode("utf-8")))
                path.write_text(unit * n, encoding="utf-8")
                size = path.stat().st_size / 1e6
                start = time.perf_counter()
                extract_one(str(path))
                seconds = time.perf_counter() - start
                row.append(f"{size:5.1f} MB {seconds:6.2f} s ({size / seconds:5.2f} MB/s)")
            print(f"{shape:34s} " + " · ".join(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
