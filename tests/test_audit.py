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
    report = json.loads(run.stdout)
    assert report["status"] == "fail" and report["summary"]["launches_in_store"] == 5
    assert report["summary"]["checked"] == 5 and report["no_rule"] == []
    results = {Path(r["source"]).stem: r for r in report["results"]}
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


def _rules_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "rules.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_an_audit_that_checks_nothing_says_so_and_exits_3(seed_store_path: Path, tmp_path: Path) -> None:
    """Regression: rules of another province checked 0 documents and printed "0 chưa đạt" with exit 0."""
    rules = _rules_file(
        tmp_path,
        '[[rule]]\nid = "cao-bang-2023"\napplies_to = { province = "Cao Bằng", year = 2023 }\nrequires = ["34-CT/TW"]\n',
    )
    run = thidua("audit", "--rules", rules, "--json", "--store", seed_store_path, code=3)
    report = json.loads(run.stdout)
    assert report["status"] == "empty" and report["summary"]["checked"] == 0
    assert report["summary"]["launches_in_store"] == 5 and len(report["no_rule"]) == 5
    assert {u["reason"] for u in report["no_rule"]} == {"no_rule"}
    assert report["summary"]["unused_rules"] == ["cao-bang-2023"]
    table = thidua("audit", "--rules", rules, "--store", seed_store_path, code=3)
    assert "không có quy tắc" in table.stdout and "Không kiểm tra được văn bản nào" in table.stderr
    assert "cao-bang-2023" in table.stderr
    english = thidua("audit", "--rules", rules, "--store", seed_store_path, code=3, lang="en")
    assert "Nothing was checked" in english.stderr and "no rule" in english.stdout


def test_launches_of_a_year_no_rule_covers_are_listed(seed_store_path: Path, tmp_path: Path) -> None:
    rules = _rules_file(
        tmp_path,
        '[[rule]]\nid = "ls-2023"\napplies_to = { province = "Lạng Sơn", year = 2023 }\nrequires = ["34-CT/TW"]\n'
        '[[rule]]\nid = "ls-2019"\napplies_to = { province = "Lạng Sơn", year = 2019 }\nrequires = ["34-CT/TW"]\n',
    )
    run = thidua("audit", "--rules", rules, "--json", "--store", seed_store_path, code=0)
    report = json.loads(run.stdout)
    assert report["status"] == "pass" and report["summary"]["checked"] == 4
    (u,) = report["no_rule"]
    assert u["reason"] == "no_rule_for_year" and u["year"] == 2024 and u["label"]
    assert report["summary"]["unused_rules"] == ["ls-2019"]


def test_failures_come_first_with_their_number_issuer_and_title(seed_store_path: Path, tmp_path: Path) -> None:
    html = tmp_path / "audit.html"
    run = thidua("audit", "--rules", "lang-son", "--json", "--html", html, "--store", seed_store_path, code=1)
    results = json.loads(run.stdout)["results"]
    assert [r["pass"] for r in results] == sorted(r["pass"] for r in results)
    assert not results[0]["pass"] and results[0]["label"] and results[0]["issuer"]
    # the title each launch states (the seed gold's), in the report and on the HTML page
    assert results[0]["title"].startswith("Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ được giao")
    assert all(r["title"] for r in results)
    page = html.read_text(encoding="utf-8")
    assert page.count('<div class="title">') == len(results)
    assert "Phong trào thi đua thực hiện thắng lợi nhiệm vụ chính trị năm 2023" in page


