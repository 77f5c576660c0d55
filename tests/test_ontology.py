"""The ontology: consistent with the seed graph under HermiT, defined classes inferred, files up to date."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
TD = "https://w3id.org/thidua/ontology#"


@pytest.fixture(scope="module")
def seed_graph() -> Graph:
    """The union of every named graph built from the samples (in memory, the same code as the CLI)."""
    from graph.pipeline import build
    from graph.store import OxigraphStore

    store = OxigraphStore(None)
    build([ROOT / "samples"], store, province="Lạng Sơn", workers=1)
    g = Graph()
    for s, p, o, _g in store.quads():
        g.add((s, p, o))
    return g


def test_hermit_finds_the_seed_graph_consistent_and_infers_defined_classes(seed_graph: Graph) -> None:
    if shutil.which("java") is None:
        pytest.fail("Java is needed for HermiT: install default-jre-headless (scripts/setup.sh does)")
    import owlready2

    # OWL 2's datatype map has no xsd:date: HermiT rejects such literals, so dates (and the
    # bookkeeping literals) are left out of what the reasoner sees.
    data = Graph()
    for s, p, o in seed_graph:
        if getattr(o, "datatype", None) is not None and str(o.datatype).endswith("#date"):
            continue
        if str(p) in (TD + "contentHash", TD + "tripleCount", TD + "extraction"):
            continue
        data.add((s, p, o))
    world = owlready2.World()
    onto = world.get_ontology((ONTOLOGY / "thidua.owl").as_uri()).load()
    world.get_ontology("https://w3id.org/thidua/data").load(
        fileobj=io.BytesIO(data.serialize(format="xml").encode("utf-8")), format="rdfxml"
    )
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)  # raises if inconsistent

    def instances(cls: str) -> set[str]:
        return {i.iri for i in world.search(type=world[TD + cls])}

    central = instances("CentralDirective")
    assert "https://w3id.org/thidua/eli/vn/ct/2014/34/tw" in central
    assert "https://w3id.org/thidua/eli/vn/ct/2021/19/ttg" in central
    assert not any("/lang-son/" in iri for iri in central)
    assert len(instances("Launch")) == 5
    assert "https://w3id.org/thidua/body/lang-son/ubnd-tinh" in instances("ProvincialBody")
    # statements are typed by their class only; that they are prov:Entity follows from the ontology
    statements = instances("Citation") | instances("Mention")
    entities = {i.iri for i in world.search(type=world["http://www.w3.org/ns/prov#Entity"])}
    assert statements and statements <= entities
    stated = {str(s) for s, _p, o in seed_graph.triples((None, RDF.type, PROV.Entity))}
    assert not stated & statements
    assert onto is not None


def test_turtle_round_trip() -> None:
    g = Graph().parse(str(ONTOLOGY / "thidua.ttl"), format="turtle")
    again = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert len(g) > 500 and isomorphic(g, again)
    owl = Graph().parse(str(ONTOLOGY / "thidua.owl"), format="xml")
    assert isomorphic(g, owl)


def test_labels_in_vietnamese_and_english() -> None:
    g = Graph().parse(str(ONTOLOGY / "thidua.ttl"), format="turtle")
    q = (
        """PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?c WHERE { { ?c a owl:Class } UNION { ?c a owl:ObjectProperty } FILTER(STRSTARTS(STR(?c), "%s"))
      FILTER NOT EXISTS { ?c rdfs:label ?vi FILTER(LANG(?vi) = "vi") }
      FILTER NOT EXISTS { ?c rdfs:label ?en FILTER(LANG(?en) = "en") } }"""
        % TD
    )
    assert list(g.query(q)) == []


def test_committed_files_match_the_generator(tmp_path: Path) -> None:
    from graph.ontology import write

    write(tmp_path)
    for name in ("thidua.ttl", "vocab.ttl"):
        fresh = Graph().parse(str(tmp_path / name), format="turtle")
        committed = Graph().parse(str(ONTOLOGY / name), format="turtle")
        assert isomorphic(fresh, committed), f"ontology/{name} is stale: run python scripts/build_ontology.py"


def test_the_generator_writes_the_same_bytes_every_run(tmp_path: Path) -> None:
    """Regression: labels assigned as a list were saved in set order, so thidua.owl changed on every
    regeneration (a 114-line diff for one new kind)."""
    from graph.ontology import write

    write(tmp_path)
    for name in ("thidua.owl", "thidua.ttl", "vocab.ttl"):
        assert (tmp_path / name).read_bytes() == (ONTOLOGY / name).read_bytes(), name


def test_every_kind_has_its_class() -> None:
    """A kind added to the code list without a class would fall back to td:Document, out of the audit's reach."""
    from graph.build import KIND_CLASS
    from graph.vocab import KINDS

    assert [k for k in KINDS if k not in KIND_CLASS] == []
