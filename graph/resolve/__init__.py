"""Stage 4 — resolve: what each document states → canonical entities shared by the whole corpus.

Resolution is corpus-wide and deterministic: the same set of sources gives the same keys (and so the
same IRIs) on any machine, in any order.  Jurisdiction comes from the text, else from the batch
(``--province``), else is recorded as ``unknown`` — never guessed silently.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

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
    record,
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


@record  # (pickled as its values: a kept resolution state holds millions)
class _BodyFact:
    """One thing a source states of a body, replayed in corpus order by :meth:`_BodyTally.add`: a body it names
    (with the surface naming it and the post, ``variant`` set), a parent of its issuer (``parent`` set), or a
    central body inferred from a document's code (neither).  A source's facts are a pure function of its record
    and the cluster aliases, so that fresh and incremental resolution replay the same facts in the same order."""

    key: str
    label: str
    level: str | None
    jurisdiction: str | None
    source: str
    variant: str | None = None
    post: str | None = None
    parent: str | None = None


Position = tuple[Any, ...]  # where a fact stands in the order facts are replayed: (phase,) corpus order, index


class _Firsts:
    """Values counted with the position each is first stated at: the Counter a replay in corpus order makes (its
    ``most_common`` breaks ties by first insertion), kept as facts come and go."""

    __slots__ = ("counts", "first")

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}  # (plain dicts: a corpus makes hundreds of thousands of tallies)
        self.first: dict[str, Position] = {}

    def add(self, value: str, at: Position) -> None:
        n = self.counts.get(value)
        if n is None:
            self.counts[value] = 1
            self.first[value] = at
        else:
            self.counts[value] = n + 1
            if at < self.first[value]:
                self.first[value] = at

    def remove(self, value: str, at: Position) -> bool:
        """One statement taken out; True when it was the first (the first position must be sought again)."""
        self.counts[value] -= 1
        if not self.counts[value]:
            del self.counts[value], self.first[value]
            return False
        return self.first[value] == at

    def counter(self) -> Counter[str]:
        return Counter({v: self.counts[v] for v in sorted(self.counts, key=self.first.__getitem__)})


class _Sources:
    """The sources stating an entity, counted (a source may state it several times), kept sorted."""

    __slots__ = ("counts", "sorted")

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.sorted: list[str] = []

    def add(self, path: str) -> None:
        n = self.counts.get(path)
        if n is None:
            if not self.sorted or path > self.sorted[-1]:
                self.sorted.append(path)  # (in corpus order, the usual case)
            else:
                bisect.insort(self.sorted, path)
            self.counts[path] = 1
        else:
            self.counts[path] = n + 1

    def remove(self, path: str) -> None:
        self.counts[path] -= 1
        if not self.counts[path]:
            del self.counts[path]
            del self.sorted[bisect.bisect_left(self.sorted, path)]


BodyContribution = tuple[tuple[_BodyFact, ...], tuple[_BodyFact, ...]]  # a source's pass-1 and pass-3 facts


class _BodyTally:
    """One body as its facts make it, in corpus order or as sources come and go (graph/resolve/incremental.py):
    the label, level and jurisdiction of the first fact; the parent most often stated, ties to the first stated;
    the variants, posts and sources.  Positions need only compare as the facts' corpus order does."""

    __slots__ = ("first", "parents", "posts", "sources", "stated", "variants")

    def __init__(self) -> None:
        self.stated = 0  # facts of sources naming it (not inferred from a code): a body found by initials
        self.first: tuple[Position, _BodyFact] | None = None
        self.variants: dict[str, int] = {}
        self.posts: dict[str, int] = {}
        self.parents = _Firsts()
        self.sources = _Sources()

    @staticmethod
    def positioned(order: str, contribution: BodyContribution) -> Iterator[tuple[Position, _BodyFact]]:
        for phase, facts in zip((1, 3), contribution, strict=True):
            for i, fact in enumerate(facts):
                yield (phase, order, i), fact

    def add(self, at: Position, fact: _BodyFact) -> None:
        self.stated += fact.variant is not None or fact.parent is not None
        if self.first is None or at < self.first[0]:
            self.first = (at, fact)
        if fact.variant is not None:
            self.variants[fact.variant] = self.variants.get(fact.variant, 0) + 1
        if fact.post:
            self.posts[fact.post] = self.posts.get(fact.post, 0) + 1
        if fact.parent:
            self.parents.add(fact.parent, at)
        self.sources.add(fact.source)

    def remove(self, at: Position, fact: _BodyFact, again: set[str | None]) -> None:
        """One fact taken out; what must be sought again among the facts left goes in ``again`` (None: the first
        fact, else a parent)."""
        self.stated -= fact.variant is not None or fact.parent is not None
        if self.first is not None and self.first[0] == at:
            again.add(None)
        for counter, value in ((self.variants, fact.variant), (self.posts, fact.post or None)):
            if value is not None:
                counter[value] -= 1
                if not counter[value]:
                    del counter[value]
        if fact.parent and self.parents.remove(fact.parent, at):
            again.add(fact.parent)
        self.sources.remove(fact.source)

    def seek(self, again: set[str | None], facts: Iterable[tuple[Position, _BodyFact]]) -> None:
        """The first fact and the first statement of each parent in ``again``, sought among ``facts``."""
        if None in again:
            self.first = None
        parents = {p for p in again if p is not None and p in self.parents.counts}
        for p in parents:
            del self.parents.first[p]
        for at, fact in facts:
            if None in again and (self.first is None or at < self.first[0]):
                self.first = (at, fact)
            if fact.parent in parents and (
                fact.parent not in self.parents.first or at < self.parents.first[fact.parent]
            ):
                self.parents.first[fact.parent] = at

    def node(self, key: str) -> BodyNode:
        assert self.first is not None
        first = self.first[1]
        parents = self.parents.counter()
        return BodyNode(
            key=key,
            label=first.label,
            level=first.level,  # type: ignore[arg-type]
            jurisdiction=first.jurisdiction,  # type: ignore[arg-type]
            variants=tuple(sorted(self.variants)),
            posts=tuple(sorted(self.posts)),
            parent=parents.most_common(1)[0][0] if parents else None,
            sources=tuple(self.sources.sorted),
        )


