"""Reading the graph back: entity lists (``thidua list``) and exports (``thidua export``).

Everything here goes through :class:`~graph.store.Store` (SPARQL), so it works the same on the
embedded store and on a remote endpoint.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from .iris import PREFIX_TABLE, PREFIXES, RDF, RDFS, TD, VOCAB
from .iris import RESOLUTION_GRAPH as RESOLUTION
from .relations import EDGES
from .store import Store

KINDS = ("documents", "bodies", "campaigns", "themes")

_CLASS = {"documents": "td:Document", "bodies": "td:IssuingBody", "campaigns": "td:Campaign", "themes": "td:Theme"}

_USED_BY = (
    PREFIXES
    + """
SELECT DISTINCT ?e ?path WHERE {
  GRAPH <%s> { ?e a %s }
  GRAPH ?g { { ?e ?p ?x } UNION { ?x ?p ?e } }
  GRAPH ?g { ?src a td:SourceFile ; prov:atLocation ?path }
}"""
)

# Documents: the resolution graph records every source that states something about a document (its own
# description, or a citation statement naming it) as prov:wasDerivedFrom, so the sources that use a
# document are read from there instead of from every triple that touches it (which timed out at 100,000).
_USED_BY_DOCUMENTS = (
    PREFIXES
    + """
SELECT ?e ?path WHERE {
  GRAPH <%s> { ?e prov:wasDerivedFrom ?src }
  GRAPH ?g { ?src prov:atLocation ?path }
}"""
    % RESOLUTION
)

# the Vietnamese names of the kinds of document (a code list of the ontology), joined in Python: a few
# dozen rows, instead of a lookup in every graph for each of the documents
_KIND_LABELS = (
    PREFIXES
    + """
SELECT ?type ?kind WHERE { GRAPH ?o { ?type skos:inScheme <%skind> ;
  skos:prefLabel ?kind FILTER(LANG(?kind) = "vi") } }"""
    % VOCAB
)

_VARIANTS = (
    PREFIXES
    + """
SELECT ?e ?v WHERE { GRAPH <%s> { ?e a %s . { ?e skos:prefLabel ?v } UNION { ?e skos:altLabel ?v }
  UNION { ?e eli:id_local ?v } UNION { ?e skos:hiddenLabel ?v } } }"""
)

_DETAILS = {
    "documents": PREFIXES
    + """
SELECT ?e ?label ?symbol ?date ?year ?type ?issuer ?issuerLabel ?inCorpus ?title ?jurisdiction WHERE {
  GRAPH <%s> { ?e a td:Document ; rdfs:label ?label ; td:inCorpus ?inCorpus ; td:jurisdiction ?j .
    BIND(STRAFTER(STR(?j), "jurisdiction/") AS ?jurisdiction)
    OPTIONAL { ?e eli:id_local ?symbol } OPTIONAL { ?e eli:date_document ?date } OPTIONAL { ?e td:year ?year }
    OPTIONAL { ?e eli:title ?title } OPTIONAL { ?e eli:type_document ?type }
    OPTIONAL { ?e eli:passed_by ?issuer . ?issuer rdfs:label ?issuerLabel } } }""",
    "bodies": PREFIXES
    + """
SELECT ?e ?label ?level ?parent ?jurisdiction ?cluster WHERE {
  GRAPH <%s> { ?e a td:IssuingBody ; rdfs:label ?label ; td:level ?l ; td:jurisdiction ?j .
    BIND(STRAFTER(STR(?l), "level/") AS ?level) BIND(STRAFTER(STR(?j), "jurisdiction/") AS ?jurisdiction)
    OPTIONAL { ?e org:subOrganizationOf ?parent }
    OPTIONAL { ?e a td:EmulationCluster . BIND(true AS ?cluster) } } }""",
    "campaigns": PREFIXES
    + """
SELECT ?e ?label ?localizes ?localizesLabel ?launchedBy ?launchedByLabel WHERE {
  GRAPH <%s> { ?e a td:Campaign ; skos:prefLabel ?label .
    OPTIONAL { ?e td:localizes ?localizes . ?localizes skos:prefLabel ?localizesLabel }
    OPTIONAL { ?e td:launchedBy ?launchedBy . ?launchedBy rdfs:label ?launchedByLabel } } }""",
    "themes": PREFIXES
    + """
