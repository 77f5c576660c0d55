"""One golden test per queries/*.rq (generated from the folder), headers, and parameter binding."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.queries import catalogue, run
from graph.store import OxigraphStore

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "queries"
sys.path.insert(0, str(ROOT / "scripts"))
from regen_golden import example_params, normalise  # noqa: E402

QUERIES = catalogue(ROOT / "queries")


def test_there_are_at_least_twelve_queries_each_with_a_golden_file() -> None:
    assert len(QUERIES) >= 12
    assert {p.stem for p in GOLDEN.glob("*.json")} == set(QUERIES)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_golden(name: str, seed_store_path: Path) -> None:
    q = QUERIES[name]
    golden = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    store = OxigraphStore(seed_store_path, read_only=True)
    rows = normalise(run(store, q, example_params(q)))
    store.close()
    assert rows == golden["rows"]
    assert set(q.columns) >= set(rows[0]) if rows else True


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_headers_document_the_query(name: str) -> None:
    q = QUERIES[name]
    assert q.title and " | " in q.title  # Vietnamese | English
    assert len(q.purpose_vi) > 30 and len(q.purpose_en) > 30
    assert q.columns
    for p in q.params:
        assert p.doc and f"?{p.name}" in q.text


HOSTILE = [
    '34-CT/TW" } } DROP ALL ; SELECT * WHERE { ?s ?p "',
    "x> } ; CLEAR ALL ; #",
    '\\" ) } } INSERT DATA { <a:b> <a:c> <a:d> } #',
    "' OR 1=1 --",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_parameters_full_of_metacharacters_give_an_empty_answer(value: str, seed_store_path: Path) -> None:
    store = OxigraphStore(seed_store_path, read_only=True)
    before = store.count()
    for name in ("rests_on", "cascade_by_level", "citation_evidence"):
        assert run(store, QUERIES[name], {"symbol": value}) == []
    assert store.count() == before
    store.close()


def test_query_command_json_and_csv(seed_store_path: Path) -> None:
    env = {**os.environ, "THIDUA_LANG": "vi"}
    cmd = [
        sys.executable,
        "-m",
        "graph.cli",
        "query",
        "rests_on",
        "--param",
        "symbol=19/CT-TTg",
        "--store",
        str(seed_store_path),
    ]
    out = subprocess.run([*cmd, "--format", "json"], capture_output=True, text=True, env=env, check=True).stdout
    rows = json.loads(out)
    assert {Path(r["source"]).stem for r in rows} == {
        "000_12c2003f901a3d71",
        "001_52ef097bb2bcc2d4",
        "002_b9900a5355c6d3e9",
        "004_07af803d77207afe",
    }
    csv = subprocess.run([*cmd, "--format", "csv"], capture_output=True, text=True, env=env, check=True).stdout
    assert csv.splitlines()[0] == "document,label,issuer,year,direct,source" and len(csv.splitlines()) == 5
    bad = subprocess.run(
        [*cmd[:4], "rests_on", "--store", str(seed_store_path)], capture_output=True, text=True, env=env
    )
    assert bad.returncode == 2 and "thiếu tham số" in bad.stderr and "Traceback" not in bad.stderr


def test_a_query_file_by_path(seed_store_path: Path, tmp_path: Path) -> None:
    f = tmp_path / "count.rq"
    f.write_text("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "graph.cli", "query", str(f), "--format", "json", "--store", str(seed_store_path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert json.loads(out)[0]["n"] > 1000