class _SourceBodies:
    """The bodies one source names, resolved (graph/resolve/bodies.py) and kept as facts in the order named."""

    def __init__(self, source: str, province: str | None) -> None:
        self.source, self.province = source, province
        self.facts: list[_BodyFact] = []

    def add(self, surface: str | None) -> Body | None:
        if not surface:
            return None
        body = resolve_body(surface, self.province)
        if body is None:
            return None
        self.facts.append(
            _BodyFact(
                body.key, body.label, body.level, body.jurisdiction, self.source, " ".join(surface.split()), body.post
            )
        )
        return body

    def parent(self, issuer: Body, parent: Body) -> None:
        self.facts.append(
            _BodyFact(issuer.key, issuer.label, issuer.level, issuer.jurisdiction, self.source, parent=parent.key)
        )


def _initials_code(issuer_code: str) -> str | None:
    """The letters a code's initials must spell to name a body of the corpus ("SKHĐT" → "skhdt"), when long enough."""
    code = fold(issuer_code.split("-")[0]).replace(" ", "")
    return code if len(code) >= 3 else None


def _initials_of(key: str) -> tuple[str, str]:
    """Where a body is found by initials: its jurisdiction and the initials of its name's slug."""
    jur, _, name = key.partition("/")
    return jur, initials(name)


def _default_fact(issuer_code: str, source: str) -> _BodyFact | None:
    """The central body a national code stands for ("TTg" → Thủ tướng Chính phủ), as a fact of ``source``."""
    head = issuer_code.split("-")[0]
    if head in ISSUER_CODES and is_national_code(head):
        name, level = ISSUER_CODES[head]
        return _BodyFact(f"{NATIONAL}/{slug(name)}", name, level, NATIONAL, source)
    return None


