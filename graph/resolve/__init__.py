"""Stage 4 — resolve: what each document states → canonical entities shared by the whole corpus.

Resolution is corpus-wide and deterministic: the same set of sources gives the same keys (and so the
same IRIs) on any machine, in any order.  Jurisdiction comes from the text, else from the batch
(``--province``), else is recorded as ``unknown`` — never guessed silently.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ..extract.regexes import BODY_HEAD_RE
from ..extract.text import symbol_key
from ..models import (
    BodyNode,
    Citation,
    CitationEdge,
    ConceptNode,
    Conflict,
    DocumentNode,
    LinkEdge,
    MentionEdge,
    PersonNode,
    ResolvedCorpus,
    ResolvedSource,
    SourceRecord,
)
from ..vocab import ISSUER_CODES, KIND_BY_CODE
from .bodies import NATIONAL, Body, cluster_aliases, is_national, resolve_body
from .concepts import Cluster, cluster_campaigns, cluster_themes
from .documents import (
    DocKey,
    complete_symbol,
    is_central_party_code,
    is_national_code,
    kind_name,
    parse_symbol,
    party_term,
    short_year,
)
from .names import canonical_province, fold, initials, slug

__all__ = ["graph_id", "resolve_corpus"]


def graph_id(path: str) -> str:
    """Stable id of a source file (its absolute path): the name of its named graph."""
    return hashlib.sha1(os.path.abspath(path).encode("utf-8")).hexdigest()[:16]


def _jurisdiction(record: SourceRecord) -> tuple[str | None, str]:
    """The province of a source: the one its text gives (``document.province``, found once by the extractor:
    graph/extract/opening.py), else the batch's (``--province``); a central body's document belongs to the
    national jurisdiction."""
    d = record.doc.document
    if d.issuer and is_national(d.issuer) and not record.province:
        return None, "national"
    if d.province:
        return canonical_province(d.province), "text"
    if record.province:
        return canonical_province(record.province), "batch"
    return None, "unknown"


@dataclass(slots=True)
class _BodyState:
    """What the corpus says of one body so far (a pass's working state; :class:`BodyNode` is its result)."""

    label: str
    level: str | None
    jurisdiction: str | None
    variants: set[str] = field(default_factory=set)
    posts: set[str] = field(default_factory=set)
    parents: Counter[str] = field(default_factory=Counter)
    sources: set[str] = field(default_factory=set)


class _Bodies:
    """The bodies pass: every body a source names, resolved once (graph/resolve/bodies.py) and gathered."""

    def __init__(self) -> None:
        self.nodes: dict[str, _BodyState] = {}

    def _node(self, key: str, label: str, level: str | None, jur: str | None) -> _BodyState:
        node = self.nodes.get(key)
        if node is None:
            node = self.nodes[key] = _BodyState(label, level, jur)
        return node

    def add(self, surface: str | None, province: str | None, source: str, parent: str | None = None) -> Body | None:
        if not surface:
            return None
        body = resolve_body(surface, province)
        if body is None:
            return None
        node = self._node(body.key, body.label, body.level, body.jurisdiction)
        node.variants.add(" ".join(surface.split()))
        if body.post:
            node.posts.add(body.post)
        if parent:
            node.parents[parent] += 1
        node.sources.add(source)
        return body

    def default_for_code(self, issuer_code: str, source: str) -> str | None:
        head = issuer_code.split("-")[0]
        if head in ISSUER_CODES and is_national_code(head):
            name, level = ISSUER_CODES[head]
            key = f"{NATIONAL}/{slug(name)}"
            self._node(key, name, level, NATIONAL).sources.add(source)
            return key
        return None

    def by_initials(self, issuer_code: str, jurisdiction: str) -> str | None:
        """A body of the corpus whose name's initials are the code ("SKHĐT" → Sở Kế hoạch và Đầu tư)."""
        code = fold(issuer_code.split("-")[0]).replace(" ", "")
        if len(code) < 3:
            return None
        found = [
            key
            for key, n in self.nodes.items()
            if n.jurisdiction == jurisdiction and initials(key.split("/", 1)[1]) == code
        ]
        return found[0] if len(found) == 1 else None

    def result(self) -> dict[str, BodyNode]:
        return {
            key: BodyNode(
                key=key,
                label=n.label,
                level=n.level,
                jurisdiction=n.jurisdiction,
                variants=tuple(sorted(n.variants)),
                posts=tuple(sorted(n.posts)),
                parent=n.parents.most_common(1)[0][0] if n.parents else None,
                sources=tuple(sorted(n.sources)),
            )
            for key, n in sorted(self.nodes.items())
        }


def _doc_key(symbol: str, jurisdiction: str, year: int | None, issuer: Body | None) -> DocKey | None:
    sym = parse_symbol(symbol)
    if sym is None or not sym.number:
        return None
    kind_code, issuer_code = sym.kind_code, sym.issuer_code
    if kind_code not in KIND_BY_CODE and kind_code.upper() not in KIND_BY_CODE and kind_code != "LUAT":
        kind_code, issuer_code = "CV", f"{kind_code}-{issuer_code}"  # công văn: number/ISSUER-UNIT
    if sym.party or is_national_code(issuer_code):
        jur = NATIONAL if (sym.party and is_central_party_code(issuer_code)) or (not sym.party) else jurisdiction
    else:
        jur = jurisdiction
    if issuer is not None and issuer.jurisdiction not in (NATIONAL, "unknown") and jur != NATIONAL:
        jur = issuer.jurisdiction  # "UBND tỉnh Bắc Giang" cited from a Lạng Sơn document
    return DocKey(
        jur, kind_code.upper() if kind_code != "CTr" else kind_code, sym.number, year or sym.year, issuer_code
    )


@dataclass(frozen=True, slots=True)
class _Cite:
    """One citation of a source with the identity it names (before settling) and its issuer."""

    citation: Citation
    key: DocKey
    body: Body | None


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A source after the first pass: its jurisdiction, issuer and parent, what it cites, its own identity."""

    record: SourceRecord
    province: str | None
    jurisdiction: str
    jurisdiction_source: str
    issuer: Body | None
    parent: Body | None
    cites: tuple[_Cite, ...]
    own: DocKey | None


@dataclass(frozen=True, slots=True)
class _Identities:
    """What the corpus states of document identities: the years each undated identity is known in, and the
    year of a central Party document within its term.  :meth:`settle` gives a mention its dated identity."""

    dated: dict[tuple[str, str, str, str], frozenset[int]]
    dated_anywhere: dict[tuple[str, str, str], frozenset[tuple[str, str, str, str]]]
    term_year: dict[tuple[tuple[str, str, str, str], int], int]

    def settle(self, key: DocKey, citing_year: int | None) -> DocKey:
        """An undated mention is the dated document of the same identity (the latest not after the citing
        document's year when several are known); a central Party document's year is its term's."""
        if key.jurisdiction == "unknown":  # a source of unknown province: the one dated document of that number
            known = {u for u in self.dated_anywhere.get(key.undated[1:], ()) if u[0] != "unknown"}
            if key.year:  # (of that year, when the mention dates it: "Chỉ thị số 01-CT/TU ngày 17-10-2020")
                known = {u for u in known if key.year in self.dated.get(u, ())}
            if len(known) == 1:
                key = DocKey(next(iter(known))[0], key.kind_code, key.number, key.year, key.issuer_code)
        if not key.year:
            years = sorted(self.dated.get(key.undated, ()))
            if not years:
                return key
            before = [y for y in years if citing_year is None or y <= citing_year]
            key = replace(key, year=before[-1] if before else years[0])
        year = self.term_year.get((key.undated, party_term(key.year)), key.year)  # type: ignore[arg-type]
        return key if year == key.year else replace(key, year=year)


def _prepare(
    records: list[SourceRecord], bodies: _Bodies, cluster_alias: dict[str, str]
) -> tuple[list[_Prepared], _Identities]:
    """Pass 1: each source's jurisdiction, issuer and parent; the identity of every document it names; the
    years the corpus states for each identity."""
    prepared = []
    dated: dict[tuple[str, str, str, str], set[int]] = defaultdict(set)
    dated_anywhere: dict[tuple[str, str, str], set[tuple[str, str, str, str]]] = defaultdict(set)
    stated_years: dict[tuple[str, str, str, str], Counter[int]] = defaultdict(Counter)
    for rec in records:
        province, jur_source = _jurisdiction(rec)
        jur = NATIONAL if jur_source == "national" else slug(province) if province else "unknown"
        d = rec.doc.document
        issuer = bodies.add(cluster_alias.get(d.issuer or "", d.issuer), province, rec.path)
        parent = bodies.add(d.parent, province, rec.path)
        if issuer and parent:
            bodies.nodes[issuer.key].parents[parent.key] += 1
        cites = []
        for c in rec.doc.citations:
            body = bodies.add(c.issuer, province, rec.path)
            year = int(c.date[:4]) if c.date else short_year(c.symbol)
            key = _doc_key(complete_symbol(c.symbol, c.kind, c.issuer) or c.symbol, jur, year, body)
            if key is None:
                continue
            if key.year:
                dated[key.undated].add(key.year)
                dated_anywhere[key.undated[1:]].add(key.undated)
                stated_years[key.undated][key.year] += 1
            cites.append(_Cite(c, key, body))
        own = _doc_key(d.symbol, jur, d.year, issuer) if d.symbol else None
        if own and own.year:
            dated[own.undated].add(own.year)
            stated_years[own.undated][own.year] += 1
        prepared.append(_Prepared(rec, province, jur, jur_source, issuer, parent, tuple(cites), own))
    # a central Party document is numbered in its term, not its year: its year is the one most often stated
    # within that term (a slip, "Nghị quyết 57-NQ/TW ngày 22/12/2025" for 2024, makes no second document)
    term_year: dict[tuple[tuple[str, str, str, str], int], int] = {}
    for undated, counts in stated_years.items():
        if undated[0] == NATIONAL and is_central_party_code(undated[3]):
            for year, _n in sorted(counts.items(), key=lambda yc: (-yc[1], yc[0])):
                term_year.setdefault((undated, party_term(year)), year)
    identities = _Identities(
        {k: frozenset(v) for k, v in dated.items()},
        {k: frozenset(v) for k, v in dated_anywhere.items()},
        term_year,
    )
    return prepared, identities


@dataclass(frozen=True, slots=True)
class _ConceptClusters:
    """Pass 2: the campaigns and themes of the whole corpus clustered, and the cluster of each mention (by the
    source's index in the prepared list and the mention's index in its document)."""

    campaigns: list[Cluster]
    themes: list[Cluster]
    campaign_of: dict[tuple[int, int], Cluster]
    theme_of: dict[tuple[int, int], Cluster]
    campaign_sources: list[str]
    theme_sources: list[str]


def _cluster_concepts(prepared: list[_Prepared]) -> _ConceptClusters:
    camp_names, camp_src, camp_at = [], [], []
    theme_texts, theme_src, theme_at = [], [], []
    for idx, p in enumerate(prepared):
        for j, c in enumerate(p.record.doc.campaigns):
            camp_names.append(c.name)
            camp_src.append(p.record.path)
            camp_at.append((idx, j))
        for j, t in enumerate(p.record.doc.themes):
            theme_texts.append(t.text)
            theme_src.append(p.record.path)
            theme_at.append((idx, j))
    camp_clusters = cluster_campaigns(camp_names, camp_src)
    theme_clusters = cluster_themes(theme_texts, theme_src)
    return _ConceptClusters(
        camp_clusters,
        theme_clusters,
        {camp_at[i]: c for c in camp_clusters for i in c.members},
        {theme_at[i]: c for c in theme_clusters for i in c.members},
        camp_src,
        theme_src,
    )


@dataclass(slots=True)
class _DocState:
    """What the corpus states of one document identity so far (:class:`DocumentNode` is its result)."""

    symbols: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    dates: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    issuers: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    title: str | None = None
    in_corpus: bool = False
    sources: set[str] = field(default_factory=set)
    key: DocKey | None = None
    own_year: int | None = None

    def state(self, path: str, symbol: str | None, kind: str | None, date: str | None, issuer: str | None) -> None:
        """Record what one source states about the document: its symbol, kind, date and issuer."""
        self.sources.add(path)
        if symbol:
            self.symbols[symbol] += 1
        if kind:
            self.kinds[kind] += 1
        if date:
            self.dates[date].add(path)
        if issuer:
            self.issuers[issuer].add(path)


@dataclass(slots=True)
class _SourcePass:
    """Pass 3's results: each source resolved, what each document identity is stated to be, the persons who
    sign, and who launches each campaign and owns each theme."""

    sources: list[ResolvedSource] = field(default_factory=list)
    docs: dict[str, _DocState] = field(default_factory=dict)
    persons: dict[str, PersonNode] = field(default_factory=dict)
    campaign_launchers: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    theme_owners: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    launched: dict[str, tuple[str, set[str], Body | None]] = field(default_factory=dict)

    def doc(self, path: str) -> _DocState:
        node = self.docs.get(path)
        if node is None:
            node = self.docs[path] = _DocState()
        return node


def _resolve_sources(
    prepared: list[_Prepared],
    identities: _Identities,
    concepts: _ConceptClusters,
    bodies: _Bodies,
    cluster_alias: dict[str, str],
) -> _SourcePass:
    """Pass 3: each source's own document and the documents it cites, settled to their identities; its
    links, mentions of campaigns, themes, recipients and clusters; its launch and its signer."""
    out = _SourcePass()
    for idx, p in enumerate(prepared):
        rec, jur, issuer = p.record, p.jurisdiction, p.issuer
        d = rec.doc.document
        if p.own:
            own: DocKey | None = identities.settle(p.own, d.year)
            doc_key = own.path  # type: ignore[union-attr]
        else:
            own = None
            kind_code = next((c for c, n in KIND_BY_CODE.items() if n == d.kind), "VB")
            issuer_slug = issuer.key.split("/", 1)[-1] if issuer else "unknown"
            doc_key = "/".join((jur, slug(kind_code), str(d.year or "nd"), issuer_slug, "src-" + rec.sha256[:12]))
        node = out.doc(doc_key)
        node.key = own
        node.in_corpus = True
        node.title = d.title
        node.own_year = d.year
        node.state(rec.path, d.symbol, d.kind, d.date, issuer.key if issuer else None)
        edges = []
        sym_to_key: dict[str, str] = {}
        for cite in p.cites:
            c, body = cite.citation, cite.body
            key = identities.settle(cite.key, d.year)
            n = out.doc(key.path)
            n.key = key
            parsed = parse_symbol(complete_symbol(c.symbol, c.kind, c.issuer) or c.symbol)
            symbol = parsed.canonical if parsed else c.symbol
            n.state(rec.path, symbol, c.kind, c.date, body.key if body else None)
            sym_to_key[symbol_key(c.symbol)] = key.path
            edges.append(
                CitationEdge(
                    target=key.path,
                    role=c.role,
                    nested=c.nested,
                    symbol=c.symbol,
                    date=c.date,
                    issuer=body.key if body else None,
                    issuer_text=c.issuer,
                    subject=c.subject,
                    span=c.span,
                    sentence=c.sentence,
                )
            )
        links = tuple(
            LinkEdge(sym_to_key[symbol_key(lk.source)], sym_to_key[symbol_key(lk.target)], lk.relation, lk.span)
            for lk in rec.doc.links
            if symbol_key(lk.source) in sym_to_key and symbol_key(lk.target) in sym_to_key
        )
        mentions = _mentions(idx, p, concepts, bodies, cluster_alias, out)
        if d.launch:  # decided by the extractor (graph/extract/launch.py), one home for the concept; what it
            # launches: named by its title, else by its first campaign, else by who and when
            label = d.title or next((c.name for c in rec.doc.campaigns), None) or _launch_label(issuer, d.year)
            owner_key = issuer.key if issuer else jur
            ckey = f"campaign/{owner_key}/{d.year or 'nd'}/{slug(label, 60)}"
            out.launched.setdefault(ckey, (label, set(), issuer))[1].add(rec.path)
            mentions.append(MentionEdge("launches", ckey, label))
        signer = None
        if d.signer.name:
            signer = f"person/{jur}/{slug(d.signer.name)}"
            prev = out.persons.get(signer)
            positions = tuple(
                sorted({*(prev.positions if prev else ()), *([d.signer.position] if d.signer.position else [])})
            )
            out.persons[signer] = PersonNode(signer, d.signer.name, positions, issuer.key if issuer else None)
        out.sources.append(
            ResolvedSource(
                record=rec,
                graph_id=graph_id(rec.path),
                doc_key=doc_key,
                jurisdiction=jur,
                jurisdiction_source=p.jurisdiction_source,
                issuer=issuer.key if issuer else None,
                parent=p.parent.key if p.parent else None,
                signer=signer,
                citations=tuple(edges),
                links=links,
                mentions=tuple(mentions),
                is_launch=d.launch,
            )
        )
    return out


def _mentions(
    idx: int,
    p: _Prepared,
    concepts: _ConceptClusters,
    bodies: _Bodies,
    cluster_alias: dict[str, str],
    out: _SourcePass,
) -> list[MentionEdge]:
    """What a source mentions besides documents: the campaigns it promotes (with who launched them), the themes
    it adopts (with their owner), its recipients, the clusters it belongs to or writes to."""
    rec, province = p.record, p.province
    mentions: list[MentionEdge] = []
    for j, c in enumerate(rec.doc.campaigns):
        cluster = concepts.campaign_of[(idx, j)]
        actors = []
        for who in _launchers(c.launched_by):
            launcher = bodies.add(who, province, rec.path)
            if launcher:
                out.campaign_launchers[cluster.key][launcher.key] += 1
                actors.append(launcher.key)
        mentions.append(MentionEdge("promotes", cluster.key, c.name, c.span, tuple(actors)))
    for j, t in enumerate(rec.doc.themes):
        cluster = concepts.theme_of[(idx, j)]
        owner = bodies.add(t.owner, province, rec.path) if t.owner and _names_a_body(t.owner) else None
        if owner:
            out.theme_owners[cluster.key][owner.key] += 1
        mentions.append(MentionEdge("adoptsTheme", cluster.key, t.text, t.span, (owner.key,) if owner else ()))
    for r in rec.doc.document.recipients:
        body = bodies.add(r, province, rec.path) if _names_a_body(r) else None
        mentions.append(MentionEdge("sentTo", body.key if body else "", r))
    for cl in rec.doc.clusters:
        body = bodies.add(cluster_alias.get(cl.name, cl.name), province, rec.path)
        if body and cl.role != "issuer":
            mentions.append(MentionEdge("memberOf" if cl.role == "member" else "sentTo", body.key, cl.name, cl.span))
    return mentions


def _documents(docs: dict[str, _DocState], bodies: _Bodies) -> tuple[dict[str, DocumentNode], list[Conflict]]:
    """Pass 4: one node per document identity, with what the corpus states about it; the conflicts recorded
    (two dates, two issuers); an issuer no source names inferred from the number's code."""
    conflicts: list[Conflict] = []
    documents: dict[str, DocumentNode] = {}
    for path, n in sorted(docs.items()):
        key = n.key
        dates = sorted(n.dates)
        if len(dates) > 1:
            conflicts.append(Conflict(path, "date", tuple((v, s) for v in dates for s in sorted(n.dates[v]))))
        issuers = sorted(n.issuers, key=lambda k: (-len(n.issuers[k]), k))
        if len(issuers) > 1:
            conflicts.append(Conflict(path, "issuer", tuple((v, s) for v in issuers for s in sorted(n.issuers[v]))))
        issuer = issuers[0] if issuers else None
        inferred = False
        if issuer is None and key is not None:
            issuer = bodies.by_initials(key.issuer_code, key.jurisdiction) or bodies.default_for_code(
                key.issuer_code, next(iter(sorted(n.sources)))
            )
            inferred = issuer is not None
        symbol = n.symbols.most_common(1)[0][0] if n.symbols else None
        stated_kind = n.kinds.most_common(1)[0][0] if n.kinds else None
        kind = kind_name(key.kind_code, stated_kind) if key else stated_kind
        node = DocumentNode(
            key=path,
            symbol=symbol,
            kind=kind,
            year=key.year if key else None,
            date=dates[0] if dates else None,
            jurisdiction=key.jurisdiction if key else path.split("/")[0],
            issuer=issuer,
            title=n.title,
            in_corpus=n.in_corpus,
            sources=tuple(sorted(n.sources)),
            variants=tuple(sorted(n.symbols)),
            issuer_code=key.issuer_code if key else None,
            issuer_inferred=inferred,
        )
        if node.year is None and (dates or n.own_year):
            node = replace(node, year=int(dates[0][:4]) if dates else n.own_year)
        documents[path] = node
    return documents, conflicts


def _campaigns(concepts: _ConceptClusters, found: _SourcePass) -> dict[str, ConceptNode]:
    """Pass 5a: one node per campaign cluster, launched by the body most often named launching it (a
    province's own movement is never the Prime Minister's), then the movements launches name only by their
    title."""
    campaigns: dict[str, ConceptNode] = {}
    for c in concepts.campaigns:
        counts = found.campaign_launchers[c.key]
        launcher = counts.most_common(1)[0][0] if counts else None
        local = c.key.count("/") > 1  # "campaign/<place>/<core>": a movement of one place
        if launcher and local and c.localizes is None and launcher.split("/", 1)[0] == NATIONAL:
            launcher = None  # a province's own movement is not the Prime Minister's, whatever list it follows
        campaigns[c.key] = ConceptNode(
            c.key,
            c.label,
            c.variants,
            tuple(sorted({concepts.campaign_sources[i] for i in c.members})),
            localizes=c.localizes,
            launched_by=launcher,
        )
    for key, (label, sources, launcher_body) in sorted(found.launched.items()):
        if key not in campaigns:
            campaigns[key] = ConceptNode(
                key, label, (label,), tuple(sorted(sources)), launched_by=launcher_body.key if launcher_body else None
            )
    return campaigns


def _themes(concepts: _ConceptClusters, found: _SourcePass) -> dict[str, ConceptNode]:
    """Pass 5b: one node per theme cluster, owned by the body most often named owning it."""
    themes: dict[str, ConceptNode] = {}
    for c in concepts.themes:
        counts = found.theme_owners[c.key]
        owner = counts.most_common(1)[0][0] if counts else None
        themes[c.key] = ConceptNode(
            c.key, c.label, c.variants, tuple(sorted({concepts.theme_sources[i] for i in c.members})), owner=owner
        )
    return themes


def resolve_corpus(records: Iterable[SourceRecord]) -> ResolvedCorpus:
    """Resolve a corpus in typed passes: identities and bodies (:func:`_prepare`), campaign and theme
    clusters (:func:`_cluster_concepts`), sources (:func:`_resolve_sources`), documents (:func:`_documents`),
    campaigns and themes (:func:`_campaigns`, :func:`_themes`)."""
    ordered = sorted(records, key=lambda r: os.path.abspath(r.path))
    bodies = _Bodies()
    cluster_alias = cluster_aliases(
        sorted(
            {c.name for r in ordered for c in r.doc.clusters}
            | {r.doc.document.issuer for r in ordered if r.doc.document.issuer}
        )
    )
    prepared, identities = _prepare(ordered, bodies, cluster_alias)
    concepts = _cluster_concepts(prepared)
    found = _resolve_sources(prepared, identities, concepts, bodies, cluster_alias)
    documents, conflicts = _documents(found.docs, bodies)
    return ResolvedCorpus(
        sources=tuple(found.sources),
        documents=documents,
        bodies=bodies.result(),
        campaigns=_campaigns(concepts, found),
        themes=_themes(concepts, found),
        persons=found.persons,
        conflicts=tuple(conflicts),
    )


def _launchers(text: str | None) -> list[str]:
    """ "Thủ tướng Chính phủ và Chủ tịch UBND tỉnh" → both; "tỉnh" alone is the provincial People's Committee."""
    if not text:
        return []
    out = []
    for part in re.split(r"[ ]và[ ]|,[ ]", text):
        part = part.strip()
        if part.lower() in ("tỉnh", "uỷ ban tỉnh", "ủy ban tỉnh"):
            part = "UBND tỉnh"
        if _names_a_body(part):
            out.append(part)
    return out


def _launch_label(issuer: Body | None, year: int | None) -> str:
    who = f" của {issuer.label}" if issuer else ""
    return f"Phong trào thi đua{who}" + (f" năm {year}" if year else "")


_BODY_START = re.compile(r"(?:" + BODY_HEAD_RE + r")\b")
_GROUP = re.compile(r"\b(?:các|những|trong Cụm|trong Khối|thuộc|trực thuộc|Lãnh đạo|lãnh đạo)\b|\bSở$|;")


def _names_a_body(text: str) -> bool:
    """A recipient or an owner that names one body ("Hội đồng TĐKT tỉnh", "Sở Nội vụ"), not a filing note,
    a group ("UBND các huyện ...") or a unit inside the issuer ("Hội đồng TĐKT Sở")."""
    text = " ".join(text.split())
    return bool(_BODY_START.match(text)) and not _GROUP.search(text)
