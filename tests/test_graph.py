"""The graph built from the samples shows what tests/gold/_corpus.json says it must.

Checked exactly as a user would: ``thidua build samples --province "Lạng Sơn"`` then
``thidua list ... --json``, in subprocesses, on a fresh store.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import thidua

ROOT = Path(__file__).resolve().parent.parent
CORPUS = json.loads((ROOT / "tests" / "gold" / "_corpus.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    store = tmp_path_factory.mktemp("store")
    thidua("build", ROOT / "samples", "--store", store, "--province", "Lạng Sơn")
    return {
        kind: json.loads(thidua("list", kind, "--json", "--store", store).stdout)
        for kind in ("documents", "bodies", "campaigns", "themes")
    }


def stems(paths: list[str]) -> set[str]:
    return {Path(p).stem for p in paths}


def test_same_document(listed: dict[str, list[dict]]) -> None:
    docs = listed["documents"]
    ct05 = [d for d in docs if "05-CT/TW" in d["variants"]]
    assert len(ct05) == 1 and ct05[0]["date"] == "2016-05-15"
    assert stems(ct05[0]["used_by"]) == {
        "000_12c2003f901a3d71",
        "001_52ef097bb2bcc2d4",
        "002_b9900a5355c6d3e9",
        "003_ef26167016bed370",
        "004_07af803d77207afe",
    }
    ct02 = {d["date"]: stems(d["used_by"]) for d in docs if "02/CT-UBND" in d["variants"]}
    assert ct02 == {
        "2023-01-13": {"000_12c2003f901a3d71", "001_52ef097bb2bcc2d4", "002_b9900a5355c6d3e9"},
        "2024-01-01": {"004_07af803d77207afe"},
    }


@pytest.mark.parametrize("group", CORPUS["theme_groups"], ids=lambda g: g["canonical"][:30])
def test_theme_groups(listed: dict[str, list[dict]], group: dict) -> None:
    (theme,) = [t for t in listed["themes"] if group["canonical"] in t["variants"]]
    assert theme["label"] == group["canonical"]
    for variant in group.get("variants", []):
        assert variant in theme["variants"]
    assert stems(theme["used_by"]) == set(group["used_by"])
    if group.get("owner"):
        assert theme["ownerLabel"] == group["owner"]


@pytest.mark.parametrize("group", CORPUS["campaign_groups"], ids=lambda g: g["label"][:30])
def test_campaign_groups(listed: dict[str, list[dict]], group: dict) -> None:
    campaigns = listed["campaigns"]
    nodes = []
    for name in group["names"]:
        (node,) = [c for c in campaigns if name in c["variants"]]
        nodes.append(node)
    ids = {n["id"] for n in nodes}
    national = {n["id"] for n in nodes if not n["localizes"]}
    assert len(national) <= 1  # rewordings of one movement are one node
    for n in nodes:  # a provincial variant is its own node that localizes the national one
        if n["localizes"]:
            assert not national or n["localizes"] in national
    members = [c for c in campaigns if c["id"] in ids or (c["localizes"] and c["localizes"] in national)]
    assert set().union(*(stems(c["used_by"]) for c in members)) == set(group["used_by"])


@pytest.mark.parametrize("group", CORPUS["issuer_aliases"], ids=lambda g: g["canonical"])
def test_issuer_aliases(listed: dict[str, list[dict]], group: dict) -> None:
    from graph.resolve.bodies import resolve_body

    (body,) = [b for b in listed["bodies"] if b["label"] == group["canonical"]]
    seen = {v for b in listed["bodies"] for v in b["variants"]}
    for alias in group["aliases"]:
        if alias in seen:
            assert alias in body["variants"], alias
        resolved = resolve_body(alias, "Lạng Sơn")
        assert resolved is not None and resolved.label == group["canonical"], alias


def test_cited_documents_become_stubs_and_launches_are_in_corpus(listed: dict[str, list[dict]]) -> None:
    docs = listed["documents"]
    assert sum(d["in_corpus"] for d in docs) == 5
    ct34 = next(d for d in docs if "34-CT/TW" in d["variants"])
    assert not ct34["in_corpus"] and ct34["issuerLabel"] == "Bộ Chính trị" and ct34["jurisdiction"] == "vn"
    assert ct34["kind"] == "Chỉ thị"  # regression: the kind label lives in the ontology graph


def test_export_formats(tmp_path: Path) -> None:
    store = tmp_path / "store"
    thidua("build", ROOT / "samples", "--store", store, "--province", "Lạng Sơn")
    from rdflib import Dataset, Graph

    ttl = tmp_path / "g.ttl"
    thidua("export", "--format", "ttl", "--out", ttl, "--store", store)
    assert len(Graph().parse(str(ttl), format="turtle")) > 1000
    nq = tmp_path / "g.nq"
    thidua("export", "--format", "nq", "--out", nq, "--store", store)
    ds = Dataset()
    ds.parse(str(nq), format="nquads")
    assert len(list(ds.graphs())) >= 7  # five sources, resolution, ontology (+ the default graph)
    import networkx as nx

    gexf = tmp_path / "g.gexf"
    thidua("export", "--format", "gexf", "--out", gexf, "--store", store)
    net = nx.read_gexf(gexf)
    assert net.number_of_nodes() > 40 and net.number_of_edges() > 60
    graphml = tmp_path / "g.graphml"
    thidua("export", "--format", "graphml", "--out", graphml, "--store", store)
    assert nx.read_graphml(graphml).number_of_nodes() == net.number_of_nodes()


@pytest.mark.parametrize("n", [0, 1, 9_999, 10_000, 10_001, 25_000])
def test_a_graph_hash_is_that_of_its_lines_joined(n: int) -> None:
    """The hash is taken a chunk of lines at a time (a national resolution graph is never joined whole);
    it stays the hash of the lines joined by line breaks, so stores built before keep their graphs."""
    import hashlib

    from graph.build import finish

    lines = [f'<https://example.org/s{i}> <https://example.org/p> "{i}" .' for i in range(n)]
    payload = finish(list(lines), "https://example.org/g")
    assert payload.digest == hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    assert payload.content == lines and len(payload) == n + 2 and payload.digest in payload.marks[0]
    assert payload.lines()[-2:] == list(payload.marks) and f'"{n + 2}"' in payload.marks[1]  # its own count


def test_a_provinces_own_movement_is_not_credited_to_the_prime_minister(tmp_path: Path) -> None:
    """Regression: "Doanh nghiệp Lạng Sơn hội nhập và phát triển", quoted after the Prime Minister's
    movements, was credited to the Prime Minister."""
    from graph.listing import list_entities
    from graph.pipeline import build
    from graph.store import OxigraphStore

    store = OxigraphStore(tmp_path / "store")
    build([ROOT / "samples"], store, province="Lạng Sơn", workers=1)
    campaigns = {c["label"]: c for c in list_entities(store, "campaigns")}
    store.close()
    assert campaigns["Doanh nghiệp Lạng Sơn hội nhập và phát triển"]["launchedByLabel"] is None
    assert campaigns["Cả nước chung sức xây dựng nông thôn mới"]["launchedByLabel"] == "Thủ tướng Chính phủ"
