"""The hierarchy page renders in headless Chromium with the right network, offline, and runs no document text."""

from __future__ import annotations

import json
import re
from pathlib import Path

from browser import dom, screenshot
from helpers import thidua

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
BASE = "https://w3id.org/thidua/"


def _network(page: str) -> tuple[int, int, list[str]]:
    stats = re.search(r'id="thidua-stats" data-nodes="(\d+)" data-edges="(\d+)"', page)
    ids = re.search(r'<pre id="thidua-nodes">(.*?)</pre>', page, re.S)
    assert stats and ids, "the page script did not run"
    return int(stats.group(1)), int(stats.group(2)), json.loads(ids.group(1).replace("&quot;", '"'))


def test_hierarchy_page(seed_store_path: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page = ARTIFACTS / "hierarchy.html"
    thidua("viz", "--out", page, "--store", seed_store_path)
    html = page.read_text(encoding="utf-8")
    assert not re.search(r'<(?:script|link)[^>]+(?:src|href)="https?://', html)  # offline: nothing fetched
    nodes, edges, ids = _network(dom(page))
    assert (nodes, edges) == (24, 38)  # 24 documents, 38 citations between them
    assert BASE + "eli/vn/ct/2014/34/tw" in ids and BASE + "eli/lang-son/pd/2023/173/skhdt" in ids
    screenshot(page, ARTIFACTS / "hierarchy.png")


def test_focus_and_year_filter(seed_store_path: Path, tmp_path: Path) -> None:
    page = tmp_path / "focus.html"
    thidua("viz", "--focus", "49-NQ/TU", "--out", page, "--store", seed_store_path)
    _nodes, _edges, ids = _network(dom(page))
    assert BASE + "eli/lang-son/nq/2021/49/tu" in ids
    assert {i for i in ids if "/pd/" in i} == {
        BASE + "eli/lang-son/pd/2023/173/skhdt",
        BASE + "eli/lang-son/pd/2024/cum-thi-dua-cac-huyen-thanh-pho-noi-dia/src-94c751c8efb7",
    }
    page2 = tmp_path / "year.html"
    thidua("viz", "--year", "2024", "--out", page2, "--store", seed_store_path)
    _n, _e, ids2 = _network(dom(page2))
    assert [i for i in ids2 if "/pd/" in i or "/kh/2023/" in i] == [
        BASE + "eli/lang-son/pd/2024/cum-thi-dua-cac-huyen-thanh-pho-noi-dia/src-94c751c8efb7"
    ]


def test_aggregation_keeps_big_graphs_readable(seed_store_path: Path, tmp_path: Path) -> None:
    page = tmp_path / "small.html"
    out = thidua("viz", "--max-nodes", "10", "--out", page, "--store", seed_store_path).stdout
    nodes, _e, ids = _network(dom(page))
    assert nodes < 24 and any(i.startswith("group:") for i in ids) and "nút" in out


def test_document_text_never_runs(tmp_path: Path) -> None:
    hostile = tmp_path / "docs" / "x.txt"
    hostile.parent.mkdir()
    hostile.write_text(
        "PHÁT ĐỘNG\nPhong trào thi đua <script>document.title='PWNED1'</script> năm 2023\n\n"
        "Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị, Sở Y tế phát động phong trào thi đua "
        "“<img src=x onerror=\"document.title='PWNED2'\"><script>document.title='PWNED3'</script>” năm 2023.\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    thidua("build", hostile.parent, "--store", store, "--province", "Lạng Sơn")
    page = tmp_path / "xss.html"
    thidua("viz", "--campaigns", "--out", page, "--store", store)
    rendered = dom(page)
    assert "PWNED" not in re.search(r"<title>(.*?)</title>", rendered, re.S).group(1)
    assert '<img src="x"' not in rendered and "<img src=x" not in rendered
    _nodes, _edges, ids = _network(rendered)
    assert any("/campaign/" in i for i in ids)  # the hostile campaign is in the network, as text
    html = page.read_text(encoding="utf-8")
    assert "<script>document.title" not in html  # data are JSON-escaped in the page


def test_the_page_is_the_same_on_every_run(seed_store_path: Path, tmp_path: Path, monkeypatch) -> None:
    """Regression: node positions followed a set's iteration order, which changes with the hash seed."""
    pages = []
    for seed in ("1", "2", "3"):
        monkeypatch.setenv("PYTHONHASHSEED", seed)
        page = tmp_path / f"viz-{seed}.html"
        thidua("viz", "--out", page, "--store", seed_store_path)
        pages.append(page.read_bytes())
    assert pages[0] == pages[1] == pages[2]


def test_focus_on_a_shared_number_is_never_merged(seed_store_path: Path, tmp_path: Path) -> None:
    """Regression: ``viz --focus`` of a number two documents share merged them silently."""
    from helpers import thidua

    run = thidua("viz", "--focus", "02/CT-UBND", "--out", tmp_path / "v.html", "--store", seed_store_path, code=2)
    assert "--focus-year" in run.stderr and "Lạng Sơn" in run.stderr
    thidua(
        "viz", "--focus", "02/CT-UBND", "--focus-year", "2024", "--out", tmp_path / "v.html", "--store", seed_store_path
    )


def test_a_filtered_view_is_grouped_like_the_whole(seed_store_path: Path, tmp_path: Path) -> None:
    """Regression: ``viz --year 2023`` showed more nodes than the unfiltered view, which was grouped."""
    import re as _re

    def nodes(*extra: str) -> int:
        run = thidua("viz", "--out", tmp_path / "v.html", "--max-nodes", "10", *extra, "--store", seed_store_path)
        return int(_re.search(r"(\d+) nút", run.stdout).group(1))

    assert nodes("--year", "2023") <= nodes()