SELECT ?e ?label ?owner ?ownerLabel WHERE {
  GRAPH <%s> { ?e a td:Theme ; skos:prefLabel ?label .
    OPTIONAL { ?e td:ownedBy ?owner . ?owner rdfs:label ?ownerLabel } } }""",
}


def list_entities(store: Store, kind: str) -> list[dict[str, Any]]:
    """Every entity of a kind with id, label, variants, used_by and the fields of that kind."""
    if kind not in KINDS:
        raise ValueError(kind)
    cls = _CLASS[kind]
    used: dict[str, set[str]] = defaultdict(set)
    for r in store.select(_USED_BY_DOCUMENTS if kind == "documents" else _USED_BY % (RESOLUTION, cls)):
        used[r["e"]].add(r["path"])
    variants: dict[str, set[str]] = defaultdict(set)
    for r in store.select(_VARIANTS % (RESOLUTION, cls)):
        variants[r["e"]].add(r["v"])
    kinds = {r["type"]: r["kind"] for r in store.select(_KIND_LABELS)} if kind == "documents" else {}
    out: dict[str, dict[str, Any]] = {}
    for r in store.select(_DETAILS[kind] % RESOLUTION):
        e = r.pop("e")
        if e in out:
            continue
        item: dict[str, Any] = {"id": e, "label": r.pop("label")}
        item.update({k: v for k, v in r.items()})
        if kind == "documents":
            item["kind"] = kinds.get(item.pop("type"))
            item["date"] = str(item["date"]) if item.get("date") else None
            item["in_corpus"] = bool(item.pop("inCorpus"))
        if kind == "bodies":
            item["cluster"] = bool(item.get("cluster"))
        item["variants"] = sorted(
            variants.get(e, set()) | {item["label"]} if kind != "documents" else variants.get(e, set())
        )
        item["used_by"] = sorted(used.get(e, set()))
        out[e] = item
    return sorted(out.values(), key=lambda x: (str(x.get("label")), x["id"]))


# --- export -------------------------------------------------------------------------------------------

EXPORT_FORMATS = ("ttl", "trig", "nq", "jsonld", "graphml", "gexf")

_EDGE = EDGES  # IRI → edge name, from the relation registry
_NODE_TYPES = {
    TD + "Document": "document",
    TD + "IssuingBody": "body",
    TD + "Campaign": "campaign",
    TD + "Theme": "theme",
}
_RDF_TYPE = RDF + "type"
_LABEL = RDFS + "label"


def export(store: Store, fmt: str) -> bytes:
    """The whole dataset (RDF formats) or its entity network (GraphML, GEXF for Gephi)."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(fmt)
    quads = store.quads()
    if fmt in ("graphml", "gexf"):
        return _network_bytes(quads, fmt)
    from rdflib import Dataset, Graph

    if fmt == "ttl":
        g = Graph()
        for s, p, o, _g in quads:
            g.add((s, p, o))
        _bind(g)
        return g.serialize(format="turtle").encode("utf-8")
    ds = Dataset()
    for s, p, o, gr in quads:
        ds.add((s, p, o, gr))
    _bind(ds)
    rdf_format = {"trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[fmt]
    return ds.serialize(format=rdf_format).encode("utf-8")


def _bind(g) -> None:  # type: ignore[no-untyped-def]
    for prefix, ns in PREFIX_TABLE:
        if prefix in ("td", "eli", "skos", "prov", "org"):  # the prefixes exports have always carried
            g.bind(prefix, ns)


def network(quads) -> Any:  # type: ignore[no-untyped-def]
    """networkx MultiDiGraph of documents, bodies, campaigns and themes with their relations."""
    import networkx as nx

    g = nx.MultiDiGraph()
    types: dict[str, str] = {}
    labels: dict[str, str] = {}
    for s, p, o, _gr in quads:
        if str(p) == _RDF_TYPE and str(o) in _NODE_TYPES:
            types[str(s)] = _NODE_TYPES[str(o)]
        elif str(p) == _LABEL and getattr(o, "language", None) in ("vi", None):
            labels.setdefault(str(s), str(o))
    for node, kind in types.items():
        g.add_node(xml_text(node), type=kind, label=xml_text(labels.get(node, node.rsplit("/", 1)[-1])))
    seen = set()
    for s, p, o, _gr in quads:
        rel = _EDGE.get(str(p))
        if rel and str(s) in types and str(o) in types and (str(s), rel, str(o)) not in seen:
            seen.add((str(s), rel, str(o)))
            g.add_edge(xml_text(str(s)), xml_text(str(o)), key=rel, relation=rel)
    return g


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    """Text XML 1.0 can hold (GraphML, GEXF): characters it forbids become spaces."""
    return _NOT_XML.sub(" ", text)


def _network_bytes(quads, fmt: str) -> bytes:  # type: ignore[no-untyped-def]
    import io

    import networkx as nx

    g = network(quads)
    buf = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(g, buf)
    else:
        nx.write_gexf(g, buf)
    return buf.getvalue()
