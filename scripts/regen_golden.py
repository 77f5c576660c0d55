#!/usr/bin/env python3
"""Regenerate tests/golden/queries/*.json: every named query, run with its example parameters on the
graph built from samples/ (province Lạng Sơn).  Read the diff before committing: a golden file is a
statement of what the answer must be."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.pipeline import build  # noqa: E402
from graph.queries import catalogue, run  # noqa: E402
from graph.store import OxigraphStore  # noqa: E402

GOLDEN = ROOT / "tests" / "golden" / "queries"


def example_params(q) -> dict[str, str]:  # type: ignore[no-untyped-def]
    pairs = (kv.split("=", 1) for kv in q.meta.get("example", "").split() if "=" in kv)
    return {k: str(ROOT / v) if p.type == "path" else v for (k, v) in pairs for p in q.params if p.name == k}


def normalise(rows: list[dict]) -> list[dict]:
    prefix = str(ROOT) + "/"
    out = [{k: (v.replace(prefix, "") if isinstance(v, str) else v) for k, v in r.items()} for r in rows]
    return sorted(out, key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))


def answers(store: OxigraphStore) -> dict[str, dict]:
    result = {}
    for name, q in catalogue().items():
        params = example_params(q)
        rows = normalise(run(store, q, params))
        result[name] = {"params": {k: v.replace(str(ROOT) + "/", "") for k, v in params.items()}, "rows": rows}
    return result


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = OxigraphStore(Path(tmp) / "store")
        build([ROOT / "samples"], store, province="Lạng Sơn", workers=1)
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for name, data in answers(store).items():
            (GOLDEN / f"{name}.json").write_text(
                json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            print(f"{name}: {len(data['rows'])} rows")
        store.close()


if __name__ == "__main__":
    main()
