"""The real-world development corpus (tests/realworld/): its scores never fall back, its pages are the ones
its manifest names (none kept for independent evaluation), and a real page of another province goes through
``thidua build``, ``cascade`` and ``audit`` with the right answer."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from helpers import thidua

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "realworld"
GOLDEN = CORPUS / "scores.json"
EXCLUDED = ROOT.parent / "shared" / "eval" / "exclude-urls.txt"


def _eval_module():  # scripts/ is not a package: load the evaluation script as the command runs it
    spec = importlib.util.spec_from_file_location("eval_realworld", ROOT / "scripts" / "eval_realworld.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_realworld"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    return _eval_module().evaluate().table()


def test_scores_hold_at_least_the_golden_figures(scores: dict[str, float]) -> None:
    """``python scripts/eval_realworld.py --json > tests/realworld/scores.json`` records a new level."""
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    fallen = {k: (scores.get(k, 0.0), v) for k, v in golden.items() if scores.get(k, 0.0) < v - 1e-9}
    assert not fallen, f"scores fell (now, golden): {fallen}"


def test_every_document_has_its_address_and_its_gold() -> None:
    manifest = dict(line.split("\t") for line in (CORPUS / "manifest.tsv").read_text(encoding="utf-8").splitlines())
    docs = {p.stem for p in (CORPUS / "docs").glob("*.txt")}
    gold = {p.stem for p in (CORPUS / "gold").glob("*.json") if not p.stem.startswith("_")}
    assert docs == gold == set(manifest)
    assert len(docs) >= 60
    for stem in gold:
        g = json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
        assert g["url"] == manifest[stem], stem
        assert isinstance(g["document"]["launch"], bool), stem
    provinces = {
        json.loads(p.read_text(encoding="utf-8")).get("province") for p in (CORPUS / "gold").glob("[!_]*.json")
    }
    assert len(provinces) >= 15


@pytest.mark.skipif(not EXCLUDED.exists(), reason="../shared/eval/exclude-urls.txt is not beside this checkout")
def test_no_page_kept_for_independent_evaluation_is_used() -> None:
    excluded = {line.strip() for line in EXCLUDED.read_text(encoding="utf-8").splitlines() if line.startswith("http")}
    used = {line.split("\t")[1] for line in (CORPUS / "manifest.tsv").read_text(encoding="utf-8").splitlines()}
    assert not used & excluded


def test_real_pages_of_other_provinces_through_build_cascade_and_audit(tmp_path: Path) -> None:
    """Two real pages, no --province: a Tây Ninh council's plan and a Tiền Giang conference that launches the
    year's emulation citing "Chỉ thị số 19 của Thủ tướng Chính phủ" by number alone."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for stem in ("s10_tayninh_hdtdkt_kh_ct04_2021_2025", "s15_tiengiang_tongket_phatdong_2024"):
        (folder / f"{stem}.txt").write_bytes((CORPUS / "docs" / f"{stem}.txt").read_bytes())
    store = tmp_path / "store"
    built = json.loads(thidua("build", folder, "--store", store, "--json").stdout)
    assert built["launches"] == 2 and built["no_province"] == []
    cascade = thidua("cascade", "19/CT-TTg", "--store", store).stdout
    assert "s10_tayninh" in cascade and "s15_tiengiang" in cascade
    report = json.loads(thidua("audit", "--rules", CORPUS / "rules.toml", "--json", "--store", store, code=0).stdout)
    assert report["status"] == "pass" and report["summary"]["checked"] == 2
    assert {r["rule"] for r in report["results"]} == {"tay-ninh-2021", "tien-giang-2024"}
