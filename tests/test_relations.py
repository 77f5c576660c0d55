"""The relation registry is the one home of relation types: the ontology, the build, listings and views
read it (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from graph import relations
from graph.iris import TD

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "thidua.ttl"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY)


@pytest.mark.parametrize("rel", relations.DECLARED, ids=[r.name for r in relations.DECLARED])
def test_each_declared_relation_is_in_the_shipped_ontology(ontology: Graph, rel: relations.Relation) -> None:
    p = URIRef(rel.iri)
    assert (p, RDF.type, OWL.ObjectProperty) in ontology
    local = lambda term: str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    assert [local(o) for o in ontology.objects(p, RDFS.domain)] == [rel.domain]
    assert [local(o) for o in ontology.objects(p, RDFS.range)] == [rel.range]
    assert (p, RDFS.label, Literal(rel.vi, lang="vi")) in ontology
    assert (p, RDFS.label, Literal(rel.en, lang="en")) in ontology


def test_build_listing_and_view_read_the_registry() -> None:
    from graph import build, listing, visualize

    assert set(build.ROLE_PROPERTY) == {"basis", "implements"}  # the citation roles that state a relation
    assert {"promotes", "launches", "adoptsTheme", "sentTo"} <= set(build.MENTION_PROPERTY)
    assert all(listing._EDGE[r.iri] == r.name for r in relations.RELATIONS if r.edge)
    assert list(visualize.RELATION_STYLE) == [r.name for r in relations.DRAWN]
    assert list(visualize.RELATION_STYLE) == ["cites", "based_on", "implements", "promotes", "launches"]


def test_names_are_unique_and_every_parent_is_known() -> None:
    assert len(relations.BY_NAME) == len(relations.RELATIONS)
    assert {r.parent for r in relations.DECLARED if r.parent} <= {"cites", "passed_by", "memberOf"}


def test_a_new_relation_reaches_the_ontology(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A newcomer adds a relation by adding an entry to the registry: the ontology declares it."""
    from graph import ontology as onto

    extra = relations.Relation("commends", TD, "khen thưởng", "commends", "Document", "IssuingBody")
    monkeypatch.setattr(onto, "DECLARED", (*relations.DECLARED, extra))
    onto.write(tmp_path)
    g = Graph().parse(tmp_path / "thidua.ttl")
    assert (URIRef(TD + "commends"), RDF.type, OWL.ObjectProperty) in g
    assert (URIRef(TD + "commends"), RDFS.label, Literal("khen thưởng", lang="vi")) in g
