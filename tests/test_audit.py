"""The audit on the samples gives exactly what tests/gold/_corpus.json says, through the command."""

from __future__ import annotations

import json
import re
from pathlib import Path

from browser import dom, screenshot
from helpers import thidua
from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "ontology" / "audit" / "lang-son.toml"
EXPECTED = json.loads((ROOT / "tests" / "gold" / "_corpus.json").read_text(encoding="utf-8"))["audit_default_rules"]
ARTIFACTS = ROOT / "tests" / "artifacts"


def test_audit_matches_the_corpus_expectations(seed_store_path: Path, tmp_path: Path) -> None:
    html = tmp_path / "audit.html"
    shapes = tmp_path / "shapes.ttl"
    run = thidua(
        "audit", "--rules", RULES, "--json", "--html", html, "--shapes", shapes, "--store", seed_store_path, code=None
    )
    assert run.returncode == 1, run.stderr  # one launch fails
    results = {Path(r["source"]).stem: r for r in json.loads(run.stdout)}
    assert set(results) == set(EXPECTED["expected"])
    for stem, want in EXPECTED["expected"].items():
        assert results[stem]["pass"] is want["pass"], stem
        assert sorted(results[stem]["missing"]) == sorted(want["missing"]), stem
    (suspect,) = results["003_ef26167016bed370"]["suspect"]
    assert (suspect["cited"], suspect["date"], suspect["instead_of"]) == (
        "01/CT-UBND",
        "2023-01-09",
        "02/CT-UBND (2023-01-13)",
    )
    source = (ROOT / "samples" / "003_ef26167016bed370.txt").read_text(encoding="utf-8")
    start, end = suspect["span"]
    assert source[start:end].replace("\n", " ").startswith("Chỉ thị số 01/CT-UBND")
    assert "01/CT-UBND ngày 09/01/2023" in suspect["evidence"]
    for r in results.values():
        assert r["rule"] in ("lang-son-2023", "lang-son-2024") and r["issuer"]
    # the compiled shapes are readable Turtle
    g = Graph().parse(str(shapes), format="turtle")
    assert len(list(g.subjects(predicate=None, object=None))) > 10
    assert "02/CT-UBND (2023-01-13)" in shapes.read_text(encoding="utf-8")


def test_the_html_report_renders_in_chromium(seed_store_path: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    html = ARTIFACTS / "audit.html"
    thidua("audit", "--rules", RULES, "--html", html, "--store", seed_store_path, code=1)
    page = dom(html)
    counts = re.search(r'id="counts" data-total="(\d+)" data-pass="(\d+)" data-fail="(\d+)"', page)
    assert counts and counts.groups() == ("5", "4", "1")
    assert page.count('class="result"') == 5
    assert "Sở Xây dựng tỉnh Lạng Sơn" in page and "có thể nhầm với" in page
    assert "<script" not in page.lower()  # a plain report: nothing to run
    screenshot(html, ARTIFACTS / "audit.png")


def test_a_bad_rules_file_is_one_line(tmp_path: Path, seed_store_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[[rule]]\nid = 'x'\n", encoding="utf-8")
    run = thidua("audit", "--rules", bad, "--store", seed_store_path, code=None)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert len([line for line in run.stderr.splitlines() if line.strip()]) == 1
    broken = tmp_path / "broken.toml"
    broken.write_text("[[rule]\n", encoding="utf-8")
    run = thidua("audit", "--rules", broken, "--store", seed_store_path, code=None)
    assert run.returncode == 2 and "TOML" in run.stderr


def test_an_unknown_audit_engine_is_one_line_in_either_language(seed_store_path: Path) -> None:
    for lang, words in (("vi", "không có cách kiểm tra"), ("en", "no such audit engine")):
        run = thidua("audit", "--rules", RULES, "--engine", "jena", "--store", seed_store_path, code=2, lang=lang)
        assert words in run.stderr and "index | shacl" in run.stderr and "Traceback" not in run.stderr
        assert len([line for line in run.stderr.splitlines() if line.strip()]) == 1
