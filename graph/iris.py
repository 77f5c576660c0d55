"""The one home of every IRI thidua mints or reads: namespaces, graph names, IRI templates, SPARQL prefixes.

Everything here is a plain ``str``; a module that needs terms wraps them (``build.Namespace`` for N-Triples
terms, ``rdflib.Namespace`` for rdflib graphs), never spelling an IRI itself.
"""

from __future__ import annotations

BASE = "https://w3id.org/thidua/"

# thidua's own namespaces
TD = BASE + "ontology#"  # classes and properties of the ontology
VOCAB = BASE + "vocab/"  # SKOS schemes: kind/, issuer/, level/
AUDIT = BASE + "audit/"  # audit rules and their SHACL shapes
JURISDICTION = BASE + "jurisdiction/"  # a province's audit scope: JURISDICTION + slug(province)
UNKNOWN_JURISDICTION = JURISDICTION + "unknown"

# skolem IRIs standing for blank nodes where a SPARQL server refuses them in INSERT DATA (RFC 7.1 genid)
GENID = BASE + ".well-known/genid/"

# graph names (named graphs of the store besides one graph per source file)
GRAPH = BASE + "graph/"
RESOLUTION_GRAPH = GRAPH + "resolution"
CLOSURE_GRAPH = GRAPH + "closure"
ONTOLOGY_GRAPH = GRAPH + "ontology"
BUILD_LOCK_GRAPH = GRAPH + "build-lock"  # on a SPARQL server: the build that holds it, while it runs

# vocabularies thidua reuses
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
DCT = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ELI = "http://data.europa.eu/eli/ontology#"
SH = "http://www.w3.org/ns/shacl#"
OWL = "http://www.w3.org/2002/07/owl#"

# the prefixes every query of the library opens with
PREFIX_TABLE = (
    ("td", TD),
    ("eli", ELI),
    ("skos", SKOS),
    ("rdfs", RDFS),
    ("prov", PROV),
    ("org", ORG),
    ("dct", DCT),
)
PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIX_TABLE)


def short(iri: str) -> str:
    """An IRI of thidua's without its base, as tables show it ("document/..."); others unchanged."""
    return iri[len(BASE) :] if iri.startswith(BASE) else iri
