"""What the web workspace shows, as library calls: search, a document's page, its source text with a sentence
marked, the cascade of a directive by group, the audit with filters, and adding files.

The pages of ``thidua serve`` (``graph/web.py``) only render what these functions return; they read the same
citation index, audit and build as the CLI.  Results are frozen dataclasses or plain rows.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import threading
import time
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from .analysis import doc_brief, find_directive, nearest_symbols, numbered, place_name, symbol_forms
from .audit import AuditReport, audit
from .build import graph_of_source
from .errors import UserError
from .index import CitationIndex, Doc, citation_index
from .iris import PREFIXES, RESOLUTION_GRAPH
from .resolve.names import fold, fold_text
from .rules import Rule, load_rules
from .store import IRI, Store, values_table
from .vocab import LEVELS

PER_PAGE = 20
PAGES_KEPT = 2000  # document pages kept, most recent last
RECHECK_S = 2.0  # seconds an index is used before the store's stamp is asked again
SEARCHES_KEPT = 256  # searches whose ranked results are kept (paging, facets and repeats need no work)
_IRI = re.compile(r"^https?://[^\s<>\"{}|\\^`]{1,2000}$")  # what an IRI from a page's link may be
GROUP_SHOWN = 500  # launches of one cascade group listed at once
EDGES_SHOWN = 100  # citing statements shown on a document's page (the cascade shows them all)
_WORD = re.compile(r"[0-9a-z]+")

# Everything a document says in its own words, for full-text search: its title, the sentences it cites
# with, the campaigns and themes it names.
_TEXTS = (
    PREFIXES
    + """
SELECT ?d ?text WHERE { GRAPH ?g {
  { ?d eli:title ?text } UNION { ?st td:citingDocument ?d ; td:quote ?text }
  UNION { ?m td:inDocument ?d ; td:quote ?text } } }"""
)
# the campaigns of each document, named as the resolution graph names them
_CAMPAIGNS = (
    PREFIXES
    + """
