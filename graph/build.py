"""Stage 5 — build: resolved entities → RDF, one named graph per source document (+ a resolution graph).

Provenance design (DESIGN.md §3): each source file has its own named graph, so that its statements are
replaced whole when the file changes and every triple can be traced to the file (``td:SourceFile`` with
path, SHA-256, extractor version).  Each stated relation additionally gets an n-ary statement node
(``td:Citation`` / ``td:Mention``, PROV's *qualified* pattern) holding the quoted sentence and the
character offsets in the source.  We chose n-ary nodes over RDF reification (four generic triples per
statement, awkward to query) and over RDF-star (not in SPARQL 1.1, so not portable to every endpoint).

Facts that depend on the whole corpus (canonical labels, variants, levels, ``localizes``, conflicts)
live in the resolution graph, rebuilt at every build.  Every IRI is minted from a deterministic key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from pyoxigraph import Literal as _OxLiteral
from pyoxigraph import NamedNode

from . import iris
from .extract.text import symbol_key
from .fingerprint import graph_maker_version
from .index import CitationIndex, Doc, index_from_parts
from .models import GraphPayload, ResolvedCorpus, ResolvedSource, ScanSpot
from .relations import BY_ROLE, MENTIONS
from .vocab import KINDS, LEVELS

Term = str  # an IRI in its N-Triples form, "<https://...>": made (and checked) once, written as it is


def nt_iri(value: str) -> Term:
    """The N-Triples form of an IRI; pyoxigraph refuses an invalid IRI here."""
    return str(NamedNode(value))


class Namespace:
    """The IRIs of one vocabulary, each made once: ``TD.cites``, ``TD["sourceFormat"]``.

    Terms are N-Triples strings made by pyoxigraph (Rust), which checks each IRI once; literals are
    pyoxigraph's, whose ``str()`` escapes them as N-Triples requires (a line break included).  A triple's
    line is then plain string formatting: most of its terms are already text."""

    def __init__(self, base: str) -> None:
        self._base = base

    def __getitem__(self, name: str) -> Term:
        term = self.__dict__.get(name)
        if term is None:
            term = nt_iri(self._base + name)
            if name.isidentifier():
                setattr(self, name, term)  # later ``TD.name`` lookups are plain attribute reads
        return term

    def __getattr__(self, name: str) -> Term:
        if name.startswith("__"):
            raise AttributeError(name)
        return self[name]


def Literal(value: str | int | bool, *, datatype: Term | None = None, lang: str | None = None) -> _OxLiteral:
    """A literal: plain, language-tagged or typed (``bool``/``int`` get xsd:boolean/xsd:integer)."""
    if lang:
        return _OxLiteral(value, language=lang)
    if datatype is not None and not isinstance(value, bool):
        return _OxLiteral(str(value), datatype=_datatype(datatype))
    return _OxLiteral(value)


@cache
def _datatype(term: Term) -> NamedNode:
    return NamedNode(term[1:-1])


def iri_value(term: Term) -> str:
    """The IRI itself, without the N-Triples brackets."""
    return term[1:-1]


RDF = Namespace(iris.RDF)
RDFS = Namespace(iris.RDFS)
XSD = Namespace(iris.XSD)
DCTERMS = Namespace(iris.DCT)
FOAF = Namespace(iris.FOAF)
ORG = Namespace(iris.ORG)
PROV = Namespace(iris.PROV)
SKOS = Namespace(iris.SKOS)
BASE = iris.BASE
TD = Namespace(iris.TD)
ELI = Namespace(iris.ELI)
RESOLUTION_GRAPH, CLOSURE_GRAPH, ONTOLOGY_GRAPH = iris.RESOLUTION_GRAPH, iris.CLOSURE_GRAPH, iris.ONTOLOGY_GRAPH

# Document kind → class of the ontology (English local names; Vietnamese labels in the ontology).
KIND_CLASS = {
    "Chỉ thị": "Directive",
    "Chỉ thị liên tịch": "Directive",
    "Nghị quyết": "Resolution",
    "Nghị quyết liên tịch": "Resolution",
    "Kết luận": "Conclusion",
    "Kế hoạch": "Plan",
    "Kế hoạch liên tịch": "Plan",
    "Quyết định": "Decision",
    "Nghị định": "Decree",
    "Thông tư": "Circular",
    "Thông tư liên tịch": "Circular",
    "Thông báo": "Notice",
    "Hướng dẫn": "Guidance",
    "Chương trình": "Programme",
    "Chương trình liên tịch": "Programme",
    "Đề án": "Scheme",
    "Báo cáo": "Report",
    "Phát động": "LaunchDocument",
    "Quy định": "Regulation",
    "Quy chế": "Regulation",
    "Tờ trình": "Submission",
    "Công văn": "OfficialLetter",
    "Văn bản": "OfficialLetter",
    "Công điện": "Dispatch",
    "Luật": "Law",
    "Bộ luật": "Law",
    "Pháp lệnh": "Ordinance",
    "Thông tri": "Notice",
    "Phương án": "Plan",
    "Điều lệ": "Regulation",
    "Lời kêu gọi": "Appeal",
    "Thư kêu gọi": "Appeal",
    "Biên bản": "Report",
    "Hiến pháp": "Law",
}
ROLE_PROPERTY = {role: nt_iri(r.iri) for role, r in BY_ROLE.items()}  # from the relation registry
MENTION_PROPERTY = {name: nt_iri(r.iri) for name, r in MENTIONS.items()}


class Triples(set):
    """A graph as the set of its N-Triples lines: each triple of RDF terms is written out when it is added
    (without the cost of a graph's indexes, which nothing here queries).  No blank nodes: every node of a
    thidua graph has an IRI minted from a deterministic key, so the sorted lines are the same on every run."""

    def add(self, triple: tuple) -> None:  # type: ignore[override]
        s, p, o = triple
        super().add(f"{s} {p} {o} .")


def iri(path: str) -> Term:
    return nt_iri(BASE + path)


def doc_iri(key: str) -> Term:
    return iri("eli/" + key)


def body_iri(key: str) -> Term:
    return iri("body/" + key)


def graph_iri(gid: str) -> str:
    return BASE + "graph/" + gid


def graph_of_source(source: str) -> str | None:
    """The named graph holding what a source file (``.../source/<id>``) states: ``.../graph/<id>``."""
    prefix = BASE + "source/"
    return graph_iri(source[len(prefix) :]) if source.startswith(prefix) else None


def level_iri(level: str) -> Term:
    return iri("vocab/level/" + level)


def kind_iri(kind: str) -> Term:
    return TD[KIND_CLASS.get(kind, "Document")]


def _lit(value: str) -> _OxLiteral:
    return Literal(value, lang="vi")


def source_graph(src: ResolvedSource) -> Triples:
    """Everything one source states, with its evidence."""
    g = Triples()
    rec = src.record
    source = iri("source/" + src.graph_id)
    doc = doc_iri(src.doc_key)
    d = rec.doc.document
    g.add((source, RDF.type, TD.SourceFile))  # a prov:Entity by the ontology (td:SourceFile ⊑ prov:Entity)
    g.add((source, PROV.atLocation, Literal(rec.path)))
    g.add((source, TD.sha256, Literal(rec.sha256)))
    g.add((source, TD.extractorVersion, Literal(rec.doc.extractor_version)))
    g.add((source, TD["sourceFormat"], Literal(rec.doc.format)))
    g.add((source, TD.jurisdictionSource, Literal(src.jurisdiction_source)))
    if rec.province:
        g.add((source, TD.batchProvince, Literal(rec.province)))
    g.add((doc, TD.sourceFile, source))  # td:sourceFile ⊑ prov:wasDerivedFrom: not stated twice
    if d.title:
        g.add((doc, ELI["title"], _lit(d.title)))
    if d.symbol:
        g.add((doc, TD.statedSymbol, Literal(d.symbol)))
    if d.date:
        g.add((doc, TD.statedDate, Literal(d.date, datatype=XSD.date)))
    if d.place:
        g.add((doc, TD.place, _lit(d.place)))
    if src.issuer:
        g.add((doc, TD.issuedBy, body_iri(src.issuer)))  # ⊑ eli:passed_by, which the resolution graph states
    if src.parent and src.issuer:
        g.add((body_iri(src.issuer), ORG.subOrganizationOf, body_iri(src.parent)))
    if src.signer:
        person = iri(src.signer)
        g.add((doc, TD.signedBy, person))
        if d.signer.position:
            g.add((doc, TD.signerPosition, _lit(d.signer.position)))
    for text in d.recipients:
        g.add((doc, TD.recipientText, _lit(text)))
    for form in d.award_forms:
        g.add((doc, TD.awardForm, _lit(form)))
    if d.period_end:
        g.add((doc, TD.periodEnd, Literal(d.period_end, datatype=XSD.date)))
    if d.period_start:
        g.add((doc, TD.periodStart, Literal(d.period_start, datatype=XSD.date)))

    spots = {x.span: x for x in rec.doc.scan}  # a scanned source: where each statement stands on its pages

    def evidence(st: Term, span: tuple[int, int], quote: str) -> None:
        _evidence(g, st, span, quote)
        spot = spots.get(tuple(span))  # type: ignore[arg-type]
        if spot is not None:
            _scan_evidence(g, st, spot)

    for n, c in enumerate(src.citations):
        target = doc_iri(c.target)  # eli:cites is the closure graph's (and each role property ⊑ eli:cites)
        if c.role in ROLE_PROPERTY:
            g.add((doc, ROLE_PROPERTY[c.role], target))
        st = _citation_statement(g, iri(f"statement/{src.graph_id}/c{n}"), doc, target, c.role)
        g.add((st, TD.symbolAsWritten, Literal(c.symbol)))
        if c.nested:
            g.add((st, TD.nested, Literal(True)))
        if c.date:
            g.add((st, TD.statedDate, Literal(c.date, datatype=XSD.date)))
        if c.issuer:
            g.add((st, TD.statedIssuer, body_iri(c.issuer)))
        if c.issuer_text:
            g.add((st, TD.statedIssuerText, _lit(c.issuer_text)))
        if c.subject:
            g.add((st, DCTERMS.subject, _lit(c.subject)))
        evidence(st, c.span, c.sentence)
    for n, lk in enumerate(src.links):
        a, b = doc_iri(lk.source), doc_iri(lk.target)
        g.add((a, TD.implements, b))
        st = _citation_statement(g, iri(f"statement/{src.graph_id}/l{n}"), a, b, lk.relation)
        evidence(st, lk.span, rec.doc.document.title or "")
    for n, m in enumerate(src.mentions):
        if not m.target:
            continue
        target = iri(m.target) if not m.relation.startswith(("sentTo", "memberOf")) else body_iri(m.target)
        if m.relation == "memberOf":
            if src.issuer:
                g.add((body_iri(src.issuer), TD.memberOf, target))
            g.add((doc, TD.mentionsCluster, target))
        else:
            g.add((doc, MENTION_PROPERTY[m.relation], target))
        st = iri(f"statement/{src.graph_id}/m{n}")
        g.add((st, RDF.type, TD.Mention))
        g.add((st, TD.inDocument, doc))
        g.add((st, TD.mentioned, target))
        g.add((st, TD.relation, Literal(m.relation)))
        for actor in m.actors:
            g.add((st, TD.statedBody, body_iri(actor)))
        evidence(st, m.span, m.surface)
    return g


def _citation_statement(g: Triples, st: Term, citing: Term, cited: Term, role: str) -> Term:
    """A reified citation: who cites whom, in which role; the caller adds what else the text states."""
    g.add((st, RDF.type, TD.Citation))
    g.add((st, TD.citingDocument, citing))
    g.add((st, TD.citedDocument, cited))
    g.add((st, TD.role, Literal(role)))
    return st


def _evidence(g: Triples, st: Term, span: tuple[int, int], quote: str) -> None:
    """Where a statement comes from: its sentence and offsets.  Its source is the ``td:SourceFile`` of the named
    graph that holds it (one per source graph), so no ``prov:wasDerivedFrom`` is repeated on each of ~12
    statements a document; nor its prov:Entity type: td:Citation and td:Mention are subclasses of prov:Entity."""
    g.add((st, TD.quote, _lit(quote)))
    g.add((st, TD.startOffset, Literal(int(span[0]), datatype=XSD.integer)))
    g.add((st, TD.endOffset, Literal(int(span[1]), datatype=XSD.integer)))


def _scan_evidence(g: Triples, st: Term, spot: ScanSpot) -> None:
    """Where a statement read by OCR stands on the scan: its page, the box of its words (pixels at the OCR's
    resolution: left, top, width, height) and the lowest confidence among them; that it was read by OCR."""
    g.add((st, TD.readByOcr, Literal(True)))
    g.add((st, TD.page, Literal(spot.page, datatype=XSD.integer)))
    g.add((st, TD.pageBox, Literal(" ".join(str(v) for v in spot.box))))
    g.add((st, TD.ocrConfidence, Literal(f"{spot.confidence:.1f}", datatype=XSD.decimal)))


def resolution_graph(rc: ResolvedCorpus) -> Triples:
    """What the whole corpus says about each entity: types, canonical labels, variants, levels, links."""
    g = Triples()
    source_of = {s.record.path: iri("source/" + s.graph_id) for s in rc.sources}
    jurisdictions = set()
    for key, d in rc.documents.items():
        node = doc_iri(key)
        g.add((node, RDF.type, TD.Document))
        g.add((node, RDF.type, ELI.LegalResource))
        if d.kind:
            g.add((node, RDF.type, kind_iri(d.kind)))
            g.add((node, ELI.type_document, iri("vocab/kind/" + _kind_code(d.kind))))
        label = _document_label(d, rc)
        g.add((node, RDFS.label, _lit(label)))
        if d.symbol:
            g.add((node, ELI.id_local, Literal(d.symbol)))
            g.add((node, TD.symbolKey, Literal(symbol_key(d.symbol))))
        for v in d.variants:
            if v != d.symbol:
                g.add((node, SKOS.hiddenLabel, Literal(v)))
        if d.date:
            g.add((node, ELI.date_document, Literal(d.date, datatype=XSD.date)))
        if d.year:
            g.add((node, TD.year, Literal(d.year, datatype=XSD.integer)))
        if d.issuer:
            g.add((node, ELI.passed_by, body_iri(d.issuer)))
            if d.issuer_inferred:
                g.add((node, TD.issuerInferredFromCode, Literal(True)))
        if d.issuer_code:
            g.add((node, TD.issuerCode, Literal(d.issuer_code)))
        if d.title:
            g.add((node, ELI["title"], _lit(d.title)))
        g.add((node, TD.inCorpus, Literal(d.in_corpus)))
        g.add((node, TD.jurisdiction, iri("jurisdiction/" + d.jurisdiction)))
        jurisdictions.add(d.jurisdiction)
        for s in d.sources:
            g.add((node, PROV.wasDerivedFrom, source_of[s]))
    for key, b in rc.bodies.items():
        node = body_iri(key)
        g.add((node, RDF.type, TD.IssuingBody))
        g.add((node, RDF.type, ORG.Organization))
        if b.level == "emulation" and b.label.lower().startswith(("cụm", "khối")):
            g.add((node, RDF.type, TD.EmulationCluster))
        g.add((node, RDFS.label, _lit(b.label)))
        g.add((node, SKOS.prefLabel, _lit(b.label)))
        for v in b.variants:
            g.add((node, SKOS.altLabel, _lit(v)))
        g.add((node, TD.level, level_iri(b.level)))
        g.add((node, TD.jurisdiction, iri("jurisdiction/" + b.jurisdiction)))
        jurisdictions.add(b.jurisdiction)
        if b.parent and b.parent != key:
            g.add((node, ORG.subOrganizationOf, body_iri(b.parent)))
        for post in b.posts:
            p = iri(f"post/{key}/{_slug(post)}")
            g.add((p, RDF.type, ORG.Post))
            g.add((p, RDFS.label, _lit(post)))
            g.add((p, ORG.postIn, node))
    for cls, concepts in ((TD.Campaign, rc.campaigns), (TD.Theme, rc.themes)):
        for key, c in concepts.items():
            node = iri(key)
            g.add((node, RDF.type, cls))
            g.add((node, RDF.type, SKOS.Concept))
            g.add((node, SKOS.prefLabel, _lit(c.label)))
            g.add((node, RDFS.label, _lit(c.label)))
            for v in c.variants:
                if v != c.label:
                    g.add((node, SKOS.altLabel, _lit(v)))
            if c.localizes:
                g.add((node, TD.localizes, iri(c.localizes)))
            if c.launched_by:
                g.add((node, TD.launchedBy, body_iri(c.launched_by)))
            if c.owner:
                g.add((node, TD.ownedBy, body_iri(c.owner)))
    for key, p in rc.persons.items():
        node = iri(key)
        g.add((node, RDF.type, FOAF.Person))
        g.add((node, FOAF.name, Literal(p.name)))
        g.add((node, RDFS.label, Literal(p.name)))
        for pos in p.positions:
            g.add((node, TD.position, _lit(pos)))
        if p.body:
            g.add((node, TD.worksFor, body_iri(p.body)))
    for j in sorted(jurisdictions):
        node = iri("jurisdiction/" + j)
        g.add((node, RDF.type, TD.Jurisdiction))
        g.add((node, RDFS.label, _lit(_jurisdiction_label(j, rc))))
    for n, c in enumerate(rc.conflicts):
        node = iri(f"conflict/{_slug(c.subject)}/{c.field}/{n}")
        subject = doc_iri(c.subject) if c.subject in rc.documents else iri(c.subject)
        g.add((node, RDF.type, TD.Conflict))
        g.add((node, TD.conflictSubject, subject))
        g.add((node, TD.conflictField, Literal(c.field)))
        for value, source in c.values:
            g.add((node, TD.conflictValue, Literal(f"{value} ← {source}")))
    return g


def _document_label(d, rc: ResolvedCorpus) -> str:  # type: ignore[no-untyped-def]
    """ "Chỉ thị 34-CT/TW"; a document without a number: "Phát động của Sở Nội vụ tỉnh Lạng Sơn (2023)"."""
    if d.symbol and any(ch.isdigit() for ch in d.symbol.split("/")[0]):
        return " ".join(x for x in (d.kind, d.symbol) if x)
    issuer = rc.bodies[d.issuer].label if d.issuer in rc.bodies else None
    label = d.kind or "Văn bản"
    if issuer:
        label += f" của {issuer}"
    if d.year:
        label += f" ({d.year})"
    return label


def _kind_code(kind: str) -> str:
    codes = KINDS.get(kind, ("", ()))[1]
    return codes[0] if codes else _slug(kind)


def _slug(text: str) -> str:
    from .resolve.names import slug

    return slug(text)


def _jurisdiction_label(j: str, rc: ResolvedCorpus) -> str:
    if j == "vn":
        return "Việt Nam (Trung ương)"
    if j == "unknown":
        return "Chưa xác định"
    from .resolve.names import canonical_province

    for s in rc.sources:
        if s.jurisdiction == j and s.record.province and _slug(s.record.province) == j:
            return canonical_province(s.record.province) or j
    from .vocab import PROVINCES

    return next((p for p in PROVINCES if _slug(p) == j), j)


def ntriples(g: Triples) -> list[str]:
    """Sorted N-Triples lines (deterministic: no blank nodes are minted here)."""
    return sorted(g)


def finish(lines: list[str], graph: str) -> GraphPayload:
    """The graph ``graph`` of these sorted lines, with its content hash and triple count (stated inside the
    graph: a build keeps a graph whose hash has not changed, and a reader can check that it is whole)."""
    h = hashlib.sha256()
    for i in range(0, len(lines), _HASH_CHUNK):  # the hash of the lines joined by "\n", a chunk at a time
        if i:
            h.update(b"\n")
        h.update("\n".join(lines[i : i + _HASH_CHUNK]).encode("utf-8"))
    digest = h.hexdigest()
    return GraphPayload(graph, lines, tuple(_own_statements(graph, digest, len(lines) + 2)), digest)


def _own_statements(graph: str, digest: str, count: int) -> list[str]:
    """What a graph states about itself: its content hash and its triple count (these two included)."""
    return [
        f"{nt_iri(graph)} {TD.contentHash} {Literal(digest)} .",
        f"{nt_iri(graph)} {TD.tripleCount} {Literal(count, datatype=XSD.integer)} .",
    ]


_HASH_CHUNK = 10_000  # lines: the resolution graph of a national corpus is never joined whole


def source_made_from(src: ResolvedSource) -> str:
    """A digest of everything :func:`source_graph` reads of ``src`` and of the code that makes graphs: the
    same digest makes the same graph.  The extraction is named by what it was made from (the file's bytes,
    path and batch province, and the extractor), never read whole."""
    rec = src.record
    made = (
        graph_maker_version(),
        rec.path,
        rec.sha256,
        rec.province,
        rec.doc.extractor_version,
        src.graph_id,
        src.doc_key,
        src.jurisdiction,
        src.jurisdiction_source,
        src.issuer,
        src.parent,
        src.signer,
        src.citations,
        src.links,
        src.mentions,
        src.is_launch,
    )
    return hashlib.sha256(repr(made).encode("utf-8")).hexdigest()


def source_payload(src: ResolvedSource) -> GraphPayload:
    """One source's named graph, as the store takes it."""
    return finish(ntriples(source_graph(src)), graph_iri(src.graph_id))


def corpus_graphs(rc: ResolvedCorpus, index: CitationIndex | None = None) -> Iterator[GraphPayload]:
    """The two corpus-wide graphs: the resolution and the closure of the citations."""
    yield finish(ntriples(resolution_graph(rc)), RESOLUTION_GRAPH)
    yield finish(closure_lines(index or corpus_index(rc)), CLOSURE_GRAPH)


def ontology_digest(files: list[Path]) -> str:
    """The content hash of the ontology graph: that of the shipped files' bytes."""
    return hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()


def ontology_payload(files: list[Path], digest: str) -> GraphPayload:
    """The schema and code lists shipped in ``ontology/`` as one graph, with ``ontology_digest(files)``."""
    import pyoxigraph

    triples: set[str] = set()
    for f in files:
        triples.update(f"{t} ." for t in pyoxigraph.parse(path=str(f), format=pyoxigraph.RdfFormat.TURTLE))
    lines = sorted(triples)
    return GraphPayload(ONTOLOGY_GRAPH, lines, tuple(_own_statements(ONTOLOGY_GRAPH, digest, len(lines) + 2)), digest)


def corpus_index(rc: ResolvedCorpus) -> CitationIndex:
    """The citation index of the resolved corpus: exactly what :func:`graph.index.index_from_store` reads
    back from the graphs built here (a test holds the two equal), without the round trip through the store.
    Its stamp is empty until the caller knows the hashes of the resolution and closure graphs."""
    sources: dict[str, tuple[str, bool]] = {}
    stated: set[tuple[str, str]] = set()  # every citation a source states (document keys)
    edges: set[tuple[str, str]] = set()  # the citation network: a nested citation is reached through its link
    for src in rc.sources:
        launch = any(m.relation == "launches" and m.target for m in src.mentions)
        path, was = sources.get(src.doc_key, (src.record.path, False))
        sources[src.doc_key] = (min(path, src.record.path), was or launch)
        for c in src.citations:
            stated.add((src.doc_key, c.target))
            if c.target != src.doc_key and not c.nested:
                edges.add((src.doc_key, c.target))
        for lk in src.links:
            stated.add((lk.source, lk.target))
            if lk.source != lk.target:
                edges.add((lk.source, lk.target))
    ids = {k: iri_value(doc_iri(k)) for k in rc.documents}
    docs = []
    for key, d in rc.documents.items():
        body = rc.bodies.get(d.issuer) if d.issuer else None
        path, launch = sources.get(key, (None, False))
        kind = KIND_CLASS.get(d.kind) if d.kind else None
        docs.append(
            Doc(
                id=ids[key],
                label=_document_label(d, rc),
                key=symbol_key(d.symbol) if d.symbol else None,
                symbol=d.symbol or None,
                date=d.date or None,
                year=d.year or None,
                issuer=iri_value(body_iri(d.issuer)) if body else None,
                issuer_label=body.label if body else None,
                level=body.level if body else None,
                jurisdiction=iri_value(iri("jurisdiction/" + d.jurisdiction)),
                kind=kind if kind != "Document" else None,
                in_corpus=d.in_corpus,
                launch=launch,
                source=path,
                title=d.title or None,
            )
        )
    return index_from_parts(
        ("", ""),
        docs,
        ((ids[a], ids[b]) for a, b in edges if a in ids and b in ids),
        ((ids[a], ids[b]) for a, b in stated if a in ids and b in ids),
    )


def closure_lines(index: CitationIndex) -> list[str]:
    """The citation network across sources (``eli:cites``) and its transitive closure (``td:restsOn``),
    materialised at build time so that "what rests on X" is a lookup, not a path search."""
    cites, rests = ELI.cites, TD.restsOn
    terms = [nt_iri(d.id) for d in index.docs]
    lines = []
    for a, term in enumerate(terms):
        lines.extend(f"{term} {cites} {terms[b]} ." for b in index.cites(a))
        lines.extend(f"{terms[s]} {rests} {term} ." for s in index.resting_on(a))
    lines.sort()
    return lines


__all__ = [
    "BASE",
    "CLOSURE_GRAPH",
    "ELI",
    "LEVELS",
    "ONTOLOGY_GRAPH",
    "RESOLUTION_GRAPH",
    "TD",
    "corpus_graphs",
    "graph_iri",
    "source_made_from",
]