class _Bodies:
    """The bodies of the corpus: every fact tallied in corpus order, and found by the initials of their names."""

    def __init__(self) -> None:
        self.nodes: dict[str, _BodyTally] = {}
        self.by_code: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
        self._seq = 0

    def apply(self, fact: _BodyFact) -> None:
        node = self.nodes.get(fact.key)
        if node is None:
            node = self.nodes[fact.key] = _BodyTally()
            self.by_code[_initials_of(fact.key)].add(fact.key)
        self._seq += 1
        node.add((self._seq,), fact)

    def default_for_code(self, issuer_code: str, source: str) -> str | None:
        fact = _default_fact(issuer_code, source)
        if fact is None:
            return None
        self.apply(fact)
        return fact.key

    def by_initials(self, issuer_code: str, jurisdiction: str) -> str | None:
        """A body of the corpus whose name's initials are the code ("SKHĐT" → Sở Kế hoạch và Đầu tư)."""
        code = _initials_code(issuer_code)
        found = self.by_code.get((jurisdiction, code), ()) if code else ()
        return next(iter(found)) if len(found) == 1 else None

    def result(self) -> dict[str, BodyNode]:
        return {key: n.node(key) for key, n in sorted(self.nodes.items())}


class _Inference:
    """Pass 4's inference for a document no source names the issuer of: the one body of the corpus whose initials
    are its number's code, else the central body the code stands for.  Such a central body becomes a body of the
    corpus for the documents after it (in key order); ``facts`` keeps each one inferred, by document."""

    def __init__(self, by_code: Mapping[tuple[str, str], Collection[str]]) -> None:
        self.by_code = by_code
        self.added: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
        self.facts: dict[str, _BodyFact] = {}

    def issuer(self, doc: str, key: DocKey, first_source: str) -> str | None:
        code = _initials_code(key.issuer_code)
        if code:
            at = (key.jurisdiction, code)
            found = {*self.by_code.get(at, ()), *self.added.get(at, ())}
            if len(found) == 1:
                return next(iter(found))
        fact = _default_fact(key.issuer_code, first_source)
        if fact is None:
            return None
        self.facts[doc] = fact
        at = _initials_of(fact.key)
        if fact.key not in self.by_code.get(at, ()):
            self.added[at].add(fact.key)
        return fact.key


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