SELECT DISTINCT ?d ?label WHERE { GRAPH ?g { ?d td:launches|td:promotes ?c } GRAPH <%s> { ?c rdfs:label ?label } }"""
    % RESOLUTION_GRAPH
)
_CAMPAIGN_WORDS = _CAMPAIGNS.replace("?label", "?text")
# what is said of a document: by the resolution graph, then by its own sources' graphs (not by the
# thousands of graphs that cite it)
_ABOUT = (
    PREFIXES
    + "SELECT ?p ?o WHERE { VALUES ?d { ?doc } GRAPH <%s> { ?d ?p ?o FILTER(?p != prov:wasDerivedFrom) } }"
    % RESOLUTION_GRAPH
)  # (a directive is derived from every source that cites it: tens of thousands)
_OWN_SOURCES = PREFIXES + "SELECT DISTINCT ?src WHERE { VALUES ?d { ?doc } GRAPH ?g { ?d td:sourceFile ?src } }"
_ABOUT_IN = PREFIXES + "SELECT ?p ?o WHERE { VALUES ?d { ?doc } GRAPH <%s> { ?d ?p ?o } }"
_LABELS = PREFIXES + "SELECT ?x ?label WHERE { GRAPH ?g { ?x rdfs:label ?label } }"
# A document's statements are found by the one pattern that binds them, then read with their properties
# (one VALUES table): a single query with OPTIONALs made Oxigraph join every statement of the store.
_OUT = PREFIXES + "SELECT DISTINCT ?st WHERE { GRAPH ?g { ?st td:citingDocument ?d } } LIMIT %d" % EDGES_SHOWN
_IN = PREFIXES + "SELECT DISTINCT ?st WHERE { GRAPH ?g { ?st td:citedDocument ?d } } LIMIT %d" % EDGES_SHOWN
_IN_COUNT = PREFIXES + "SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { GRAPH ?g { ?st td:citedDocument ?d } }"
_MENTIONS = PREFIXES + "SELECT DISTINCT ?st WHERE { GRAPH ?g { ?st td:inDocument ?d } }"
_PROPERTIES = PREFIXES + "SELECT ?st ?p ?o WHERE { GRAPH ?g { ?st ?p ?o } }"
_LOCATION = (  # a statement's source: the source file its named graph describes (one a graph)
    PREFIXES + "SELECT ?st ?path WHERE { GRAPH ?g { ?st td:quote ?q . ?src a td:SourceFile ; prov:atLocation ?path } }"
)

# How a citation's role is read on the document page, by direction (one home: the roles of the ontology).
ROLES_OUT = {"basis": "rel_basis", "implements": "rel_implements", "mention": "rel_mention"}
ROLES_IN = {"basis": "rel_basis_of", "implements": "rel_implemented_by", "mention": "rel_mentioned_by"}


@dataclass(frozen=True, slots=True)
class Hit:
    position: int
    doc: Doc
    why: str  # "symbol", "name" or "text"


@dataclass(frozen=True, slots=True)
class Facet:
    name: str
    values: tuple[tuple[str, str, int], ...]  # (value, label, count), most first


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    hits: tuple[Hit, ...]  # this page's
    total: int
    page: int
    pages: int
    per_page: int
    facets: tuple[Facet, ...]
    did_you_mean: tuple[str, ...]
    complete: bool  # False while the words of the texts are still being read


@dataclass(frozen=True, slots=True)
class Edge:
    statement: str
    other: Doc | None
    other_id: str
    role: str
    quote: str
    start: int | None
    end: int | None
    written: str | None
    nested: bool
    times: int = 1  # statements saying the same (a directive cited by the same words in many launches)


@dataclass(frozen=True, slots=True)
class Mention:
    statement: str
    target: str
    label: str
    relation: str
    quote: str


@dataclass(frozen=True, slots=True)
class DocumentPage:
    doc: Doc
    position: int
    title: str | None
    facts: tuple[tuple[str, str], ...]  # (message key of the field, value) in reading order
    recipients: tuple[str, ...]
    source: str | None
    sha256: str | None
    cites: tuple[Edge, ...]
    cited_by: tuple[Edge, ...]  # the first :data:`EDGES_SHOWN`
    cited_by_total: int
    campaigns: tuple[Mention, ...]
    themes: tuple[Mention, ...]
    verdicts: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class SourceView:
    path: str
    before: str
    marked: str
    after: str
    doc: str | None
    scan: tuple[int, str, float] | None = None  # read by OCR: the page, the box of its words, the confidence


class _Column:
    """One facet over every document: a code per document (-1: none) and the values the codes stand for."""

    def __init__(self, values: Iterable[str | None], n: int) -> None:
        codes: dict[str, int] = {}
        self.codes = np.full(n, -1, dtype=np.int32)
        for i, v in enumerate(values):
            if v:
                self.codes[i] = codes.setdefault(v, len(codes))
        self.values = list(codes)
        self.code = codes

    def count(self, rows: np.ndarray) -> Counter[str]:
        codes = self.codes[rows]
        counts = np.bincount(codes[codes >= 0], minlength=len(self.values))
        return Counter({self.values[c]: int(n) for c in np.flatnonzero(counts) for n in (counts[c],)})

    def having(self, rows: np.ndarray, value: str) -> np.ndarray:
        code = self.code.get(value)
        return rows[self.codes[rows] == code] if code is not None else rows[:0]


class _Found:
    """What the workspace knows of every document for search, made once per content of the store: the words
    of each document's name and of its texts (postings: word → sorted positions), each document's facet
    values (integer codes), and the order results are shown in — numpy arrays, so that a search over
    100,000 documents counts its facets in milliseconds."""

    def __init__(self, index: CitationIndex) -> None:
        self.stamp = index.stamp
        docs = index.docs
        n = self.n = len(docs)
        self.names = _postings(
            (
                (i, _WORD.findall(fold(" ".join(x for x in (d.label, d.symbol, d.issuer_label) if x))))
                for i, d in enumerate(docs)
            ),
            n,
        )
        self.words: dict[str, np.ndarray] = {}
        self.ready = False  # the words of the texts come later (read from the store in the background)
        self.campaigns: dict[str, np.ndarray] = {}  # campaign name → positions
        self.columns = {
            "province": _Column((d.jurisdiction.rsplit("/", 1)[-1] for d in docs), n),
            "level": _Column((d.level or "unknown" for d in docs), n),
            "kind": _Column((d.kind or "Document" for d in docs), n),
            "year": _Column((str(d.year) if d.year else None for d in docs), n),
            "body": _Column((d.issuer_label for d in docs), n),
        }
        # shown: documents in the store first, newest first, then by name
        order = sorted(range(n), key=lambda i: (not docs[i].in_corpus, -(docs[i].year or 0), docs[i].label))
        self.order = np.array(order, dtype=np.int32)
        self.rank = np.empty(n, dtype=np.int32)
        self.rank[self.order] = np.arange(n, dtype=np.int32)
        in_corpus = np.array([d.in_corpus for d in docs], dtype=bool)
        self.in_corpus = self.order[in_corpus[self.order]]

    def read_texts(self, store: Store, index: CitationIndex) -> None:
        """The words of every document's texts, streamed from the store: a document's words go into the
        postings when its rows end (rows come graph by graph), so only the postings are ever held."""
        words: dict[str, array] = {}
        current, bag = -1, set()

        def flush() -> None:
            for w in bag:
                a = words.get(w)
                if a is None:
                    a = words[w] = array("i")
                a.append(current)
            bag.clear()

        position = index.position
        findall = _WORD.findall
        for query in (_TEXTS, _CAMPAIGN_WORDS):
            for r in store.select_iter(query):
                i = position.get(r["d"])
                if i is None:
                    continue
                if i != current:
                    flush()
                    current = i
                bag.update(findall(fold_text(str(r["text"]))))
            flush()
        campaigns: dict[str, array] = defaultdict(lambda: array("i"))
        for r in store.select_iter(_CAMPAIGNS):
            i = position.get(r["d"])
            if i is not None:
                campaigns[str(r["label"])].append(i)
        self.words = {w: np.unique(np.frombuffer(a, dtype=np.int32)) for w, a in words.items()}
        self.campaigns = {c: np.unique(np.frombuffer(a, dtype=np.int32)) for c, a in campaigns.items()}
        self.ready = True

    def ordered(self, found: np.ndarray) -> np.ndarray:
        """These positions in the order results are shown."""
        return found[np.argsort(self.rank[found], kind="stable")]

    def having(self, rows: np.ndarray, name: str, value: str, status: np.ndarray | None) -> np.ndarray:
        if name in self.columns:
            return self.columns[name].having(rows, value)
        if name == "campaign":
            return rows[np.isin(rows, self.campaigns.get(value, rows[:0]))]
        if name == "status" and status is not None:
            code = STATUS_CODES.get(value, -2)
            return rows[status[rows] == code]
        return rows[:0]

    def status_column(self, verdicts: dict[int, str]) -> np.ndarray:
        column = np.full(self.n, -1, dtype=np.int8)
        for i, v in verdicts.items():
            column[i] = STATUS_CODES[v]
        return column


STATUS_CODES = {"fail": 0, "pass": 1, "no_rule": 2}


def _postings(rows: Iterable[tuple[int, Iterable[str]]], n: int) -> dict[str, np.ndarray]:
    out: dict[str, array] = {}
    for i, words in rows:
        for w in set(words):
            a = out.get(w)
            if a is None:
                a = out[w] = array("i")
            a.append(i)
    return {w: np.frombuffer(a, dtype=np.int32).copy() for w, a in out.items()}  # ascending: made in order


_EMPTY = np.zeros(0, dtype=np.int32)


def _all_of(postings: dict[str, np.ndarray], words: list[str]) -> np.ndarray:
    """The positions holding every word (sorted, unique)."""
    lists = sorted((postings.get(w, _EMPTY) for w in set(words)), key=len)
    if not lists:
        return _EMPTY
    found = lists[0]
    for a in lists[1:]:
        if not len(found):
            break
        found = np.intersect1d(found, a, assume_unique=True)
    return found


@dataclass(frozen=True)
class AuditView:
    """The audit of the store as it is, with what its pages need made once: the rows (failures first),
    each launch's verdicts, the values its filters offer, and the rows of the filters asked lately."""

    report: AuditReport
    rows: tuple[Any, ...]  # graph.reports.AuditRow
    status: dict[int, str]  # launch position → fail, pass or no_rule
    by_launch: dict[str, tuple[dict[str, Any], ...]]
    provinces: tuple[str, ...]
    years: tuple[int, ...]
    rules: tuple[str, ...]
    _filtered: dict[tuple, list[Any]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, report: AuditReport, index: CitationIndex) -> AuditView:
        from .reports import audit_rows

        rows = tuple(audit_rows(report))
        status: dict[int, str] = {}
        for r in rows:
            i = index.position.get(r.id)
            if i is not None and status.get(i) != "fail":
                status[i] = r.status
        by_launch: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for x in (*report.results, *report.uncovered):
            by_launch[x["id"]].append(x)
        return cls(
            report,
            rows,
            status,
            {k: tuple(v) for k, v in by_launch.items()},
            tuple(sorted({r.province for r in rows})),
            tuple(sorted({r.year for r in rows if r.year}, reverse=True)),
            tuple(sorted({r.rule for r in rows if r.rule})),
        )

    def filtered(self, **filters: Any) -> list[Any]:
        """The rows of a province (slug), year, status and rule (the last ones asked are kept)."""
        from .reports import filter_rows

        key = tuple(sorted(filters.items()))
        rows = self._filtered.get(key)
        if rows is None:
            rows = filter_rows(list(self.rows), **filters)
            if len(self._filtered) > 64:
                self._filtered.clear()
            self._filtered[key] = rows
        return rows