def test_a_launch_of_unknown_province_is_listed_as_such(tmp_path: Path) -> None:
    """Regression: built without --province, a launch that names no province dropped out of the audit."""
    doc = tmp_path / "docs" / "kh.txt"
    doc.parent.mkdir()
    doc.write_text(
        "KẾ HOẠCH\nPhát động phong trào thi đua năm 2024 của Sở Tài chính\n\n"
        "Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị, Sở Tài chính phát động phong trào thi đua "
        "năm 2024 như sau.\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    thidua("build", doc.parent, "--store", store, code=None)
    rules = _rules_file(
        tmp_path, '[[rule]]\nid = "x"\napplies_to = { province = "Hà Nam", year = 2024 }\nrequires = ["34-CT/TW"]\n'
    )
    report = json.loads(thidua("audit", "--rules", rules, "--json", "--store", store, code=3).stdout)
    (u,) = report["no_rule"]
    assert u["reason"] == "no_province"


def test_a_required_number_cited_with_another_date_is_a_suspect_date(tmp_path: Path) -> None:
    """Regression: a wrong date on a required directive (cited 15/01, required 13/01) was only "thiếu"."""
    doc = tmp_path / "docs" / "pd.txt"
    doc.parent.mkdir()
    doc.write_text(
        "PHÁT ĐỘNG\nPhong trào thi đua năm 2023 của Sở Tài chính tỉnh Lạng Sơn\n\n"
        "Thực hiện Chỉ thị số 02/CT-UBND ngày 15/01/2023 của Chủ tịch UBND tỉnh về phát động thi đua năm 2023, "
        "Sở Tài chính tỉnh Lạng Sơn phát động phong trào thi đua năm 2023 như sau.\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    thidua("build", doc.parent, "--store", store)
    rules = _rules_file(
        tmp_path,
        '[[rule]]\nid = "ls"\napplies_to = { province = "Lạng Sơn", year = 2023 }\n'
        'requires = [{ symbol = "02/CT-UBND", date = "2023-01-13" }]\n',
    )
    report = json.loads(thidua("audit", "--rules", rules, "--json", "--store", store, code=1).stdout)
    (result,) = report["results"]
    (suspect,) = result["suspect"]
    assert suspect["reason"] == "date" and suspect["date"] == "2023-01-15"
    assert "02/CT-UBND ngày 15/01/2023" in suspect["evidence"]
    table = thidua("audit", "--rules", rules, "--store", store, code=1).stdout
    assert "nghi nhầm ngày" in table


def test_a_rebuild_without_province_keeps_the_launches_in_the_audit(tmp_path: Path) -> None:
    """Regression: forgetting --province on a rebuild silently dropped launches from the audit."""
    store = tmp_path / "store"
    samples = ROOT / "samples"
    thidua("build", samples, "--province", "Lạng Sơn", "--store", store)
    rebuilt = json.loads(thidua("build", samples, "--store", store, "--json").stdout)
    assert rebuilt["unchanged"] == 5  # nothing re-extracted: each file keeps the province it was built with
    report = json.loads(thidua("audit", "--rules", RULES, "--json", "--store", store, code=1).stdout)
    assert report["summary"]["checked"] == 5 and report["no_rule"] == []


def test_a_rule_for_one_kind_of_document_checks_only_launches_of_that_kind(
    seed_store_path: Path, tmp_path: Path
) -> None:
    """Regression: ``applies_to.kind`` was read and never applied."""
    body = '[[rule]]\nid = "ls-2023-kh"\napplies_to = {{ province = "Lạng Sơn", year = 2023, kind = "{}" }}\n'
    body += 'requires = ["34-CT/TW"]\n'
    every = json.loads(thidua("audit", "--rules", _rules_file(tmp_path, body.format("launch")), "--json",
                              "--store", seed_store_path, code=None).stdout)  # fmt: skip
    plans = {}
    for engine in ("index", "shacl"):
        run = thidua("audit", "--rules", _rules_file(tmp_path, body.format("Kế hoạch")), "--engine", engine,
                     "--json", "--store", seed_store_path, code=None)  # fmt: skip
        plans[engine] = json.loads(run.stdout)
    assert plans["index"] == plans["shacl"]
    assert 0 < plans["index"]["summary"]["checked"] < every["summary"]["checked"]
    bad = thidua("audit", "--rules", _rules_file(tmp_path, body.format("Kế hoạck")), "--store", seed_store_path,
                 code=2)  # fmt: skip
    assert "applies_to.kind" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
