"""The citation index: what build writes equals what the store says; stale or damaged indexes are rebuilt;
the closure and the paths are those networkx finds; the two audit engines agree."""

from __future__ import annotations

import json
import sys
from itertools import pairwise
from pathlib import Path

import networkx as nx
import pytest
from helpers import thidua

from graph.analysis import cascade, central_reach
from graph.audit import audit
from graph.index import INDEX_FILE, CitationIndex, citation_index, index_from_store
from graph.pipeline import build
from graph.rules import load_rules
from graph.store import OxigraphStore

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from synth_corpus import PROVINCES, generate, write  # noqa: E402

RULES = ROOT / "ontology" / "audit" / "lang-son.toml"


@pytest.fixture(scope="module")
def synth_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 synthetic documents from every province (chains 3–6 deep), built once."""
    folder = tmp_path_factory.mktemp("synth")
    write(generate(300, seed=7), folder)
    path = folder / "store"
    store = OxigraphStore(path)
    build([folder / "docs"], store, workers=2)
    store.close()
    return path


def _read_saved(path: Path) -> CitationIndex:
    return CitationIndex.from_json((path / INDEX_FILE).read_text(encoding="utf-8"))


@pytest.mark.parametrize("which", ["seed", "synth"])
def test_the_index_build_writes_is_what_the_store_says(which: str, seed_store_path: Path, request) -> None:
    path = seed_store_path if which == "seed" else request.getfixturevalue("synth_store")
    saved = _read_saved(path)
    store = OxigraphStore(path, read_only=True)
    fresh = index_from_store(store)
    assert saved == fresh  # stamp, every document row and every array
    assert citation_index(store) == saved
    store.close()


def test_closure_and_paths_are_those_of_networkx(synth_store: Path) -> None:
    store = OxigraphStore(synth_store, read_only=True)
    index = citation_index(store)
    g = nx.DiGraph()
    g.add_nodes_from(range(len(index.docs)))
    g.add_edges_from((a, b) for a in range(len(index.docs)) for b in index.cites(a))
    assert g.number_of_edges() > 500
    for t in range(len(index.docs)):
        assert set(index.resting_on(t)) == nx.ancestors(g, t)
        for s in index.resting_on(t)[:20]:
            path = index.path(s, t)
            assert path[0] == s and path[-1] == t and all(g.has_edge(a, b) for a, b in pairwise(path))
            assert len(path) - 1 == nx.shortest_path_length(g, s, t)
    # the closure graph in the store holds exactly the same pairs
    rows = store.select(
        "SELECT ?a ?b WHERE { GRAPH <https://w3id.org/thidua/graph/closure> "
        "{ ?a <https://w3id.org/thidua/ontology#restsOn> ?b } }"
    )
    ids = [d.id for d in index.docs]
    assert {(r["a"], r["b"]) for r in rows} == {(ids[s], ids[t]) for t in range(len(ids)) for s in index.resting_on(t)}
    store.close()


def test_cascade_and_reach_agree_with_sparql(synth_store: Path) -> None:
    store = OxigraphStore(synth_store, read_only=True)
    index = citation_index(store)
    rows = store.select(
        """PREFIX td: <https://w3id.org/thidua/ontology#>
        SELECT DISTINCT ?d WHERE { GRAPH <https://w3id.org/thidua/graph/resolution> { ?t td:symbolKey "34-CT/TW" }
          GRAPH <https://w3id.org/thidua/graph/closure> { ?d td:restsOn ?t } GRAPH ?g { ?d td:launches ?c } }"""
    )
    result = cascade(store, "34-CT/TW", index=index)
    assert {x["id"] for x in result["launches"]} == {r["d"] for r in rows} and len(rows) > 50
    reach = central_reach(index, launches_only=False)
    assert reach and max(reach.values()) > 50
    for directive, n in reach.items():
        (row,) = store.select(
            "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { GRAPH <https://w3id.org/thidua/graph/closure> "
            f"{{ ?d <https://w3id.org/thidua/ontology#restsOn> <{directive}> }} }}"
        )
        assert row["n"] == n, directive
    store.close()


def test_a_stale_or_damaged_index_is_rebuilt(seed_store_path: Path, tmp_path: Path) -> None:
    import shutil

    path = tmp_path / "store"
    shutil.copytree(seed_store_path, path)
    good = _read_saved(path)
    # damaged: truncated JSON → rebuilt from the store and saved again
    (path / INDEX_FILE).write_text('{"format": 1, "docs": [', encoding="utf-8")
    store = OxigraphStore(path)
    assert citation_index(store) == good
    store.close()
    assert _read_saved(path) == good
    # stale: an index of another store state is never used
    text = (path / INDEX_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    data["stamp"] = ["other", "other"]
    data["docs"] = data["docs"][:3]
    (path / INDEX_FILE).write_text(json.dumps(data), encoding="utf-8")
    assert json.loads(thidua("cascade", "34-CT/TW", "--json", "--store", path).stdout)["launches"]
    store = OxigraphStore(path)
    assert citation_index(store) == good
    store.close()


def _rules(tmp_path: Path, year: int) -> Path:
    text = "\n".join(
        f'[[rule]]\nid = "p{i}"\ntitle = "{p} {year}"\napplies_to = {{ province = "{p}", year = {year} }}\n'
        f'requires = ["34-CT/TW", "19/CT-TTg", {{ symbol = "02/CT-UBND", date = "{year}-01-13" }}]\n'
        for i, p in enumerate(PROVINCES)
    )
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("which", ["seed", "synth"])
def test_the_two_audit_engines_agree(which: str, seed_store_path: Path, tmp_path: Path, request) -> None:
    path = seed_store_path if which == "seed" else request.getfixturevalue("synth_store")
    rules = load_rules(RULES if which == "seed" else _rules(tmp_path, 2023))
    store = OxigraphStore(path, read_only=True)
    fast, shacl = audit(store, rules, "index"), audit(store, rules, "shacl")
    store.close()
    assert fast == shacl
    assert any(r["pass"] for r in fast.results) and any(not r["pass"] for r in fast.results)
    if which == "seed":
        assert sum(len(r["suspect"]) for r in fast.results) == 1


def test_the_sources_using_a_document_are_found_from_its_statements(synth_store: Path) -> None:
    """``list documents`` finds the sources that use a document from its own description and the citation
    statements naming it: the same answer as scanning every triple that touches it (which timed out at
    100,000 documents)."""
    from collections import defaultdict

    from graph import listing

    store = OxigraphStore(synth_store, read_only=True)
    generic: dict[str, set[str]] = defaultdict(set)
    for r in store.select(listing._USED_BY % (listing.RESOLUTION, "td:Document")):
        generic[r["e"]].add(r["path"])
    direct: dict[str, set[str]] = defaultdict(set)
    for r in store.select(listing._USED_BY_DOCUMENTS):
        direct[r["e"]].add(r["path"])
    store.close()
    assert len(generic) > 300 and {e: direct[e] for e in generic} == generic
