"""The audit rules as SHACL: each rule one readable node shape (a SPARQL target selecting the launches of its
province and year; one qualified property shape per required document, named after it), validated by pySHACL
when the audit runs with ``engine="shacl"`` and printed by ``thidua audit --shapes``."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef

from . import iris
from .build import KIND_CLASS
from .extract.text import symbol_key
from .rules import Requirement, Rule

if TYPE_CHECKING:
    from .index import CitationIndex

SH = Namespace(iris.SH)
TD = Namespace(iris.TD)
ELI = Namespace(iris.ELI)
RULES = Namespace(iris.AUDIT)


def shapes(rules: list[Rule]) -> Graph:
    """The SHACL shapes graph of the rules (readable Turtle via ``shapes(rules).serialize()``)."""
    g = Graph()
    for prefix, ns in (("sh", SH), ("td", TD), ("eli", ELI), ("rule", RULES), ("xsd", XSD)):
        g.bind(prefix, ns)
    prefixes = RULES["prefixes"]
    g.add((prefixes, RDF.type, URIRef(iris.OWL + "Ontology")))
    for p, ns in (("td", TD), ("eli", ELI)):
        decl = BNode()
        g.add((prefixes, SH.declare, decl))
        g.add((decl, SH.prefix, Literal(p)))
        g.add((decl, SH.namespace, Literal(str(ns), datatype=XSD.anyURI)))
    for rule in rules:
        shape = RULES[rule.id]
        g.add((shape, RDF.type, SH.NodeShape))
        g.add((shape, RDFS.label, Literal(rule.title, lang="vi")))
        target = BNode()
        g.add((shape, SH.target, target))
        g.add((target, RDF.type, SH.SPARQLTarget))
        g.add((target, SH.prefixes, prefixes))
        year = f" ; td:year {rule.year}" if rule.year is not None else ""
        if rule.kind != "launch":
            year += f" ; a td:{KIND_CLASS[rule.kind]}"
        g.add(
            (
                target,
                SH.select,
                Literal(
                    "SELECT ?this WHERE { ?this td:launches ?campaign ; "
                    f"td:jurisdiction <{rule.jurisdiction}>{year} . }}"
                ),
            )
        )
        for req in rule.requires:
            prop = BNode()
            g.add((shape, SH.property, prop))
            g.add((prop, SH.path, ELI.cites))
            g.add((prop, SH.name, Literal(req.label)))
            g.add((prop, SH.message, Literal(f"Thiếu căn cứ: {req.label}", lang="vi")))
            g.add((prop, SH.qualifiedMinCount, Literal(1)))
            value = BNode()
            g.add((prop, SH.qualifiedValueShape, value))
            key_shape = BNode()
            g.add((key_shape, SH.path, TD.symbolKey))
            g.add((key_shape, SH.hasValue, Literal(symbol_key(req.symbol))))
            parts = [key_shape]
            if req.date:
                date_shape = BNode()
                g.add((date_shape, SH.path, ELI.date_document))
                g.add((date_shape, SH.hasValue, Literal(req.date, datatype=XSD.date)))
                parts.append(date_shape)
            for part in parts:
                g.add((value, SH.property, part))
    return g


def shapes_turtle(rules: list[Rule]) -> str:
    return shapes(rules).serialize(format="turtle")


def absent_by_shacl(
    index: CitationIndex, rules: list[Rule], scope: list[tuple[int, Rule]]
) -> dict[tuple[int, str], list[Requirement]]:
    """The requirements each launch in ``scope`` does not cite, found by pySHACL: the rules' shapes validated over
    the launches and what they cite (graph/audit.py finds the same from the index)."""
    from pyshacl import validate

    data = Graph()
    for i in {i for i, _ in scope}:
        d = index.docs[i]
        node = URIRef(d.id)
        data.add((node, TD.launches, RULES["campaign"]))
        data.add((node, TD.jurisdiction, URIRef(d.jurisdiction)))
        if d.year is not None:
            data.add((node, TD.year, Literal(d.year)))
        for c in index.stated(i):
            cited = index.docs[c]
            doc = URIRef(cited.id)
            data.add((node, ELI.cites, doc))
            if cited.key:
                data.add((doc, TD.symbolKey, Literal(cited.key)))
            if cited.date:
                data.add((doc, ELI.date_document, Literal(cited.date, datatype=XSD.date)))
    # The exported shapes select their launches with SPARQL targets (readable, self-contained); for the
    # validation itself each shape gets the same launches as explicit sh:targetNode — equivalent, and
    # much cheaper for pySHACL than running one SPARQL target per rule.
    shape_graph = shapes(rules)
    for i, rule in scope:
        shape_graph.add((RULES[rule.id], SH.targetNode, URIRef(index.docs[i].id)))
    for target in list(shape_graph.objects(None, SH.target)):
        shape_graph.remove((None, SH.target, target))
    _conforms, report, _text = validate(data, shacl_graph=shape_graph, allow_warnings=True)
    missing: dict[tuple[str, str], set[str]] = defaultdict(set)  # (launch IRI, rule id) → requirement labels
    for result in report.subjects(RDF.type, SH.ValidationResult):
        focus = str(report.value(result, SH.focusNode))
        source_shape = report.value(result, SH.sourceShape)
        name = str(shape_graph.value(source_shape, SH.name))
        rule_shape = next(shape_graph.subjects(SH.property, source_shape))
        missing[(focus, str(rule_shape).rsplit("/", 1)[-1])].add(name)
    return {
        (i, rule.id): [req for req in rule.requires if req.label in missing[(index.docs[i].id, rule.id)]]
        for i, rule in scope
    }