class Workspace:
    """One store seen by the workspace: the citation index, the search data and the audit, each computed
    once per content of the store (its stamp) and shared by every request."""

    def __init__(self, store: Store, rules_file: Path | None = None, uploads: Path | None = None) -> None:
        self.store = store
        self.rules_file = rules_file
        self.uploads = uploads
        self._lock = threading.RLock()
        self._building = threading.Lock()
        self._auditing = threading.Lock()
        self._found: _Found | None = None
        self._pages: dict[tuple, DocumentPage] = {}  # the document pages shown lately
        self._index: tuple[float, CitationIndex] | None = None  # (when the stamp was asked, the index)
        self._cascades: dict[tuple, dict[tuple[str, str], np.ndarray]] = {}  # (stamp, directive) → its groups
        self._searches: dict[tuple, tuple[np.ndarray, list[tuple[int, str]], tuple[Facet, ...]]] = {}  # by query
        self._audit: tuple[tuple[str, str], str, AuditView] | None = None

    # ---- the shared derived data ---------------------------------------------------------------
    def index(self) -> CitationIndex:
        """The citation index of the store as it is; the store's stamp is asked again at most every
        :data:`RECHECK_S` seconds (another writer of an endpoint shows up that late), and at once after a
        build made here."""
        now = time.monotonic()
        known = self._index
        if known is not None and now - known[0] < RECHECK_S:
            return known[1]
        with self._lock:
            index = citation_index(self.store)
            self._index = (now, index)
            return index

    def rules(self) -> list[Rule]:
        if self.rules_file is None:
            return []
        return load_rules(self.rules_file)

    def _audited(self, block: bool = True) -> AuditView | None:
        """The audit of the store as it is under the rules as they are, computed once; without ``block``,
        None while it is being computed (then it is started in the background), so that a page that only
        shows verdicts never waits for it."""
        if self.rules_file is None or not self.rules_file.exists():
            return None
        index = self.index()
        rules_text = self.rules_file.read_text(encoding="utf-8")
        current = self._audit
        if current and current[0] == index.stamp and current[1] == rules_text:
            return current[2]
        if not block:
            if not self._auditing.locked():
                threading.Thread(target=self._audit_quietly, daemon=True).start()
            return None
        with self._auditing:
            current = self._audit
            if current and current[0] == index.stamp and current[1] == rules_text:
                return current[2]
            view = AuditView.of(audit(self.store, self.rules()), index)
            self._audit = (index.stamp, rules_text, view)
            return view

    def _audit_quietly(self) -> None:
        with contextlib.suppress(Exception):  # the audit page says what went wrong when it is asked
            self._audited()

    def audit_view(self) -> AuditView | None:
        """The audit under the workspace's rules (None when it has none)."""
        return self._audited()

    def audit_report(self) -> AuditReport | None:
        view = self._audited()
        return view.report if view else None

    def _verdicts(self) -> dict[int, str]:
        """Launch position → ``pass``, ``fail`` or ``no_rule`` (empty without rules, or while computed)."""
        try:
            view = self._audited(block=False)
        except UserError:
            return {}
        return view.status if view else {}

    def found(self, wait: bool = False) -> _Found:
        """The search data of the store as it is; the words of the texts are read in the background the
        first time (``wait`` for them)."""
        index = self.index()
        with self._lock:
            f = self._found
            if f is None or f.stamp != index.stamp:
                f = self._found = _Found(index)
                reader = threading.Thread(target=self._read_texts, args=(f, index), daemon=True)
                reader.start()
                if wait:
                    reader.join()
        if wait and not f.ready:
            while not f.ready:
                threading.Event().wait(0.05)
        return f

    def warm(self) -> None:
        """Read what the pages need before the first officer asks (the index, the search data, the audit)."""
        self.found(wait=True)
        with contextlib.suppress(UserError):  # the rules page says what is wrong with the rules
            self._audited()

    def _read_texts(self, f: _Found, index: CitationIndex) -> None:
        try:
            f.read_texts(self.store, index)
        except Exception:  # the store went away (a test's store closed): the name search still answers
            f.ready = True

    # ---- search --------------------------------------------------------------------------------
    def search(self, query: str, filters: dict[str, str] | None = None, page: int = 1) -> SearchResult:
        """Documents by number (any way of writing it), by body or by words of their text; facets count
        what the filters leave; near numbers when nothing matches."""
        index = self.index()
        f = self.found()
        filters = {k: v for k, v in (filters or {}).items() if v and k in FACETS}
        query = " ".join(query.split())
        groups: list[tuple[str, np.ndarray | None]] = []  # (why, positions), in the order they are shown
        by_symbol: set[int] = set()
        if query:
            for form in symbol_forms(query):
                by_symbol.update(index.by_symbol(form))
            if not by_symbol:
                by_symbol.update(numbered(index, query))  # "ct 34", "chỉ thị 34"
            groups.append(("symbol", np.array(sorted(by_symbol), dtype=np.int32)))
            words = _WORD.findall(fold(query))
            if words and not by_symbol:
                names = _all_of(f.names, words)
                groups.append(("name", names))
                groups.append(("text", np.setdiff1d(_all_of(f.words, words), names, assume_unique=True)))
        else:
            groups.append(("name", None))  # every document of the store
        verdicts = self._verdicts()
        audited = self._audit  # which audit the status facet counts (None until one is ready)
        key = (
            index.stamp,
            query,
            tuple(sorted(filters.items())),
            f.ready,
            audited[:2] if verdicts and audited else None,
        )
        cached = self._searches.get(key)
        if cached is None:
            cached = self._ranked(groups, filters, f, verdicts)
            with self._lock:
                self._searches[key] = cached
                while len(self._searches) > SEARCHES_KEPT:
                    self._searches.pop(next(iter(self._searches)))
        positions, segments, facets = cached
        pages = max(1, -(-len(positions) // PER_PAGE))
        page = min(max(1, page), pages)
        lo = (page - 1) * PER_PAGE
        shown = [(int(i), _why(segments, lo + k)) for k, i in enumerate(positions[lo : lo + PER_PAGE])]
        near: tuple[str, ...] = ()
        if query and not by_symbol and re.search(r"\d", query):
            near = tuple(nearest_symbols(index, query))
        return SearchResult(
            query=query,
            hits=tuple(Hit(i, index.docs[i], why) for i, why in shown),
            total=len(positions),
            page=page,
            pages=pages,
            per_page=PER_PAGE,
            facets=facets,
            did_you_mean=near,
            complete=f.ready,
        )

    def _ranked(
        self,
        groups: list[tuple[str, np.ndarray | None]],
        filters: dict[str, str],
        f: _Found,
        verdicts: dict[int, str],
    ) -> tuple[np.ndarray, list[tuple[int, str]], tuple[Facet, ...]]:
        """Every result in the order shown (by group, then documents of the store first, newest first), where
        each group starts, and the facets of all of them."""
        status = f.status_column(verdicts) if verdicts else None
        parts: list[np.ndarray] = []
        segments: list[tuple[int, str]] = []  # (first row, why)
        start = 0
        for why, found in groups:
            rows = f.in_corpus if found is None else f.ordered(found)
            for name, value in filters.items():
                rows = f.having(rows, name, value, status)
            segments.append((start, why))
            start += len(rows)
            parts.append(rows)
        positions = np.concatenate(parts) if parts else _EMPTY
        return positions, segments, _facets(positions, f, status)

    # ---- one document --------------------------------------------------------------------------
    def document(self, iri: str) -> DocumentPage:
        """A document's page: what is known of it, what it rests on and what rests on it, each with the
        sentence that says so; its campaigns, themes and audit verdicts.  Kept per content of the store, audit
        and language (the last :data:`PAGES_KEPT`): a page reads a dozen queries, asked once."""
        from .i18n import lang

        index = self.index()
        view = self._audit
        key = (index.stamp, iri, lang(), view[:2] if view else None)
        page = self._pages.get(key)
        if page is None:
            page = self._document(index, iri)
            with self._lock:
                self._pages[key] = page
                while len(self._pages) > PAGES_KEPT:
                    self._pages.pop(next(iter(self._pages)))
        return page

    def _document(self, index: CitationIndex, iri: str) -> DocumentPage:
        i = index.position.get(iri) if _IRI.match(iri) else None
        if i is None:
            raise UserError(_t("web_no_document", iri=iri))
        d = index.docs[i]
        about: dict[str, list[Any]] = defaultdict(list)
        for r in self.store.select(values_clause_doc(_ABOUT, iri)):
            about[_local(r["p"])].append(r["o"])
        own = sorted(str(r["src"]) for r in self.store.select(values_clause_doc(_OWN_SOURCES, iri)))
        for src in own[:20]:
            graph = graph_of_source(src)
            if graph and _IRI.match(graph):
                for r in self.store.select(values_clause_doc(_ABOUT_IN % graph, iri)):
                    about[_local(r["p"])].append(r["o"])
        labels = self._labels({str(o) for p in ("signedBy", "sentTo", "subOrganizationOf") for o in about.get(p, ())})
        source, sha = None, None
        srcs = sorted(str(s) for s in about.get("sourceFile", ()))
        if srcs:
            src = self._properties([srcs[0]]).get(srcs[0])
            if src and _one(src, "atLocation"):
                source, sha = str(_one(src, "atLocation")), str(_one(src, "sha256") or "")
        facts = [
            ("col_kind", _kind_label(d.kind)),
            ("col_symbol", d.symbol or ""),
            ("col_date", d.date or (str(d.year) if d.year else "")),
            ("col_issuer", d.issuer_label or ""),
            ("col_level", LEVELS.get(d.level or "unknown", LEVELS["unknown"])[0 if _vi() else 1]),
            ("col_province", place_name(d.jurisdiction.rsplit("/", 1)[-1])),
            ("col_place", ", ".join(sorted(str(x) for x in about.get("place", ())))),
            ("col_signer", ", ".join(sorted(labels.get(str(x), str(x)) for x in about.get("signedBy", ())))),
            ("col_position", ", ".join(sorted(str(x) for x in about.get("signerPosition", ())))),
        ]
        title = next(iter(sorted(str(x) for x in about.get("title", ()))), None)
        cites = self._edges(_OUT, iri, index, ROLES_OUT, "citedDocument")
        cited_by = self._edges(_IN, iri, index, ROLES_IN, "citingDocument")
        total = self.store.select(values_clause_doc(_IN_COUNT, iri))
        cited_by_total = max(len(cited_by), int(total[0]["n"]) if total else 0)
        props = self._properties([r["st"] for r in self.store.select(values_clause_doc(_MENTIONS, iri))])
        mentions = [
            Mention(st, _one(p, "mentioned"), "", _one(p, "relation"), _one(p, "quote"))
            for st, p in props.items()
            if _one(p, "mentioned") and _one(p, "relation")
        ]
        names = self._labels({m.target for m in mentions})
        mentions = [Mention(m.statement, m.target, names.get(m.target, m.quote), m.relation, m.quote) for m in mentions]
        verdicts: tuple[dict[str, Any], ...] = ()
        try:
            view = self._audited(block=False)
        except UserError:
            view = None
        if view is not None:
            verdicts = view.by_launch.get(iri, ())
        return DocumentPage(
            doc=d,
            position=i,
            title=title,
            facts=tuple((k, v) for k, v in facts if v),
            recipients=tuple(sorted(str(x) for x in about.get("recipientText", ()))),
            source=source,
            sha256=sha,
            cites=cites,
            cited_by=cited_by,
            cited_by_total=cited_by_total,
            campaigns=tuple(
                sorted(
                    {m for m in mentions if m.relation in ("launches", "promotes")}, key=lambda m: (m.relation, m.label)
                )
            ),
            themes=tuple(sorted({m for m in mentions if m.relation == "adoptsTheme"}, key=lambda m: m.label)),
            verdicts=verdicts,
        )

    def _properties(self, statements: list[str]) -> dict[str, dict[str, list[Any]]]:
        """Statement → its properties by local name (values in a list)."""
        out: dict[str, dict[str, list[Any]]] = {}
        for batch in range(0, len(statements), 200):
            chunk = statements[batch : batch + 200]
            for r in self.store.select(values_table(_PROPERTIES, ["st"], [[IRI(x)] for x in chunk])):
                out.setdefault(r["st"], defaultdict(list))[_local(r["p"])].append(r["o"])
        return out

    def _edges(self, query: str, iri: str, index: CitationIndex, roles: dict[str, str], other: str) -> tuple[Edge, ...]:
        props = self._properties(sorted(r["st"] for r in self.store.select(values_clause_doc(query, iri))))
        out: dict[tuple[str, str], Edge] = {}  # one edge per document and relation, with its first statement
        for st, p in props.items():
            other_id = _one(p, other)
            if not other_id or not _one(p, "quote"):
                continue
            role = roles.get(str(_one(p, "role") or "mention"), roles["mention"])
            seen = out.get((other_id, role))
            if seen is not None:
                out[(other_id, role)] = replace(seen, times=seen.times + 1)
                continue
            pos = index.position.get(other_id)
            start, end = _one(p, "startOffset"), _one(p, "endOffset")
            out[(other_id, role)] = Edge(
                statement=st,
                other=index.docs[pos] if pos is not None else None,
                other_id=other_id,
                role=role,
                quote=str(_one(p, "quote")),
                start=int(start) if start is not None else None,
                end=int(end) if end is not None else None,
                written=str(_one(p, "symbolAsWritten")) if _one(p, "symbolAsWritten") else None,
                nested=bool(_one(p, "nested")),
            )
        order = list(roles.values())
        return tuple(sorted(out.values(), key=lambda e: (order.index(e.role), e.start or 0, e.statement)))

    def _labels(self, iris: set[str]) -> dict[str, str]:
        if not iris:
            return {}
        rows = self.store.select(values_table(_LABELS, ["x"], [[IRI(x)] for x in sorted(iris)]))
        out: dict[str, str] = {}
        for r in sorted(rows, key=lambda r: str(r["label"])):
            out.setdefault(r["x"], str(r["label"]))
        return out

    def source(self, statement: str) -> SourceView:
        """The source text of a statement (a citation or a mention) with its sentence marked at its offsets."""
        from .load import load_file

        p = self._properties([statement]).get(statement) if _IRI.match(statement) else None
        rows = self.store.select(values_table(_LOCATION, ["st"], [[IRI(statement)]])) if p else []
        if not p or not rows or _one(p, "quote") is None:
            raise UserError(_t("web_no_statement"))
        r = {
            "path": rows[0]["path"],
            "start": _one(p, "startOffset"),
            "end": _one(p, "endOffset"),
            "quote": _one(p, "quote"),
            "doc": _one(p, "citingDocument") or _one(p, "inDocument"),
        }
        path = str(r["path"])
        try:
            text = load_file(path).text
        except Exception as exc:
            raise UserError(_t("web_source_unreadable", path=path, detail=str(exc)[:200])) from None
        start, end = r["start"], r["end"]
        quote = str(r["quote"])
        if start is None or end is None or not (0 <= int(start) < int(end) <= len(text)):
            at = text.find(quote)  # no offsets (a title): the quote where it first stands
            start, end = (at, at + len(quote)) if at >= 0 else (0, 0)
        start, end = _sentence(text, quote, int(start), int(end))
        page = _one(p, "page")
        scan = (int(page), str(_one(p, "pageBox")), float(_one(p, "ocrConfidence") or 0)) if page is not None else None
        return SourceView(path, text[:start], text[start:end], text[end:], r["doc"], scan)

    # ---- cascade -------------------------------------------------------------------------------
    def cascade(self, symbol: str, year: int | None = None, group: tuple[str, str] | None = None) -> dict[str, Any]:
        """The cascade of a directive, aggregated: how many launches rest on it from each (province, level),
        read from the index without walking one path; the launches of one ``group`` with their paths
        (at most :data:`GROUP_SHOWN`) only when asked."""
        index = self.index()
        target = find_directive(index, symbol, year)
        docs = index.docs
        key = (index.stamp, target)
        members = self._cascades.get(key)
        if members is None:
            f = self.found()
            province, level = f.columns["province"], f.columns["level"]
            launches = np.frombuffer(index.launches_resting_on(target), dtype=np.int32)
            pairs = province.codes[launches].astype(np.int64) * (len(level.values) + 1) + level.codes[launches]
            members = {}
            for code in np.unique(pairs):
                chosen = launches[pairs == code]
                members[
                    (province.values[code // (len(level.values) + 1)], level.values[code % (len(level.values) + 1)])
                ] = chosen
            with self._lock:
                if len(self._cascades) > 64:
                    self._cascades.clear()
                self._cascades[key] = members
        counts = {k: len(v) for k, v in sorted(members.items())}
        expanded: list[dict[str, Any]] | None = None
        if group is not None:
            chosen = sorted((int(i) for i in members.get(group, ())), key=lambda i: (docs[i].source or "", docs[i].id))[
                :GROUP_SHOWN
            ]
            expanded = [
                {
                    **doc_brief(docs[i]),
                    "source": docs[i].source,
                    "path": [doc_brief(docs[p]) for p in index.path(i, target)],
                }
                for i in chosen
            ]
        return {
            "directive": doc_brief(docs[target]),
            "launches": sum(counts.values()),
            "groups": counts,
            "expanded": expanded,
        }

    def directive(self, symbol: str, year: int | None = None) -> int:
        return find_directive(self.index(), symbol, year)

    # ---- adding files --------------------------------------------------------------------------
    def save_upload(self, name: str, data: bytes) -> Path:
        """Keep an uploaded file under the workspace's uploads folder, named by its content (no name from
        outside becomes a path: only its last part, cleaned, after the hash)."""
        if self.uploads is None:
            raise UserError(_t("web_no_uploads"))
        digest = hashlib.sha256(data).hexdigest()[:16]
        base = re.sub(r"[^\w.\-]+", "_", Path(name.replace("\\", "/")).name, flags=re.UNICODE).strip("._") or "file"
        folder = self.uploads / digest
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / base[-120:]
        if not path.exists():
            tmp = path.with_name(path.name + ".part")
            tmp.write_bytes(data)
            tmp.replace(path)
        return path

    def add(self, paths: Iterable[Path], province: str | None = None, progress: Any = None) -> Any:
        """Build these files into the store (one build at a time; the pages keep answering from the store as
        it was until the new content's stamp makes them read it again)."""
        from .pipeline import build

        with self._building:
            try:
                return build([str(p) for p in paths], self.store, province=province, workers=1, progress=progress)
            finally:
                self._index = None  # the next page reads the new content


def _sentence(text: str, quote: str, start: int, end: int) -> tuple[int, int]:
    """The whole quoted sentence around a span: the quote's words as the source spaces them (line breaks,
    runs of spaces), found near the span and holding it; the span alone when the source words differ."""
    words = quote.split()
    if not words or len(words) > 400:
        return start, end
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    lo = max(0, start - 3 * len(quote) - 200)
    for m in pattern.finditer(text, lo, min(len(text), end + 3 * len(quote) + 200)):
        if m.start() <= start and m.end() >= end:
            return m.start(), m.end()
    return start, end


def values_clause_doc(query: str, iri: str) -> str:
    return values_table(query.replace("VALUES ?d { ?doc } ", ""), ["d"], [[IRI(iri)]])


FACETS = ("province", "level", "kind", "year", "body", "campaign", "status")


def _why(segments: list[tuple[int, str]], row: int) -> str:
    return next(why for start, why in reversed(segments) if start <= row)


def _facets(rows: np.ndarray, f: _Found, status: np.ndarray | None) -> tuple[Facet, ...]:
    out = []
    for name in FACETS:
        if name in f.columns:
            counts = f.columns[name].count(rows)
        elif name == "campaign":
            counts = Counter({c: n for c, post in f.campaigns.items() if (n := _overlap(rows, post))})
        elif status is not None:
            codes = status[rows]
            counts = Counter({v: int((codes == c).sum()) for v, c in STATUS_CODES.items() if (codes == c).any()})
        else:
            continue
        if not counts:
            continue
        top = counts.most_common(12) if name != "year" else sorted(counts.items(), reverse=True)[:12]
        out.append(Facet(name, tuple((v, facet_label(name, v), n) for v, n in top)))
    return tuple(out)


def _overlap(rows: np.ndarray, post: np.ndarray) -> int:
    return (
        int(np.isin(post, rows, assume_unique=True).sum()) if len(post) < len(rows) else int(np.isin(rows, post).sum())
    )


def facet_label(name: str, value: str) -> str:
    """A facet's value as people read it."""
    if name == "province":
        return place_name(value)
    if name == "level":
        return LEVELS.get(value, LEVELS["unknown"])[0 if _vi() else 1]
    if name == "kind":
        return _kind_label(value)
    if name == "status":
        return _t(value if value != "no_rule" else "web_no_rule")
    return value


def _kind_label(kind_class: str | None) -> str:
    from .build import KIND_CLASS

    if not kind_class or kind_class == "Document":
        return _t("web_kind_unknown")
    for name, cls in KIND_CLASS.items():
        if cls == kind_class:
            return name if _vi() else kind_class
    return kind_class


def _one(props: dict[str, list[Any]] | None, name: str) -> Any:
    """A statement's one value of a property (the smallest when the graphs give several), or None."""
    values = props.get(name) if props else None
    return min(values, key=str) if values else None


def _local(iri: str) -> str:
    return re.split(r"[#/]", str(iri))[-1]


def _vi() -> bool:
    from .i18n import lang

    return lang() == "vi"


def _t(key: str, **params: object) -> str:
    from .i18n import t

    return t(key, **params)