Undated = tuple[str, str, str, str]


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A source after the first pass: its jurisdiction, issuer and parent, what it cites, its own identity; the
    facts it states of bodies, and the dated identities it states (``dated``: undated identity, year, whether
    by a citation)."""

    record: SourceRecord
    province: str | None
    jurisdiction: str
    jurisdiction_source: str
    issuer: Body | None
    parent: Body | None
    cites: tuple[_Cite, ...]
    own: DocKey | None
    bodies: tuple[_BodyFact, ...] = ()
    dated: tuple[tuple[Undated, int, bool], ...] = ()


def alias_names(record: SourceRecord) -> set[str]:
    """The names of a source that :func:`cluster_aliases` reads: its clusters' and its issuer's."""
    names = {c.name for c in record.doc.clusters}
    if record.doc.document.issuer:
        names.add(record.doc.document.issuer)
    return names


def _prepare_source(rec: SourceRecord, cluster_alias: Mapping[str, str]) -> _Prepared:
    """Pass 1 for one source: its jurisdiction, issuer and parent, and the identity of every document it names."""
    province, jur_source = _jurisdiction(rec)
    jur = NATIONAL if jur_source == "national" else slug(province) if province else "unknown"
    d = rec.doc.document
    bodies = _SourceBodies(rec.path, province)
    issuer = bodies.add(cluster_alias.get(d.issuer or "", d.issuer))
    parent = bodies.add(d.parent)
    if issuer and parent:
        bodies.parent(issuer, parent)
    cites = []
    dated: list[tuple[Undated, int, bool]] = []
    for c in rec.doc.citations:
        body = bodies.add(c.issuer)
        year = int(c.date[:4]) if c.date else short_year(c.symbol)
        key = _doc_key(complete_symbol(c.symbol, c.kind, c.issuer) or c.symbol, jur, year, body)
        if key is None:
            continue
        if key.year:
            dated.append((key.undated, key.year, True))
        cites.append(_Cite(c, key, body))
    own = _doc_key(d.symbol, jur, d.year, issuer) if d.symbol else None
    if own and own.year:
        dated.append((own.undated, own.year, False))
    return _Prepared(
        rec, province, jur, jur_source, issuer, parent, tuple(cites), own, tuple(bodies.facts), tuple(dated)
    )


def term_years(undated: Undated, counts: Mapping[int, int]) -> dict[int, int]:
    """A central Party document is numbered in its term, not its year: its year in each term is the one most often
    stated within that term (a slip, "Nghị quyết 57-NQ/TW ngày 22/12/2025" for 2024, makes no second document)."""
    out: dict[int, int] = {}
    if undated[0] == NATIONAL and is_central_party_code(undated[3]):
        for year, _n in sorted(counts.items(), key=lambda yc: (-yc[1], yc[0])):
            out.setdefault(party_term(year), year)
    return out


def _prepare(
    records: list[SourceRecord], bodies: _Bodies, cluster_alias: Mapping[str, str]
) -> tuple[list[_Prepared], _Identities]:
    """Pass 1: each source's jurisdiction, issuer and parent; the identity of every document it names; the
    years the corpus states for each identity."""
    prepared = []
    dated: dict[Undated, set[int]] = defaultdict(set)
    dated_anywhere: dict[tuple[str, str, str], set[Undated]] = defaultdict(set)
    stated_years: dict[Undated, Counter[int]] = defaultdict(Counter)
    for rec in records:
        p = _prepare_source(rec, cluster_alias)
        for fact in p.bodies:
            bodies.apply(fact)
        for undated, year, cited in p.dated:
            dated[undated].add(year)
            if cited:
                dated_anywhere[undated[1:]].add(undated)
            stated_years[undated][year] += 1
        prepared.append(p)
    term_year: dict[tuple[Undated, int], int] = {}
    for undated, counts in stated_years.items():
        for term, year in term_years(undated, counts).items():
            term_year[(undated, term)] = year
    identities = _Identities(
        {k: frozenset(v) for k, v in dated.items()},
        {k: frozenset(v) for k, v in dated_anywhere.items()},
        term_year,
    )
    return prepared, identities


@dataclass(frozen=True, slots=True)
class _Identities:
    """What the corpus states of document identities: the years each undated identity is known in, and the
    year of a central Party document within its term.  :meth:`settle` gives a mention its dated identity."""

    dated: Mapping[Undated, frozenset[int]]
    dated_anywhere: Mapping[tuple[str, str, str], frozenset[Undated]]
    term_year: Mapping[tuple[Undated, int], int]

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


@record  # (pickled as its values: a kept resolution state holds millions)
class _DocFact:
    """What one source states of one document identity (its own, ``own``, or one it cites), replayed in corpus
    order by :meth:`_DocTally.add`."""

    doc: str
    key: DocKey | None
    own: bool
    source: str
    symbol: str | None
    kind: str | None
    date: str | None
    issuer: str | None
    title: str | None = None
    year: int | None = None


@dataclass(slots=True)
class _DocState:
    """What the corpus states of one document identity (:class:`_DocTally` makes it; :class:`DocumentNode` is
    made from it)."""

    symbols: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    dates: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    issuers: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    title: str | None = None
    in_corpus: bool = False
    sources: set[str] = field(default_factory=set)
    key: DocKey | None = None
    own_year: int | None = None


class _DocTally:
    """One document identity as its facts make it, kept as sources come and go: the :class:`_DocState` a replay in
    corpus order gives (the identity of the last fact; the title and year of the last source that is the document;
    the symbol and kind most often stated, ties to the first), with no replay unless the last or a first fact
    goes."""

    __slots__ = ("dates", "issuers", "kinds", "last", "own", "sources", "symbols")

    def __init__(self) -> None:
        self.last: tuple[Position, DocKey | None] | None = None
        self.own: dict[str, tuple[str, str | None, int | None]] = {}  # source → (its order, title, year)
        self.symbols = _Firsts()
        self.kinds = _Firsts()
        self.dates: dict[str, dict[str, int]] = {}  # date → the sources stating it (how many times)
        self.issuers: dict[str, dict[str, int]] = {}
        self.sources = _Sources()

    def add(self, at: Position, fact: _DocFact) -> None:
        if self.last is None or at > self.last[0]:
            self.last = (at, fact.key)
        if fact.own:
            self.own[fact.source] = (at[0], fact.title, fact.year)
        if fact.symbol:
            self.symbols.add(fact.symbol, at)
        if fact.kind:
            self.kinds.add(fact.kind, at)
        for stated, value in ((self.dates, fact.date), (self.issuers, fact.issuer)):
            if value:
                by = stated.setdefault(value, {})
                by[fact.source] = by.get(fact.source, 0) + 1
        self.sources.add(fact.source)

    def remove(self, at: Position, fact: _DocFact, again: set[tuple[str, str] | None]) -> None:
        if self.last is not None and self.last[0] == at:
            again.add(None)
        if fact.own:
            self.own.pop(fact.source, None)
        if fact.symbol and self.symbols.remove(fact.symbol, at):
            again.add(("symbol", fact.symbol))
        if fact.kind and self.kinds.remove(fact.kind, at):
            again.add(("kind", fact.kind))
        for stated, value in ((self.dates, fact.date), (self.issuers, fact.issuer)):
            if value:
                by = stated[value]
                by[fact.source] -= 1
                if not by[fact.source]:
                    del by[fact.source]
                    if not by:
                        del stated[value]
        self.sources.remove(fact.source)

    def seek(self, again: set[tuple[str, str] | None], facts: Iterable[tuple[Position, _DocFact]]) -> None:
        if None in again:
            self.last = None
        wanted = {w for w in again if w is not None}
        for kind, value in wanted:
            firsts = self.symbols if kind == "symbol" else self.kinds
            if value in firsts.counts:
                del firsts.first[value]
        for at, fact in facts:
            if None in again and (self.last is None or at > self.last[0]):
                self.last = (at, fact.key)
            for kind, value, firsts in (("symbol", fact.symbol, self.symbols), ("kind", fact.kind, self.kinds)):
                if (
                    value
                    and (kind, value) in wanted
                    and value in firsts.counts
                    and (value not in firsts.first or at < firsts.first[value])
                ):
                    firsts.first[value] = at

    def state(self) -> _DocState:
        own = max(self.own.values()) if self.own else None
        return _DocState(
            symbols=self.symbols.counter(),
            kinds=self.kinds.counter(),
            dates=self.dates,  # type: ignore[arg-type]
            issuers=self.issuers,  # type: ignore[arg-type]
            title=own[1] if own else None,
            in_corpus=own is not None,
            sources=self.sources.sorted,  # type: ignore[arg-type]
            key=self.last[1] if self.last else None,
            own_year=own[2] if own else None,
        )


@record  # (pickled as its values: a kept resolution state holds millions)
class _PersonFact:
    key: str
    name: str
    position: str | None
    body: str | None


def _person(prev: PersonNode | None, fact: _PersonFact) -> PersonNode:
    """A signer: the name and body of the last source signed by them, the positions of all."""
    positions = tuple(sorted({*(prev.positions if prev else ()), *([fact.position] if fact.position else [])}))
    return PersonNode(fact.key, fact.name, positions, fact.body)


@record  # (pickled as its values: a kept resolution state holds millions)
class _Resolved:
    """A source after pass 3: its :class:`ResolvedSource` and what it adds to the corpus's entities, in the order
    it adds them; the undated identities and the identity groups (an unknown jurisdiction's) its settling read."""

    source: ResolvedSource
    docs: tuple[_DocFact, ...]
    bodies: tuple[_BodyFact, ...]
    launchers: tuple[tuple[str, str], ...]  # (campaign cluster, body)
    owners: tuple[tuple[str, str], ...]  # (theme cluster, body)
    launched: tuple[str, str, str | None] | None  # (campaign key, label, issuer)
    person: _PersonFact | None
    undated: frozenset[Undated]
    groups: frozenset[tuple[str, str, str]]


@dataclass(slots=True)
class _SourcePass:
    """Pass 3's results: each source resolved, what each document identity is stated to be, the persons who
    sign, and who launches each campaign and owns each theme."""

    sources: list[ResolvedSource] = field(default_factory=list)
    docs: dict[str, _DocTally] = field(default_factory=dict)
    persons: dict[str, PersonNode] = field(default_factory=dict)
    campaign_launchers: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    theme_owners: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    launched: dict[str, tuple[str, set[str], str | None]] = field(default_factory=dict)

    seq: int = 0

    def doc(self, path: str) -> _DocTally:
        node = self.docs.get(path)
        if node is None:
            node = self.docs[path] = _DocTally()
        return node

    def add(self, r: _Resolved, bodies: _Bodies) -> None:
        """A source's results, in corpus order."""
        self.sources.append(r.source)
        for fact in r.docs:
            self.seq += 1
            self.doc(fact.doc).add((self.seq,), fact)
        for fact in r.bodies:
            bodies.apply(fact)
        for cluster, body in r.launchers:
            self.campaign_launchers[cluster][body] += 1
        for cluster, body in r.owners:
            self.theme_owners[cluster][body] += 1
        if r.launched:
            ckey, label, issuer = r.launched
            self.launched.setdefault(ckey, (label, set(), issuer))[1].add(r.source.record.path)
        if r.person:
            self.persons[r.person.key] = _person(self.persons.get(r.person.key), r.person)


_KIND_CODE = {n: c for c, n in reversed(list(KIND_BY_CODE.items()))}  # a kind's first code


def _resolve_source(
    p: _Prepared,
    identities: _Identities,
    campaign_keys: Sequence[str],
    theme_keys: Sequence[str],
    cluster_alias: Mapping[str, str],
) -> _Resolved:
    """Pass 3 for one source: its own document and the documents it cites, settled to their identities; its
    links, mentions of campaigns (``campaign_keys``: the cluster of each), themes, recipients and clusters; its
    launch and its signer."""
    rec, jur, issuer = p.record, p.jurisdiction, p.issuer
    d = rec.doc.document
    undated: set[Undated] = set()
    groups: set[tuple[str, str, str]] = set()

    def settle(key: DocKey, year: int | None) -> DocKey:
        settled = identities.settle(key, year)
        undated.update((key.undated, settled.undated))
        if key.jurisdiction == "unknown":
            groups.add(key.undated[1:])
        return settled

    docs: list[_DocFact] = []
    if p.own:
        own: DocKey | None = settle(p.own, d.year)
        doc_key = own.path  # type: ignore[union-attr]
    else:
        own = None
        kind_code = _KIND_CODE.get(d.kind, "VB")  # type: ignore[arg-type]
        issuer_slug = issuer.key.split("/", 1)[-1] if issuer else "unknown"
        doc_key = "/".join((jur, slug(kind_code), str(d.year or "nd"), issuer_slug, "src-" + rec.sha256[:12]))
    docs.append(
        _DocFact(
            doc_key, own, True, rec.path, d.symbol, d.kind, d.date, issuer.key if issuer else None, d.title, d.year
        )
    )
    edges = []
    sym_to_key: dict[str, str] = {}
    for cite in p.cites:
        c, body = cite.citation, cite.body
        key = settle(cite.key, d.year)
        parsed = parse_symbol(complete_symbol(c.symbol, c.kind, c.issuer) or c.symbol)
        symbol = parsed.canonical if parsed else c.symbol
        docs.append(_DocFact(key.path, key, False, rec.path, symbol, c.kind, c.date, body.key if body else None))
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
    bodies = _SourceBodies(rec.path, p.province)
    launchers: list[tuple[str, str]] = []
    owners: list[tuple[str, str]] = []
    mentions = _mentions(rec, campaign_keys, theme_keys, bodies, cluster_alias, launchers, owners)
    launched = None
    if d.launch:  # decided by the extractor (graph/extract/launch.py), one home for the concept; what it
        # launches: named by its title, else by its first campaign, else by who and when
        label = d.title or next((c.name for c in rec.doc.campaigns), None) or _launch_label(issuer, d.year)
        owner_key = issuer.key if issuer else jur
        ckey = f"campaign/{owner_key}/{d.year or 'nd'}/{slug(label, 60)}"
        launched = (ckey, label, issuer.key if issuer else None)
        mentions.append(MentionEdge("launches", ckey, label))
    signer = person = None
    if d.signer.name:
        signer = f"person/{jur}/{slug(d.signer.name)}"
        person = _PersonFact(signer, d.signer.name, d.signer.position, issuer.key if issuer else None)
    source = ResolvedSource(
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
    return _Resolved(
        source,
        tuple(docs),
        tuple(bodies.facts),
        tuple(launchers),
        tuple(owners),
        launched,
        person,
        frozenset(undated),
        frozenset(groups),
    )


def _resolve_sources(
    prepared: list[_Prepared],
    identities: _Identities,
    concepts: _ConceptClusters,
    bodies: _Bodies,
    cluster_alias: Mapping[str, str],
) -> _SourcePass:
    """Pass 3: every source resolved (:func:`_resolve_source`) and gathered in corpus order."""
    out = _SourcePass()
    for idx, p in enumerate(prepared):
        campaign_keys = [concepts.campaign_of[(idx, j)].key for j in range(len(p.record.doc.campaigns))]
        theme_keys = [concepts.theme_of[(idx, j)].key for j in range(len(p.record.doc.themes))]
        out.add(_resolve_source(p, identities, campaign_keys, theme_keys, cluster_alias), bodies)
    return out


def _mentions(
    rec: SourceRecord,
    campaign_keys: Sequence[str],
    theme_keys: Sequence[str],
    bodies: _SourceBodies,
    cluster_alias: Mapping[str, str],
    launchers: list[tuple[str, str]],
    owners: list[tuple[str, str]],
) -> list[MentionEdge]:
    """What a source mentions besides documents: the campaigns it promotes (with who launched them), the themes
    it adopts (with their owner), its recipients, the clusters it belongs to or writes to."""
    mentions: list[MentionEdge] = []
    for c, cluster in zip(rec.doc.campaigns, campaign_keys, strict=True):
        actors = []
        for who in _launchers(c.launched_by):
            launcher = bodies.add(who)
            if launcher:
                launchers.append((cluster, launcher.key))
                actors.append(launcher.key)
        mentions.append(MentionEdge("promotes", cluster, c.name, c.span, tuple(actors)))
    for t, cluster in zip(rec.doc.themes, theme_keys, strict=True):
        owner = bodies.add(t.owner) if t.owner and _names_a_body(t.owner) else None
        if owner:
            owners.append((cluster, owner.key))
        mentions.append(MentionEdge("adoptsTheme", cluster, t.text, t.span, (owner.key,) if owner else ()))
    for r in rec.doc.document.recipients:
        body = bodies.add(r) if _names_a_body(r) else None
        mentions.append(MentionEdge("sentTo", body.key if body else "", r))
    for cl in rec.doc.clusters:
        body = bodies.add(cluster_alias.get(cl.name, cl.name))
        if body and cl.role != "issuer":
            mentions.append(MentionEdge("memberOf" if cl.role == "member" else "sentTo", body.key, cl.name, cl.span))
    return mentions


def _needs_inference(n: _DocState) -> bool:
    """A document of known identity that no source names the issuer of: pass 4 infers it from the code."""
    return not n.issuers and n.key is not None


def _document(path: str, n: _DocState, inferred: str | None) -> tuple[DocumentNode, list[Conflict]]:
    """One node per document identity, with what the corpus states about it; the conflicts recorded (two dates,
    two issuers); ``inferred``, the issuer no source names (:class:`_Inference`)."""
    conflicts: list[Conflict] = []
    key = n.key
    dates = sorted(n.dates)
    if len(dates) > 1:
        conflicts.append(Conflict(path, "date", tuple((v, s) for v in dates for s in sorted(n.dates[v]))))
    issuers = sorted(n.issuers, key=lambda k: (-len(n.issuers[k]), k))
    if len(issuers) > 1:
        conflicts.append(Conflict(path, "issuer", tuple((v, s) for v in issuers for s in sorted(n.issuers[v]))))
    issuer = issuers[0] if issuers else inferred
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
        issuer_inferred=not issuers and issuer is not None,
    )
    if node.year is None and (dates or n.own_year):
        node = replace(node, year=int(dates[0][:4]) if dates else n.own_year)
    return node, conflicts


def _documents(docs: dict[str, _DocState], bodies: _Bodies) -> tuple[dict[str, DocumentNode], list[Conflict]]:
    """Pass 4: one node per document identity (:func:`_document`), in key order; an issuer no source names
    inferred from the number's code."""
    conflicts: list[Conflict] = []
    documents: dict[str, DocumentNode] = {}
    for path, n in sorted(docs.items()):
        inferred = None
        if _needs_inference(n):
            assert n.key is not None
            inferred = bodies.by_initials(n.key.issuer_code, n.key.jurisdiction) or bodies.default_for_code(
                n.key.issuer_code, min(n.sources)
            )
        documents[path], found = _document(path, n, inferred)
        conflicts.extend(found)
    return documents, conflicts


def _campaign_nodes(
    clusters: Iterable[tuple[Cluster, tuple[str, ...]]],
    launchers: Mapping[str, Counter[str]],
    launched: Iterable[tuple[str, tuple[str, Iterable[str], str | None]]],
) -> dict[str, ConceptNode]:
    """Pass 5a: one node per campaign cluster (with its sources), launched by the body most often named launching
    it (a province's own movement is never the Prime Minister's), then the movements launches name only by their
    title (``launched``, in key order)."""
    campaigns: dict[str, ConceptNode] = {}
    for c, sources in clusters:
        counts = launchers.get(c.key)
        launcher = counts.most_common(1)[0][0] if counts else None
        local = c.key.count("/") > 1  # "campaign/<place>/<core>": a movement of one place
        if launcher and local and c.localizes is None and launcher.split("/", 1)[0] == NATIONAL:
            launcher = None  # a province's own movement is not the Prime Minister's, whatever list it follows
        campaigns[c.key] = ConceptNode(c.key, c.label, c.variants, sources, localizes=c.localizes, launched_by=launcher)
    for key, (label, by, launcher_key) in launched:
        if key not in campaigns:
            campaigns[key] = ConceptNode(key, label, (label,), tuple(sorted(by)), launched_by=launcher_key)
    return campaigns


def _theme_nodes(
    clusters: Iterable[tuple[Cluster, tuple[str, ...]]], owners: Mapping[str, Counter[str]]
) -> dict[str, ConceptNode]:
    """Pass 5b: one node per theme cluster, owned by the body most often named owning it."""
    themes: dict[str, ConceptNode] = {}
    for c, sources in clusters:
        counts = owners.get(c.key)
        owner = counts.most_common(1)[0][0] if counts else None
        themes[c.key] = ConceptNode(c.key, c.label, c.variants, sources, owner=owner)
    return themes


def cluster_sources(c: Cluster, sources: Sequence[str]) -> tuple[str, ...]:
    """The sources of a cluster's members (``sources``: the source of each input name)."""
    return tuple(sorted({sources[i] for i in c.members}))


def _campaigns(concepts: _ConceptClusters, found: _SourcePass) -> dict[str, ConceptNode]:
    return _campaign_nodes(
        ((c, cluster_sources(c, concepts.campaign_sources)) for c in concepts.campaigns),
        found.campaign_launchers,
        sorted(found.launched.items()),
    )


def _themes(concepts: _ConceptClusters, found: _SourcePass) -> dict[str, ConceptNode]:
    return _theme_nodes(((c, cluster_sources(c, concepts.theme_sources)) for c in concepts.themes), found.theme_owners)


def corpus_aliases(names: Iterable[str]) -> dict[str, str]:
    """The cluster aliases of a corpus whose sources name ``names`` (:func:`alias_names`)."""
    return cluster_aliases(sorted(set(names)))


def resolve_corpus(records: Iterable[SourceRecord]) -> ResolvedCorpus:
    """Resolve a corpus in typed passes: identities and bodies (:func:`_prepare`), campaign and theme
    clusters (:func:`_cluster_concepts`), sources (:func:`_resolve_sources`), documents (:func:`_documents`),
    campaigns and themes (:func:`_campaigns`, :func:`_themes`).  graph/resolve/incremental.py replays the same
    per-source results and per-entity reductions from a change."""
    ordered = sorted(records, key=lambda r: os.path.abspath(r.path))
    bodies = _Bodies()
    cluster_alias = corpus_aliases(n for r in ordered for n in alias_names(r))
    prepared, identities = _prepare(ordered, bodies, cluster_alias)
    concepts = _cluster_concepts(prepared)
    found = _resolve_sources(prepared, identities, concepts, bodies, cluster_alias)
    documents, conflicts = _documents({k: d.state() for k, d in found.docs.items()}, bodies)
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
